/**
 * NatsHost.publishWithRecord over a real nats-server and the installed nats.js: the record's
 * append and the message leave in one socket write, the record first — for a small record and
 * for one past nats.js' 32 KiB inline-flush threshold, after other traffic — so a kill -9 of the
 * process cannot leave the message at the broker without the record. And nats-server stores the
 * append before it routes the message (a client's commands are handled in order in its read loop:
 * stream.go processInboundJetStreamMsg → processJetStreamMsg, v2.9): a subscriber that gets the
 * message finds the record in the stream, every time. The planted split (splitRecordWrite, tests
 * only) makes them two writes, and a kill between them leaves the record stored and the message
 * never delivered.
 *
 * The give-up case: a record JetStream refuses after its message went out (a scripted refusal
 * stands in for a full store), the log gives up and the actor stops — the message delivered, the
 * record not stored. Without the record-ahead file (record-ahead.ts) the next incarnation recovers
 * without it (the hole session 32 left: a validator could sign that step again); with it, the next
 * incarnation appends the record under its writer and index before reading the log and recovers
 * it, once, in its writer's order — restarted again with the same file, still once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { decodeEnvelope } from '@faultline/protocol';
import { wireSubject } from '@faultline/runtime';
import { ensureLogStream, logStreamName, NatsDurableLog, NatsHost, readRecordAhead, RecordAheadFile, startNatsServer, type NatsHostOptions, type NatsServerHandle } from '@faultline/runtime/nats';
import { JetStreamAppender } from '../src/nats/js-append.ts';
import type { LogPublish } from '../src/nats/nats-log.ts';

let server: NatsServerHandle;
beforeAll(async () => {
  server = await startNatsServer();
});
afterAll(async () => {
  await server?.stop();
});

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** A host over a real connection and log, and every frame its connection writes to the socket. */
async function recordedHost(runId: string, extra: Partial<NatsHostOptions> = {}): Promise<{ host: NatsHost; nc: NatsConnection; log: NatsDurableLog; frames: Buffer[] }> {
  const nc = await connect({ servers: server.url, noEcho: true });
  const log = await NatsDurableLog.open({ nc, runId, actorId: 'validator-1', onFailure: () => undefined });
  const transport = (nc as unknown as { protocol: { transport: { send(frame: Uint8Array): void } } }).protocol.transport;
  const frames: Buffer[] = [];
  const send = transport.send.bind(transport);
  transport.send = (frame: Uint8Array) => {
    frames.push(Buffer.from(frame));
    send(frame);
  };
  const host = new NatsHost({ nc, runId, actorId: 'validator-1', seed: 1, epochUs: 0, log, logger: quiet, ...extra });
  return { host, nc, log, frames };
}

/** The frames (indexes) holding the log append (HPUB on the log subject) and the block (PUB on block.validator-1). */
function whereIs(frames: Buffer[], runId: string, recordIndex: number): { record: number[]; block: number[]; orderInFrame: 'record-first' | 'block-first' | 'apart' } {
  // The record: the log's item `recordIndex` (its Faultline-Index header, nats-log.ts).
  const recordCommand = `Faultline-Index: ${recordIndex}\r\n`;
  const blockCommand = `PUB ${wireSubject(runId, 'block.validator-1')} `;
  const record = frames.flatMap((f, i) => (f.includes(recordCommand, 0, 'latin1') ? [i] : []));
  const block = frames.flatMap((f, i) => (f.includes(blockCommand, 0, 'latin1') ? [i] : []));
  let orderInFrame: 'record-first' | 'block-first' | 'apart' = 'apart';
  if (record.length === 1 && block.length === 1 && record[0] === block[0]) {
    const frame = frames[record[0] as number] as Buffer;
    orderInFrame = frame.indexOf(recordCommand, 0, 'latin1') < frame.indexOf(blockCommand, 0, 'latin1') ? 'record-first' : 'block-first';
  }
  return { record, block, orderInFrame };
}

const bytes = (length: number, seed: number): Uint8Array => Uint8Array.from({ length }, (_, i) => (i * 7 + seed) & 0xff);

