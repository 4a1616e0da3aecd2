/**
 * What a service process logs (runServiceProcess, in this process against a real nats-server):
 * pino JSON lines on stderr (fd 2) at the FAULTLINE_LOG_LEVEL (info by default), each bound to
 * the actor, the run and the incarnation; the actor's logger passes its fields through, and
 * `started` says how many entries the durable log recovered. The writes to fd 2 are captured
 * (pino writes there through sonic-boom's fs.write, not process.stderr).
 */
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { runServiceProcess, startNatsServer, type NatsServerHandle } from '@faultline/runtime/nats';
import { captureFd2 } from './capture-fd2.ts';

let server: NatsServerHandle;
beforeAll(async () => {
  server = await startNatsServer();
});
afterAll(async () => {
  await server?.stop();
});
const argv = process.argv;
afterEach(() => {
  process.argv = argv;
  delete process.env['FAULTLINE_LOG_LEVEL'];
  vi.restoreAllMocks();
});

async function runOnce(level: string | undefined, build: Parameters<typeof runServiceProcess>[0]['build'], settleMs = 0): Promise<Array<Record<string, unknown>>> {
  if (level !== undefined) process.env['FAULTLINE_LOG_LEVEL'] = level;
  const lines = captureFd2();
  let exited!: () => void;
  const exit = new Promise<void>((resolve) => (exited = resolve));
  vi.spyOn(process, 'exit').mockImplementation((() => exited()) as never);
  vi.spyOn(process.stdout, 'write').mockImplementation((() => true) as never);
  const before = process.listeners('SIGTERM');
  const beforeInt = process.listeners('SIGINT');
  process.argv = ['node', 'main', '--server', server.url, '--run', `logs-${process.pid}-${level ?? 'default'}`, '--actor', 'svc', '--incarnation', '3'];
  await runServiceProcess({ usage: '', build });
  if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
  const onTerm = process.listeners('SIGTERM').filter((l) => !before.includes(l));
  (onTerm[0] as () => void)();
  await exit;
  await new Promise((resolve) => setTimeout(resolve, 20));
  for (const l of onTerm) process.removeListener('SIGTERM', l as never);
  for (const l of process.listeners('SIGINT').filter((x) => !beforeInt.includes(x))) process.removeListener('SIGINT', l as never);
  return lines;
}

const actorLogging: Parameters<typeof runServiceProcess>[0]['build'] = (_host, _args, logger) => ({
  actor: {
    start() {
      logger.debug('d', { k: 1 });
      logger.info('i', { k: 2 });
      logger.warn('w', { k: 3 });
      logger.error('e', { k: 4 });
      logger.info('bare');
    },
  },
});

it('logs at info by default: bound to actor, run and incarnation, the actor\'s fields passed through', async () => {
  const lines = await runOnce(undefined, actorLogging);
  const run = `logs-${process.pid}-default`;
  const mine = lines.filter((l) => ['d', 'i', 'w', 'e', 'bare', 'started'].includes(String(l['msg'])));
  expect(mine.map((l) => [l['level'], l['msg'], l['k'], l['actor'], l['run'], l['incarnation']])).toEqual([
    [30, 'i', 2, 'svc', run, 3],
    [40, 'w', 3, 'svc', run, 3],
    [50, 'e', 4, 'svc', run, 3],
    [30, 'bare', undefined, 'svc', run, 3],
    [30, 'started', undefined, 'svc', run, 3],
  ]);
  expect(mine.at(-1)!['recoveredEntries']).toBe(0);
});

it('FAULTLINE_LOG_LEVEL=debug logs the debug lines too', async () => {
  const lines = await runOnce('debug', actorLogging);
  expect(lines.find((l) => l['msg'] === 'd')).toMatchObject({ level: 20, k: 1, actor: 'svc' });
});

it('its connection has no echo: the actor never receives what it publishes itself', async () => {
  const got: string[] = [];
  await runOnce(undefined, (host) => ({
    actor: {
      start() {
        host.subscribe('demo.echo', (envelope) => void got.push(String(envelope.sender)));
        host.publish('demo.echo', { ping: { n: 1 } });
      },
    },
    report: () => undefined,
  }), 150); // time for an echo to come back, were there one
  expect(got).toEqual([]);
});

it('a stop before the actor is built says so on stdout and exits 0 at once', async () => {
  let exited!: (code: number | undefined) => void;
  const exit = new Promise<number | undefined>((resolve) => (exited = resolve));
  vi.spyOn(process, 'exit').mockImplementation(((code?: number) => exited(code)) as never);
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => void out.push(chunk)) as never);
  captureFd2();
  const before = process.listeners('SIGTERM');
  const beforeInt = process.listeners('SIGINT');
  process.argv = ['node', 'main', '--server', server.url, '--run', `early-${process.pid}`, '--actor', 'early'];
  let host: unknown;
  const running = runServiceProcess({ usage: '', build: (h) => ((host = h), { actor: { start() {} } }) });
  const onTerm = process.listeners('SIGTERM').filter((l) => !before.includes(l));
  (onTerm[0] as () => void)();
  expect(await exit).toBe(0);
  expect(out).toEqual([`${JSON.stringify({ actor: 'early', stoppedBeforeStart: true, state: {} })}\n`]);
  // The exit is stubbed here: the body goes on; close what it opened.
  await running;
  await (host as { nc: { close(): Promise<void> } }).nc.close();
  for (const l of onTerm) process.removeListener('SIGTERM', l as never);
  for (const l of process.listeners('SIGINT').filter((x) => !beforeInt.includes(x))) process.removeListener('SIGINT', l as never);
});
