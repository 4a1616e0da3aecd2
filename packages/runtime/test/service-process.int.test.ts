/**
 * The body of a service process (runServiceProcess), run in this process against a real
 * nats-server (process.exit and stdout stubbed): the common flags reach the actor's builder,
 * the actor runs over a NatsHost whose durable log is the run's JetStream stream, and a stop
 * (SIGTERM/SIGINT) stops the actor, flushes, prints one JSON line (stats and the actor's report)
 * and exits 0; without the required flags it prints its usage and exits 2 (0 for --help).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect } from '@nats-io/transport-node';
import { decodeEnvelope } from '@faultline/protocol';
import { wireSubject } from '@faultline/runtime';
import { NatsDurableLog, runServiceProcess, startNatsServer, type NatsServerHandle, type ServiceArgs } from '@faultline/runtime/nats';

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
  vi.restoreAllMocks();
});

class Exit extends Error {
  constructor(readonly code: number | undefined) {
    super(`exit ${code}`);
  }
}

/** Output written to a stream (stdout/stderr) while stubbed. */
function capture(stream: NodeJS.WriteStream): string[] {
  const lines: string[] = [];
  vi.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  }) as never);
  return lines;
}

describe('runServiceProcess', () => {
  it('without --server, --run or --actor: prints the usage with the kind\'s own line and exits 2; --help exits 0', async () => {
    const exits: Array<number | undefined> = [];
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      exits.push(code);
      throw new Exit(code);
    }) as never);
    const err = capture(process.stderr);
    for (const args of [['--run', 'r', '--actor', 'a'], ['--server', 'nats://x', '--actor', 'a'], ['--server', 'nats://x', '--run', 'r'], ['--help']]) {
      process.argv = ['node', 'main', ...args];
      await expect(runServiceProcess({ usage: '--kind-flag X', build: () => ({ actor: { start() {} } }) })).rejects.toBeInstanceOf(Exit);
    }
    expect(exits).toEqual([2, 2, 2, 0]);
    expect(err).toEqual(Array(4).fill('usage: --server URL --run RUN --actor ID [--seed N] [--epoch-us US] [--incarnation N] --kind-flag X\n'));
  });

  it('builds the actor from the flags over a NatsHost with the run\'s durable log; a stop prints one JSON line and exits 0', async () => {
    const run = `svc-${process.pid}`;
    const observer = await connect({ servers: server.url });
    const seen: number[] = [];
    observer.subscribe(wireSubject(run, 'demo.out'), {
      callback: (_error, message) => {
        const decoded = decodeEnvelope(message.data);
        if (decoded.ok) seen.push(Number(decoded.value.ping?.n));
      },
    });
    await observer.flush();
    let exited!: (code: number | undefined) => void;
    const exit = new Promise<number | undefined>((resolve) => (exited = resolve));
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => exited(code)) as never);
    const out = capture(process.stdout);
    const before = { term: process.listeners('SIGTERM'), int: process.listeners('SIGINT') };
    process.argv = ['node', 'main', '--server', server.url, '--run', run, '--actor', 'svc', '--seed', '5', '--epoch-us', '1000', '--incarnation', '2', '--spec', 'x.json', '--own', 'flag'];
    let built: ServiceArgs | undefined;
    let stopped = 0;
    await runServiceProcess({
      usage: '',
      build: (host, args) => {
        built = args;
        expect(host.actorId).toBe('svc');
        return {
          actor: {
            start() {
              host.log.append(new Uint8Array([7]));
              host.publish('demo.out', { ping: { n: 1 } });
            },
            stop: () => void stopped++,
          },
          report: () => ({ answer: 42 }),
        };
      },
    });
    expect(built).toEqual({ server: server.url, run, actor: 'svc', seed: 5, epochUs: 1000, incarnation: 2, spec: 'x.json' });
    const onTerm = process.listeners('SIGTERM').filter((l) => !before.term.includes(l));
    const onInt = process.listeners('SIGINT').filter((l) => !before.int.includes(l));
    expect([onTerm.length, onInt.length]).toEqual([1, 1]);
    (onTerm[0] as () => void)();
    (onInt[0] as () => void)(); // a second stop signal does nothing more
    expect(await exit).toBe(0);
    expect(stopped).toBe(1);
    // Two lines: the started line once the actor started (the parent's evidence it came up), then the report.
    expect(out).toHaveLength(2);
    expect(JSON.parse(out[0]!)).toEqual({ actor: 'svc', incarnation: 2, started: true });
    const line = JSON.parse(out[1]!) as { actor: string; stats: { published: number }; state: unknown };
    expect(line.actor).toBe('svc');
    expect(line.state).toEqual({ answer: 42 });
    expect(line.stats.published).toBe(1);
    expect(out.every((l) => l.endsWith('}\n'))).toBe(true);
    // The publish left after its append was durable; both reached the broker.
    await observer.flush();
    expect(seen).toEqual([1]);
    const recovered = (await NatsDurableLog.open({ nc: observer, runId: run, actorId: 'svc', onFailure: () => undefined })).recover();
    expect(recovered.entries.map((e) => [...e])).toEqual([[7]]);
    await observer.close();
    for (const l of onTerm) process.removeListener('SIGTERM', l as never);
    for (const l of onInt) process.removeListener('SIGINT', l as never);
  });

  it('defaults: seed 1, incarnation 1, the epoch now, no spec; the report defaults to {}', async () => {
    const run = `svc-defaults-${process.pid}`;
    let exited!: (code: number | undefined) => void;
    const exit = new Promise<number | undefined>((resolve) => (exited = resolve));
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => exited(code)) as never);
    const out = capture(process.stdout);
    const before = { term: process.listeners('SIGTERM'), int: process.listeners('SIGINT') };
    process.argv = ['node', 'main', '--server', server.url, '--run', run, '--actor', 'svc'];
    let built: ServiceArgs | undefined;
    const t0 = Date.now() * 1000;
    await runServiceProcess({ usage: '', build: (_host, args) => ((built = args), { actor: { start() {} } }) });
    expect(built).toMatchObject({ seed: 1, incarnation: 1, spec: undefined });
    expect(built!.epochUs).toBeGreaterThanOrEqual(t0 - 1_000_000);
    expect(built!.epochUs).toBeLessThanOrEqual(Date.now() * 1000 + 1_000_000);
    const onTerm = process.listeners('SIGTERM').filter((l) => !before.term.includes(l));
    (onTerm[0] as () => void)();
    expect(await exit).toBe(0);
    expect(JSON.parse(out[0]!)).toEqual({ actor: 'svc', incarnation: 1, started: true });
    expect(JSON.parse(out[1]!)).toMatchObject({ actor: 'svc', state: {} });
    for (const l of onTerm) process.removeListener('SIGTERM', l as never);
    for (const l of process.listeners('SIGINT').filter((x) => !before.int.includes(x))) process.removeListener('SIGINT', l as never);
  });
});
