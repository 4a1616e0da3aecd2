/**
 * `faultline sim`: runs in virtual time. `--demo` runs the ping/pong pairs of the foundation;
 * `--consensus` runs validators alone; `--scenario` the whole venue.
 */
import type { Command } from 'commander';
import { runDemo, type DemoSummary } from '@faultline/runtime/demo';
import { CliError, EXIT_OK } from '../cli-error.ts';
import { loadFaultSchedule } from '../load-json.ts';
import { integerOption, secondsOption } from '../parse-options.ts';
import { startProgress } from '../progress.ts';

interface SimOptions {
  demo?: boolean;
  consensus?: boolean;
  scenario?: string;
  seed: number;
  faults?: string;
  durationUs?: number;
  pairs: number;
  validators: number;
  json?: boolean;
}

export function registerSimCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('sim')
    .description('run a simulation in virtual time (deterministic: same seed, same run)')
    .option('--demo', 'run the demo ping/pong actor pairs (foundation smoke test)')
    .option('--consensus', 'run validators alone under a fault schedule')
    .option('--scenario <file>', 'run a venue scenario file')
    .option('--seed <n>', 'the run seed', integerOption('--seed', 0, 2 ** 32 - 1), 1)
    .option('--faults <file>', 'a fault schedule (JSON, see docs/fault-schedule.md)')
    .option('--duration <seconds>', 'virtual duration', secondsOption('--duration'))
    .option('--pairs <n>', 'demo: number of ping/pong pairs', integerOption('--pairs', 1, 1000), 4)
    .option('--validators <n>', 'consensus: number of validators', integerOption('--validators', 4, 10), 4)
    .option('--json', 'print one JSON object on stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  faultline sim --demo --seed 7 --json\n  faultline sim --demo --seed 7 --faults faults.json\n',
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
        throw new CliError('ENOTYET', '--consensus is not available in this build', 'the consensus package has not landed yet');
      }
      throw new CliError('ENOTYET', '--scenario is not available in this build', 'the whole-venue simulation has not landed yet');
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
  const width = Math.max(...rows.map(([k]) => k.length));
  return `Faultline demo run\n${rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}\n`;
}
