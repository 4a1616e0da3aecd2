/**
 * Starts and stops a real nats-server for tests, benchmarks and live runs: found on PATH or at
 * /usr/sbin/nats-server, started from the repo's nats.conf on a random loopback port with a
 * fresh JetStream store, ready when a client can connect. Never leaves an orphan behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from '@nats-io/transport-node';

export class NatsServerMissingError extends Error {
  override readonly name = 'NatsServerMissingError';
  constructor(searched: string[]) {
    super(
      `nats-server not found (searched ${searched.join(', ')}). Install it: ` +
        '`apt-get install nats-server` on Debian/Ubuntu, or put a nats-server binary on PATH, or set NATS_SERVER_BIN.',
    );
  }
}

export class NatsServerStartError extends Error {
  override readonly name = 'NatsServerStartError';
}

export interface NatsServerHandle {
  readonly url: string;
  readonly port: number;
  readonly storeDir: string;
  readonly pid: number | undefined;
  /** The HTTP monitoring endpoint (`/varz`, `/connz`) when started with `monitor: true`. */
  readonly monitorUrl: string | undefined;
  /** Stops the server (SIGTERM, then SIGKILL) and removes the store unless keepStore. */
  stop(options?: { keepStore?: boolean }): Promise<void>;
  /** Kills (SIGKILL) and restarts the server on the same port and store after downMs (a broker restart fault). */
  restart(options?: { downMs?: number }): Promise<void>;
  /** Kills (SIGKILL), keeping port and store for a later restart() (a cluster node killed by the nemesis). */
  kill(): Promise<void>;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const DEFAULT_NATS_CONF = join(REPO_ROOT, 'nats.conf');
/** How long a starting server may take before we give up. */
export const NATS_READY_TIMEOUT_MS = 10_000;

/**
 * GOMAXPROCS of every nats-server started here (issue 15 item 2, session 34): `FAULTLINE_NATS_GOMAXPROCS`
 * — a whole number >= 1, or 0 for the server's environment as it is (Go's default of one P per core
 * unless GOMAXPROCS is set there) — or, unset or empty, NATS_GOMAXPROCS_DEFAULT. Read here only. The
 * broker shares the machine's cores with the validators: with one P per core its Go scheduler hands the
 * connections' reader and writer goroutines between threads, a futex wake-up per hand-off; with one P the
 * same work runs on one thread. The live bench's work account (BENCHMARKS "Session 34 live"): nats-server's
 * context switches per height 96–136 with two Ps, 61–77 with one, its run-queue wait 0.87–1.20 against
 * 0.70–0.82 s per s, its CPU per order the same, 20,000 orders/s sustained (it used 0.21–0.24 of a core
 * there: one P is not its limit). The default stays Go's own (0): in session 34's quiet window one P
 * gave no p99 gain (the one-tree A/B's 5,000/s steps 68–79 ms against 56–73 and one 330), the first
 * 20,000/s step of its ladder stalled for a second, and one P would cap the broker at one core on a
 * machine that has more (BENCHMARKS "Session 34 integrator").
 */
export const NATS_GOMAXPROCS_ENV = 'FAULTLINE_NATS_GOMAXPROCS';
export const NATS_GOMAXPROCS_DEFAULT = 0;

/** The environment a nats-server is spawned with (its GOMAXPROCS, above). */
export function natsServerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const raw = env[NATS_GOMAXPROCS_ENV];
  const procs = raw === undefined || raw === '' ? NATS_GOMAXPROCS_DEFAULT : /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(procs)) throw new Error(`${NATS_GOMAXPROCS_ENV}: a whole number >= 0 (0: Go's own), got ${raw}`);
  if (procs === 0) return env;
  return { ...env, GOMAXPROCS: String(procs) };
}

export function findNatsServer(options: { candidates?: string[] } = {}): string {
  const fromEnv = process.env['NATS_SERVER_BIN'];
  const onPath = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'nats-server'));
  // An explicit NATS_SERVER_BIN is the only candidate: a wrong override must not be papered over.
  const candidates = options.candidates ?? (fromEnv ? [fromEnv] : [...onPath, '/usr/sbin/nats-server']);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new NatsServerMissingError(candidates);
  return found;
}

const liveServers = new Set<ChildProcess>();
let exitHookInstalled = false;
function killAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of liveServers) child.kill('SIGKILL');
  });
}

