/**
 * The state hash's bucket digests on a thread of their own, for replay with the judge thread: the
 * main thread encodes each block's changed leaves (prepareStateHash), hands the buckets' bytes
 * here, checks the block and encodes its events meanwhile, then takes the digests and finishes
 * the root (finishStateHash). A block of the 1M-event log touches ~1,000 of 10,000 principals, which
 * lands in nearly every bucket of 64: ~2-3 MB of sha256 per block, ~0.8 s of the main thread's
 * ~11 s (BENCHMARKS.md, "Session 22 replay"). The digests are sha256 exactly as the engine takes
 * them, so the roots are the same.
 *
 * The bytes are copied into one shared buffer (grown when a block needs more), the ranges and the
 * digests sit behind them; the thread posts nothing back: it stores the request's number in a
 * shared counter and notifies, and the main thread waits on that counter (replayLog is
 * synchronous). The thread's code is a string evaluated in the worker (node:crypto only), so the
 * compiled CLI needs no second bundle for it.
 */
import { performance } from 'node:perf_hooks';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** A thread that answers nothing for this long has died (a crash is not seen synchronously). */
const SILENT_LIMIT_MS = 300_000;
const DIGEST_BYTES = 32;

/**
 * The worker: for each request, the sha256 of each range [offset, offset + length) of `shared`
 * (ranges: u32 pairs at `rangesAt`) into `shared` at `digestsAt`, 32 bytes each, in order; then
 * signal[0] = the request's number (or -1, and the error posted on \`errors\`, on a failure).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const { signal, errors } = workerData;
parentPort.on('message', (request) => {
  try {
    const { shared, count, rangesAt, digestsAt, number } = request;
    const bytes = new Uint8Array(shared);
    const ranges = new Uint32Array(shared, rangesAt, 2 * count);
    for (let i = 0; i < count; i++) {
      const digest = hash('sha256', bytes.subarray(ranges[2 * i], ranges[2 * i] + ranges[2 * i + 1]), 'buffer');
      bytes.set(digest, digestsAt + 32 * i);
    }
    Atomics.store(signal, 0, number);
  } catch (error) {
    errors.postMessage(String((error && error.stack) || error));
    Atomics.store(signal, 0, -1);
  }
  Atomics.notify(signal, 0);
});
`;

export class HashThreadError extends Error {
  override readonly name = 'HashThreadError';
}

export class HashThread {
  private readonly worker: Worker;
  private readonly errors: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private shared = new SharedArrayBuffer(0);
  private asked = 0;
  /** The request out (its count and where its digests go), until finish(). */
  private pending: { count: number; digestsAt: number } | undefined;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.errors = port1;
    // The thread keeps nothing but 32-byte digests, briefly: a small heap (each isolate's default
    // young generation alone is 16 MiB, and replay's peak RSS is close to its 460 MiB goal).
    const resourceLimits = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 16 };
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { signal: this.signal, errors: port2 }, transferList: [port2], resourceLimits });
    this.worker.unref();
  }

  /** Starts hashing each of `parts` (copied: the caller may change them once this returns). */
  start(parts: readonly Uint8Array[]): void {
    if (this.pending) throw new HashThreadError('the hash thread was asked again before its answer was taken');
    let bytes = 0;
    for (const part of parts) bytes += part.length;
    const rangesAt = (bytes + 3) & ~3;
    const digestsAt = rangesAt + 8 * parts.length;
    const size = digestsAt + DIGEST_BYTES * parts.length;
    // A quarter more than asked when it grows: the buckets grow slowly, and memory is what replay has least of.
    if (this.shared.byteLength < size) this.shared = new SharedArrayBuffer(size + (size >> 2));
    const view = new Uint8Array(this.shared);
    const ranges = new Uint32Array(this.shared, rangesAt, 2 * parts.length);
    let at = 0;
    parts.forEach((part, i) => {
      view.set(part, at);
      ranges[2 * i] = at;
      ranges[2 * i + 1] = part.length;
      at += part.length;
    });
    this.pending = { count: parts.length, digestsAt };
    this.worker.postMessage({ shared: this.shared, count: parts.length, rangesAt, digestsAt, number: ++this.asked });
  }

  /** The digests of the last start()'s parts, in order (views into the shared buffer: read them before the next start()); waits for them. */
  finish(): Uint8Array[] {
    const pending = this.pending;
    if (!pending) throw new HashThreadError('the hash thread was asked for digests it was not given bytes for');
    const since = performance.now();
    for (;;) {
      const answered = Atomics.load(this.signal, 0);
      if (answered === this.asked) break;
      if (answered === -1) {
        const why = (receiveMessageOnPort(this.errors) as { message: string } | undefined)?.message;
        this.stop();
        throw new HashThreadError(`replay's hash thread failed: ${why ?? 'no reason given'}`);
      }
      if (Atomics.wait(this.signal, 0, answered, 1_000) === 'timed-out' && performance.now() - since > SILENT_LIMIT_MS) {
        this.stop();
        throw new HashThreadError(`replay's hash thread answered nothing for ${SILENT_LIMIT_MS / 1000} s`);
      }
    }
    this.pending = undefined;
    return Array.from({ length: pending.count }, (_, i) => new Uint8Array(this.shared, pending.digestsAt + DIGEST_BYTES * i, DIGEST_BYTES));
  }

  stop(): void {
    void this.worker.terminate();
    this.errors.close();
  }
}
