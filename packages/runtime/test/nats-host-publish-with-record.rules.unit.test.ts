/**
 * NatsHost.publishWithRecord's barrier, against a fake connection and a log acknowledged by hand:
 * the record is appended and the message published in the same call, the message waiting only for
 * the appends issued before the record (not for the record's own ack) — when the log hands the
 * record to the connection at once (`sent`). A record the log queues (behind a snapshot, during a
 * repair) holds the message until the record is acknowledged, as publish does; a failed log sends
 * nothing and stops the actor; the test seam (splitRecordWrite) runs between the two, and a kill
 * there leaves the record without the message.
 */
import { describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/transport-node';
import { decodeEnvelope } from '@faultline/protocol';
import type { RecoveredLog } from '@faultline/runtime';
import { NatsDurableLog, NatsHost, type NatsHostLog, type NatsHostOptions } from '@faultline/runtime/nats';
import type { LogPublish } from '../src/nats/nats-log.ts';

/** What left, in order: `append <n>` (the log's item n) and `publish <subject> <ping n>`. */
type Events = string[];

class HandLog implements NatsHostLog {
  failed: Error | undefined;
  issued = 0;
  acknowledged = 0;
  /** Items not yet handed to the connection (the tail of the queue). */
  queued = 0;
  /** Waiters by mark (Infinity: whenIdle, woken once every item issued by then is acknowledged, as NatsDurableLog's). */
  private waiters: Array<{ mark: number; done: () => void }> = [];
  constructor(private readonly events: Events) {}
  get sent(): number {
    return this.issued - this.queued;
  }
  append(): void {
    if (this.failed) return;
    this.issued++;
    this.events.push(`append ${this.issued}`);
  }
  snapshot(): void {}
  recover(): RecoveredLog {
    return { snapshot: undefined, entries: [] };
  }
  whenIdle(): Promise<void> {
    if (this.acknowledged >= this.issued || this.failed) return Promise.resolve();
    return new Promise((done) => this.waiters.push({ mark: Number.POSITIVE_INFINITY, done }));
  }
  whenAcknowledged(mark: number): Promise<void> {
    if (this.acknowledged >= mark || this.failed) return Promise.resolve();
    return new Promise((done) => this.waiters.push({ mark, done }));
  }
  async ack(mark: number): Promise<void> {
    this.acknowledged = mark;
    const idle = this.acknowledged >= this.issued;
    const waiters = this.waiters.splice(0);
    for (const waiter of waiters) {
      if (waiter.mark <= mark || (waiter.mark === Number.POSITIVE_INFINITY && idle)) waiter.done();
      else this.waiters.push(waiter);
    }
    await new Promise((done) => setImmediate(done));
  }
  async fail(error: Error): Promise<void> {
    this.failed = error;
    for (const { done } of this.waiters.splice(0)) done();
    await new Promise((done) => setImmediate(done));
  }
}

function hostWith(log: HandLog, events: Events, extra: Partial<NatsHostOptions> = {}, lines: string[] = []) {
  const nc = {
    publish: (subject: string, data: Uint8Array) => {
      const decoded = decodeEnvelope(data);
      events.push(`publish ${subject.split('.').slice(2).join('.')} ${decoded.ok ? Number(decoded.value.ping?.n) : '?'}`);
    },
    subscribe: () => ({ unsubscribe() {} }),
    flush: () => Promise.resolve(),
  };
  const logger = { debug() {}, info() {}, warn() {}, error: (message: string) => void lines.push(message) };
  return new NatsHost({ nc: nc as unknown as NatsConnection, runId: 'withrec', actorId: 'validator-1', seed: 1, epochUs: 0, log, logger, ...extra });
}

const encode = (n: number): Uint8Array => new Uint8Array([n]);

describe('NatsHost.publishWithRecord', () => {
  it('the record and then the message in the same call when every earlier append is acknowledged', () => {
    const events: Events = [];
    const log = new HandLog(events);
    const host = hostWith(log, events);
    host.publishWithRecord(7, encode, 'block.validator-1', { ping: { n: 1 } });
    expect(events).toEqual(['append 1', 'publish block.validator-1 1']);
  });

  it('counts a pair as one publish, held or not; a killed host sends neither record nor message and counts nothing', async () => {
    const events: Events = [];
    const log = new HandLog(events);
    const host = hostWith(log, events);
    host.publishWithRecord(1, encode, 'block.validator-1', { ping: { n: 1 } });
    host.log.appendRecord(2, encode);
    host.publishWithRecord(3, encode, 'block.validator-1', { ping: { n: 2 } }); // held behind append 2
    expect(host.stats.published).toBe(2);
    await log.ack(2);
    expect(events).toEqual(['append 1', 'publish block.validator-1 1', 'append 2', 'append 3', 'publish block.validator-1 2']);
    host.kill();
    host.publishWithRecord(4, encode, 'block.validator-1', { ping: { n: 3 } });
    expect(host.stats.published).toBe(2);
    expect(events).toHaveLength(5);
  });

  it('waits for the appends before the record, not for the record: the pair waits whole (the record too) until the precommit is acknowledged, then leaves with the commit record unacknowledged', async () => {
    const events: Events = [];
    const log = new HandLog(events);
    const host = hostWith(log, events);
    host.log.appendRecord(1, encode); // the precommit
    host.publishWithRecord(2, encode, 'block.validator-1', { ping: { n: 1 } });
    host.log.appendRecord(3, encode); // the next height's prevote: behind the pair in the log too
    host.publish('consensus.validator-1', { ping: { n: 2 } }); // after the prevote: waits for it
    expect(events).toEqual(['append 1']);
    await log.ack(1);
    expect(events).toEqual(['append 1', 'append 2', 'publish block.validator-1 1', 'append 3']);
    await log.ack(2);
    expect(events).toEqual(['append 1', 'append 2', 'publish block.validator-1 1', 'append 3']);
    await log.ack(3);
    expect(events).toEqual(['append 1', 'append 2', 'publish block.validator-1 1', 'append 3', 'publish consensus.validator-1 2']);
  });

  it('with nothing unacknowledged before it, a pair leaves at once and later appends go straight to the log', async () => {
    const events: Events = [];
    const log = new HandLog(events);
    const host = hostWith(log, events);
    host.log.appendRecord(1, encode);
    await log.ack(1);
    host.publishWithRecord(2, encode, 'block.validator-1', { ping: { n: 1 } });
    host.log.appendRecord(3, encode);
    host.publish('consensus.validator-1', { ping: { n: 2 } });
    expect(events).toEqual(['append 1', 'append 2', 'publish block.validator-1 1', 'append 3']);
    await log.ack(3);
    expect(events).toEqual(['append 1', 'append 2', 'publish block.validator-1 1', 'append 3', 'publish consensus.validator-1 2']);
  });

  it('a record the log holds back (behind a snapshot, during a repair) holds the message until the record is acknowledged', async () => {
    const events: Events = [];
    const log = new HandLog(events);
    const host = hostWith(log, events);
    log.queued = 1; // the record will wait in the log's queue
    host.publishWithRecord(1, encode, 'block.validator-1', { ping: { n: 1 } });
    expect(events).toEqual(['append 1']);
    log.queued = 0;
    await log.ack(0);
    expect(events).toEqual(['append 1']);
    await log.ack(1);
    expect(events).toEqual(['append 1', 'publish block.validator-1 1']);
  });

  it('a held pair whose record the log holds back when the pair leaves (a repair began meanwhile): the block waits at the head for the record\'s ack, the later messages behind it', async () => {
    const events: Events = [];
    const log = new HandLog(events);
    const host = hostWith(log, events);
    host.log.appendRecord(1, encode);
    host.publishWithRecord(2, encode, 'block.validator-1', { ping: { n: 1 } });
    host.publish('consensus.validator-1', { ping: { n: 2 } });
    log.queued = 1; // the log will hold the next item back
    await log.ack(1);
    expect(events).toEqual(['append 1', 'append 2']);
    log.queued = 0;
    await log.ack(2);
    expect(events).toEqual(['append 1', 'append 2', 'publish block.validator-1 1', 'publish consensus.validator-1 2']);
  });

  it('a clean stop sends a held pair and appends what waited behind it once the acks come', async () => {
    const events: Events = [];
    const log = new HandLog(events);
    const host = hostWith(log, events);
    host.log.appendRecord(1, encode);
    host.publishWithRecord(2, encode, 'block.validator-1', { ping: { n: 1 } });
    host.log.appendRecord(3, encode);
    host.publish('consensus.validator-1', { ping: { n: 2 } });
    const closed = host.close();
    await log.ack(1);
    await log.ack(3);
    await closed;
    expect(events).toEqual(['append 1', 'append 2', 'publish block.validator-1 1', 'append 3', 'publish consensus.validator-1 2']);
  });

  it('a failed log sends nothing and stops the actor; a dead host appends nothing', async () => {
    const events: Events = [];
    const log = new HandLog(events);
    const lines: string[] = [];
    const host = hostWith(log, events, {}, lines);
    await log.fail(new Error('insufficient resources'));
    host.publishWithRecord(1, encode, 'block.validator-1', { ping: { n: 1 } });
    await new Promise((done) => setImmediate(done));
    expect(events).toEqual([]);
    expect(lines).toEqual(['durable log append failed; stopping the actor']);
    const dead = hostWith(new HandLog(events), events);
    dead.kill();
    dead.publishWithRecord(1, encode, 'block.validator-1', { ping: { n: 1 } });
    expect(events).toEqual([]);
  });

  it('the planted split (tests only): the seam runs after the record, before the message; a kill there leaves the record alone', () => {
    const events: Events = [];
    const log = new HandLog(events);
    let host: NatsHost | undefined;
    host = hostWith(log, events, { splitRecordWrite: { beforeMessage: () => host!.kill() } });
    host.publishWithRecord(1, encode, 'block.validator-1', { ping: { n: 1 } });
    expect(events).toEqual(['append 1']);
    const events2: Events = [];
    const log2 = new HandLog(events2);
    let seen: string[] = [];
    const split = hostWith(log2, events2, { splitRecordWrite: { beforeMessage: () => (seen = [...events2]) } });
    split.publishWithRecord(1, encode, 'block.validator-1', { ping: { n: 1 } });
    expect(seen).toEqual(['append 1']);
    expect(events2).toEqual(['append 1', 'publish block.validator-1 1']);
  });
});

/**
 * The record's append failing after its block left (the log's in-place repair, nats-log.ts): the
 * block is out, the record is retried with its own Nats-Msg-Id until JetStream takes it — stored
 * once — and nothing the actor published after the record leaves before that ack (it is stalled,
 * not stopped). Only a log that gives up leaves the block out without its record: the host says so
 * and stops the actor.
 */
describe('NatsHost.publishWithRecord when the record append fails after the block left', () => {
  type Outcome = 'ok' | 'refused' | 'ack-lost' | 'permanent';
  function scripted(outcomes: Outcome[], events: Events) {
    const stored = new Map<string, number>();
    const publish: LogPublish = (_subject, _data, { msgID }) => {
      const outcome = outcomes.shift() ?? 'ok';
      events.push(`append ${msgID.split(':')[1]} ${outcome}`);
      if ((outcome === 'ok' || outcome === 'ack-lost') && !stored.has(msgID)) stored.set(msgID, stored.size + 1);
      return new Promise((resolve, reject) =>
        setImmediate(() => {
          if (outcome === 'refused') reject(Object.assign(new Error('jetstream is not enabled'), { name: 'JetStreamNotEnabled' }));
          else if (outcome === 'ack-lost') reject(Object.assign(new Error('timeout'), { name: 'TimeoutError' }));
          else if (outcome === 'permanent') reject(Object.assign(new Error('maximum bytes exceeded'), { name: 'JetStreamApiError', status: 400 }));
          else resolve({ seq: stored.get(msgID) as number, duplicate: false });
        }),
      );
    };
    let failure: Error | undefined;
    const log = NatsDurableLog.create({ publish, logSubject: 'log', snapSubject: 'snap', writerId: 'w', onFailure: (error) => void (failure = error), sleep: () => Promise.resolve() });
    return { log, stored, failed: () => failure };
  }
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((done) => setImmediate(done));
  };

  for (const first of ['ack-lost', 'refused'] as const) {
    it(`${first} at first: the block is out at once; the record retried in place and stored once; the next vote waits for it`, async () => {
      const events: Events = [];
      const { log, stored, failed } = scripted([first, 'ok'], events);
      const host = hostWith(log as unknown as HandLog, events);
      host.publishWithRecord(1, encode, 'block.validator-1', { ping: { n: 1 } });
      host.publish('consensus.validator-1', { ping: { n: 2 } });
      expect(events).toEqual([`append 1 ${first}`, 'publish block.validator-1 1']);
      await settle();
      expect(events).toEqual([`append 1 ${first}`, 'publish block.validator-1 1', 'append 1 ok', 'publish consensus.validator-1 2']);
      expect([...stored.keys()]).toEqual(['w:1']);
      expect(failed()).toBeUndefined();
    });
  }

  it('refused for good: the log gives up, the host says the block is out without its record and stops; the next vote never leaves', async () => {
    const events: Events = [];
    const lines: string[] = [];
    const { log, stored, failed } = scripted(['permanent'], events);
    const host = hostWith(log as unknown as HandLog, events, {}, lines);
    host.publishWithRecord(1, encode, 'block.validator-1', { ping: { n: 1 } });
    host.publish('consensus.validator-1', { ping: { n: 2 } });
    await settle();
    expect(events).toEqual(['append 1 permanent', 'publish block.validator-1 1']);
    expect(stored.size).toBe(0);
    expect(failed()?.message).toBe('maximum bytes exceeded');
    expect(lines).toEqual(['durable log append failed; stopping the actor', 'a message went out with a record the log then gave up on: the next incarnation cannot tell it was sent']);
  });
});

