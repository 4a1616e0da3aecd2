/**
 * JetStream appends without nats.js' per-request machinery: the durable log's default publish
 * (NatsDurableLog.open). `js.publish` makes, for every append, a request with its own timer, a
 * deferred, two Error objects (an async-trace context, and a "cancelled" one made when the
 * answered request is cancelled) and a JSON parse through its API-response layer — ~10 % of a
 * live validator's CPU with fast blocks (five appends a block), for a publish and one small answer.
 *
 * Here every append is a plain publish with a reply subject under one subscription of this
 * connection's inbox (`<inbox>.<n>`), the answer matched by its token: the same PubAck, the same
 * errors as js.publish gives the log to judge (nats-log.ts isTransient): a JetStream API error
 * carries its `status` (503: no quorum), no responders (no stream leader) is "jetstream is not
 * enabled", an append unanswered within `timeoutMs` is a TimeoutError, a publish the broker
 * refuses (permissions) fails with the broker's error, and a closed connection fails what waits.
 * One timer for all appends in flight: armed for the oldest, never one per append.
 */
import { createInbox, type Msg, type NatsConnection } from '@nats-io/transport-node';
import type { LogPublish } from './nats-log.ts';

/** How long an append waits for its answer: js.publish's default. */
export const APPEND_TIMEOUT_MS = 5_000;

interface Waiter {
  subject: string;
  deadlineMs: number;
  done: (ack: { seq: number; duplicate: boolean }) => void;
  fail: (error: Error) => void;
}

/** What the appender needs of a connection (a test gives a scripted one). */
export type AppendConnection = Pick<NatsConnection, 'publish' | 'subscribe' | 'status'> & { options?: { inboxPrefix?: string } };

export class JetStreamAppender {
  private readonly prefix: string;
  private readonly waiting = new Map<string, Waiter>();
  private next = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly nc: AppendConnection,
    private readonly timeoutMs = APPEND_TIMEOUT_MS,
    private readonly nowMs: () => number = Date.now,
  ) {
    this.prefix = `${createInbox(nc.options?.inboxPrefix)}.`;
    const subscription = nc.subscribe(`${this.prefix}*`, { callback: (error, message) => (error ? this.failAll(error) : this.answer(message)) });
    void subscription.closed.then(() => this.failAll(new Error('connection closed')));
    void this.watchRefusals();
  }

  /** The durable log's publish (LogPublish): js.publish's contract. */
  readonly publish: LogPublish = (subject, data, options) =>
    new Promise((done, fail) => {
      const token = `${this.prefix}${++this.next}`;
      options.headers.set('Nats-Msg-Id', options.msgID);
      this.waiting.set(token, { subject, deadlineMs: this.nowMs() + this.timeoutMs, done, fail });
      this.nc.publish(subject, data, { reply: token, headers: options.headers });
      this.timer ??= this.arm(this.timeoutMs);
    });

  /** Appends waiting for their answer. */
  get inFlight(): number {
    return this.waiting.size;
  }

  private answer(message: Msg): void {
    const waiter = this.waiting.get(message.subject);
    if (waiter === undefined) return; // answered after its timeout: judged already
    this.waiting.delete(message.subject);
    if (message.data.length === 0 && message.headers?.code === 503) {
      waiter.fail(Object.assign(new Error('jetstream is not enabled (no responders)'), { name: 'JetStreamNotEnabled' }));
      return;
    }
    let ack: { stream?: string; seq?: number; duplicate?: boolean; error?: { code?: number; description?: string } };
    try {
      ack = JSON.parse(message.string());
    } catch {
      waiter.fail(new Error('invalid ack response'));
      return;
    }
    if (ack.error) waiter.fail(Object.assign(new Error(ack.error.description ?? 'JetStream API error'), { name: 'JetStreamApiError', status: ack.error.code }));
    else if (!ack.stream || typeof ack.seq !== 'number') waiter.fail(new Error('invalid ack response'));
    else waiter.done({ seq: ack.seq, duplicate: ack.duplicate === true });
  }

  /** The timer: appends past their deadline fail (oldest first: issue order is deadline order); re-armed for the next. */
  private expire(): void {
    this.timer = undefined;
    const now = this.nowMs();
    for (const [token, waiter] of this.waiting) {
      if (waiter.deadlineMs > now) {
        this.timer = this.arm(waiter.deadlineMs - now);
        return;
      }
      this.waiting.delete(token);
      waiter.fail(Object.assign(new Error('timeout'), { name: 'TimeoutError' }));
    }
  }

  /** The one timer (unref'd: it never keeps a process up by itself). */
  private arm(delayMs: number): ReturnType<typeof setTimeout> {
    return setTimeout(() => this.expire(), delayMs).unref();
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.fail(error);
    this.waiting.clear();
  }

  /** A publish the broker refused (permissions): the oldest append on that subject fails with the broker's error, as a request would. */
  private async watchRefusals(): Promise<void> {
    for await (const status of this.nc.status()) {
      const error = (status as { error?: Error & { operation?: string; subject?: string } }).error;
      if (status.type !== 'error' || error?.operation !== 'publish') continue;
      for (const [token, waiter] of this.waiting) {
        if (waiter.subject !== error.subject) continue;
        this.waiting.delete(token);
        waiter.fail(error);
        break;
      }
    }
  }
}
