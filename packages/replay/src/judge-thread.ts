/**
 * The half of the venue monitor that needs no state (VenueEventJudge: the solvency referee and
 * the event checks) and the block's certificate check on a second thread, so it judges height h
 * while the main thread applies h + 1. It gets each height's block record as the log holds it
 * (the committed block: header, transactions, certificate) and the engine's events as the bytes
 * replay already encodes them into (for events-match), copied into one of MAX_AHEAD + 1 shared
 * buffers used in turn (no allocation per height: a fresh ~0.5 MiB per height cost the main
 * thread its allocation, first-touch page faults and collections), and the fund the previous
 * height's state recorded; it answers each height with the
 * certificate's problem, if any, and the judge's violations.
 * replayLog is synchronous: replies are read with receiveMessageOnPort, waiting on a shared
 * counter (Atomics.wait) when one is needed. At most MAX_AHEAD heights are in flight, which
 * bounds the memory the queue holds.
 */
import { performance } from 'node:perf_hooks';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { VenueConfig, VenueViolation } from '@faultline/venue';
import type { LookaheadSource, Verified } from './oracle-lookahead.ts';

export type JudgeRequest =
  | {
      height: number;
      /**
       * The height's bytes, valid until its answer: the block's LogRecord bytes (the frame's
       * payload: the thread decodes the committed block from it) in [0, recordLength), then the
       * engine's events as VenueEvent bytes one after the other (eventsLength in all), then at the
       * next multiple of 4 each event's end (u32, from the events' start).
       */
      shared: SharedArrayBuffer;
      recordLength: number;
      eventsLength: number;
      eventCount: number;
      /** The insurance fund in the previous height's state (undefined before height 1's). */
      recordedFund: number | undefined;
    }
  | { end: true };

/** A height's answer: `certificate` is committedBlockProblem's (null: the block is certified), then the judge's violations. */
export type JudgeAnswer = { height: number; certificate: string | null; violations: VenueViolation[] };
/** `verified`: oracle reports of blocks ahead, verified by the thread (oracle-lookahead.ts), posted whenever found. */
export type JudgeReply = JudgeAnswer | { refereeUnjudged: string | null } | { error: string } | { verified: Verified[] };

/**
 * Heights sent and not yet answered, at most. 8 (was 4): the thread starts (a new isolate
 * compiling its bundle) while the main thread applies the first heights, which it did not cover
 * with 4 (the main thread's first wait, ~0.24 s in a profile of the 1M-event log), and the
 * thread's per-height time varies about the main thread's. Memory: a shared buffer per height out
 * (~0.5-1 MiB each).
 */
const MAX_AHEAD = 8;
/**
 * The thread verifies oracle reports up to this many heights past the last one it was sent
 * (and at its start, the first ones): it is at most MAX_AHEAD heights behind the main thread, so
 * the next block's reports are in before the main thread applies it.
 */
export const LOOKAHEAD_HEIGHTS = MAX_AHEAD + 4;
/** A thread that answers nothing for this long has died (a crash is not seen synchronously). */
const SILENT_LIMIT_MS = 300_000;

export class JudgeThreadError extends Error {
  override readonly name = 'JudgeThreadError';
}

export class JudgeThread {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private ahead = 0;
  private sent = 0;
  /** The shared buffers, used in turn: the n-th height sent uses slots[n % length], free again once the (n - MAX_AHEAD - 1)-th is answered, which send() makes sure of (answers come in order). */
  private readonly slots: SharedArrayBuffer[] = Array.from({ length: MAX_AHEAD + 1 }, () => new SharedArrayBuffer(0));
  /** Answers received and not yet handed out (absorb() takes them as they come). */
  private readonly arrived: JudgeAnswer[] = [];
  private readonly onVerified: ((verified: Verified[]) => void) | undefined;