describe('NatsHost.publishWithRecord with a record-ahead keeper (record-ahead.ts)', () => {
  class WriterLog extends HandLog {
    readonly writer = 'writer-a';
  }
  const keeper = (events: Events, kept: Array<{ writer: string; index: number; data: number[] }>) => ({
    hold: (record: { writer: string; index: number; data: Uint8Array }) => {
      events.push(`keep ${record.index}`);
      kept.push({ writer: record.writer, index: record.index, data: [...record.data] });
    },
  });

  it('keeps each record it sends ahead — its writer, index and bytes — after the record is appended and before the message is published', async () => {
    const events: Events = [];
    const kept: Array<{ writer: string; index: number; data: number[] }> = [];
    const log = new WriterLog(events);
    const host = hostWith(log, events, { recordAhead: keeper(events, kept) });
    host.publishWithRecord(7, encode, 'block.validator-1', { ping: { n: 1 } });
    expect(events).toEqual(['append 1', 'keep 1', 'publish block.validator-1 1']);
    // Held behind an unacknowledged append, it is kept when it leaves, with its own index.
    host.log.appendRecord(8, encode);
    host.publishWithRecord(9, encode, 'consensus.validator-1', { ping: { n: 2 } });
    expect(events).toEqual(['append 1', 'keep 1', 'publish block.validator-1 1', 'append 2']);
    await log.ack(2);
    expect(events).toEqual(['append 1', 'keep 1', 'publish block.validator-1 1', 'append 2', 'append 3', 'keep 3', 'publish consensus.validator-1 2']);
    expect(kept).toEqual([
      { writer: 'writer-a', index: 1, data: [7] },
      { writer: 'writer-a', index: 3, data: [9] },
    ]);
  });

  it('keeps nothing for a plain append or publish, nor for a record the log holds back (its message then waits for its ack)', async () => {
    const events: Events = [];
    const kept: Array<{ writer: string; index: number; data: number[] }> = [];
    const log = new WriterLog(events);
    const host = hostWith(log, events, { recordAhead: keeper(events, kept) });
    host.log.appendRecord(1, encode);
    host.publish('consensus.validator-1', { ping: { n: 1 } });
    await log.ack(1);
    log.queued = 1;
    host.publishWithRecord(2, encode, 'block.validator-1', { ping: { n: 2 } });
    log.queued = 0;
    await log.ack(2);
    expect(events).toEqual(['append 1', 'publish consensus.validator-1 1', 'append 2', 'publish block.validator-1 2']);
    expect(kept).toEqual([]);
  });

  it('the log gives up on a record sent ahead: the host names it, and says whether the next incarnation appends it (a keeper) or cannot tell; a keeper without a writer\'s log is refused', async () => {
    for (const withKeeper of [true, false]) {
      const events: Events = [];
      const errors: Array<[string, unknown]> = [];
      const log = new WriterLog(events);
      const logger = { debug() {}, info() {}, warn() {}, error: (message: string, fields?: unknown) => void errors.push([message, fields]) };
      const host = hostWith(log, events, withKeeper ? { recordAhead: keeper(events, []), logger } : { logger });
      host.log.appendRecord(1, encode);
      await log.ack(1);
      host.publishWithRecord(2, encode, 'block.validator-1', { ping: { n: 1 } });
      host.publish('consensus.validator-1', { ping: { n: 2 } });
      await log.fail(new Error('insufficient resources'));
      expect(errors).toEqual([
        ['durable log append failed; stopping the actor', { reason: 'insufficient resources' }],
        [withKeeper ? 'a message went out with a record the log then gave up on: kept in the record-ahead file, the next incarnation appends it before it recovers' : 'a message went out with a record the log then gave up on: the next incarnation cannot tell it was sent', { record: 2 }],
      ]);
    }
    const events: Events = [];
    expect(() => hostWith(new HandLog(events), events, { recordAhead: keeper(events, []) })).toThrow('NatsHost: a record-ahead keeper needs a log that names its writer');
  });
});
