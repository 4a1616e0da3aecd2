/**
 * The runtime's durability rules, each on its own, against in-memory fakes of the NATS
 * connection and the JetStream client (the *.int tests run the same rules against a real broker,
 * where a broken rule shows up late or by luck):
 * - the write-ahead barrier: a message published after an append leaves only once that append
 *   (and every earlier one) is acknowledged, in publish order, never after a failed append;
 * - snapshot coverage: a snapshot names the last acknowledged log entry before it, never its own
 *   sequence, and is sent only after every earlier append's ack;
 * - a dead (crashed) host neither writes nor sends.
 */
import { describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/transport-node';
import { decodeEnvelope, encodeEnvelope, type EnvelopeBody } from '@faultline/protocol';
import { createRng, deriveSeed, faultToCommand, wireSubject, type FaultEvent, type RecoveredLog } from '@faultline/runtime';
import { Simulation } from '@faultline/runtime/sim';
import { FAULT_SUBJECT, LOG_ENTRY_BYTES_MAX, NatsDurableLog, NatsHost, volatileLog, wallClockUs, type NatsHostLog } from '@faultline/runtime/nats';

const RUN = 'rules';

/** What a test needs of a NatsConnection: publishes recorded, subscriptions callable. */
class FakeConnection {
  readonly published: Array<{ subject: string; data: Uint8Array }> = [];
  readonly subscriptions = new Map<string, (error: Error | null, message: { subject: string; data: Uint8Array }) => void>();
  flushes = 0;
  publish(subject: string, data: Uint8Array): void {
    this.published.push({ subject, data });
  }
  subscribe(subject: string, options: { callback: (error: Error | null, message: { subject: string; data: Uint8Array }) => void }) {
    this.subscriptions.set(subject, options.callback);
    return { unsubscribe: () => this.subscriptions.delete(subject) };
  }
  flush(): Promise<void> {
    this.flushes++;
    return Promise.resolve();
  }
  /** The `n` of each ping this connection sent on `subject` (run-relative), in order. */
  pings(subject: string): number[] {
    const wire = wireSubject(RUN, subject);
    return this.published.filter((p) => p.subject === wire).map((p) => {
      const decoded = decodeEnvelope(p.data);
      return decoded.ok ? Number(decoded.value.ping?.n) : -1;
    });
  }
}

/** A log whose acknowledgements the test gives by hand (`ack`), and whose waiters it wakes (`settle`). */
class ManualLog implements NatsHostLog {
  failed: Error | undefined;
  appended: Uint8Array[] = [];
  snapshots: Uint8Array[] = [];
  /** Items issued (appends) and acknowledged, as NatsDurableLog counts them. */
  issued = 0;
  acknowledged = 0;
  private waiters: Array<() => void> = [];
  append(entry: Uint8Array): void {
    this.appended.push(entry);
    this.issued++;
  }
  snapshot(state: Uint8Array): void {
    this.snapshots.push(state);
  }
  recover(): RecoveredLog {
    return { snapshot: undefined, entries: this.appended };
  }
  whenIdle(): Promise<void> {
    return this.whenAcknowledged(this.issued);
  }
  whenAcknowledged(mark: number): Promise<void> {
    if (this.acknowledged >= mark) return Promise.resolve();
    return new Promise((done) => this.waiters.push(done));
  }
  /** Acknowledges every append up to `mark` (all issued so far by default) and wakes the waiters. */
  ack(mark = this.issued): void {
    this.acknowledged = mark;
    this.settle();
  }
  /** Wakes every waiter, acknowledged or not (a waiter re-checks: a failure, or an ack seen late). */
  settle(): void {
    for (const done of this.waiters.splice(0)) done();
  }
}

const ping = (n: number): EnvelopeBody => ({ ping: { n, replyTo: 'nobody' } });
const tick = () => new Promise<void>((done) => setImmediate(done));

function makeHost(log: NatsHostLog = new ManualLog()) {
  const nc = new FakeConnection();
  const errors: string[] = [];
  const warnings: string[] = [];
  const logger = { debug() {}, info() {}, warn: (message: string) => void warnings.push(message), error: (message: string) => void errors.push(message) };
  const host = new NatsHost({ nc: nc as unknown as NatsConnection, runId: RUN, actorId: 'writer', seed: 1, epochUs: 0, log, logger });
  return { host, nc, errors, warnings };
}

describe('the write-ahead barrier (NatsHost)', () => {
  it('sends at once while no append is unacknowledged', () => {
    const { host, nc } = makeHost();
    host.publish('demo.watch', ping(1));
    expect(nc.pings('demo.watch')).toEqual([1]);
    expect(host.stats.published).toBe(1);
  });

  it('holds every message published after an append until that append is acknowledged, then sends them in order', async () => {
    const log = new ManualLog();
    const { host, nc } = makeHost(log);
    host.log.append(new Uint8Array([1]));
    host.publish('demo.watch', ping(1));
    host.publish('demo.watch', ping(2));
    await tick();
    expect(nc.pings('demo.watch')).toEqual([]);
    expect(host.stats.published).toBe(2);
    log.ack();
    await tick();
    expect(nc.pings('demo.watch')).toEqual([1, 2]);
  });

  it('a message published when the log has just become idle still waits behind the held ones (order kept)', async () => {
    const log = new ManualLog();
    const { host, nc } = makeHost(log);
    host.log.append(new Uint8Array([1]));
    host.publish('demo.watch', ping(1));
    log.acknowledged = 1; // acknowledged, but the held message is not sent yet
    host.publish('demo.watch', ping(2));
    expect(nc.pings('demo.watch')).toEqual([]);
    log.settle();
    await tick();
    expect(nc.pings('demo.watch')).toEqual([1, 2]);
  });

  it('a held message waits for the appends made before it only; a message published after a later append waits for that one too (order kept)', async () => {
    const log = new ManualLog();
    const { host, nc } = makeHost(log);
    host.log.append(new Uint8Array([1]));
    host.publish('demo.watch', ping(1));
    host.log.append(new Uint8Array([2])); // after ping 1: it does not hold ping 1
    host.publish('demo.watch', ping(2));
    host.publish('demo.watch', ping(3));
    log.ack(1);
    await tick();
    expect(nc.pings('demo.watch')).toEqual([1]);
    log.settle(); // woken without a new ack: still held
    await tick();
    expect(nc.pings('demo.watch')).toEqual([1]);
    log.ack(2);
    await tick();
    expect(nc.pings('demo.watch')).toEqual([1, 2, 3]);
    host.publish('demo.watch', ping(4)); // nothing unacknowledged: at once
    expect(nc.pings('demo.watch')).toEqual([1, 2, 3, 4]);
  });

  it('a failed append stops the actor: the held messages are never sent, nor anything later, and the failure is logged', async () => {
    const log = new ManualLog();
    const { host, nc, errors } = makeHost(log);
    host.log.append(new Uint8Array([1]));
    host.publish('demo.watch', ping(1));
    log.failed = new Error('no ack');
    log.settle();
    await tick();
    expect(nc.pings('demo.watch')).toEqual([]);
    expect(errors).toEqual(['durable log append failed; stopping the actor']);
    host.publish('demo.watch', ping(2));
    host.log.append(new Uint8Array([2]));
    expect(nc.pings('demo.watch')).toEqual([]);
    expect(log.appended).toHaveLength(1);
  });

  it('a crash drops the held messages; a dead host writes, snapshots and sends nothing', async () => {
    const log = new ManualLog();
    const { host, nc } = makeHost(log);
    host.log.append(new Uint8Array([1]));
    host.publish('demo.watch', ping(1));
    host.kill();
    log.ack();
    await tick();
    host.log.append(new Uint8Array([2]));
    host.log.snapshot(new Uint8Array([3]));
    host.publish('demo.watch', ping(2));
    expect(nc.pings('demo.watch')).toEqual([]);
    expect(log.appended).toHaveLength(1);
    expect(log.snapshots).toHaveLength(0);
    expect(host.stats.published).toBe(1);
  });

  it('a clean close waits for the log, sends what waited on it, flushes the connection, then stops', async () => {
    const log = new ManualLog();
    const { host, nc } = makeHost(log);
    host.log.append(new Uint8Array([1]));
    host.publish('demo.watch', ping(1));
    const closed = host.close();
    await tick();
    expect(nc.pings('demo.watch')).toEqual([]);
    log.ack();
    await closed;
    expect(nc.pings('demo.watch')).toEqual([1]);
    expect(nc.flushes).toBe(1);
    host.publish('demo.watch', ping(2));
    expect(nc.pings('demo.watch')).toEqual([1]);
    await host.close(); // closing a stopped host does nothing: no second flush
    expect(nc.flushes).toBe(1);
  });

  it('a live host passes appends and snapshots to its log, and recovers what the log held', () => {
    const log = new ManualLog();
    const { host } = makeHost(log);
    host.log.append(new Uint8Array([1]));
    host.log.snapshot(new Uint8Array([9]));
    expect(log.appended).toEqual([new Uint8Array([1])]);
    expect(log.snapshots).toEqual([new Uint8Array([9])]);
    expect(host.log.recover().entries).toEqual([new Uint8Array([1])]);
  });

  it('the volatile log keeps nothing and never holds a message back', async () => {
    const log = volatileLog();
    log.append(new Uint8Array([1]));
    log.snapshot(new Uint8Array([2]));
    expect(log.recover()).toEqual({ snapshot: undefined, entries: [] });
    expect(log.acknowledged).toBe(log.issued);
    expect(log.failed).toBeUndefined();
    await expect(log.whenIdle()).resolves.toBeUndefined();
  });
});

/** A JetStream client whose publish acks the test resolves or rejects, one by one. */
class FakeJetStream {
  private seq = 100;
  readonly calls: Array<{ subject: string; data: Uint8Array; covers: string | undefined; ack: (ok: boolean) => void }> = [];
  publish(subject: string, data: Uint8Array, options?: { headers?: { get(key: string): string } }): Promise<{ seq: number }> {
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.calls.push({
        subject,
        data,
        covers: options?.headers?.get('Faultline-Covers-Seq') || undefined, // MsgHdrs.get answers '' for a header not set
        ack: (ok) => (ok ? resolve({ seq }) : reject(new Error(`no ack for ${seq}`))),
      });
    });
  }
}

