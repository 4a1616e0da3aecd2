/**
 * One actor as one OS process: `node dist/services/<kind>.mjs` (the compiled service, built on
 * first use: service-build.ts; or the TypeScript source through tsx with FAULTLINE_SERVICES=tsx) with the common
 * service flags, its broker credentials in the environment, stderr (pino lines) appended to a
 * log file, and the JSON report it prints on a clean stop handed back. Used by `faultline up`
 * (which adds supervision and the nemesis on top) and by the live end-to-end benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ActorSpec } from '@faultline/actors';
import { isStartedLine } from '@faultline/runtime/nats';
import { CliError, EXIT_ENVIRONMENT } from '../cli-error.ts';
import { ensureServiceBuild, serviceRuntime, serviceScriptArgs, type ServiceName, type ServiceRuntime } from './service-build.ts';
import { serviceNodeFlags } from './service-node-flags.ts';
import { applyServicePriority } from './service-priority.ts';

export { REPO } from './service-build.ts';

/** The service (services/<name>) that runs each kind of actor. */
export const SERVICE_OF: Record<ActorSpec['kind'], ServiceName> = {
  validator: 'validator',
  execution: 'execution',
  oracle: 'oracle',
  'external-venue': 'external-venue',
  'noise-trader': 'trader',
  'leveraged-trader': 'trader',
  'stale-arb-trader': 'trader',
  'margin-trader': 'trader',
  liquidator: 'liquidator',
  hedger: 'hedger',
};

/** A clean stop (SIGTERM) that takes longer than this becomes a SIGKILL. */
export const STOP_TIMEOUT_MS = 5_000;

export interface ActorProcessOptions {
  spec: ActorSpec;
  /** The spec file the service reads (writeSpecFile). */
  specPath: string;
  url: string;
  runId: string;
  seed: number;
  epochUs: number;
  incarnation: number;
  /** stderr is appended here (and stdout lines that are not the JSON report). */
  logPath: string;
  /** Extra environment: the broker credentials (NATS_USER_ENV / NATS_PASSWORD_ENV). */
  env: Record<string, string>;
  /** The JSON line the service prints on a clean stop. */
  onReport?: (report: unknown) => void;
  /** The service's actor started (its started line on stdout: service-process.ts). */
  onStarted?: () => void;
  /** Every stderr line too (it still goes to the log file), e.g. to spot broker refusals. */
  onStderrLine?: (line: string) => void;
  /** Node flags before the script (e.g. --cpu-prof for a profile of the service), after serviceNodeFlags(). */
  execArgv?: string[];
  /** Compiled JavaScript or the sources through tsx (default: FAULTLINE_SERVICES, else compiled). */
  runtime?: ServiceRuntime;
}

let checkedBuild = false;
/** The testing seam's service entry (setTestServiceEntry), unset in every product path. */
let testServiceEntry: string | undefined;

/**
 * Testing seam (exported by @faultline/cli/testing only): every service of this process's live
 * runs starts from `entry` (TypeScript, through tsx) instead of services/<name>, e.g. a service
 * main that plants a variant in one actor. Never from a flag, an environment variable, a
 * scenario or anything hashed: only a test's own launcher calls it.
 */
export function setTestServiceEntry(entry: string | undefined): void {
  testServiceEntry = entry;
}

/**
 * The node arguments that start a service: for compiled services, the build is checked (and
 * redone when the sources changed) once per process, before the first spawn.
 */
export function serviceCommand(service: ServiceName, runtime: ServiceRuntime = serviceRuntime()): string[] {
  if (testServiceEntry) return ['--import', 'tsx', testServiceEntry];
  if (runtime === 'compiled' && !checkedBuild) {
    try {
      ensureServiceBuild({ log: (line) => process.stderr.write(`[faultline] ${line}\n`) });
    } catch (error) {
      throw new CliError('EBUILD', 'the services did not build', (error as Error).message, EXIT_ENVIRONMENT);
    }
    checkedBuild = true;
  }
  return serviceScriptArgs(service, runtime);
}

/** Writes `<dir>/<id>.json`, the spec file a service process reads; returns its path. */
export function writeSpecFile(dir: string, spec: ActorSpec): string {
  const specPath = join(dir, `${spec.id}.json`);
  writeFileSync(specPath, `${JSON.stringify(spec, null, 2)}\n`);
  return specPath;
}

export function spawnActorProcess(options: ActorProcessOptions): ChildProcess {
  // serviceNodeFlags first: a caller's execArgv (the bench's LIVE_BENCH_NODE_FLAGS) comes later and wins.
  const args = [...serviceNodeFlags(), ...(options.execArgv ?? []), ...serviceCommand(SERVICE_OF[options.spec.kind], options.runtime), '--server', options.url, '--run', options.runId, '--actor', options.spec.id, '--seed', String(options.seed), '--epoch-us', String(options.epochUs), '--incarnation', String(options.incarnation), '--spec', options.specPath];
  const logStream = createWriteStream(options.logPath, { flags: 'a' });
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FAULTLINE_LOG_LEVEL: process.env['FAULTLINE_LOG_LEVEL'] ?? 'info', ...options.env } });
  // Before the service's first instruction has run far: the light services yield to the consensus path (service-priority.ts).
  applyServicePriority(child.pid, options.spec.kind);
  child.stderr?.pipe(logStream);
  const onStderrLine = options.onStderrLine;
  if (onStderrLine) createInterface({ input: child.stderr! }).on('line', onStderrLine);
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      // Parsed first: an optional call skips its argument, and a line that is not the report
      // (e.g. --trace-gc's) must reach the log file even when nobody wants the report.
      const report: unknown = JSON.parse(line);
      if (isStartedLine(report)) options.onStarted?.();
      else options.onReport?.(report);
    } catch {
      logStream.write(`${line}\n`);
    }
  });
  return child;
}

/** SIGTERM (after SIGCONT if it was paused), SIGKILL after `timeoutMs`; resolves once it exited. */
export async function stopActorProcess(child: ChildProcess, options: { paused?: boolean; timeoutMs?: number } = {}): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  if (options.paused) child.kill('SIGCONT');
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
