/**
 * More of the NATS world's rules (nats/nats-world.ts), against nats-servers started here:
 *  - a restart of a live actor ends its old incarnation (it receives nothing more), not only
 *    starts a new one;
 *  - inject returns once every host has the fault (a skew reads at once on every actor's clock);
 *  - close() stops every actor's host and connection on a server it does not own (nothing is
 *    delivered to them afterwards);
 *  - a durable-log failure (an append larger than the broker's max_payload) is logged with the
 *    actor and kills that actor's host (it receives nothing more).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@nats-io/transport-node';
import { encodeEnvelope } from '@faultline/protocol';
import { wireSubject, type ActorLogger } from '@faultline/runtime';
import { DEFAULT_NATS_CONF, NatsWorld, startNatsServer, type NatsServerHandle } from '@faultline/runtime/nats';

let server: NatsServerHandle;
beforeAll(async () => {
  server = await startNatsServer();
});
afterAll(async () => {
  await server?.stop();
});

/** Publishes a ping on `subject` of the run from outside the world and waits for the server. */
async function publishFromOutside(runId: string, subject: string): Promise<void> {
  const raw = await connect({ servers: server.url });
  raw.publish(wireSubject(runId, subject), encodeEnvelope({ runId, sender: 'outside', seq: 1, ping: { n: 1 } }));
  await raw.flush();
  await raw.close();
}
const settle = (ms = 150): Promise<void> => new Promise((done) => setTimeout(done, ms));

describe('NatsWorld incarnations, faults and close', () => {
  it('a restart of a live actor ends the old incarnation: only the new one receives', async () => {
    const runId = `world-live-restart-${process.pid}`;
    const world = await NatsWorld.start({ seed: 21, server, runId });
    try {
      const got: number[] = [];
      let incarnation = 0;
      await world.addActor('rx', (host) => {
        const mine = ++incarnation;
        return { start: () => void host.subscribe('demo.rx', () => void got.push(mine)) };
      });
      await world.restart('rx');
      await publishFromOutside(runId, 'demo.rx');
      expect(await world.runUntil(() => got.length > 0, 5_000_000)).toBe(true);
      await settle();
      expect(got).toEqual([2]);
    } finally {
      await world.close();
    }
  });

  it('inject returns once every host has the fault: a skew reads at once on every selected clock', async () => {
    const world = await NatsWorld.start({ seed: 22, server, runId: `world-inject-${process.pid}` });
    try {
      const ids = Array.from({ length: 12 }, (_, i) => `a-${i}`);
      for (const id of ids) await world.addActor(id, () => ({ start() {} }));
      const skewUs = 3_600_000_000;
      await world.inject({ kind: 'skew', atUs: 0, actors: ['a-*'], skewUs });
      const lagging = ids.filter((id) => world.hostOf(id)!.now() < world.now() + skewUs - 60_000_000);
      expect(lagging).toEqual([]);
    } finally {
      await world.close();
    }
  });

  it('close() on a server it does not own stops every actor: nothing is delivered to them afterwards', async () => {
    const runId = `world-close-${process.pid}`;
    const world = await NatsWorld.start({ seed: 23, server, runId });
    let got = 0;
    await world.addActor('rx', (host) => ({ start: () => void host.subscribe('demo.rx', () => void got++) }));
    await publishFromOutside(runId, 'demo.rx');
    expect(await world.runUntil(() => got === 1, 5_000_000)).toBe(true);
    await world.close();
    await publishFromOutside(runId, 'demo.rx');
    await settle();
    expect(got).toBe(1);
  });

  it('a durable-log failure is logged with the actor and kills its host', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-world-fail-'));
    const conf = join(dir, 'nats.conf');
    writeFileSync(conf, readFileSync(DEFAULT_NATS_CONF, 'utf8').replace(/^max_payload: .*$/m, 'max_payload: 1MB'));
    const small = await startNatsServer({ configPath: conf });
    const errors: Array<{ message: string; fields: Record<string, unknown> | undefined }> = [];
    const logger: ActorLogger = { debug() {}, info() {}, warn() {}, error: (message, fields) => void errors.push({ message, fields }) };
    const runId = `world-log-fail-${process.pid}`;
    const world = await NatsWorld.start({ seed: 24, server: small, runId, logger });
    try {
      let got = 0;
      let append!: () => void;
      await world.addActor('w', (host) => {
        append = () => host.log.append(new Uint8Array(2 * 1024 * 1024));
        return { start: () => void host.subscribe('demo.rx', () => void got++) };
      });
      append();
      expect(await world.runUntil(() => errors.some((e) => e.message === 'durable log failed'), 5_000_000)).toBe(true);
      const failed = errors.find((e) => e.message === 'durable log failed')!;
      expect(failed.fields?.['actor']).toBe('w');
      expect(String(failed.fields?.['reason'])).toMatch(/max_payload/);
      const raw = await connect({ servers: small.url });
      raw.publish(wireSubject(runId, 'demo.rx'), encodeEnvelope({ runId, sender: 'outside', seq: 1, ping: { n: 1 } }));
      await raw.flush();
      await raw.close();
      await settle();
      expect(got).toBe(0);
    } finally {
      await world.close();
      await small.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