function makeLog(recovered: RecoveredLog = { snapshot: undefined, entries: [] }) {
  const js = new FakeJetStream();
  const failures: Error[] = [];
  // create(): the log over a given publish (open() reads the stream first); the rules under test start after it.
  const log = NatsDurableLog.create({ publish: (subject, data, options) => js.publish(subject, data, options).then((ack) => ({ ...ack, duplicate: false })), logSubject: 'log.writer', snapSubject: 'snap.writer', recovered, writerId: 'writer-1', onFailure: (error) => failures.push(error) });
  return { log, js, failures };
}

describe('the JetStream durable log (NatsDurableLog)', () => {
  it('is busy from an append until its ack, and idle waiters resolve only when every append is acknowledged', async () => {
    const { log, js } = makeLog();
    expect(log.busy).toBe(false);
    await log.whenIdle();
    log.append(new Uint8Array([1]));
    log.append(new Uint8Array([2]));
    expect(log.busy).toBe(true);
    let idle = false;
    void log.whenIdle().then(() => (idle = true));
    js.calls[0]!.ack(true);
    await tick();
    expect(log.busy).toBe(true);
    expect(idle).toBe(false);
    js.calls[1]!.ack(true);
    await tick();
    expect(log.busy).toBe(false);
    expect(idle).toBe(true);
    expect(log.failed).toBeUndefined();
  });

  it('counts items issued and acknowledged in order; whenAcknowledged(mark) waits for the items up to its mark only; a failure wakes it without advancing the count', async () => {
    const { log, js } = makeLog();
    log.append(new Uint8Array([1]));
    log.snapshot(new Uint8Array([9])); // leaves after the first ack
    log.append(new Uint8Array([2]));
    expect([log.issued, log.acknowledged]).toEqual([3, 0]);
    const woken: number[] = [];
    for (const mark of [1, 2, 3]) void log.whenAcknowledged(mark).then(() => woken.push(mark));
    js.calls[0]!.ack(true);
    await tick();
    expect([log.acknowledged, woken]).toEqual([1, [1]]);
    js.calls[1]!.ack(true); // the snapshot (published once the first entry's ack came)
    await tick();
    expect([log.acknowledged, woken]).toEqual([2, [1, 2]]);
    js.calls[2]!.ack(false);
    await tick();
    expect(log.failed).toBeDefined();
    expect([log.acknowledged, woken]).toEqual([2, [1, 2, 3]]);
    await expect(log.whenAcknowledged(3)).resolves.toBeUndefined();
  });

  it('publishes a copy of each entry on its own subject (a caller reusing its buffer changes nothing)', () => {
    const { log, js } = makeLog();
    const entry = new Uint8Array([1, 2, 3]);
    log.append(entry);
    entry[0] = 9;
    expect(js.calls[0]!.subject).toBe('log.writer');
    expect([...js.calls[0]!.data]).toEqual([1, 2, 3]);
  });

  it('a snapshot is sent only after every earlier append is acknowledged, and names the last acknowledged entry', async () => {
    const { log, js } = makeLog();
    log.append(new Uint8Array([1])); // seq 101
    log.append(new Uint8Array([2])); // seq 102
    const state = new Uint8Array([7]);
    log.snapshot(state);
    state[0] = 8;
    await tick();
    expect(js.calls.map((c) => c.subject)).toEqual(['log.writer', 'log.writer']);
    js.calls[0]!.ack(true);
    await tick();
    expect(js.calls).toHaveLength(2);
    js.calls[1]!.ack(true);
    await tick();
    expect(js.calls).toHaveLength(3);
    expect(js.calls[2]!.subject).toBe('snap.writer');
    expect(js.calls[2]!.covers).toBe('102');
    expect([...js.calls[2]!.data]).toEqual([7]);
    expect(log.busy).toBe(true); // the snapshot's own ack is pending
    js.calls[2]!.ack(true); // seq 103: a snapshot, not an entry
    await tick();
    expect(log.busy).toBe(false);
    log.append(new Uint8Array([3])); // seq 104
    log.snapshot(new Uint8Array([4]));
    js.calls[3]!.ack(true);
    await tick();
    expect(js.calls[4]!.covers).toBe('104');
  });

  it('a snapshot with no entry before it covers nothing (sequence 0)', async () => {
    const { log, js } = makeLog();
    log.snapshot(new Uint8Array([1]));
    await tick();
    expect(js.calls[0]!.covers).toBe('0');
  });

  it('a snapshot taken while the previous snapshot is unacknowledged still covers only entries', async () => {
    const { log, js } = makeLog();
    log.append(new Uint8Array([1])); // 101
    js.calls[0]!.ack(true);
    await tick();
    log.snapshot(new Uint8Array([1])); // 102
    await tick();
    log.snapshot(new Uint8Array([2])); // 103, sent once 102 is acked
    js.calls[1]!.ack(true);
    await tick();
    expect(js.calls.map((c) => c.covers)).toEqual([undefined, '101', '101']);
  });

  it('a failed append (a permanent error: transient ones are retried, nats-log-repair.unit.test.ts) marks the log failed (the first error), tells the owner once, and still ends the busy state', async () => {
    const { log, js, failures } = makeLog();
    log.append(new Uint8Array([1]));
    log.append(new Uint8Array([2]));
    js.calls[0]!.ack(false);
    js.calls[1]!.ack(false);
    await tick();
    expect(log.failed?.message).toBe('no ack for 101');
    expect(failures.map((f) => f.message)).toEqual(['no ack for 101']);
    expect(log.busy).toBe(false);
    log.append(new Uint8Array([3]));
    expect(js.calls).toHaveLength(2); // nothing more is written
  });

  it('refuses an entry or a snapshot larger than the broker takes', () => {
    const { log, js } = makeLog();
    const big = new Uint8Array(LOG_ENTRY_BYTES_MAX + 1);
    expect(() => log.append(big)).toThrow(RangeError);
    expect(() => log.snapshot(big)).toThrow(new RangeError(`snapshot of ${LOG_ENTRY_BYTES_MAX + 1} bytes exceeds ${LOG_ENTRY_BYTES_MAX}`));
    log.append(new Uint8Array(LOG_ENTRY_BYTES_MAX));
    expect(js.calls).toHaveLength(1);
    expect(() => log.snapshot(new Uint8Array(LOG_ENTRY_BYTES_MAX))).not.toThrow(); // exactly the limit is taken
  });

  it('recovers what the stream held when the log was opened', () => {
    const recovered = { snapshot: new Uint8Array([5]), entries: [new Uint8Array([6])] };
    expect(makeLog(recovered).log.recover()).toBe(recovered);
  });
});

