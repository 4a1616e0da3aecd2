/**
 * A service process and its broker (runServiceProcess in this process, process.exit, stdout and
 * fd 2 stubbed), each case against nats-servers it starts itself on loopback ports:
 *  - broker users: it connects as FAULTLINE_NATS_USER with FAULTLINE_NATS_PASSWORD (an absent
 *    password is the empty one), and a publish its user may not make is logged as a broker error;
 *  - a --server list is tried in its order (the first preferred, the next the failover), and a
 *    disconnect and the reconnect are logged naming the server;
 *  - the broker down longer than an append's timeout: the append is retried in place (logged
 *    once), the client reconnects for ever, and the entry is stored once;
 *  - a stop while an append is retried gives the append up: logged as interrupted by the stop,
 *    still a clean exit 0;
 *  - a permanent append failure (larger than the broker's max_payload) is logged and exits 3;
 *  - a stop that cannot flush to the broker is logged and still prints its line and exits 0.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connect } from '@nats-io/transport-node';
import type { NatsHost } from '@faultline/runtime/nats';
import { captureFd2 } from './capture-fd2.ts';
import {
  DEFAULT_NATS_CONF,
  NATS_PASSWORD_ENV,
  NATS_USER_ENV,
  NatsDurableLog,
  orchestratorUser,
  runServiceProcess,
  serviceUser,
  startNatsServer,
  writeRunNatsConf,
  type NatsServerHandle,
} from '@faultline/runtime/nats';

const servers: NatsServerHandle[] = [];
const dirs: string[] = [];
const argv = process.argv;
const cleanups: Array<() => void> = [];
afterEach(async () => {
  process.argv = argv;
  delete process.env[NATS_USER_ENV];
  delete process.env[NATS_PASSWORD_ENV];
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-svc-broker-'));
  dirs.push(dir);
  return dir;
};
async function server(options: Parameters<typeof startNatsServer>[0] = {}): Promise<NatsServerHandle> {
  const s = await startNatsServer(options);
  servers.push(s);
  return s;
}

type Build = Parameters<typeof runServiceProcess>[0]['build'];
interface Running {
  /** pino's JSON lines on fd 2. */
  lines: Array<Record<string, unknown>>;
  /** stdout writes. */
  out: string[];
  /** The first process.exit code. */
  exit: Promise<number | undefined>;
  host: () => NatsHost;
  stop: () => void;
}

/** Runs the service body with these flags; process.exit, stdout and fd 2 stubbed. */
async function run(flags: string[], build: Build): Promise<Running> {
  const lines = captureFd2();
  let exited!: (code: number | undefined) => void;
  const exit = new Promise<number | undefined>((resolve) => (exited = resolve));
  vi.spyOn(process, 'exit').mockImplementation(((code?: number) => exited(code)) as never);
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => void out.push(String(chunk))) as never);
  const before = { term: process.listeners('SIGTERM'), int: process.listeners('SIGINT') };
  process.argv = ['node', 'main', ...flags];
  let host: NatsHost | undefined;
  await runServiceProcess({ usage: '', build: (h, args, logger) => ((host = h), build(h, args, logger)) });
  const onTerm = process.listeners('SIGTERM').filter((l) => !before.term.includes(l));
  const onInt = process.listeners('SIGINT').filter((l) => !before.int.includes(l));
  cleanups.push(() => {
    for (const l of onTerm) process.removeListener('SIGTERM', l as never);
    for (const l of onInt) process.removeListener('SIGINT', l as never);
    // The exit is stubbed: the body's connection may still be open.
    void (host as unknown as { nc: { close(): Promise<void> } } | undefined)?.nc.close().catch(() => undefined);
  });
  return { lines, out, exit, host: () => host as NatsHost, stop: () => (onTerm[0] as () => void)() };
}

/** Polls until `found` is true (every 20 ms, up to capMs). */
async function until(found: () => boolean, capMs = 10_000): Promise<void> {
  const deadline = Date.now() + capMs;
  while (!found()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((done) => setTimeout(done, 20));
  }
}
const line = (r: Running, msg: string): Record<string, unknown> | undefined => r.lines.find((l) => l['msg'] === msg);
const idle: Build = () => ({ actor: { start() {} } });