describe('the commit record and its block in one socket write', () => {
  for (const [name, recordBytes, blockBytes] of [
    ['an empty block', 300, 600],
    ['a 5,000/s block (20 KB, the two past 32 KiB)', 20_000, 20_000],
    ['a record alone past 32 KiB', 40_000, 20_000],
  ] as const) {
    it(`${name}: one write, the record first, after other traffic and with an earlier append unacknowledged`, async () => {
      const runId = `withrec-${recordBytes}-${process.pid}`;
      const { host, nc, frames } = await recordedHost(runId);
      try {
        // Traffic already queued in nats.js (a vote, its append), as a validator's commit step has.
        host.log.append(bytes(200, 1));
        host.publish('consensus.validator-1', { ping: { n: 1 } });
        frames.length = 0;
        host.publishWithRecord(recordBytes, (n: number) => bytes(n, 2), 'block.validator-1', { committedBlock: { block: { header: { height: 1 }, txs: [bytes(blockBytes, 3)] } } });
        await host.flush();
        await nc.flush();
        const at = whereIs(frames, runId, 2);
        expect(at.record).toHaveLength(1);
        expect(at.orderInFrame).toBe('record-first');
      } finally {
        await host.close();
        await nc.close();
      }
    });
  }

  it('a subscriber that gets the block finds its record stored in the stream, every time (200 heights)', async () => {
    const runId = `withrec-order-${process.pid}`;
    const { host, nc } = await recordedHost(runId);
    const watcher = await connect({ servers: server.url });
    try {
      const jsm = await jetstreamManager(watcher);
      const stream = logStreamName(runId);
      const logSubject = wireSubject(runId, 'log.validator-1');
      const checks: Array<Promise<boolean>> = [];
      watcher.subscribe(wireSubject(runId, 'block.validator-1'), {
        callback: (_error, message) => {
          const decoded = decodeEnvelope(message.data);
          const height = decoded.ok ? Number(decoded.value.committedBlock?.block?.header?.height ?? 0) : 0;
          // Records grow with the height: the newest stored is this height's or a later one's.
          checks.push(jsm.streams.getMessage(stream, { last_by_subj: logSubject }).then((stored) => height > 0 && (stored?.data.length ?? 0) >= 500 + height));
        },
      });
      await watcher.flush();
      for (let height = 1; height <= 200; height++) {
        // The record of a height is `500 + height` bytes.
        host.publishWithRecord(500 + height, (n: number) => bytes(n, height), 'block.validator-1', { committedBlock: { block: { header: { height }, txs: [bytes(height, 0)] } } });
        if (height % 20 === 0) await new Promise((done) => setImmediate(done));
      }
      await host.flush();
      await nc.flush();
      const deadline = Date.now() + 10_000;
      while (checks.length < 200 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 10));
      expect(checks).toHaveLength(200);
      expect((await Promise.all(checks)).every(Boolean)).toBe(true);
    } finally {
      await watcher.close();
      await host.close();
      await nc.close();
    }
  });

  it('the planted split (tests only): two writes, and a kill between them leaves the record stored and the block never delivered', async () => {
    const runId = `withrec-split-${process.pid}`;
    let kill = (): void => undefined;
    const { host, nc, frames } = await recordedHost(runId, { splitRecordWrite: { beforeMessage: () => kill() } });
    const watcher = await connect({ servers: server.url });
    try {
      let blocks = 0;
      watcher.subscribe(wireSubject(runId, 'block.validator-1'), { callback: () => void blocks++ });
      await watcher.flush();
      // First without a kill: the record's write, then the block's.
      host.publishWithRecord(300, (n: number) => bytes(n, 1), 'block.validator-1', { committedBlock: { block: { header: { height: 1 } } } });
      await host.flush();
      await nc.flush();
      const at = whereIs(frames, runId, 1);
      expect(at.record).toHaveLength(1);
      expect(at.block).toHaveLength(1);
      expect(at.orderInFrame).toBe('apart');
      expect(at.record[0]).toBeLessThan(at.block[0] as number);
      // Then killed between the two writes.
      kill = () => host.kill();
      host.publishWithRecord(301, (n: number) => bytes(n, 2), 'block.validator-1', { committedBlock: { block: { header: { height: 2 } } } });
      await nc.flush();
      await new Promise((done) => setTimeout(done, 200));
      await watcher.flush();
      expect(blocks).toBe(1);
      const stored = await (await jetstreamManager(watcher)).streams.getMessage(logStreamName(runId), { last_by_subj: wireSubject(runId, 'log.validator-1') });
      expect(stored?.data.length).toBe(301);
    } finally {
      await watcher.close();
      await nc.close();
    }
  });
});

