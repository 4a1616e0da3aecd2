/**
 * `faultline sim`: runs in virtual time. `--demo` runs the ping/pong pairs of the foundation;
 * `--consensus` runs validators alone; `--scenario` the whole venue.
 */
import type { Command } from 'commander';
import { runDemo, type DemoSummary } from '@faultline/runtime/demo';
import { BYZANTINE_BEHAVIOURS, faultTolerance, type ByzantineBehaviour } from '@faultline/consensus';
import { anyFailed, runConsensus, verdictText, type ConsensusRunSummary } from '@faultline/sim';
import { CliError, EXIT_OK, EXIT_VIOLATIONS } from '../cli-error.ts';
import { loadFaultSchedule } from '../load-json.ts';
import { integerOption, secondsFlag } from '../parse-options.ts';
import { startProgress } from '../progress.ts';
import { formatRows } from '../format.ts';
import { runScenarioCommand } from './sim-scenario.ts';

interface SimOptions {
  demo?: boolean;
  consensus?: boolean;
  scenario?: string;
  seed: number;
  faults?: string;
  durationUs?: number;
  pairs: number;
  validators: number;
  byzantine?: string[];
  policy?: string;
  out?: string;
  json?: boolean;
}

export function registerSimCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('sim')
    .description('run a simulation in virtual time (deterministic: same seed, same run)')
    .option('--demo', 'run the demo ping/pong actor pairs (foundation smoke test)')
    .option('--consensus', 'run validators alone under a fault schedule')
    .option('--scenario <file>', 'run a venue scenario (a file, or the name of one in scenarios/)')
    .option('--policy <name|file>', 'scenario: the mitigation policy (a named policy or a JSON file of overrides)')
    .option('--out <dir>', 'scenario: write the event log (events.fllog) and summary.json here')
    .option('--seed <n>', 'the run seed', integerOption('--seed', 0, 2 ** 32 - 1), 1)
    .option('--faults <file>', 'a fault schedule (JSON, see docs/fault-schedule.md)')
    .addOption(secondsFlag('--duration <seconds>', 'virtual duration', { says: 'demo 10 s, consensus 60 s, scenario its own durationUs' }))
    .option('--pairs <n>', 'demo: number of ping/pong pairs', integerOption('--pairs', 1, 1000), 4)
    .option('--validators <n>', 'consensus: number of validators', integerOption('--validators', 4, 10), 4)
    .option('--byzantine <id=behaviour...>', `consensus: Byzantine validators (${BYZANTINE_BEHAVIOURS.join(', ')}), e.g. validator-4=equivocate`)
    .option('--json', 'print one JSON object on stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  faultline sim --demo --seed 7 --json\n  faultline sim --demo --seed 7 --faults faults.json\n' +
        '  faultline sim --consensus --validators 4 --seed 1 --faults examples/faults/split-brain.json --json\n' +
        '  faultline sim --consensus --validators 7 --byzantine validator-7=equivocate --duration 120\n' +
        '  faultline sim --scenario scenarios/flash-crash-during-stall.json --seed 3 --out runs/fc3\n' +
        '  faultline sim --scenario consensus-stall --policy no-grace --json\n',
    )
    .action(async (raw: Record<string, unknown>) => {
      const options = { ...raw, durationUs: raw['duration'] } as unknown as SimOptions;
      const modes = [options.demo, options.consensus, options.scenario].filter(Boolean).length;
      if (modes !== 1) {
        throw new CliError('EUSAGE', 'choose one of --demo, --consensus, --scenario', 'see faultline sim --help');
      }
      if (options.demo) {
        setExit(runDemoCommand(options));
        return;
      }
      if (options.consensus) {
        setExit(runConsensusCommand(options));
        return;
      }
      setExit(runScenarioCommand({ ...options, scenario: options.scenario as string }));
    });
}

