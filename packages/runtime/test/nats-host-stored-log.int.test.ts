/**
 * Stored log delivery over a real nats-server (NatsHost.subscribeStoredLog; the run stream's
 * RePublish, nats-log.ts storedLogSubject): every entry an actor appends reaches a subscriber of
 * its stored log byte for byte, in order, from the stream (the broker sends it once stored, with
 * the stream's sequence); snapshots are not delivered; a network fault from the writer to the
 * reader drops them as it drops the writer's messages; a plain publish on the stored subject by a
 * service user is refused (only the broker writes there). The stream republishes only with
 * FAULTLINE_DELIVER_FROM_LOG=1 (set here for all but the last test, which shows it off).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect, type Msg, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { wireSubject } from '@faultline/runtime';
import { logStreamName, NatsWorld, serviceUser, startNatsServer, storedLogSubject, writeRunNatsConf, orchestratorUser, type NatsServerHandle } from '@faultline/runtime/nats';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let server: NatsServerHandle;
beforeAll(async () => {
  vi.stubEnv('FAULTLINE_DELIVER_FROM_LOG', '1');
  server = await startNatsServer();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await server?.stop();
});

const entry = (i: number): Uint8Array => Uint8Array.from({ length: 1 + (i % 7) * 300 }, (_, j) => (i * 31 + j) & 0xff);

/** A world, and a plain connection recording every copy the stream republishes of actor 'writer''s log. */
async function watchedWorld(seed: number, runId: string): Promise<{ world: NatsWorld; raw: NatsConnection; stored: Msg[] }> {
  const world = await NatsWorld.start({ seed, server, runId });
  const raw = await connect({ servers: server.url });
  const stored: Msg[] = [];
  try {
    raw.subscribe(storedLogSubject(world.runId, 'writer'), { callback: (_e, m) => void stored.push(m) });
    await raw.flush();
  } catch (error) {
    await raw.close();
    await world.close();
    throw error;
  }
  return { world, raw, stored };
}

describe('an actor reads another actor log as the broker stores it', () => {
  it('gets every entry, in order, byte for byte, from the stream; no snapshot', async () => {
    const { world, raw, stored } = await watchedWorld(1, `stored-${process.pid}`);
    try {
      await world.addActor('writer', () => ({ start() {} }));
      await world.addActor('reader', () => ({ start() {} }));
      const got: Uint8Array[] = [];
      world.hostOf('reader')!.subscribeStoredLog('writer', (e) => void got.push(e.slice()));
      await world.hostOf('reader')!.flush();
      const writer = world.hostOf('writer')!;
      for (let i = 0; i < 60; i++) {
        writer.log.append(entry(i));
        if (i === 30) writer.log.snapshot(Uint8Array.from([9, 9, 9]));
      }
      await writer.flush();
      await world.runUntil(() => got.length >= 60 && stored.length >= 60, 5_000_000);
      await new Promise((done) => setTimeout(done, 100));
      expect(got).toHaveLength(60);
      for (const [i, e] of got.entries()) expect(Buffer.from(e).equals(Buffer.from(entry(i)))).toBe(true);
      // From the stream: each carries the stored message's sequence, rising.
      const seqs = stored.map((m) => Number(m.headers?.get('Nats-Sequence')));
      expect(seqs.every((seq, i) => seq > 0 && (i === 0 || seq > (seqs[i - 1] as number)))).toBe(true);
      expect(stored.map((m) => m.headers?.get('Nats-Subject'))).toEqual(Array(60).fill(wireSubject(world.runId, 'log.writer')));
    } finally {
      await raw.close();
      await world.close();
    }
  });

  it('drops entries while a partition cuts the writer off from the reader, as it drops messages', async () => {
    const world = await NatsWorld.start({ seed: 2, server, runId: `stored-cut-${process.pid}` });
    try {
      await world.addActor('writer', () => ({ start() {} }));
      await world.addActor('reader', () => ({ start() {} }));
      const reader = world.hostOf('reader')!;
      const got: number[] = [];
      reader.subscribeStoredLog('writer', (e) => void got.push(e[0] as number));
      await reader.flush();
      (reader as unknown as { applyFault(id: number, fault: unknown): void }).applyFault(1, { kind: 'partition', groups: [['writer'], ['reader']] });
      const writer = world.hostOf('writer')!;
      writer.log.append(Uint8Array.from([1]));
      await writer.flush();
      await new Promise((done) => setTimeout(done, 200));
      expect(got).toEqual([]);
      expect(reader.stats.dropped).toBe(1);
      (reader as unknown as { applyFault(id: number, fault: unknown): void }).applyFault(2, { kind: 'heal' });
      writer.log.append(Uint8Array.from([2]));
      await writer.flush();
      await world.runUntil(() => got.length >= 1, 5_000_000);
      expect(got).toEqual([2]);
    } finally {
      await world.close();
    }
  });

  it('a service user may read a peer stored log it is granted, and may not publish there', async () => {
    const runId = `stored-perm-${process.pid}`;
    const validator = serviceUser(runId, 'validator-2', { publish: [], subscribe: ['stored.validator-1'] });
    const orchestrator = orchestratorUser(runId);
    const dir = mkdtempSync(join(tmpdir(), 'stored-perm-'));
    const secured = await startNatsServer({ configPath: writeRunNatsConf(dir, [validator, orchestrator]), probe: { user: orchestrator.user, pass: orchestrator.password } });
    try {
      const nc = await connect({ servers: secured.url, user: validator.user, pass: validator.password });
      const errors: string[] = [];
      void (async () => {
        for await (const status of nc.status()) if (status.type === 'error') errors.push(String((status as { error?: Error }).error?.message));
      })();
      nc.subscribe(storedLogSubject(runId, 'validator-1'), { callback: () => {} });
      await nc.flush();
      expect(errors).toEqual([]);
      nc.publish(storedLogSubject(runId, 'validator-1'), Uint8Array.from([0x12]));
      await nc.flush();
      await new Promise((done) => setTimeout(done, 200));
      expect(errors.some((e) => /permissions violation/i.test(e))).toBe(true);
      await nc.close();
    } finally {
      await secured.stop();
    }
  });

  it('without FAULTLINE_DELIVER_FROM_LOG=1 the stream makes no copies: entries are stored, none is republished', async () => {
    vi.stubEnv('FAULTLINE_DELIVER_FROM_LOG', '');
    try {
      const { world, raw, stored } = await watchedWorld(3, `stored-off-${process.pid}`);
      try {
        await world.addActor('writer', () => ({ start() {} }));
        const writer = world.hostOf('writer')!;
        for (let i = 0; i < 20; i++) writer.log.append(entry(i));
        await writer.flush();
        const jsm = await jetstreamManager(raw);
        const deadline = Date.now() + 5_000;
        let info = await jsm.streams.info(logStreamName(world.runId));
        while (info.state.messages < 20 && Date.now() < deadline) {
          await new Promise((done) => setTimeout(done, 50));
          info = await jsm.streams.info(logStreamName(world.runId));
        }
        await new Promise((done) => setTimeout(done, 300));
        expect(info.state.messages).toBe(20);
        expect(info.config.republish).toBeUndefined();
        expect(stored).toEqual([]);
      } finally {
        await raw.close();
        await world.close();
      }
    } finally {
      vi.stubEnv('FAULTLINE_DELIVER_FROM_LOG', '1');
    }
  });
});