  /**
   * `validators`: the run's, as replay derives them from the log header (the thread checks each
   * block's certificate). `lookahead`: where the thread reads the log to verify the oracle reports
   * of the blocks ahead, and what takes its verifications (the main thread's memo); none: no lookahead.
   */
  constructor(config: VenueConfig, validators: ReadonlyArray<{ id: string; publicKeyRaw: Uint8Array }>, lookahead?: { source: LookaheadSource; onVerified: (verified: Verified[]) => void }) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.onVerified = lookahead?.onVerified;
    // V8's default young generation: a 12 MiB one (with --heap-growing-percent=30, session 18) cost
    // the thread ~2.5 s of CPU on the 1M-event log in extra collections, which its memory no longer
    // needs since replay's queue stopped keeping every block (BENCHMARKS.md, "Session 19 replay").
    this.worker = new Worker(new URL('./judge-worker.mjs', import.meta.url), { workerData: { port: port2, signal: this.signal, config, validators, log: lookahead?.source }, transferList: [port2] });
    this.worker.unref();
  }

  /**
   * Sends one height: its block record's bytes, the engine's events' bytes and where each event
   * ends (copied: the caller keeps its buffers). Returns the answers that have arrived, in height
   * order — waiting for the oldest when MAX_AHEAD are out.
   */
  send(height: number, record: Uint8Array, events: Uint8Array, eventEnds: readonly number[], recordedFund: number | undefined): JudgeAnswer[] {
    const endsAt = (record.length + events.length + 3) & ~3;
    const size = endsAt + 4 * eventEnds.length;
    const slot = this.sent++ % this.slots.length;
    let shared = this.slots[slot] as SharedArrayBuffer;
    if (shared.byteLength < size) this.slots[slot] = shared = new SharedArrayBuffer(Math.max(size, 2 * shared.byteLength));
    const bytes = new Uint8Array(shared);
    bytes.set(record, 0);
    bytes.set(events, record.length);
    new Uint32Array(shared, endsAt, eventEnds.length).set(eventEnds);
    this.port.postMessage({ height, shared, recordLength: record.length, eventsLength: events.length, eventCount: eventEnds.length, recordedFund } satisfies JudgeRequest);
    this.ahead++;
    this.pull();
    while (this.ahead > MAX_AHEAD) this.arrived.push(this.answer(this.take()));
    return this.arrived.splice(0);
  }

  /**
   * Takes what the thread has posted, without waiting: oracle verifications go to `onVerified`
   * at once (replay calls this before applying each block); answers are returned, in height order.
   */
  absorb(): JudgeAnswer[] {
    this.pull();
    return this.arrived.splice(0);
  }

  /** Every answer still out, in height order. */
  drain(): JudgeAnswer[] {
    this.pull();
    while (this.ahead > 0) this.arrived.push(this.answer(this.take()));
    return this.arrived.splice(0);
  }

  /** Ends the thread (after drain): the referee's refereeUnjudged. */
  end(): string | undefined {
    this.port.postMessage({ end: true } satisfies JudgeRequest);
    const reply = this.take();
    void this.worker.terminate();
    this.port.close();
    if (!('refereeUnjudged' in reply)) throw new JudgeThreadError(`replay's judge thread answered the end with ${JSON.stringify(reply).slice(0, 200)}`);
    return reply.refereeUnjudged ?? undefined;
  }

  /** Stops the thread without waiting (replay failed). */
  stop(): void {
    void this.worker.terminate();
    this.port.close();
  }

  /** Every reply posted so far, without waiting: answers onto `arrived`. */
  private pull(): void {
    for (let reply = this.poll(); reply; reply = this.poll()) this.arrived.push(this.answer(reply));
  }

  private answer(reply: Exclude<JudgeReply, { verified: Verified[] }>): JudgeAnswer {
    if (!('height' in reply)) throw new JudgeThreadError(`replay's judge thread answered a height with ${JSON.stringify(reply).slice(0, 200)}`);
    this.ahead--;
    return reply;
  }

  /** The next reply that is not an oracle verification (those go to onVerified on the way), or undefined. */
  private poll(): Exclude<JudgeReply, { verified: Verified[] }> | undefined {
    for (;;) {
      const got = receiveMessageOnPort(this.port) as { message: JudgeReply } | undefined;
      if (!got) return undefined;
      const message = got.message;
      if ('verified' in message) {
        this.onVerified?.(message.verified);
        continue;
      }
      if ('error' in message) {
        this.stop();
        throw new JudgeThreadError(message.error);
      }
      return message;
    }
  }

  /** The next reply, waiting for it. */
  private take(): Exclude<JudgeReply, { verified: Verified[] }> {
    const since = performance.now();
    for (;;) {
      // The counter is read before looking: a reply posted after the look moves it, so the wait returns at once.
      const seen = Atomics.load(this.signal, 0);
      const reply = this.poll();
      if (reply) return reply;
      if (Atomics.wait(this.signal, 0, seen, 1_000) === 'timed-out' && performance.now() - since > SILENT_LIMIT_MS) {
        this.stop();
        throw new JudgeThreadError(`replay's judge thread answered nothing for ${SILENT_LIMIT_MS / 1000} s`);
      }
    }
  }
}