describe('NatsHost on the way in: frames, Lamport time, faults, timers', () => {
  const frame = (body: EnvelopeBody, lamport = 0, sender = 'peer') => encodeEnvelope({ sender, seq: 1, lamport, ...body });
  const faultFrame = (event: FaultEvent, id = 1) => encodeEnvelope({ sender: 'nemesis', seq: id, fault: faultToCommand(event, id) });

  function listening() {
    const made = makeHost();
    const received: Array<{ subject: string; n: number }> = [];
    const arrivedAtUs: number[] = [];
    made.host.subscribe('demo.>', (envelope, subject) => {
      received.push({ subject, n: Number(envelope.ping?.n) });
      arrivedAtUs.push(made.host.now());
    });
    const deliver = (subject: string, data: Uint8Array) => made.nc.subscriptions.get(wireSubject(RUN, subject))?.(null, { subject: wireSubject(RUN, subject), data });
    const inject = (event: FaultEvent, id = 1) => made.nc.subscriptions.get(wireSubject(RUN, FAULT_SUBJECT))?.(null, { subject: wireSubject(RUN, FAULT_SUBJECT), data: faultFrame(event, id) });
    return { ...made, received, arrivedAtUs, deliver, inject };
  }

  it('delivers valid frames with the run-relative subject; counts and drops frames that do not decode', () => {
    const { host, received, deliver } = listening();
    deliver('demo.>', frame(ping(1)));
    deliver('demo.>', new Uint8Array([0xff, 0xff, 0xff]));
    expect(received).toEqual([{ subject: 'demo.>', n: 1 }]);
    expect(host.stats).toMatchObject({ delivered: 1, rejectedFrames: 1 });
  });

  it('a subscription error, an unsubscribed pattern or a dead host delivers nothing', () => {
    const { host, nc, received, deliver } = listening();
    nc.subscriptions.get(wireSubject(RUN, 'demo.>'))?.(new Error('permissions'), { subject: wireSubject(RUN, 'demo.x'), data: frame(ping(1)) });
    expect(received).toEqual([]);
    host.kill();
    deliver('demo.>', frame(ping(2)));
    expect(received).toEqual([]);
    expect(nc.subscriptions.size).toBe(0);
    expect(() => host.subscribe('demo.x', () => undefined).unsubscribe()).not.toThrow();
    host.subscribe('demo.y', () => undefined);
    expect(nc.subscriptions.size).toBe(0); // a dead host subscribes to nothing
  });

  it('unsubscribe stops delivery; a malformed pattern is refused', () => {
    const made = makeHost();
    const received: number[] = [];
    const subscription = made.host.subscribe('demo.a', (envelope) => received.push(Number(envelope.ping?.n)));
    subscription.unsubscribe();
    expect(made.nc.subscriptions.has(wireSubject(RUN, 'demo.a'))).toBe(false);
    expect(() => made.host.subscribe('demo..a', () => undefined)).toThrow();
  });

  it('a delivered message advances the Lamport clock: the next publish is later than it', () => {
    const { host, nc, deliver } = listening();
    deliver('demo.>', frame(ping(1), 41));
    host.publish('demo.watch', ping(2));
    const sent = decodeEnvelope(nc.published[0]!.data);
    expect(sent.ok && Number(sent.value.lamport)).toBeGreaterThan(41);
  });

  it('a 100 % drop link fault drops arriving messages until a heal', () => {
    const { host, received, deliver, inject } = listening();
    inject({ kind: 'link', atUs: 0, dropPpm: 1_000_000 });
    deliver('demo.>', frame(ping(1)));
    expect(received).toEqual([]);
    expect(host.stats.dropped).toBe(1);
    inject({ kind: 'heal', atUs: 0 }, 2);
    deliver('demo.>', frame(ping(2)));
    expect(received.map((r) => r.n)).toEqual([2]);
  });

  it('a link fault drops only what its senders send; the rest is delivered while it is active', () => {
    const { host, received, deliver, inject } = listening();
    inject({ kind: 'link', atUs: 0, from: ['peer-a'], dropPpm: 1_000_000 });
    deliver('demo.>', frame(ping(1), 0, 'peer-a'));
    deliver('demo.>', frame(ping(2), 0, 'peer-b'));
    expect(received.map((r) => r.n)).toEqual([2]);
    expect(host.stats.dropped).toBe(1);
  });

  it('a link fault\'s latency delays delivery in host time; its duplicates are delivered and counted', async () => {
    const { host, received, arrivedAtUs, deliver, inject } = listening();
    inject({ kind: 'link', atUs: 0, delayUs: 15_000, duplicatePpm: 1_000_000, duplicateMax: 1 });
    // Arrival times are read from the host's own clock, so a loaded machine that sleeps late cannot fail the
    // test: what is judged is that no copy arrives sooner than the fault's latency after it was sent.
    const sentAtUs = host.now();
    deliver('demo.>', frame(ping(1)));
    expect(received).toEqual([]);
    for (let waited = 0; received.length < 2 && waited < 2_000; waited += 10) await new Promise((done) => setTimeout(done, 10));
    expect(received.map((r) => r.n)).toEqual([1, 1]);
    expect(arrivedAtUs).toHaveLength(2);
    for (const at of arrivedAtUs) expect(at - sentAtUs).toBeGreaterThanOrEqual(15_000);
    expect(host.stats).toMatchObject({ duplicated: 1, delivered: 2, dropped: 0 });
  });

  it('faults are told apart by id: the end of one with a duration leaves the other in force', async () => {
    const { received, deliver, inject } = listening();
    inject({ kind: 'link', atUs: 0, from: ['peer-a'], dropPpm: 1_000_000 }, 1);
    inject({ kind: 'link', atUs: 0, from: ['peer-b'], durationUs: 5_000, dropPpm: 1_000_000 }, 2);
    await new Promise((done) => setTimeout(done, 30));
    deliver('demo.>', frame(ping(1), 0, 'peer-a'));
    deliver('demo.>', frame(ping(2), 0, 'peer-b'));
    expect(received.map((r) => r.n)).toEqual([2]);
  });

  it('a fault command that does not convert is logged and ignored; a process fault (crash) is the supervisor\'s', () => {
    const { host, nc, received, deliver, inject, warnings } = listening();
    nc.subscriptions.get(wireSubject(RUN, FAULT_SUBJECT))?.(null, { subject: wireSubject(RUN, FAULT_SUBJECT), data: encodeEnvelope({ sender: 'nemesis', seq: 1, fault: { faultId: 1 } }) });
    expect(warnings).toEqual(['rejected fault command']);
    inject({ kind: 'crash', atUs: 0, actors: ['writer'] }, 2);
    deliver('demo.>', frame(ping(1)));
    expect(received.map((r) => r.n)).toEqual([1]);
    expect(host.stats.rejectedFrames).toBe(0);
  });

  it('a link fault with a duration ends by itself', async () => {
    const { received, deliver, inject } = listening();
    inject({ kind: 'link', atUs: 0, durationUs: 5_000, dropPpm: 1_000_000 });
    deliver('demo.>', frame(ping(1)));
    await new Promise((done) => setTimeout(done, 30));
    deliver('demo.>', frame(ping(2)));
    expect(received.map((r) => r.n)).toEqual([2]);
  });

  it('a skew fault shifts the clock of the actors it names only', () => {
    const { host, inject } = listening();
    const before = host.now();
    inject({ kind: 'skew', atUs: 0, actors: ['someone-else'], skewUs: 3_600_000_000 });
    expect(host.now() - before).toBeLessThan(1_000_000_000);
    inject({ kind: 'skew', atUs: 0, actors: ['writer'], skewUs: 3_600_000_000 }, 2);
    expect(host.now() - before).toBeGreaterThanOrEqual(3_600_000_000);
  });

  it('a control frame that is no fault command is counted and ignored', () => {
    const { host, nc } = listening();
    nc.subscriptions.get(wireSubject(RUN, FAULT_SUBJECT))?.(null, { subject: wireSubject(RUN, FAULT_SUBJECT), data: frame(ping(1)) });
    nc.subscriptions.get(wireSubject(RUN, FAULT_SUBJECT))?.(null, { subject: wireSubject(RUN, FAULT_SUBJECT), data: new Uint8Array([1, 2, 3]) });
    expect(host.stats.rejectedFrames).toBe(2);
  });

  it('timers fire once after their delay, never after cancel or a crash', async () => {
    const { host } = makeHost();
    const fired: string[] = [];
    const start = host.now();
    let firedAt = 0;
    host.setTimer(20_000, () => {
      fired.push('a');
      firedAt = host.now();
    });
    const b = host.setTimer(1_000, () => fired.push('b'));
    host.cancelTimer(b);
    await new Promise((done) => setTimeout(done, 60));
    expect(fired).toEqual(['a']);
    expect(firedAt - start).toBeGreaterThanOrEqual(20_000);
    // Ids are distinct and never 0, the id a dead host returns.
    const ids = [1, 2, 3].map(() => host.setTimer(1_000_000, () => undefined));
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => id > 0)).toBe(true);
    host.setTimer(1_000, () => fired.push('c'));
    host.kill();
    expect(host.setTimer(1_000, () => fired.push('d'))).toBe(0);
    await new Promise((done) => setTimeout(done, 20));
    expect(fired).toEqual(['a']);
  });

  it('a timer is due in host time: a clock skewed back after it was set delays it (Node\'s timer is re-armed)', async () => {
    const { host, inject } = listening();
    let fired = false;
    host.setTimer(10_000, () => (fired = true));
    inject({ kind: 'skew', atUs: 0, actors: ['writer'], skewUs: -80_000 });
    await new Promise((done) => setTimeout(done, 40));
    expect(fired).toBe(false);
    await new Promise((done) => setTimeout(done, 200));
    expect(fired).toBe(true);
  });

  it('now() counts from the run epoch', () => {
    const nc = new FakeConnection();
    const logger = { debug() {}, info() {}, warn() {}, error() {} };
    const epochUs = wallClockUs() - 5_000_000;
    const host = new NatsHost({ nc: nc as unknown as NatsConnection, runId: RUN, actorId: 'writer', seed: 1, epochUs, log: new ManualLog(), logger });
    expect(host.now()).toBeGreaterThanOrEqual(5_000_000);
    expect(host.now()).toBeLessThan(65_000_000);
  });

  it('flush waits for the log, then flushes the connection', async () => {
    const log = new ManualLog();
    const { host, nc } = makeHost(log);
    host.log.append(new Uint8Array([1]));
    const flushed = host.flush();
    await tick();
    expect(nc.flushes).toBe(0);
    log.ack();
    await flushed;
    expect(nc.flushes).toBe(1);
  });
});

