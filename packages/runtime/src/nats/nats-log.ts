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
import type { NatsConnection } from '@nats-io/transport-node';
import { headers } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { RecoveredLog } from '../host.ts';
import { SUBJECT_ROOT } from '../subjects.ts';

const COVERS_HEADER = 'Faultline-Covers-Seq';
/** Largest log entry or snapshot: the broker's max_payload. */
export const LOG_ENTRY_BYTES_MAX = 8 * 1024 * 1024;
/** How long opening a log retries while JetStream is unavailable. */
export const OPEN_RETRY_MS = 30_000;

export function logStreamName(runId: string): string {
  return `FAULTLINE_${runId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * Creates the run's log stream unless it exists. `replicas` > 1 on a cluster (`faultline up
 * --cluster 3` creates it at R3 before any service starts, so a service only ever finds it).
 */
export async function ensureLogStream(jsm: JetStreamManager, runId: string, options: { replicas?: number } = {}): Promise<void> {
  const name = logStreamName(runId);
  try {
    await jsm.streams.info(name);
  } catch {
    await jsm.streams.add({
      name,
      subjects: [`${SUBJECT_ROOT}.${runId}.log.>`, `${SUBJECT_ROOT}.${runId}.snap.>`],
      storage: 'file' as never,
      ...(options.replicas ? { num_replicas: options.replicas } : {}),
    });
  }
}

export class NatsDurableLog {
  private pending = 0;
  private lastAckedSeq = 0;
  private failure: Error | undefined;
  private readonly idleWaiters: Array<() => void> = [];
  private chain: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly js: JetStreamClient,
    private readonly logSubject: string,
    private readonly snapSubject: string,
    private readonly recovered: RecoveredLog,
    /** Called when an append fails: the actor must stop (its log is the ground of its safety). */
    private readonly onFailure: (error: Error) => void,
  ) {}

  static async open(options: { nc: NatsConnection; runId: string; actorId: string; onFailure: (error: Error) => void }): Promise<NatsDurableLog> {
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
        recovered = await recover(js, jsm, stream, logSubject, snapSubject);
        break;
      } catch (error) {
        if (Date.now() > deadline || nc.isClosed()) throw error;
        await new Promise((done) => setTimeout(done, 500));
      }
    }
    const log = new NatsDurableLog(js, logSubject, snapSubject, recovered.log, options.onFailure);
    log.lastAckedSeq = recovered.lastSeq;
    return log;
  }

  /** Appends (pipelined). `then` runs after the ack of this and every earlier append. */
  append(entry: Uint8Array): void {
    if (entry.length > LOG_ENTRY_BYTES_MAX) throw new RangeError(`log entry of ${entry.length} bytes exceeds ${LOG_ENTRY_BYTES_MAX}`);
    this.track(this.js.publish(this.logSubject, entry.slice()));
  }

  snapshot(state: Uint8Array): void {
    if (state.length > LOG_ENTRY_BYTES_MAX) throw new RangeError(`snapshot of ${state.length} bytes exceeds ${LOG_ENTRY_BYTES_MAX}`);
    const copy = state.slice();
    // The snapshot covers every append issued before it: wait for their acks (the chain so far),
    // then name the last seq. Not whenIdle(): that also waits for this snapshot's own pending
    // count, so a snapshot taken while an append is in flight would never be sent (and the
    // host's write-ahead barrier would hold every later publish for ever).
    const before = this.chain;
    this.track(
      before.then(() => {
        const h = headers();
        h.set(COVERS_HEADER, String(this.lastAckedSeq));
        return this.js.publish(this.snapSubject, copy, { headers: h });
      }),
      false,
    );
  }

  recover(): RecoveredLog {
    return this.recovered;
  }

  /** True while appends are unacknowledged: publishes must wait. */
  get busy(): boolean {
    return this.pending > 0;
  }

  /** Resolves when every append issued so far is acknowledged. */
  whenIdle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((done) => this.idleWaiters.push(done));
  }

  get failed(): Error | undefined {
    return this.failure;
  }

  private track(ack: Promise<{ seq: number }>, isEntry = true): void {
    this.pending++;
    // Handled below, in order; this keeps an early rejection from counting as unhandled.
    ack.catch(() => undefined);
    // Acks resolve in publish order on one connection; chaining keeps lastAckedSeq monotonic.
    this.chain = this.chain
      .then(() => ack)
      .then(
        (result) => {
          if (isEntry) this.lastAckedSeq = Math.max(this.lastAckedSeq, result.seq);
        },
        (error: unknown) => {
          this.failure ??= error instanceof Error ? error : new Error(String(error));
          this.onFailure(this.failure);
        },
      )
      .finally(() => {
        this.pending--;
        if (this.pending === 0) for (const done of this.idleWaiters.splice(0)) done();
      });
  }
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
    for await (const message of messages) {
      entries.push(message.data.slice());
      if (message.seq >= lastSeq) break;
    }
    await messages.close();
  }
  return { log: { snapshot: snap ? snap.data.slice() : undefined, entries }, lastSeq };
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
