/**
 * The durable log's in-place repair (nats-log.ts), against a scripted JetStream: a stream that
 * dedupes by Nats-Msg-Id and stores in publish order, whose publishes fail as a cluster's do
 * while it elects a leader or has lost its quorum — refused at once (no responders), or stored
 * with the ack lost (a timeout). The actor must not be stopped by such failures; every entry
 * must be stored exactly once; recovery (the snapshot's covered sequence, then the entries in
 * writer order) must give back exactly what was issued, in order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MsgHdrs } from '@nats-io/transport-node';
import { APPEND_REPAIR_MAX_MS, inWriterOrder, isTransient, NatsDurableLog, type LogPublish } from '../src/nats/nats-log.ts';

type Outcome = 'ok' | 'refused' | 'ack-lost' | 'permanent';

interface Stored {
  seq: number;
  subject: string;
  data: Uint8Array;
  headers: MsgHdrs;
}

class ScriptedStream {
  readonly stored: Stored[] = [];
  readonly calls: string[] = [];
  private readonly ids = new Map<string, number>();

  constructor(private readonly outcome: (call: number, msgID: string) => Outcome) {}

  readonly publish: LogPublish = (subject, data, { msgID, headers }) => {
    const call = this.calls.length;
    this.calls.push(msgID);
    const outcome = this.outcome(call, msgID);
    // Stored (or not) in publish order, as one connection's publishes reach the stream leader.
    let result: { seq: number; duplicate: boolean } | undefined;
    if (outcome === 'ok' || outcome === 'ack-lost') {
      const known = this.ids.get(msgID);
      if (known !== undefined) result = { seq: known, duplicate: true };
      else {
        const seq = this.stored.length + 1;
        this.stored.push({ seq, subject, data, headers });
        this.ids.set(msgID, seq);
        result = { seq, duplicate: false };
      }
    }
    return new Promise((resolve, reject) => {
      setImmediate(() => {
        if (outcome === 'refused') reject(Object.assign(new Error('jetstream is not enabled'), { name: 'JetStreamNotEnabled' }));
        else if (outcome === 'ack-lost') reject(Object.assign(new Error('timeout'), { name: 'TimeoutError' }));
        else if (outcome === 'permanent') reject(Object.assign(new Error('maximum payload exceeded'), { name: 'JetStreamApiError', status: 400 }));
        else resolve(result as { seq: number; duplicate: boolean });
      });
    });
  };

  /** What a new reader recovers: the last snapshot, then the entries after the sequence it covers, in writer order. */
  recover(): { snapshot: Uint8Array | undefined; entries: Uint8Array[] } {
    const snaps = this.stored.filter((m) => m.subject === 'snap');
    const snap = snaps.at(-1);
    const covers = snap ? Number(snap.headers.get('Faultline-Covers-Seq')) : 0;
    const after = this.stored.filter((m) => m.subject === 'log' && m.seq > covers);
    return { snapshot: snap?.data, entries: inWriterOrder(after.map((m) => ({ data: m.data, writer: m.headers.get('Faultline-Writer'), index: Number(m.headers.get('Faultline-Index')) }))) };
  }
}

function logOver(stream: ScriptedStream, failures: Error[], clock = { ms: 0 }): NatsDurableLog {
  return NatsDurableLog.create({
    publish: stream.publish,
    logSubject: 'log',
    snapSubject: 'snap',
    writerId: 'w1',
    onFailure: (error) => failures.push(error),
    sleep: async (ms) => {
      clock.ms += ms;
      await new Promise((done) => setImmediate(done));
    },
    nowMs: () => clock.ms,
  });
}

const bytes = (n: number): Uint8Array => Uint8Array.of(n & 0xff, n >> 8);