describe('the simulated disk (SimDurableStore, through a Simulation)', () => {
  it.each([
    ['a Uint8Array', () => new Uint8Array([1])],
    // protobufjs's writer returns Buffers in Node, whose slice() is a view of the same memory.
    ['a Node Buffer', () => Buffer.from([1])],
  ])('keeps the bytes written, not the caller\'s buffer (%s): entries and snapshots survive the caller reusing it, and recovery hands out copies', (_what, make) => {
    const sim = new Simulation({ seed: 1 });
    const buffer = make();
    const recovered: RecoveredLog[] = [];
    sim.addActor('writer', (host) => ({
      start() {
        recovered.push(host.log.recover());
        if (recovered.length > 1) return;
        host.log.append(buffer);
        buffer[0] = 2;
        host.log.snapshot(buffer);
        buffer[0] = 3;
        host.log.append(buffer);
        buffer[0] = 4;
      },
    }));
    sim.crash('writer');
    sim.restart('writer');
    const after = recovered[1]!;
    expect([...(after.snapshot ?? [])]).toEqual([2]);
    expect(after.entries.map((e) => [...e])).toEqual([[3]]);
    (after.entries[0] as Uint8Array)[0] = 9;
    (after.snapshot as Uint8Array)[0] = 9;
    sim.crash('writer');
    sim.restart('writer');
    expect(recovered[2]!.entries.map((e) => [...e])).toEqual([[3]]);
    expect([...(recovered[2]!.snapshot ?? [])]).toEqual([2]);
  });

  it('recover() is what the log held when this incarnation started: its own later appends are not in it', () => {
    const sim = new Simulation({ seed: 1 });
    const seen: number[] = [];
    let incarnation = 0;
    sim.addActor('writer', (host) => ({
      start() {
        incarnation++;
        host.log.append(new Uint8Array([incarnation]));
        seen.push(host.log.recover().entries.length);
      },
    }));
    sim.crash('writer');
    sim.restart('writer');
    expect(seen).toEqual([0, 1]);
  });
});

describe('the random stream of a NatsHost', () => {
  it('is the simulator\'s for the same seed, actor and incarnation (1 by default); another incarnation draws another', () => {
    const draw = (rng: { int(min: number, max: number): number }) => [rng.int(0, 1e9), rng.int(0, 1e9), rng.int(0, 1e9)];
    const nc = new FakeConnection();
    const logger = { debug() {}, info() {}, warn() {}, error() {} };
    const host = (incarnation?: number) =>
      new NatsHost({ nc: nc as unknown as NatsConnection, runId: RUN, actorId: 'writer', seed: 7, epochUs: 0, log: new ManualLog(), logger, ...(incarnation === undefined ? {} : { incarnation }) });
    const expected = draw(createRng(deriveSeed(7, 'actor/writer/1')));
    expect(draw(host().rng)).toEqual(expected);
    expect(draw(host(1).rng)).toEqual(expected);
    expect(draw(host(2).rng)).toEqual(draw(createRng(deriveSeed(7, 'actor/writer/2'))));
    expect(draw(host(2).rng)).not.toEqual(expected);
  });
});
