/**
 * An actor's durable log in JetStream. One stream per run holds every actor's log entries on
 * `faultline.<run>.log.<actor>` and snapshots on `faultline.<run>.snap.<actor>`; a snapshot's
 * header names the stream sequence of the last log entry it covers, so recovery is: the latest
 * snapshot, then the entries after that sequence.
 *
 * Appends are pipelined: many publishes in flight, acks awaited together, because this broker
 * acks only ~15k synchronous publishes per second. The host keeps the write-ahead barrier
 * (nothing published after an append leaves before that append is acknowledged).
 */
import { randomUUID } from 'node:crypto';
import type { MsgHdrs, NatsConnection } from '@nats-io/transport-node';
import { headers } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { RecoveredLog } from '../host.ts';
import { SUBJECT_ROOT } from '../subjects.ts';
import { copyBytes } from '../copy-bytes.ts';
import { JetStreamAppender } from './js-append.ts';
import type { RecordAhead } from './record-ahead.ts';

const COVERS_HEADER = 'Faultline-Covers-Seq';
/** Which writer (one process's incarnation) appended an entry, and its index in that writer's order. */
const WRITER_HEADER = 'Faultline-Writer';
const INDEX_HEADER = 'Faultline-Index';
/** Largest log entry or snapshot: the broker's max_payload. */
export const LOG_ENTRY_BYTES_MAX = 8 * 1024 * 1024;
/** How long opening a log retries while JetStream is unavailable. */
export const OPEN_RETRY_MS = 30_000;

