/**
 * `faultline up`: a multi-process run. Starts its own nats-server (or uses --server), spawns
 * one OS process per actor, shows a live status line, stops everything at the end or on
 * Ctrl-C (no orphans), and prints a summary. Until the whole venue runs live, `--demo` runs
 * the foundation's ping/pong pairs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { isStartedLine, startNatsServer, wallClockUs, NatsServerMissingError, type NatsServerHandle } from '@faultline/runtime/nats';
import { CliError, EXIT_ENVIRONMENT, EXIT_OK, EXIT_VIOLATIONS } from '../cli-error.ts';
import { integerOption, secondsFlag } from '../parse-options.ts';
import { runUpScenario } from './up-scenario.ts';
import { serviceCommand } from '../live/actor-processes.ts';

/** How long a service may take to exit after SIGTERM before it is killed. */
const SERVICE_STOP_TIMEOUT_MS = 5_000;

interface UpOptions {
  demo?: boolean;
  scenario?: string;
  nemesis?: string;
  policy?: string;
  out?: string;
  durationUs: number;
  pairs: number;
  seed: number;
  server?: string;
  cluster?: number;
  json?: boolean;
  observer?: boolean;
  keepCredentials?: boolean;
  faultsAfterHeight?: number;
}

interface ServiceReport {
  actor: string;
  stats?: { published: number; delivered: number; rejectedFrames: number; dropped: number; duplicated: number };
  state: { role?: string; sent?: number; pongs?: number; counter?: number };
  stoppedBeforeStart?: boolean;
}

export function registerUpCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('up')
    .description('run actors as OS processes over a real nats-server (started by the command unless --server is given)')
    .option('--scenario <file>', 'run a venue scenario live (a file, or the name of one in scenarios/)')
    .option('--nemesis <file>', 'scenario: the fault schedule to apply live (default: the scenario\'s own)')
    .option('--policy <name|file>', 'scenario: the mitigation policy')
    .option('--out <dir>', 'scenario: the run directory (default runs/<run id>)')
    .option('--demo', 'run the demo ping/pong pairs as processes')
    .addOption(secondsFlag('--duration <seconds>', 'how long to run', { us: 10_000_000 }))
    .option('--pairs <n>', 'demo: number of ping/pong pairs', integerOption('--pairs', 1, 50), 2)
    .option('--seed <n>', 'the run seed', integerOption('--seed', 0, 2 ** 32 - 1), 1)
    .option('--server <url>', 'use this nats-server instead of starting one')
    .option('--cluster <n>', 'scenario: start an n-node nats-server cluster (routes on loopback, every durable log at R=n) instead of one server', integerOption('--cluster', 1, 5))
    .option('--observer', 'scenario: a read-only broker user for your own tools (subscribe to the whole run, publish nothing); prints its credentials file and a nats sub line')
    .option('--keep-credentials', 'scenario, with --observer: keep the credentials file at the end (removed by default)')
    .option('--faults-after-height <h>', 'scenario: start the fault schedule when this height is executed (default: at the start; start-up time varies with the machine)', integerOption('--faults-after-height', 1, 1_000_000_000))
    .option('--json', 'print one JSON object on stdout')
    .action(async (raw: Record<string, unknown>) => {
      const options = { ...raw, durationUs: raw['duration'] } as unknown as UpOptions;
      if (options.scenario && options.demo) throw new CliError('EUSAGE', 'choose --scenario or --demo', 'see faultline up --help');
      if ((options.observer || options.keepCredentials) && !options.scenario) throw new CliError('EUSAGE', '--observer and --keep-credentials go with --scenario', 'the demo runs over a broker without users');
      if (options.cluster !== undefined && !options.scenario) throw new CliError('EUSAGE', '--cluster goes with --scenario', 'the demo runs over one server');
      if (options.cluster !== undefined && options.server) throw new CliError('EUSAGE', 'choose --cluster or --server', '--cluster starts the run\'s own servers; --server uses yours');
      if (options.keepCredentials && !options.observer) throw new CliError('EUSAGE', '--keep-credentials goes with --observer', 'see faultline up --help');
      if (options.scenario) {
        setExit(
          await runUpScenario({
            scenario: options.scenario,
            seed: options.seed,
            durationUs: options.durationUs,
            ...(options.nemesis ? { nemesis: options.nemesis } : {}),
            ...(options.policy ? { policy: options.policy } : {}),
            ...(options.server ? { server: options.server } : {}),
            ...(options.cluster !== undefined ? { cluster: options.cluster } : {}),
            ...(options.out ? { out: options.out } : {}),
            ...(options.json ? { json: true } : {}),
            ...(options.observer ? { observer: true, keepCredentials: options.keepCredentials ?? false } : {}),
            ...(options.faultsAfterHeight ? { faultsAfterHeight: options.faultsAfterHeight } : {}),
          }),
        );
        return;
      }
      setExit(await runUp(options));
    });
}