const record = (n: number): Uint8Array => Uint8Array.from({ length: 40 + n }, (_, i) => (i + n) & 0xff);
const hexOf = (entries: readonly Uint8Array[]) => entries.map((e) => Buffer.from(e).toString('hex'));

describe('a record JetStream refuses after its message went out', () => {
  it('is lost to the next incarnation without the record-ahead file, and recovered once with it', async () => {
    const runId = `giveup-${process.pid}`;
    const owner = `${runId}/validator-1`;
    const dir = mkdtempSync(join(tmpdir(), 'giveup-'));
    const path = join(dir, 'validator-1.json.record-ahead');
    const ncs: NatsConnection[] = [];
    const open = async () => {
      const nc = await connect({ servers: server.url, noEcho: true });
      ncs.push(nc);
      return nc;
    };
    try {
      // The first incarnation: a real JetStream log whose second append JetStream refuses.
      const nc1 = await open();
      await ensureLogStream(await jetstreamManager(nc1), runId);
      const real = new JetStreamAppender(nc1).publish;
      let appends = 0;
      const publish: LogPublish = (subject, data, options) => (++appends === 2 ? Promise.reject(Object.assign(new Error('insufficient resources'), { name: 'JetStreamApiError', status: 10047 })) : real(subject, data, options));
      let failure: Error | undefined;
      const log = NatsDurableLog.create({ publish, logSubject: wireSubject(runId, 'log.validator-1'), snapSubject: wireSubject(runId, 'snap.validator-1'), onFailure: (error) => (failure = error) });
      const host = new NatsHost({ nc: nc1, runId, actorId: 'validator-1', seed: 1, epochUs: 0, log, logger: quiet, recordAhead: new RecordAheadFile(path, owner) });
      const watcher = await open();
      const delivered: Uint8Array[] = [];
      watcher.subscribe(wireSubject(runId, 'consensus.validator-1'), { callback: (_error, message) => void delivered.push(message.data) });
      await watcher.flush();

      host.log.appendRecord(record(1), (r) => r);
      await log.whenIdle();
      host.publishWithRecord(record(2), (r) => r, 'consensus.validator-1', { ping: { n: 2 } });
      await nc1.flush();
      await watcher.flush();
      await log.whenIdle();
      expect(failure?.message).toBe('insufficient resources');
      expect(delivered).toHaveLength(1); // the message is out
      expect(readRecordAhead(path, owner)).toEqual({ writer: log.writer, index: 2, data: record(2) });

      // Without the file: the log holds the first record only — the second's message is out all the same.
      const without = await NatsDurableLog.open({ nc: await open(), runId, actorId: 'validator-1', onFailure: () => undefined });
      expect(hexOf(without.recover().entries)).toEqual(hexOf([record(1)]));

      // With it: appended under the first writer's id and index, then read back in that writer's order.
      const carry = readRecordAhead(path, owner);
      const next = await NatsDurableLog.open({ nc: await open(), runId, actorId: 'validator-1', onFailure: () => undefined, ...(carry ? { carry } : {}) });
      expect(hexOf(next.recover().entries)).toEqual(hexOf([record(1), record(2)]));
      // The next incarnation appends; restarted again with the same file, the record is still there once.
      next.append(record(3));
      await next.whenIdle();
      const again = await NatsDurableLog.open({ nc: await open(), runId, actorId: 'validator-1', onFailure: () => undefined, ...(carry ? { carry } : {}) });
      expect(hexOf(again.recover().entries)).toEqual(hexOf([record(1), record(2), record(3)]));
      // Appended again under its Nats-Msg-Id, it was not stored twice (the duplicate window; recovery would hide a second copy).
      const stream = await (await jetstreamManager(nc1)).streams.info(logStreamName(runId));
      expect(stream.state.messages).toBe(3);
    } finally {
      for (const nc of ncs) await nc.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
