/**
 * The JetStreamAppender (src/nats/js-append.ts): a durable-log append as a plain publish answered
 * under the connection's inbox, with js.publish's contract — the PubAck's sequence and duplicate
 * flag, and the errors the log judges (nats-log.ts isTransient) — over a scripted connection.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { headers, type MsgHdrs } from '@nats-io/transport-node';
import { APPEND_TIMEOUT_MS, JetStreamAppender, type AppendConnection } from '../src/nats/js-append.ts';
import { isTransient } from '../src/nats/nats-log.ts';

interface Published {
  subject: string;
  data: Uint8Array;
  reply: string;
  headers: MsgHdrs;
}

class ScriptedConnection {
  readonly published: Published[] = [];
  subscribed: string | undefined;
  callback: ((error: Error | null, message: unknown) => void) | undefined;
  closeSubscription: () => void = () => {};
  private readonly statusQueue: unknown[] = [];
  private wakeStatus: (() => void) | undefined;
  constructor(readonly options: { inboxPrefix?: string } = { inboxPrefix: '_INBOX.validator-1' }) {}

  publish(subject: string, data: Uint8Array, opts: { reply: string; headers: MsgHdrs }): void {
    this.published.push({ subject, data, reply: opts.reply, headers: opts.headers });
  }

  subscribe(subject: string, opts: { callback: (error: Error | null, message: unknown) => void }) {
    this.subscribed = subject;
    this.callback = opts.callback;
    return { closed: new Promise<void>((done) => (this.closeSubscription = done)) };
  }

  status() {
    const queue = this.statusQueue;
    const self = this;
    return {
      async *[Symbol.asyncIterator]() {
        for (;;) {
          while (queue.length > 0) yield queue.shift();
          await new Promise<void>((done) => (self.wakeStatus = done));
        }
      },
    };
  }

  emitStatus(status: unknown): void {
    this.statusQueue.push(status);
    this.wakeStatus?.();
  }

  /** The broker's answer to the append published `index`-th. */
  answer(index: number, body: string | undefined, code?: number): void {
    const reply = (this.published[index] as Published).reply;
    const data = new TextEncoder().encode(body ?? '');
    this.callback?.(null, { subject: reply, data, headers: code === undefined ? undefined : { code }, string: () => body ?? '' });
  }
}