async function runUp(options: UpOptions): Promise<number> {
  let server: NatsServerHandle | undefined;
  if (!options.server) {
    try {
      server = await startNatsServer();
    } catch (error) {
      if (error instanceof NatsServerMissingError) throw new CliError('ENATSSERVER', 'nats-server is missing', error.message, EXIT_ENVIRONMENT);
      throw new CliError('ENATSSERVER', 'nats-server did not start', (error as Error).message, EXIT_ENVIRONMENT);
    }
  }
  const url = options.server ?? (server as NatsServerHandle).url;
  const runId = `up-${options.seed}-${process.pid}`;
  const epochUs = wallClockUs();
  const children = new Map<string, ChildProcess>();
  const reports: ServiceReport[] = [];
  const exits = new Map<string, number | null>();
  /** Services our stop reached before they could answer it (still loading): not a failure, they had done nothing. */
  const notStarted = new Set<string>();
  let stopRequested = false;
  const spawnService = (actor: string, role: 'ping' | 'pong', peer?: string) => {
    const args = [...serviceCommand('demo'), '--server', url, '--run', runId, '--actor', actor, '--role', role];
    args.push('--seed', String(options.seed), '--epoch-us', String(epochUs));
    if (peer) args.push('--peer', peer);
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, FAULTLINE_LOG_LEVEL: process.env['FAULTLINE_LOG_LEVEL'] ?? 'warn' } });
    children.set(actor, child);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const report: unknown = JSON.parse(line);
        if (!isStartedLine(report)) reports.push(report as ServiceReport);
      } catch {
        process.stderr.write(`${actor}: ${line}\n`);
      }
    });
    child.once('exit', (code, signal) => {
      if (code === null && signal === 'SIGTERM' && stopRequested) notStarted.add(actor);
      exits.set(actor, code);
    });
  };

  const stopAll = async () => {
    stopRequested = true;
    await Promise.all(
      [...children.entries()].map(async ([actor, child]) => {
        if (exits.has(actor)) return;
        const exited = new Promise<void>((done) => child.once('exit', () => done()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), SERVICE_STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }),
    );
    await server?.stop();
  };
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    for (let pair = 1; pair <= options.pairs; pair++) {
      spawnService(`pong-${pair}`, 'pong');
      spawnService(`ping-${pair}`, 'ping', `pong-${pair}`);
    }
    const startedMs = Date.now();
    const endMs = startedMs + options.durationUs / 1000;
    while (Date.now() < endMs && !interrupted) {
      await new Promise((done) => setTimeout(done, 250));
      if (process.stderr.isTTY && !options.json) {
        const up = [...children.keys()].filter((actor) => !exits.has(actor)).length;
        const elapsed = ((Date.now() - startedMs) / 1000).toFixed(1);
        process.stderr.write(`\r[faultline up] ${elapsed}s / ${(options.durationUs / 1e6).toFixed(0)}s | processes up ${up}/${children.size} | server ${url}   `);
      }
    }
    if (process.stderr.isTTY && !options.json) process.stderr.write('\n');
  } finally {
    await stopAll();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }

  const crashed = [...exits.entries()].filter(([actor, code]) => code !== 0 && !notStarted.has(actor)).map(([actor, code]) => `${actor} (exit ${code})`);
  const pingers = reports.filter((r) => r.state.role === 'ping');
  const pongers = reports.filter((r) => r.state.role === 'pong');
  const summary = {
    runId,
    server: url,
    processes: children.size,
    reported: reports.length,
    crashed,
    stoppedBeforeStart: [...notStarted, ...reports.filter((r) => r.stoppedBeforeStart).map((r) => r.actor)],
    interrupted,
    pingsSent: pingers.reduce((sum, r) => sum + (r.state.sent ?? 0), 0),
    pongsReceived: pingers.reduce((sum, r) => sum + (r.state.pongs ?? 0), 0),
    counters: Object.fromEntries(pongers.map((r) => [r.actor, r.state.counter ?? 0])),
    deliveries: reports.reduce((sum, r) => sum + (r.stats?.delivered ?? 0), 0),
    rejectedFrames: reports.reduce((sum, r) => sum + (r.stats?.rejectedFrames ?? 0), 0),
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } else {
    const rows: Array<[string, string]> = [
      ['run', summary.runId],
      ['server', summary.server],
      ['processes', `${summary.processes} (${summary.reported} reported, ${crashed.length} failed)`],
      ['pings sent', String(summary.pingsSent)],
      ['pongs received', String(summary.pongsReceived)],
      ['ponger counters', Object.entries(summary.counters).map(([id, n]) => `${id}=${n}`).join(' ')],
      ['deliveries', String(summary.deliveries)],
      ['rejected frames', String(summary.rejectedFrames)],
    ];
    if (crashed.length > 0) rows.push(['failed', crashed.join(', ')]);
    if (summary.stoppedBeforeStart.length > 0) rows.push(['stopped before start', summary.stoppedBeforeStart.join(', ')]);
    const width = Math.max(...rows.map(([key]) => key.length));
    process.stdout.write(`Faultline live demo run\n${rows.map(([key, value]) => `  ${key.padEnd(width)}  ${value}`).join('\n')}\n`);
  }
  return crashed.length > 0 || summary.reported + notStarted.size < children.size ? EXIT_VIOLATIONS : EXIT_OK;
}