export function logStreamName(runId: string): string {
  return `FAULTLINE_${runId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * Where the broker republishes each entry of an actor's log once the stream has stored it:
 * `faultline.<run>.stored.<actor>` (the stream's RePublish, nats-server 2.9+). A message there
 * is an entry exactly as appended (the log record's bytes, not an Envelope), sent by the server
 * after the store — at the point it sends the append's ack — never before. No service may
 * publish there (auth.ts grants none): only the broker does. Validators read their peers'
 * votes and proposals from it (validator-actor.ts, `deliverFromLog`): one hop instead of the
 * ack's way back to the voter and its publish after it.
 */
export function storedLogSubject(runId: string, actorId: string): string {
  return `${SUBJECT_ROOT}.${runId}.stored.${actorId}`;
}

/**
 * Whether a run's stream republishes its log entries once stored (storedLogSubject): only with
 * FAULTLINE_DELIVER_FROM_LOG=1, the switch that has validators read their peers' votes and
 * proposals there (the validator service's deliverFromLog). Off — the default — nobody reads the
 * copies, so the server makes none (at 5,000 orders/s they cost nats-server ~0.01-0.03 of a core).
 * Every process of a run inherits `faultline up`'s environment, so the stream (created by
 * whichever process comes first) and the validators agree.
 */
export function storedLogDeliveryOn(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['FAULTLINE_DELIVER_FROM_LOG'] === '1';
}

/**
 * Creates the run's log stream unless it exists. `replicas` > 1 on a cluster (`faultline up
 * --cluster 3` creates it at R3 before any service starts, so a service only ever finds it).
 * With `republish` (default: storedLogDeliveryOn()) every log entry is republished once stored
 * (storedLogSubject); snapshots never are.
 */
export async function ensureLogStream(jsm: JetStreamManager, runId: string, options: { replicas?: number; republish?: boolean } = {}): Promise<void> {
  const name = logStreamName(runId);
  const republish = options.republish ?? storedLogDeliveryOn();
  try {
    await jsm.streams.info(name);
  } catch {
    await jsm.streams.add({
      name,
      subjects: [`${SUBJECT_ROOT}.${runId}.log.>`, `${SUBJECT_ROOT}.${runId}.snap.>`],
      storage: 'file' as never,
      ...(republish ? { republish: { src: `${SUBJECT_ROOT}.${runId}.log.*`, dest: storedLogSubject(runId, '{{wildcard(1)}}') } } : {}),
      ...(options.replicas ? { num_replicas: options.replicas } : {}),
    });
  }
}

/** What the log needs of JetStream to append: js.publish (a test gives a scripted one). */
export type LogPublish = (subject: string, data: Uint8Array, options: { msgID: string; headers: MsgHdrs }) => Promise<{ seq: number; duplicate: boolean }>;

/**
 * How long an append is retried in place (the actor stalls, its publishes held by the host's
 * write-ahead barrier) before the log gives up and the actor stops. Below the stream's
 * duplicate window (LOG_DUPLICATE_WINDOW_MS) with room to spare, so a retried append that had
 * been stored after all is recognised by its Nats-Msg-Id and never stored twice.
 */
export const APPEND_REPAIR_MAX_MS = 60_000;
/** Pause between retries of an append while JetStream cannot take it (no stream leader, no quorum). */
export const APPEND_RETRY_MS = [100, 250, 500, 1_000, 2_000] as const;

/** One append or snapshot not yet acknowledged, in issue order. */
interface Pending {
  kind: 'entry' | 'snapshot';
  data: Uint8Array;
  /** The writer's own count: the entry's Nats-Msg-Id and its order on recovery. */
  index: number;
  /** The first publish's ack (entries are pipelined; a snapshot waits for the entries before it). */
  ack: Promise<{ seq: number; duplicate: boolean }> | undefined;
}

export class NatsDurableLog {
  private lastAckedSeq = 0;
  private failure: Error | undefined;
  private readonly idleWaiters: Array<() => void> = [];
  /** Issued and not yet acknowledged, in issue order: the head is acknowledged first. */
  private readonly pending: Pending[] = [];
  /** The tail of `pending` not yet published (pump() says when each may leave). */
  private readonly unsent: Pending[] = [];
  private nextIndex = 1;
  /** Every item issued up to this index is acknowledged (acks are taken in issue order; a failure never advances it). */
  private ackedThrough = 0;
  /** whenAcknowledged's waiters: each wakes once every item up to its mark is acknowledged, or the log failed. */
  private readonly ackWaiters: Array<{ mark: number; done: () => void }> = [];
  /** Set while a failed append is retried in place: nothing new is published until the queue is empty. */
  private repairing = false;
  private draining = false;
  private stopping = false;
  private signalStop: () => void = () => {};
  /** Resolves when stopRetrying() is called: a retry's pause or publish is cut short by it. */
  private readonly stopped = new Promise<void>((done) => (this.signalStop = done));
  /** The same as a rejection (made once, handled: no unhandled rejection when no retry is racing it). */
  private readonly stoppedError: Promise<never> = this.stopped.then(() => Promise.reject(new Error('stopped')));
  /** Appends retried so far, and those a retry found stored already (the lost ack of a stored append). */
  readonly repairs = { retried: 0, alreadyStored: 0, storedOutOfOrder: 0 };

  private constructor(
    private readonly publishRaw: LogPublish,
    private readonly logSubject: string,
    private readonly snapSubject: string,
    private readonly recovered: RecoveredLog,
    /** Called when the log gives up (a permanent error, or JetStream unavailable past APPEND_REPAIR_MAX_MS): the actor must stop. */
    private readonly onFailure: (error: Error) => void,
    /** Unique to this writer (one process's incarnation): with the entry's index, its Nats-Msg-Id. */
    private readonly writerId: string,
    private readonly onRepair: ((event: { index: number; attempt: number; reason: string }) => void) | undefined,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly nowMs: () => number,
  ) {
    this.stoppedError.catch(() => undefined);
  }

  static async open(options: {
    nc: NatsConnection;
    runId: string;
    actorId: string;
    onFailure: (error: Error) => void;
    /** Told of each retry of an append (a log line): the actor is stalled, not dead. */
    onRepair?: (event: { index: number; attempt: number; reason: string }) => void;
    /** A test's scripted JetStream publish (default: the connection's js.publish). */
    publish?: LogPublish;
    /**
     * The previous incarnation's record ahead (record-ahead.ts): appended under its own writer and
     * index before the log is read, so that recovery finds it wherever its message went.
     */
    carry?: RecordAhead;
  }): Promise<NatsDurableLog> {
    const { nc, runId, actorId } = options;
    const stream = logStreamName(runId);
    const logSubject = `${SUBJECT_ROOT}.${runId}.log.${actorId}`;
    const snapSubject = `${SUBJECT_ROOT}.${runId}.snap.${actorId}`;
    const js = jetstream(nc);
    // Opening only reads: retried while JetStream is unavailable (a cluster electing its leaders
    // after a node was killed, a broker restarting), up to OPEN_RETRY_MS, before giving up.
    const deadline = Date.now() + OPEN_RETRY_MS;
    let recovered: Awaited<ReturnType<typeof recover>>;
    for (;;) {
      try {
        const jsm = await jetstreamManager(nc);
        await ensureLogStream(jsm, runId);
        if (options.carry) await appendCarried(js, logSubject, options.carry);
        recovered = await recover(js, jsm, stream, logSubject, snapSubject);
        break;
      } catch (error) {
        if (Date.now() > deadline || nc.isClosed()) throw error;
        await new Promise((done) => setTimeout(done, 500));
      }
    }
    // Appends go out as plain publishes answered under this connection's inbox (js-append.ts), not through js.publish's per-request machinery.
    const publish: LogPublish = options.publish ?? new JetStreamAppender(nc).publish;
    const log = NatsDurableLog.create({ publish, logSubject, snapSubject, recovered: recovered.log, lastSeq: recovered.lastSeq, onFailure: options.onFailure, ...(options.onRepair ? { onRepair: options.onRepair } : {}) });
    return log;
  }

  /** A log over any publish function (tests script JetStream's failures through it). */
  static create(options: {
    publish: LogPublish;
    logSubject: string;
    snapSubject: string;
    recovered?: RecoveredLog;
    lastSeq?: number;
    onFailure: (error: Error) => void;
    onRepair?: (event: { index: number; attempt: number; reason: string }) => void;
    writerId?: string;
    sleep?: (ms: number) => Promise<void>;
    nowMs?: () => number;
  }): NatsDurableLog {
    const log = new NatsDurableLog(
      options.publish,
      options.logSubject,
      options.snapSubject,
      options.recovered ?? { snapshot: undefined, entries: [] },
      options.onFailure,
      options.writerId ?? randomUUID(),
      options.onRepair,
      options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms))),
      options.nowMs ?? (() => Date.now()),
    );
    log.lastAckedSeq = options.lastSeq ?? 0;
    return log;
  }

  /** This writer's id (one process's incarnation): with an entry's index, its Nats-Msg-Id and its place on recovery. */
  get writer(): string {
    return this.writerId;
  }

  /** Appends (pipelined). The entry is acknowledged after every earlier one (whenIdle, busy). */
  append(entry: Uint8Array): void {
    if (entry.length > LOG_ENTRY_BYTES_MAX) throw new RangeError(`log entry of ${entry.length} bytes exceeds ${LOG_ENTRY_BYTES_MAX}`);
    this.issue('entry', copyBytes(entry));
  }

  /**
   * A snapshot covers every append issued before it: it is published once they are all
   * acknowledged, naming the stream sequence of the last (recovery reads the entries after it).
   */
  snapshot(state: Uint8Array): void {
    if (state.length > LOG_ENTRY_BYTES_MAX) throw new RangeError(`snapshot of ${state.length} bytes exceeds ${LOG_ENTRY_BYTES_MAX}`);
    this.issue('snapshot', copyBytes(state));
  }

  recover(): RecoveredLog {
    return this.recovered;
  }

  /** True while appends are unacknowledged: publishes must wait. */
  get busy(): boolean {
    return this.pending.length > 0;
  }

  /** Resolves when every append issued so far is acknowledged. */
  whenIdle(): Promise<void> {
    if (this.pending.length === 0) return Promise.resolve();
    return new Promise((done) => this.idleWaiters.push(done));
  }

  get failed(): Error | undefined {
    return this.failure;
  }

  /** Items (appends and snapshots) issued so far: the mark a message published now waits for (whenAcknowledged). */
  get issued(): number {
    return this.nextIndex - 1;
  }

  /**
   * Items handed to the connection so far (each at least once; issue order: an item waits in the
   * queue only behind a snapshot or during a repair, and the ones after it wait too). Equal to
   * `issued` when the last item issued is on its way to the broker, written ahead of whatever
   * this connection publishes next (NatsHost.publishWithRecord).
   */
  get sent(): number {
    return this.nextIndex - 1 - this.unsent.length;
  }

  /** Every item issued up to this mark is acknowledged (never advanced by a failure). */
  get acknowledged(): number {
    return this.ackedThrough;
  }

  /**
   * Resolves once every item issued up to `mark` is acknowledged — the write-ahead barrier of a
   * message published when `issued` was `mark`: items issued after it do not hold it — or when
   * the log fails (the owner then reads `failed`).
   */
  whenAcknowledged(mark: number): Promise<void> {
    if (this.ackedThrough >= mark || this.failure) return Promise.resolve();
    return new Promise((done) => this.ackWaiters.push({ mark, done }));
  }

  private issue(kind: Pending['kind'], data: Uint8Array): void {
    if (this.failure) return; // the actor is being stopped: nothing more is written
    const item: Pending = { kind, data, index: this.nextIndex++, ack: undefined };
    this.pending.push(item);
    this.unsent.push(item);
    this.pump();
    void this.drain();
  }

  /**
   * Publishes what may leave now. While all is well entries are pipelined; a snapshot leaves
   * only once every item before it is acknowledged (it names the last entry's sequence), and
   * the entries after it wait for it, so that none of them is stored before the sequence it
   * names. While repairing, only the head leaves: one item at a time, in order.
   */
  private pump(): void {
    while (this.unsent.length > 0) {
      const next = this.unsent[0] as Pending;
      const isHead = this.pending[0] === next;
      if ((this.repairing || next.kind === 'snapshot') && !isHead) return;
      this.unsent.shift();
      next.ack = this.publishOnce(next);
      next.ack.catch(() => undefined); // judged in order by drain(); this keeps an early rejection handled
    }
  }

  private publishOnce(item: Pending): Promise<{ seq: number; duplicate: boolean }> {
    const h = headers();
    if (item.kind === 'snapshot') h.set(COVERS_HEADER, String(this.lastAckedSeq));
    h.set(WRITER_HEADER, this.writerId);
    h.set(INDEX_HEADER, String(item.index));
    return this.publishRaw(item.kind === 'entry' ? this.logSubject : this.snapSubject, item.data, { msgID: `${this.writerId}:${item.index}`, headers: h });
  }

  /**
   * Takes acknowledgements in issue order. The first failure switches to repair: every append
   * still pending is then settled one at a time, in order, each retried with its own
   * Nats-Msg-Id until JetStream takes it — an append whose ack was lost but which was stored is
   * answered "duplicate" with its sequence, so none is stored twice. The actor stays up and
   * stalled meanwhile (the host holds its publishes); only a permanent error, or no success
   * within APPEND_REPAIR_MAX_MS, stops it (onFailure).
   */
  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    let repairStartedMs = 0;
    try {
      while (this.pending.length > 0 && !this.failure) {
        const head = this.pending[0] as Pending;
        this.pump(); // the head may leave now (a snapshot, or the next item of a repair)
        let result: { seq: number; duplicate: boolean } | undefined;
        try {
          if (!head.ack) throw new Error('assert: the head of the log queue was published');
          result = await head.ack;
        } catch (error) {
          if (!this.repairing) {
            this.repairing = true;
            repairStartedMs = this.nowMs();
          }
          result = await this.retry(head, error as Error, repairStartedMs);
          if (!result) return; // gave up: failure set, onFailure called
        }
        if (head.kind === 'entry') {
          if (result.seq < this.lastAckedSeq) this.repairs.storedOutOfOrder++;
          this.lastAckedSeq = Math.max(this.lastAckedSeq, result.seq);
        }
        this.pending.shift();
        this.ackedThrough = head.index;
        if (this.ackWaiters.length > 0) this.wakeAckWaiters();
        // Repaired once every item published before the failure is settled: pipelined again.
        if (this.repairing && !this.pending[0]?.ack) this.repairing = false;
        if (this.pending.length === 0) for (const done of this.idleWaiters.splice(0)) done();
        this.pump();
      }
    } finally {
      this.draining = false;
    }
  }

  /** Retries one item until JetStream acknowledges it; undefined when the log gives up. */
  private async retry(item: Pending, firstError: Error, repairStartedMs: number): Promise<{ seq: number; duplicate: boolean } | undefined> {
    let error = firstError;
    for (let attempt = 1; ; attempt++) {
      if (this.stopping) return this.giveUp(new Error(`stopped while JetStream could not take an append (${error.message})`));
      if (!isTransient(error)) return this.giveUp(error);
      if (this.nowMs() - repairStartedMs > APPEND_REPAIR_MAX_MS) return this.giveUp(new Error(`JetStream took no append for ${APPEND_REPAIR_MAX_MS} ms (last: ${error.message})`));
      this.onRepair?.({ index: item.index, attempt, reason: error.message });
      await Promise.race([this.sleep(APPEND_RETRY_MS[Math.min(attempt - 1, APPEND_RETRY_MS.length - 1)] as number), this.stopped]);
      if (this.stopping) continue;
      this.repairs.retried++;
      try {
        const publishing = this.publishOnce(item);
        publishing.catch(() => undefined); // a stop may win the race: a later rejection is then no one's
        const result = await Promise.race([publishing, this.stoppedError]);
        if (result.duplicate) this.repairs.alreadyStored++;
        return result;
      } catch (next) {
        error = next as Error;
      }
    }
  }

  /**
   * The actor is stopping: an append being retried is given up at once (as in a crash, nothing
   * that waited for it is sent, and the next incarnation recovers what the log acknowledged),
   * so a clean stop during a quorum loss ends within the supervisor's stop timeout. Appends
   * in flight that are not being retried are still waited for (their acks normally come at once).
   */
  stopRetrying(): void {
    this.stopping = true;
    this.signalStop();
  }

  /**
   * The log has failed: the owner is told once, nothing more is written, and the busy state
   * ends, so that the host (waiting for the log to be idle) sees `failed` and stops the actor
   * without sending what waited on the log.
   */
  private giveUp(error: Error): undefined {
    this.failure ??= error;
    this.pending.length = 0;
    this.unsent.length = 0;
    this.onFailure(this.failure);
    for (const done of this.idleWaiters.splice(0)) done();
    for (const { done } of this.ackWaiters.splice(0)) done();
    return undefined;
  }

  private wakeAckWaiters(): void {
    let kept = 0;
    for (const waiter of this.ackWaiters) {
      if (waiter.mark <= this.ackedThrough) waiter.done();
      else this.ackWaiters[kept++] = waiter;
    }
    this.ackWaiters.length = kept;
  }
}

/**
 * Failures that pass when the cluster recovers: no responders on the stream's subject (no
 * stream leader: nats.js reports "jetstream is not enabled"), a timeout (the leader died with
 * the append in flight, or the client is reconnecting), JetStream "temporarily unavailable"
 * (503, no quorum), a request cut by a disconnect. Anything else (a refusal, a bad ack) is not
 * retried.
 */
export function isTransient(error: Error): boolean {
  // JetStreamApiError: `status` is the API's HTTP-like code (503: JetStream unavailable, no quorum).
  if ((error as { status?: unknown }).status === 503) return true;
  if (error.name === 'TimeoutError' || error.name === 'JetStreamNotEnabled' || error.name === 'NoRespondersError') return true;
  return /timeout|jetstream is not enabled|no responders|temporarily unavailable|disconnect|reconnect/i.test(error.message);
}

/**
 * A previous writer's record appended again as that writer wrote it (the same subject, headers
 * and Nats-Msg-Id): JetStream answers "duplicate" when it holds it still within its duplicate
 * window, and recovery keeps one entry per writer and index (inWriterOrder) when it was stored
 * earlier than that. A refusal is thrown: the actor cannot start without it.
 */
async function appendCarried(js: JetStreamClient, logSubject: string, carried: RecordAhead): Promise<void> {
  const h = headers();
  h.set(WRITER_HEADER, carried.writer);
  h.set(INDEX_HEADER, String(carried.index));
  await js.publish(logSubject, carried.data, { msgID: `${carried.writer}:${carried.index}`, headers: h });
}

async function recover(
  js: JetStreamClient,
  jsm: JetStreamManager,
  stream: string,
  logSubject: string,
  snapSubject: string,
): Promise<{ log: RecoveredLog; lastSeq: number }> {
  const snap = await lastBySubject(jsm, stream, snapSubject);
  const coversSeq = snap ? Number(snap.header?.get(COVERS_HEADER) ?? 0) : 0;
  const last = await lastBySubject(jsm, stream, logSubject);
  const lastSeq = last?.seq ?? 0;
  const entries: Uint8Array[] = [];
  if (lastSeq > coversSeq) {
    const consumer = await js.consumers.get(stream, {
      filter_subjects: logSubject, // a string, not an array: nats-server 2.9 knows only filter_subject
      deliver_policy: 'by_start_sequence' as never,
      opt_start_seq: coversSeq + 1,
    });
    const messages = await consumer.consume();
    const read: StoredEntry[] = [];
    for await (const message of messages) {
      read.push({ data: message.data.slice(), writer: message.headers?.get(WRITER_HEADER) ?? '', index: Number(message.headers?.get(INDEX_HEADER) ?? 0) });
      if (message.seq >= lastSeq) break;
    }
    await messages.close();
    entries.push(...inWriterOrder(read));
  }
  return { log: { snapshot: snap ? snap.data.slice() : undefined, entries }, lastSeq };
}

interface StoredEntry {
  data: Uint8Array;
  /** '' for an entry without the headers (none is written so any more). */
  writer: string;
  index: number;
}

/**
 * The entries as their writers issued them: writers in the order of their first entry (one
 * process's incarnation after another), each writer's entries by index, an index stored twice
 * kept once. Stream order is issue order except after an append retried in place: an append
 * whose first publish failed while a later one's succeeded is stored after it.
 */
export function inWriterOrder(read: readonly StoredEntry[]): Uint8Array[] {
  const writers = new Map<string, StoredEntry[]>();
  for (const entry of read) {
    const key = entry.writer === '' ? `\u0000${writers.size}` : entry.writer;
    const list = writers.get(key) ?? [];
    if (list.length === 0) writers.set(key, list);
    if (entry.writer === '' || !list.some((e) => e.index === entry.index)) list.push(entry);
  }
  return [...writers.values()].flatMap((list) => [...list].sort((a, b) => a.index - b.index).map((e) => e.data));
}

/**
 * The last message on a subject, or null when there is none. Only "no message found" means none
 * (getMessage resolves null for it): any other error — a timeout, no stream leader while a
 * cluster has lost its quorum — is thrown, so that recovery retries or fails. Read as "no log",
 * it made a validator restarted during a broker partition recover empty and commit its heights
 * again (chain-integrity, found by `faultline up --cluster 3` with broker-partition.json).
 */
async function lastBySubject(jsm: JetStreamManager, stream: string, subject: string) {
  return await jsm.streams.getMessage(stream, { last_by_subj: subject });
}