function setUp(timeoutMs = APPEND_TIMEOUT_MS, nowMs: () => number = Date.now) {
  const nc = new ScriptedConnection();
  const appender = new JetStreamAppender(nc as unknown as AppendConnection, timeoutMs, nowMs);
  const append = (index: number) => appender.publish('faultline.r.log.validator-1', new Uint8Array([index]), { msgID: `w:${index}`, headers: headers() });
  return { nc, appender, append };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('JetStreamAppender: an append and its answer', () => {
  it('publishes the entry with a reply under the connection inbox and the Nats-Msg-Id header; the PubAck gives its sequence', async () => {
    const { nc, append, appender } = setUp();
    expect(nc.subscribed).toMatch(/^_INBOX\.validator-1\.[A-Za-z0-9]+\.\*$/);
    const acked = append(1);
    expect(appender.inFlight).toBe(1);
    const sent = nc.published[0] as Published;
    expect(sent.subject).toBe('faultline.r.log.validator-1');
    expect([...sent.data]).toEqual([1]);
    expect(sent.reply.startsWith((nc.subscribed as string).slice(0, -1))).toBe(true);
    expect(sent.headers.get('Nats-Msg-Id')).toBe('w:1');
    nc.answer(0, '{"stream":"S","seq":41}');
    await expect(acked).resolves.toEqual({ seq: 41, duplicate: false });
    expect(appender.inFlight).toBe(0);
  });

  it('a duplicate is said so (a retried append stored before)', async () => {
    const { nc, append } = setUp();
    const acked = append(1);
    nc.answer(0, '{"stream":"S","seq":7,"duplicate":true}');
    await expect(acked).resolves.toEqual({ seq: 7, duplicate: true });
  });

  it('answers are matched to their appends by token, in any order; each reply token is its own', async () => {
    const { nc, append } = setUp();
    const first = append(1);
    const second = append(2);
    expect((nc.published[0] as Published).reply).not.toBe((nc.published[1] as Published).reply);
    nc.answer(1, '{"stream":"S","seq":2}');
    nc.answer(0, '{"stream":"S","seq":1}');
    await expect(first).resolves.toEqual({ seq: 1, duplicate: false });
    await expect(second).resolves.toEqual({ seq: 2, duplicate: false });
  });

  it('an answer nobody waits for (late, or not ours) changes nothing', async () => {
    const { nc, append, appender } = setUp();
    const acked = append(1);
    nc.callback?.(null, { subject: `${(nc.subscribed as string).slice(0, -1)}999`, data: new Uint8Array(1), string: () => '{"stream":"S","seq":5}' });
    expect(appender.inFlight).toBe(1);
    nc.answer(0, '{"stream":"S","seq":6}');
    await expect(acked).resolves.toEqual({ seq: 6, duplicate: false });
  });
});

describe('JetStreamAppender: the errors the log judges', () => {
  it('a JetStream API error fails the append with its description and status: 503 is transient, a refusal is not', async () => {
    const { nc, append } = setUp();
    const unavailable = append(1);
    const refused = append(2);
    nc.answer(0, '{"error":{"code":503,"err_code":10008,"description":"JetStream system temporarily unavailable"}}');
    nc.answer(1, '{"error":{"code":400,"err_code":10071,"description":"wrong last sequence: 3"}}');
    const a = (await unavailable.catch((e: unknown) => e)) as Error & { status?: number };
    expect(a.message).toBe('JetStream system temporarily unavailable');
    expect(a.status).toBe(503);
    expect(isTransient(a)).toBe(true);
    const b = (await refused.catch((e: unknown) => e)) as Error & { status?: number };
    expect(b.message).toBe('wrong last sequence: 3');
    expect(b.status).toBe(400);
    expect(isTransient(b)).toBe(false);
  });

  it('an API error without a description is still an error', async () => {
    const { nc, append } = setUp();
    const failed = append(1);
    nc.answer(0, '{"error":{"code":500}}');
    await expect(failed).rejects.toThrow('JetStream API error');
  });

  it('no responders (no stream leader) is "jetstream is not enabled": transient', async () => {
    const { nc, append } = setUp();
    const failed = append(1);
    nc.answer(0, undefined, 503);
    const error = (await failed.catch((e: unknown) => e)) as Error;
    expect(error.name).toBe('JetStreamNotEnabled');
    expect(error.message).toMatch(/jetstream is not enabled/);
    expect(isTransient(error)).toBe(true);
  });

  it('a status other than 503, or a 503 with a body, is read as an answer', async () => {
    const { nc, append } = setUp();
    const a = append(1);
    const b = append(2);
    nc.answer(0, '{"stream":"S","seq":3}', 503);
    nc.answer(1, '', 408);
    await expect(a).resolves.toEqual({ seq: 3, duplicate: false });
    await expect(b).rejects.toThrow('invalid ack response');
  });

  it('an answer that is not a PubAck (not JSON, no stream, no sequence) is an invalid ack: not transient', async () => {
    const { nc, append } = setUp();
    const answers = ['not json', '{"seq":3}', '{"stream":"","seq":3}', '{"stream":"S"}', '{"stream":"S","seq":"3"}'];
    const acks = answers.map((_, i) => append(i));
    answers.forEach((body, i) => nc.answer(i, body));
    for (const ack of acks) {
      const error = (await ack.catch((e: unknown) => e)) as Error;
      expect(error.message).toBe('invalid ack response');
      expect(isTransient(error)).toBe(false);
    }
  });

  it('a subscription error fails every append waiting, with that error', async () => {
    const { nc, append, appender } = setUp();
    const acks = [append(1), append(2)];
    nc.callback?.(new Error('Permissions Violation for Subscription'), undefined);
    for (const ack of acks) await expect(ack).rejects.toThrow('Permissions Violation for Subscription');
    expect(appender.inFlight).toBe(0);
  });

  it('the connection closed: every append waiting fails (not transient)', async () => {
    const { nc, append, appender } = setUp();
    const acks = [append(1), append(2)];
    nc.closeSubscription();
    for (const ack of acks) {
      const error = (await ack.catch((e: unknown) => e)) as Error;
      expect(error.message).toBe('connection closed');
      expect(isTransient(error)).toBe(false);
    }
    expect(appender.inFlight).toBe(0);
  });

  it("a publish the broker refuses fails the oldest append waiting on that subject, with the broker's error", async () => {
    const { nc, appender } = setUp();
    const other = appender.publish('faultline.r.snap.validator-1', new Uint8Array([0]), { msgID: 'w:0', headers: headers() });
    const first = appender.publish('faultline.r.log.validator-1', new Uint8Array([1]), { msgID: 'w:1', headers: headers() });
    const second = appender.publish('faultline.r.log.validator-1', new Uint8Array([2]), { msgID: 'w:2', headers: headers() });
    nc.emitStatus({ type: 'disconnect' });
    nc.emitStatus({ type: 'error', error: Object.assign(new Error('Permissions Violation for Subscription to "x"'), { operation: 'subscription', subject: 'faultline.r.log.validator-1' }) });
    const refusal = Object.assign(new Error('Permissions Violation for Publish to "faultline.r.log.validator-1"'), { operation: 'publish', subject: 'faultline.r.log.validator-1' });
    nc.emitStatus({ type: 'error', error: refusal });
    await expect(first).rejects.toBe(refusal);
    expect(appender.inFlight).toBe(2);
    nc.answer(0, '{"stream":"S","seq":1}');
    nc.answer(2, '{"stream":"S","seq":2}');
    await expect(other).resolves.toEqual({ seq: 1, duplicate: false });
    await expect(second).resolves.toEqual({ seq: 2, duplicate: false });
    expect(isTransient(refusal)).toBe(false);
  });

  it('a refusal status event for a subject nobody waits on, or of another type, fails nothing', async () => {
    const { nc, append, appender } = setUp();
    const acked = append(1);
    nc.emitStatus({ type: 'error', error: Object.assign(new Error('x'), { operation: 'publish', subject: 'faultline.r.log.other' }) });
    nc.emitStatus({ type: 'reconnect', error: Object.assign(new Error('y'), { operation: 'publish', subject: 'faultline.r.log.validator-1' }) });
    await settle();
    expect(appender.inFlight).toBe(1);
    nc.answer(0, '{"stream":"S","seq":9}');
    await expect(acked).resolves.toEqual({ seq: 9, duplicate: false });
  });
});

describe('JetStreamAppender: the timeout', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('an append unanswered for the timeout fails as a TimeoutError (transient); one answered in time does not; a late answer is ignored', async () => {
    let now = 1_000;
    const { nc, append, appender } = setUp(100, () => now);
    const answered = append(1);
    const unanswered = append(2).catch((e: Error) => e);
    nc.answer(0, '{"stream":"S","seq":1}');
    await expect(answered).resolves.toEqual({ seq: 1, duplicate: false });
    now += 99;
    await vi.advanceTimersByTimeAsync(99);
    expect(appender.inFlight).toBe(1);
    now += 1;
    await vi.advanceTimersByTimeAsync(1);
    const error = (await unanswered) as Error;
    expect(error.name).toBe('TimeoutError');
    expect(isTransient(error)).toBe(true);
    expect(appender.inFlight).toBe(0);
    nc.answer(1, '{"stream":"S","seq":2}'); // too late: nobody waits
    expect(appender.inFlight).toBe(0);
  });

  it('one timer for all appends: after the oldest expires it is armed for the next deadline, not the full timeout again', async () => {
    let now = 0;
    const { append, appender } = setUp(100, () => now);
    const first = append(1).catch((e: Error) => e);
    now = 60;
    await vi.advanceTimersByTimeAsync(60);
    const second = append(2).catch((e: Error) => e);
    expect(vi.getTimerCount()).toBe(1);
    now = 100;
    await vi.advanceTimersByTimeAsync(40);
    expect(((await first) as Error).name).toBe('TimeoutError');
    expect(appender.inFlight).toBe(1);
    now = 159;
    await vi.advanceTimersByTimeAsync(59);
    expect(appender.inFlight).toBe(1);
    now = 160;
    await vi.advanceTimersByTimeAsync(1);
    expect(((await second) as Error).name).toBe('TimeoutError');
    expect(appender.inFlight).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('the default timeout is js.publish default (5 s), and the timer does not keep the process up', async () => {
    expect(APPEND_TIMEOUT_MS).toBe(5_000);
    let now = 0;
    const { append } = setUp(undefined, () => now);
    const failed = append(1).catch((e: Error) => e);
    now = 4_999;
    await vi.advanceTimersByTimeAsync(4_999);
    now = 5_000;
    await vi.advanceTimersByTimeAsync(1);
    expect(((await failed) as Error).name).toBe('TimeoutError');
  });
});

describe('JetStreamAppender: the process', () => {
  it('its timer never keeps a process up by itself (unref)', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const before = timers();
    const { nc, append } = setUp(60_000);
    const acked = append(1);
    expect(timers()).toBe(before);
    nc.answer(0, '{"stream":"S","seq":1}');
    await acked;
  });
});