describe('runServiceProcess and its broker', () => {
  it('connects as its broker user; a publish the user may not make is logged as a broker error', async () => {
    const runId = `svc-auth-${process.pid}`;
    const svc = serviceUser(runId, 'svc', { publish: ['demo.ok'], subscribe: [] });
    const up = orchestratorUser(runId);
    const conf = writeRunNatsConf(tempDir(), [svc, up]);
    const s = await server({ configPath: conf, probe: { user: up.user, pass: up.password } });
    // Without its user the broker refuses the connection.
    process.argv = ['node', 'main', '--server', s.url, '--run', runId, '--actor', 'svc'];
    const before = { term: process.listeners('SIGTERM'), int: process.listeners('SIGINT') };
    await expect(runServiceProcess({ usage: '', build: idle })).rejects.toThrow(/Authorization Violation/i);
    for (const l of process.listeners('SIGTERM').filter((x) => !before.term.includes(x))) process.removeListener('SIGTERM', l as never);
    for (const l of process.listeners('SIGINT').filter((x) => !before.int.includes(x))) process.removeListener('SIGINT', l as never);
    process.env[NATS_USER_ENV] = svc.user;
    process.env[NATS_PASSWORD_ENV] = svc.password;
    const r = await run(['--server', s.url, '--run', runId, '--actor', 'svc'], (host) => ({
      actor: { start: () => void host.publish('demo.forbidden', { ping: { n: 1 } }) },
    }));
    expect(line(r, 'started')).toBeDefined();
    await until(() => line(r, 'broker error') !== undefined);
    expect(line(r, 'broker error')).toMatchObject({ level: 50, actor: 'svc' });
    expect(String(line(r, 'broker error')!['reason'])).toMatch(/permissions violation/i);
    r.stop();
    expect(await r.exit).toBe(0);
  });

  it('a user without FAULTLINE_NATS_PASSWORD connects with the empty password', async () => {
    const dir = tempDir();
    const conf = join(dir, 'nats.conf');
    writeFileSync(conf, `${readFileSync(DEFAULT_NATS_CONF, 'utf8')}\nauthorization { users: [ { user: "svc", password: "" }, { user: "probe", password: "p" } ] }\n`);
    const s = await server({ configPath: conf, probe: { user: 'probe', pass: 'p' } });
    process.env[NATS_USER_ENV] = 'svc';
    const r = await run(['--server', s.url, '--run', `svc-nopass-${process.pid}`, '--actor', 'svc'], idle);
    expect(line(r, 'started')).toBeDefined();
    r.stop();
    expect(await r.exit).toBe(0);
  });

  it('a --server list is tried in order: the first, and on its loss the next; both moves are logged naming the server', async () => {
    const [a, b, c] = [await server(), await server(), await server()] as [NatsServerHandle, NatsServerHandle, NatsServerHandle];
    const r = await run(['--server', [a.url, b.url, c.url].join(','), '--run', `svc-list-${process.pid}`, '--actor', 'svc'], idle);
    await a.kill();
    await until(() => line(r, 'broker reconnect') !== undefined);
    expect(line(r, 'broker disconnect')).toMatchObject({ level: 40, actor: 'svc' });
    expect(String(line(r, 'broker disconnect')!['server'])).toContain(`:${a.port}`);
    expect(line(r, 'broker reconnect')).toMatchObject({ level: 40, actor: 'svc' });
    expect(String(line(r, 'broker reconnect')!['server'])).toContain(`:${b.port}`);
    r.stop();
    expect(await r.exit).toBe(0);
  });

  it('the broker down past an append\'s timeout: the append is retried in place (said once), the client reconnects, the entry is stored once', async () => {
    const s = await server();
    const runId = `svc-outage-${process.pid}`;
    const r = await run(['--server', s.url, '--run', runId, '--actor', 'svc'], idle);
    await s.kill();
    await until(() => line(r, 'broker disconnect') !== undefined);
    r.host().log.append(new Uint8Array([9]));
    // JetStream's publish times out (5 s) while the broker is down: then the retry is logged.
    await until(() => line(r, 'durable log append retried in place') !== undefined, 12_000);
    await new Promise((done) => setTimeout(done, 400)); // further retries, still down
    await s.restart();
    await until(() => line(r, 'broker reconnect') !== undefined, 12_000);
    await r.host().flush();
    const retried = r.lines.filter((l) => l['msg'] === 'durable log append retried in place');
    expect(retried).toHaveLength(1);
    expect(retried[0]).toMatchObject({ level: 40, index: 1 });
    expect(retried[0]!['reason']).toMatch(/timeout/i);
    r.stop();
    expect(await r.exit).toBe(0);
    const nc = await connect({ servers: s.url });
    const recovered = (await NatsDurableLog.open({ nc, runId, actorId: 'svc', onFailure: () => undefined })).recover();
    expect(recovered.entries.map((e) => [...e])).toEqual([[9]]);
    await nc.close();
  }, 30_000);

  it('a stop while an append is retried gives it up: logged as interrupted by the stop, and the exit is still 0', async () => {
    const s = await server();
    const r = await run(['--server', s.url, '--run', `svc-stop-retry-${process.pid}`, '--actor', 'svc'], idle);
    await s.kill();
    r.host().log.append(new Uint8Array([1]));
    await until(() => line(r, 'durable log append retried in place') !== undefined, 12_000);
    r.stop();
    await until(() => line(r, 'durable log append interrupted by the stop') !== undefined);
    expect(line(r, 'durable log append interrupted by the stop')).toMatchObject({ level: 30, actor: 'svc' });
    expect(String(line(r, 'durable log append interrupted by the stop')!['reason'])).toMatch(/^stopped while JetStream could not take an append/);
    expect(line(r, 'durable log failed; exiting')).toBeUndefined();
    await s.restart(); // the stop's flush completes (or fails) once the broker is back
    expect(await r.exit).toBe(0);
  }, 30_000);

  it('an append the broker can never take (over its max_payload) is logged and exits 3', async () => {
    const dir = tempDir();
    const conf = join(dir, 'nats.conf');
    writeFileSync(conf, readFileSync(DEFAULT_NATS_CONF, 'utf8').replace(/^max_payload: .*$/m, 'max_payload: 1MB'));
    const s = await server({ configPath: conf });
    const r = await run(['--server', s.url, '--run', `svc-too-big-${process.pid}`, '--actor', 'svc'], idle);
    r.host().log.append(new Uint8Array(2 * 1024 * 1024));
    expect(await r.exit).toBe(3);
    await until(() => line(r, 'durable log failed; exiting') !== undefined); // pino writes after the (stubbed) exit
    expect(line(r, 'durable log failed; exiting')).toMatchObject({ level: 50, actor: 'svc' });
    expect(String(line(r, 'durable log failed; exiting')!['reason'])).toMatch(/max_payload/);
    expect(line(r, 'durable log append retried in place')).toBeUndefined();
  });

  it('a stop that cannot flush to the broker is logged, and still prints its line and exits 0', async () => {
    const s = await server();
    const r = await run(['--server', s.url, '--run', `svc-no-flush-${process.pid}`, '--actor', 'svc'], () => ({ actor: { start() {} }, report: () => ({ ok: true }) }));
    await (r.host() as unknown as { nc: { close(): Promise<void> } }).nc.close();
    r.stop();
    expect(await r.exit).toBe(0);
    await until(() => line(r, 'stop: could not flush to the broker') !== undefined);
    expect(line(r, 'stop: could not flush to the broker')).toMatchObject({ level: 40, actor: 'svc' });
    expect(line(r, 'stop: could not flush to the broker')!['reason']).toMatch(/closed/i);
    expect(r.out).toHaveLength(2);
    expect(JSON.parse(r.out[0]!)).toMatchObject({ actor: 'svc', started: true });
    expect(JSON.parse(r.out[1]!)).toMatchObject({ actor: 'svc', state: { ok: true } });
  });
});