export async function startNatsServer(
  options: {
    binary?: string;
    configPath?: string;
    /** More nats-server flags (e.g. -D for debug logs). */
    extraArgs?: readonly string[];
    storeDir?: string;
    port?: number;
    /** Credentials for the readiness probe when the config requires users. */
    probe?: { user: string; pass: string };
    /** The server's own log (its stderr) is appended here, across restarts (a cluster node's log in the run directory). */
    logPath?: string;
    /** The config's server_name: the readiness probe accepts only a server that says so (not another one on a reused port). */
    serverName?: string;
    /** Open the HTTP monitoring endpoint on a port of its own choosing (handle.monitorUrl): the live bench's message counts. */
    monitor?: boolean;
  } = {},
): Promise<NatsServerHandle> {
  const binary = options.binary ?? findNatsServer();
  const env = natsServerEnv();
  const configPath = options.configPath ?? DEFAULT_NATS_CONF;
  const storeDir = options.storeDir ?? mkdtempSync(join(tmpdir(), 'faultline-js-'));
  const portsDir = mkdtempSync(join(tmpdir(), 'faultline-ports-'));
  let port = options.port ?? -1;
  let monitorUrl: string | undefined;
  let child: ChildProcess | undefined;
  let stderrTail = '';

  const launch = async (): Promise<void> => {
    const args = ['-c', configPath, '-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir, '--ports_file_dir', portsDir, ...(options.monitor ? ['-m', '-1'] : []), ...(options.extraArgs ?? [])];
    monitorUrl = undefined; // a restart picks a new monitoring port
    const started = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    child = started;
    liveServers.add(started);
    killAllOnExit();
    if (options.logPath) appendFileSync(options.logPath, `--- nats-server started (pid ${started.pid}): ${args.join(' ')}\n`);
    started.stderr?.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString()).slice(-4_000);
      if (options.logPath) appendFileSync(options.logPath, chunk);
    });
    started.once('exit', () => liveServers.delete(started));
    // 'close' comes after the exit and the end of its stderr: the reason it printed is then all read.
    const closed = new Promise<void>((done) => started.once('close', () => done()));
    const deadline = Date.now() + NATS_READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (started.exitCode !== null) {
        await closed;
        throw new NatsServerStartError(`nats-server exited with code ${started.exitCode}: ${stderrTail.trim()}`);
      }
      if (port === -1) port = readPort(portsDir, started.pid) ?? -1;
      if (options.monitor) monitorUrl = readPorts(portsDir, started.pid)?.monitoring?.[0];
      if (port !== -1 && (!options.monitor || monitorUrl !== undefined) && (await canConnect(port, options.probe, options.serverName))) return;
      await sleep(25);
    }
    started.kill('SIGKILL');
    throw new NatsServerStartError(`nats-server was not ready within ${NATS_READY_TIMEOUT_MS} ms: ${stderrTail.trim()}`);
  };

  const kill = async (signal: NodeJS.Signals): Promise<void> => {
    const current = child;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    if (options.logPath) appendFileSync(options.logPath, `--- ${signal} to pid ${current.pid} at ${new Date().toISOString()}\n`);
    const exited = new Promise<void>((done) => current.once('exit', () => done()));
    current.kill(signal);
    const timer = setTimeout(() => current.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  };

  await launch();
  return {
    get url() {
      return `nats://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    storeDir,
    get pid() {
      return child?.pid;
    },
    get monitorUrl() {
      return monitorUrl;
    },
    async stop(stopOptions = {}) {
      await kill('SIGTERM');
      rmSync(portsDir, { recursive: true, force: true });
      if (!stopOptions.keepStore && !options.storeDir) rmSync(storeDir, { recursive: true, force: true });
    },
    async kill() {
      await kill('SIGKILL');
    },
    async restart(restartOptions = {}) {
      await kill('SIGKILL');
      if (restartOptions.downMs) await sleep(restartOptions.downMs);
      await launch();
    },
  };
}

function readPort(portsDir: string, pid: number | undefined): number | undefined {
  const url = readPorts(portsDir, pid)?.nats?.[0];
  const match = url ? /:(\d+)$/.exec(url) : null;
  return match ? Number(match[1]) : undefined;
}

/** The server's ports file (`--ports_file_dir`): its client URLs and, with `-m`, its monitoring URLs. */
function readPorts(portsDir: string, pid: number | undefined): { nats?: string[]; monitoring?: string[] } | undefined {
  if (pid === undefined) return undefined;
  const file = readdirSync(portsDir).find((name) => name.endsWith(`_${pid}.ports`));
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(join(portsDir, file), 'utf8')) as { nats?: string[]; monitoring?: string[] };
  } catch {
    return undefined; // written but not complete yet
  }
}

async function canConnect(port: number, probe: { user: string; pass: string } | undefined, serverName: string | undefined): Promise<boolean> {
  try {
    const nc = await connect({ servers: `127.0.0.1:${port}`, timeout: 500, reconnect: false, ...(probe ?? {}) });
    // A restarted server reuses its port: whoever answers there must be this server, not another
    // process's that took the port meanwhile (a server without users accepts any credentials).
    const answered = nc.info?.server_name;
    await nc.close();
    if (serverName !== undefined && answered !== serverName) return false;
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
