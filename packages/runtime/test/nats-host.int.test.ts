import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { connect } from '@nats-io/transport-node';
import { decodeEnvelope, encodeEnvelope } from '@faultline/protocol';
import { wireSubject } from '@faultline/runtime';
import { Ponger } from '@faultline/runtime/demo';
import { findNatsServer, NatsDurableLog, NatsServerMissingError, NatsWorld, startNatsServer, type NatsServerHandle } from '@faultline/runtime/nats';

let server: NatsServerHandle;
beforeAll(async () => {
  server = await startNatsServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('nats-server helper', () => {
  it('says how to install nats-server when it is missing', () => {
    expect(() => findNatsServer({ candidates: ['/nonexistent/nats-server'] })).toThrow(NatsServerMissingError);
    expect(() => findNatsServer({ candidates: ['/nonexistent/nats-server'] })).toThrow(/apt-get install nats-server/);
  });
});

describe('NatsHost over a real broker', () => {
  it('rejects random and mutated frames with a count, never a crash or a state change', async () => {
    const world = await NatsWorld.start({ seed: 1, server, runId: `bad-input-${process.pid}` });
    try {
      let ponger: Ponger | undefined;
      await world.addActor('pong', (host) => (ponger = new Ponger(host)));
      const raw = await connect({ servers: server.url });
      const subject = wireSubject(world.runId, 'demo.pong');
      const valid = encodeEnvelope({ sender: 'x', seq: 1, ping: { n: 1, replyTo: 'nobody' } });
      const frames = fc.sample(
        fc.oneof(
          fc.uint8Array({ minLength: 1, maxLength: 128 }),
          fc.nat({ max: valid.length - 2 }).map((cut) => valid.subarray(0, cut + 1)),
          fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 1, max: 255 })).map(([at, xor]) => {
            const mutated = valid.slice();
            mutated[at] = (mutated[at] ?? 0) ^ xor;
            return mutated;
          }),
        ),
        { numRuns: 300, seed: 42 },
      );
      for (const frame of frames) raw.publish(subject, frame);
      await raw.flush();
      const host = world.hostOf('pong')!;
      await world.runUntil(() => host.stats.rejectedFrames + host.stats.delivered >= frames.length, 5_000_000);
      expect(host.stats.rejectedFrames + host.stats.delivered).toBe(frames.length);
      expect(host.stats.rejectedFrames).toBeGreaterThan(frames.length / 2);
      // Bit flips may leave a frame valid but it then carries no usable ping: state unchanged or
      // changed only through a valid ping. The host itself survives and keeps serving.
      expect(ponger!.counter).toBeLessThanOrEqual(host.stats.delivered);
      // The largest safe number: no mutated frame can have made it look already seen.
      const counterBefore = ponger!.counter;
      raw.publish(subject, encodeEnvelope({ sender: 'y', seq: 1, ping: { n: Number.MAX_SAFE_INTEGER, replyTo: 'nobody' } }));
      await raw.flush();
      expect(await world.runUntil(() => ponger!.counter === counterBefore + 1, 5_000_000)).toBe(true);
      await raw.close();
    } finally {
      await world.close();
    }
  });

  it('makes an append durable before a message published after it is delivered (write-ahead barrier)', async () => {
    const runId = `barrier-${process.pid}`;
    const world = await NatsWorld.start({ seed: 2, server, runId });
    try {
      const observer = await connect({ servers: server.url });
      const seenDurable: Array<[number, number]> = [];
      let receivedAll: () => void;
      const done = new Promise<void>((resolve) => (receivedAll = resolve));
      let received = 0;
      observer.subscribe(wireSubject(runId, 'demo.watch'), {
        callback: (_error, message) => {
          const decoded = decodeEnvelope(message.data);
          const n = decoded.ok ? Number(decoded.value.ping?.n) : -1;
          void NatsDurableLog.open({ nc: observer, runId, actorId: 'writer', onFailure: () => undefined }).then((log) => {
            seenDurable.push([n, log.recover().entries.length]);
            if (++received === 20) receivedAll();
          });
        },
      });
      await observer.flush();
      await world.addActor('writer', (host) => ({
        start() {
          for (let n = 1; n <= 20; n++) {
            host.log.append(new Uint8Array([n]));
            host.publish('demo.watch', { ping: { n } });
          }
        },
      }));
      await done;
      // Message n was published after append n: when it arrived, at least n entries were durable.
      expect(seenDurable).toHaveLength(20);
      for (const [n, durable] of seenDurable) expect(durable).toBeGreaterThanOrEqual(n);
      await observer.close();
    } finally {
      await world.close();
    }
  });

  it('takes a snapshot while an append is in flight without stalling the host (the execution node snapshots right after appending a block)', async () => {
    const runId = `snapshot-in-flight-${process.pid}`;
    const world = await NatsWorld.start({ seed: 3, server, runId });
    try {
      const observer = await connect({ servers: server.url });
      const arrived = new Promise<number>((resolve) => {
        observer.subscribe(wireSubject(runId, 'demo.watch'), {
          callback: (_error, message) => {
            const decoded = decodeEnvelope(message.data);
            if (decoded.ok) resolve(Number(decoded.value.ping?.n));
          },
        });
      });
      await observer.flush();
      await world.addActor('writer', (host) => ({
        start() {
          host.log.append(new Uint8Array([1]));
          host.log.append(new Uint8Array([2]));
          host.log.snapshot(new Uint8Array([9, 9]));
          host.publish('demo.watch', { ping: { n: 1 } });
        },
      }));
      const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('stalled'), 10_000));
      expect(await Promise.race([arrived, timeout])).toBe(1);
      await world.hostOf('writer')?.flush();
      // The snapshot covers both appends: a recovery is the snapshot and nothing after it.
      const recovered = (await NatsDurableLog.open({ nc: observer, runId, actorId: 'writer', onFailure: () => undefined })).recover();
      expect(recovered.snapshot).toEqual(new Uint8Array([9, 9]));
      expect(recovered.entries).toEqual([]);
      await observer.close();
    } finally {
      await world.close();
    }
  });

  it('drops every message under a 100 % loss link fault and delivers again after heal', async () => {
    const world = await NatsWorld.start({ seed: 3, server, runId: `loss-${process.pid}` });
    try {
      const got: number[] = [];
      let sender: { publish: (n: number) => void } | undefined;
      await world.addActor('a', (host) => ((sender = { publish: (n) => host.publish('demo.b', { ping: { n } }) }), { start() {} }));
      await world.addActor('b', (host) => ({ start: () => void host.subscribe('demo.b', (e) => got.push(Number(e.ping?.n))) }));
      await world.inject({ kind: 'link', atUs: 0, from: ['a'], to: ['b'], dropPpm: 1_000_000 });
      for (let n = 1; n <= 10; n++) sender!.publish(n);
      await world.runUntil(() => false, 200_000);
      expect(got).toEqual([]);
      await world.inject({ kind: 'heal', atUs: 0 });
      sender!.publish(11);
      expect(await world.runUntil(() => got.length === 1, 5_000_000)).toBe(true);
      expect(got).toEqual([11]);
      expect(world.stats().dropped).toBe(10);
    } finally {
      await world.close();
    }
  });
});