describe('NatsDurableLog: appends retried in place', () => {
  it('an append refused while there is no stream leader is retried until stored; the actor is never stopped', async () => {
    const stream = new ScriptedStream((call) => (call < 3 ? 'refused' : 'ok'));
    const failures: Error[] = [];
    const log = logOver(stream, failures);
    log.append(bytes(1));
    expect(log.busy).toBe(true);
    await log.whenIdle();
    expect(failures).toEqual([]);
    expect(log.busy).toBe(false);
    expect(stream.stored.map((m) => m.data)).toEqual([bytes(1)]);
    expect(log.repairs).toMatchObject({ retried: 3, alreadyStored: 0 });
  });

  it('an append stored whose ack was lost is not stored again (its Nats-Msg-Id is recognised)', async () => {
    const stream = new ScriptedStream((call) => (call === 0 ? 'ack-lost' : 'ok'));
    const failures: Error[] = [];
    const log = logOver(stream, failures);
    log.append(bytes(7));
    await log.whenIdle();
    expect(failures).toEqual([]);
    expect(stream.stored).toHaveLength(1);
    expect(log.repairs).toMatchObject({ retried: 1, alreadyStored: 1 });
  });

  it('pipelined appends, the first refused and a later one stored: recovery gives them back in issue order', async () => {
    // e1 refused, e2 stored (in flight before the failure), e1 retried: stored after e2.
    const stream = new ScriptedStream((call, id) => (id === 'w1:1' && call === 0 ? 'refused' : 'ok'));
    const failures: Error[] = [];
    const log = logOver(stream, failures);
    log.append(bytes(1));
    log.append(bytes(2));
    log.append(bytes(3));
    await log.whenIdle();
    expect(failures).toEqual([]);
    expect(stream.stored.map((m) => m.data[0])).toEqual([2, 3, 1]);
    expect(log.repairs.storedOutOfOrder).toBeGreaterThan(0);
    expect(stream.recover().entries.map((e) => e[0])).toEqual([1, 2, 3]);
  });

  it('entries issued after a snapshot wait for it: none is stored before the sequence the snapshot names', async () => {
    const stream = new ScriptedStream(() => 'ok');
    const log = logOver(stream, []);
    log.append(bytes(1));
    log.snapshot(bytes(100));
    log.append(bytes(2));
    expect(stream.calls).toEqual(['w1:1']);
    await log.whenIdle();
    expect(stream.calls).toEqual(['w1:1', 'w1:2', 'w1:3']);
    expect(stream.recover()).toEqual({ snapshot: bytes(100), entries: [bytes(2)] });
  });

  it('a permanent error stops the actor at once (not retried)', async () => {
    const stream = new ScriptedStream(() => 'permanent');
    const failures: Error[] = [];
    const log = logOver(stream, failures);
    log.append(bytes(1));
    await new Promise((done) => setTimeout(done, 20));
    expect(failures.map((e) => e.message)).toEqual(['maximum payload exceeded']);
    expect(log.failed?.message).toBe('maximum payload exceeded');
    expect(stream.calls).toHaveLength(1);
  });

  it(`JetStream unavailable for longer than ${APPEND_REPAIR_MAX_MS} ms: the log gives up (the actor stops and recovers after a restart)`, async () => {
    const stream = new ScriptedStream(() => 'refused');
    const failures: Error[] = [];
    const clock = { ms: 0 };
    const log = logOver(stream, failures, clock);
    log.append(bytes(1));
    while (failures.length === 0) await new Promise((done) => setImmediate(done));
    expect(failures[0]?.message).toMatch(/took no append for 60000 ms/);
    expect(clock.ms).toBeGreaterThan(APPEND_REPAIR_MAX_MS);
    expect(clock.ms).toBeLessThan(APPEND_REPAIR_MAX_MS + 5_000);
  });

  it('a stop during a repair gives the append up at once: the owner is told, the log is idle, nothing after it is written', async () => {
    const stream = new ScriptedStream(() => 'refused');
    const failures: Error[] = [];
    const log = NatsDurableLog.create({ publish: stream.publish, logSubject: 'log', snapSubject: 'snap', writerId: 'w1', onFailure: (error) => failures.push(error) }); // real timers: a 2 s pause at most
    log.append(bytes(1));
    log.append(bytes(2));
    await new Promise((done) => setTimeout(done, 50));
    expect(log.busy).toBe(true);
    const started = Date.now();
    log.stopRetrying();
    await log.whenIdle();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(failures.map((e) => e.message)).toEqual([expect.stringMatching(/^stopped while JetStream could not take an append/)]);
    expect(log.busy).toBe(false);
    expect(stream.stored).toEqual([]);
  });

  it('transient and permanent errors as nats.js reports them', () => {
    expect(isTransient(Object.assign(new Error('timeout'), { name: 'TimeoutError' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('jetstream is not enabled'), { name: 'JetStreamNotEnabled' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('JetStream system temporarily unavailable'), { name: 'JetStreamApiError', status: 503 }))).toBe(true);
    expect(isTransient(Object.assign(new Error('maximum payload exceeded'), { name: 'JetStreamApiError', status: 400 }))).toBe(false);
    expect(isTransient(new Error('Permissions Violation for Publish to "x"'))).toBe(false);
  });

  it('property: under any schedule of refusals and lost acks, every entry is stored once and recovery returns exactly what was issued, in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constant<'append'>('append'), fc.constant<'snapshot'>('snapshot')), { minLength: 1, maxLength: 25 }),
        fc.array(fc.constantFrom<Outcome>('ok', 'ok', 'refused', 'ack-lost'), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 5 }),
        async (ops, outcomes, awaitEvery) => {
          // Each publish takes the next outcome; after the script, all is well (the quorum is back).
          const stream = new ScriptedStream((call) => outcomes[call] ?? 'ok');
          const failures: Error[] = [];
          const log = logOver(stream, failures);
          const issued: number[] = [];
          let lastSnapshotAt = -1;
          for (const [i, op] of ops.entries()) {
            if (op === 'append') {
              log.append(bytes(i));
              issued.push(i);
            } else {
              log.snapshot(bytes(1000 + i));
              lastSnapshotAt = issued.length;
            }
            if (awaitEvery > 0 && i % awaitEvery === 0) await log.whenIdle();
          }
          await log.whenIdle();
          expect(failures).toEqual([]);
          const entries = stream.stored.filter((m) => m.subject === 'log').map((m) => Number(m.headers.get('Faultline-Index')));
          expect(new Set(entries).size).toBe(entries.length); // none stored twice
          expect(entries).toHaveLength(issued.length); // none lost
          const recovered = stream.recover();
          const expected = lastSnapshotAt < 0 ? issued : issued.slice(lastSnapshotAt);
          expect(recovered.entries.map((e) => e[0]! | (e[1]! << 8))).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