function runDemoCommand(options: SimOptions): number {
  const faults = options.faults ? loadFaultSchedule(options.faults) : undefined;
  const durationUs = options.durationUs ?? 10_000_000;
  const progress = startProgress({
    total: Math.ceil(durationUs / 1_000_000),
    format: 'sim {bar} {value}/{total} virtual s | {deliveries} deliveries',
    enabled: !options.json,
  });
  const summary = runDemo({
    seed: options.seed,
    durationUs,
    pairs: options.pairs,
    ...(faults ? { faults } : {}),
    progressEveryUs: 1_000_000,
    onProgress: (simTimeUs, deliveries) => progress.update(Math.floor(simTimeUs / 1_000_000), { deliveries }),
  });
  progress.stop();
  if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else process.stdout.write(formatDemo(summary));
  return EXIT_OK;
}

function runConsensusCommand(options: SimOptions): number {
  const faults = options.faults ? loadFaultSchedule(options.faults) : undefined;
  const byzantine: Record<string, ByzantineBehaviour> = {};
  for (const entry of options.byzantine ?? []) {
    const [id, behaviour] = entry.split('=');
    if (!id || !BYZANTINE_BEHAVIOURS.includes(behaviour as ByzantineBehaviour)) {
      throw new CliError('EUSAGE', 'bad --byzantine value', `"${entry}": expected validator-N=<${BYZANTINE_BEHAVIOURS.join('|')}>`);
    }
    byzantine[id] = behaviour as ByzantineBehaviour;
  }
  const f = faultTolerance(options.validators);
  if (Object.keys(byzantine).length > f) {
    process.stderr.write(`faultline: warning: more than f = ${f} Byzantine validators: safety is not guaranteed\n`);
  }
  const summary = runConsensus({
    validators: options.validators,
    seed: options.seed,
    durationUs: options.durationUs ?? 60_000_000,
    ...(faults ? { faults } : {}),
    ...(Object.keys(byzantine).length ? { byzantine } : {}),
  });
  const { commitTimesUs: _times, ...rest } = summary;
  if (options.json) process.stdout.write(`${JSON.stringify(rest)}\n`);
  else process.stdout.write(formatConsensus(summary));
  return anyFailed(summary.verdicts) ? EXIT_VIOLATIONS : EXIT_OK;
}

function formatConsensus(summary: ConsensusRunSummary): string {
  const rows: Array<[string, string]> = [
    ['seed', String(summary.seed)],
    ['validators', String(summary.validators)],
    ['virtual time', `${(summary.simTimeUs / 1e6).toFixed(3)} s`],
    ['height', `${summary.height} (${Object.entries(summary.heights).map(([id, h]) => `${id}=${h}`).join(' ')})`],
    ['longest stall', `${(summary.stalledUs / 1e6).toFixed(3)} s`],
    ['highest round', String(summary.roundsMax)],
    ['txs committed', `${summary.txsCommitted} of ${summary.txsSubmitted} submitted`],
    ['commit latency', `p50 ${(summary.commitLatencyUsP50 / 1e3).toFixed(1)} ms, p99 ${(summary.commitLatencyUsP99 / 1e3).toFixed(1)} ms`],
    ['rejected messages', String(summary.rejectedMessages)],
    ...Object.values(summary.verdicts).map((verdict): [string, string] => [verdict.name, verdictText(verdict)]),
    ['trace hash', summary.traceHash],
  ];
  const violations = summary.violations.slice(0, 10).map((v) => `  ! ${v.invariant} at height ${v.height ?? '-'}: ${v.detail}`);
  return `${formatRows('Faultline consensus run', rows)}${violations.join('\n')}${violations.length ? '\n' : ''}`;
}

function formatDemo(summary: DemoSummary): string {
  const rows: Array<[string, string]> = [
    ['seed', String(summary.seed)],
    ['virtual time', `${(summary.simTimeUs / 1e6).toFixed(3)} s`],
    ['pairs', String(summary.pairs)],
    ['deliveries', String(summary.deliveries)],
    ['dropped', String(summary.dropped)],
    ['duplicated', String(summary.duplicated)],
    ['rejected frames', String(summary.rejectedFrames)],
    ['pings sent', String(summary.pingsSent)],
    ['pongs received', String(summary.pongsReceived)],
    ['ponger counters', Object.entries(summary.counters).map(([id, n]) => `${id}=${n}`).join(' ')],
    ['trace hash', summary.traceHash],
  ];
  return formatRows('Faultline demo run', rows);
}
