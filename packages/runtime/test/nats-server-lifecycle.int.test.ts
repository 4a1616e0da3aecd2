/**
 * More of the nats-server helper's rules (nats/server.ts), each against servers started here:
 *  - never an orphan: one process 'exit' hook (installed by the first start, not again) kills
 *    every server still running;
 *  - a server that never answers as the serverName it was started with is given up after
 *    NATS_READY_TIMEOUT_MS, and killed;
 *  - one answering as its serverName is ready; one that cannot start fails with its exit code
 *    and its own log; its store and ports directories are fresh, named after it;
 *  - stop() sends SIGTERM, and SIGKILL 3 s later to a server that does not end;
 *  - restart() keeps the server down for downMs;
 *  - a killed server's stop() returns at once (it is not signalled again) and removes the
 *    ports directory.
 * The first test must start this file's first server (its module graph is fresh: vitest isolates files).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NATS_READY_TIMEOUT_MS } from '../src/nats/server.ts';
import { NatsServerStartError, startNatsServer, type NatsServerHandle } from '@faultline/runtime/nats';
import { reachable } from './nats-reachable.ts';

const handles: NatsServerHandle[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(handles.map((h) => h.stop()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-lifecycle-'));
  dirs.push(dir);
  return dir;
};
async function start(options: Parameters<typeof startNatsServer>[0] = {}): Promise<NatsServerHandle> {
  const handle = await startNatsServer(options);
  handles.push(handle);
  return handle;
}
/** Whether a process of this pid still runs (a reaped child is gone). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
async function until(found: () => boolean | Promise<boolean>, capMs = 10_000): Promise<void> {
  const deadline = Date.now() + capMs;
  while (!(await found())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((done) => setTimeout(done, 20));
  }
}

describe('startNatsServer: lifecycle', () => {
  it('the first start installs one exit hook (not again); at exit it kills every server still running', async () => {
    const before = process.listeners('exit');
    const a = await start();
    const added = process.listeners('exit').filter((l) => !before.includes(l));
    expect(added).toHaveLength(1);
    const b = await start();
    const c = await start();
    await c.stop();
    expect(process.listeners('exit').filter((l) => !before.includes(l))).toEqual(added);
    const hook = added[0] as () => void;
    process.removeListener('exit', hook);
    hook();
    await until(() => !running(a.pid!) && !running(b.pid!));
    expect(await reachable(a.url)).toBe(false);
    expect(await reachable(b.url)).toBe(false);
  });

  it(`a server that never answers as its serverName is given up after ${NATS_READY_TIMEOUT_MS} ms and killed; the error holds the last 4,000 characters of its log, trimmed`, async () => {
    const logPath = join(tempDir(), 'nats.log');
    const t0 = Date.now();
    // -DV: debug and trace lines for every readiness probe, far more than 4,000 characters.
    const failure = await startNatsServer({ serverName: 'not-this-server', logPath, extraArgs: ['-DV'] }).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure).toBeInstanceOf(NatsServerStartError);
    const prefix = `nats-server was not ready within ${NATS_READY_TIMEOUT_MS} ms: `;
    expect(failure!.message.startsWith(prefix)).toBe(true);
    const tail = failure!.message.slice(prefix.length);
    expect(tail).toMatch(/^\S/);
    expect(tail).toMatch(/\S$/);
    expect(tail.length).toBeLessThanOrEqual(4_000);
    expect(tail.length).toBeGreaterThan(3_000);
    expect(readFileSync(logPath, 'utf8').includes(tail)).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(NATS_READY_TIMEOUT_MS);
    const pid = Number(/started \(pid (\d+)\)/.exec(readFileSync(logPath, 'utf8'))?.[1]);
    expect(pid).toBeGreaterThan(0);
    await until(() => !running(pid));
    expect(new NatsServerStartError('x')).toBeInstanceOf(Error);
  }, 20_000);

  it('a server that answers as the serverName it was started with is ready', async () => {
    const server = await start({ serverName: 'lifecycle-1', extraArgs: ['--server_name', 'lifecycle-1'] });
    expect(await reachable(server.url)).toBe(true);
  });

  it('a server that cannot start: the error is its exit code and its own log, trimmed', async () => {
    const dir = tempDir();
    const config = join(dir, 'bad.conf');
    writeFileSync(config, 'this is { not a config\n');
    await expect(startNatsServer({ configPath: config })).rejects.toThrow(/^nats-server exited with code 1: nats-server: Parse error on line 1: .*\S$/);
  });

  it('its store and ports directories are fresh temporary directories named after it', async () => {
    const logPath = join(tempDir(), 'nats.log');
    const server = await start({ logPath });
    expect(basename(server.storeDir)).toMatch(/^faultline-js-./);
    expect(dirname(server.storeDir)).toBe(tmpdir());
    const portsDir = /--ports_file_dir (\S+)/.exec(readFileSync(logPath, 'utf8'))?.[1] ?? '';
    expect(basename(portsDir)).toMatch(/^faultline-ports-./);
    expect(dirname(portsDir)).toBe(tmpdir());
  });

  it('a server that does not end on SIGTERM is killed (SIGKILL) after 3 s', async () => {
    const logPath = join(tempDir(), 'nats.log');
    const server = await start({ logPath });
    const pid = server.pid!;
    process.kill(pid, 'SIGSTOP'); // a stopped process does not act on SIGTERM; SIGKILL still ends it
    const t0 = Date.now();
    await server.stop();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2_900);
    expect(running(pid)).toBe(false);
    expect(readFileSync(logPath, 'utf8')).toMatch(/--- SIGTERM to pid \d+ at /);
  }, 15_000);

  it('restart() keeps the server down for downMs', async () => {
    const server = await start();
    const t0 = Date.now();
    const restarting = server.restart({ downMs: 600 });
    await new Promise((done) => setTimeout(done, 250));
    expect(await reachable(server.url)).toBe(false);
    await restarting;
    expect(Date.now() - t0).toBeGreaterThanOrEqual(600);
    expect(await reachable(server.url)).toBe(true);
  });

  it('a killed server\'s stop() returns at once; stop() removes the ports directory', async () => {
    const logPath = join(tempDir(), 'nats.log');
    const server = await start({ logPath });
    const portsDir = /--ports_file_dir (\S+)/.exec(readFileSync(logPath, 'utf8'))?.[1];
    expect(portsDir).toBeDefined();
    expect(existsSync(portsDir!)).toBe(true);
    await server.kill();
    const t0 = Date.now();
    await server.stop();
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(existsSync(portsDir!)).toBe(false);
    // Only the SIGKILL was sent: a stopped (killed) server is not signalled again.
    expect(readFileSync(logPath, 'utf8').match(/^--- SIG/gm)).toEqual(['--- SIG']);
  });
});
