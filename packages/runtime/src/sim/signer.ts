/**
 * The simulator's signing thread: ed25519 signatures made on a worker thread while the simulation
 * goes on, each read (and waited for, only if it is not there yet) when first needed. ed25519 is
 * deterministic, so a signature made there is the one `signBytes` makes here, byte for byte: a
 * run's traces are the same whichever thread signs (tests: packages/sim/test/worker-signing*).
 *
 * Jobs and answers go through one SharedArrayBuffer (no message per job): the main thread writes a
 * job (key index, sign bytes) into slot `seq % RING`, publishes it by raising the posted count and
 * wakes the worker; the worker signs the jobs in order and stores `seq + 1` in the slot's done
 * word. Reading a signature whose done word is not there yet waits on that word (Atomics.wait),
 * with a bound: a worker that failed reports its error in the buffer (a loud throw here, with
 * its reason), and one that died or hangs is a throw after `timeoutMs` — never a hang, never a
 * wrong signature (a signature is only ever read from a slot whose done word names its job).
 * A key travels once, as its PKCS#8 DER, into the buffer's key table.
 *
 * Until the worker says it is ready (its start-up takes ~10–40 ms), and for sign bytes or keys
 * that do not fit the buffer, signing is done here at once (the same bytes).
 *
 * A sleeping worker costs the poster a futex wake per job (session 26: about a signature's time on
 * this virtual machine, and under load the woken thread preempts the poster). So the worker says
 * when it sleeps (SLEEPING) and a post wakes it only then, and it may poll a while for its next job
 * before sleeping (spinUs) or nap (napUs: timed sleeps a post does not interrupt; a read that must
 * wait wakes it), both off by default. A read of a signature not there yet polls ~30 µs (one
 * signature) before it sleeps on it.
 *
 * Simulations share one thread per JS thread (sharedSigner), each through a lease with its own
 * counts: the thread starts once, not per run. The thread is unref'd (a forgotten close never
 * keeps the process alive) and `close()` waits for the jobs still out, then stops it. Nothing here is domain code: consensus gets a `Signer`
 * function from its host and never sees this thread.
 */
import { Worker } from 'node:worker_threads';
import type { KeyObject } from 'node:crypto';
import { ed25519Sign, rememberOwnSignature, sodiumAddonPath, sharingVerifications, signBytes, type DeferredSignature, type Signer } from '@faultline/protocol';

/** Jobs in flight at most (a slot is reused only once its signature has been read out). */
const RING = 256;
/** Sign bytes a slot holds (a vote's are ~90 bytes, a proposal's without its block ~110). */
const JOB_BYTES_MAX = 512;
/** Keys the table holds (a simulation signs with a handful). */
const KEYS_MAX = 256;
const KEY_DER_BYTES = 48;
const ERROR_BYTES_MAX = 2_048;
/** How long a read polls for a signature not there yet before it sleeps on it (an awake worker signs in ~30 µs). */
const READ_SPIN_NS = 30_000n;

/**
 * How long the worker polls for its next job before it sleeps, µs: FAULTLINE_SIM_SIGNER_SPIN_US if
 * set (an integer 0–1,000,000), else `fallback`. Polling saves the poster a futex wake per job
 * (a job comes every ~90 µs of a warm empty-block run) but holds a core: the quiet window decides.
 */
export function signerSpinUs(fallback: number): number {
  return microsFromEnv('FAULTLINE_SIM_SIGNER_SPIN_US', fallback);
}

/**
 * The worker's naps, µs: FAULTLINE_SIM_SIGNER_NAP_US if set (an integer 0–1,000,000), else
 * `fallback`. Napping (NAPS timed sleeps before a sleep until woken) saves the poster its futex
 * wakes without holding a core, at the price of a signature up to a nap later.
 */
export function signerNapUs(fallback: number): number {
  return microsFromEnv('FAULTLINE_SIM_SIGNER_NAP_US', fallback);
}

/**
 * Does a read of a signature the worker has not taken yet sign it here instead of waiting
 * (FAULTLINE_SIM_SIGNER_STEAL: 1 yes, 0 or unset `fallback`)? Each job is claimed once, by the
 * worker or by its reader, through a word per slot (compare-and-swap), so it is signed exactly once
 * and a read never waits for a job nobody has started: it waits only for one the worker is signing
 * (~30 µs). A worker that is late (napping, descheduled by a loaded machine) then costs the main
 * thread what signing there costs, no more.
 */
export function signerSteal(fallback: boolean): boolean {
  const value = process.env['FAULTLINE_SIM_SIGNER_STEAL'];
  if (value === undefined || value === '') return fallback;
  if (value === '1') return true;
  if (value === '0') return false;
  throw new Error(`FAULTLINE_SIM_SIGNER_STEAL must be 0 or 1 (got '${value}')`);
}

function microsFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const us = Number(value);
  if (!Number.isSafeInteger(us) || us < 0 || us > 1_000_000) throw new Error(`${name} must be an integer from 0 to 1000000 (got '${value}')`);
  return us;
}

/** Naps a worker takes between jobs before it sleeps until woken (with a 50 µs nap, ~2–4 ms). */
const NAPS = 40;

// Control words.
const POSTED = 0; // jobs posted (the worker signs up to this count)
const READY = 1; // 1 once the worker runs its loop
const FAILED = 2; // 1 once the worker has failed (its message in the error area)
const STOP = 3; // 1: the worker leaves its loop
const ERROR_LENGTH = 4;
const FAIL_AT = 5; // testing seam: the worker throws on this job (seq + 1; 0 = never)
const STALL_AT = 6; // testing seam: the worker stops answering (sleeps until stopped) at this job (seq + 1; 0 = never)
const CRASH_AT = 7; // testing seam: the worker's thread dies of an uncaught error at this job (seq + 1; 0 = never)
const SLEEPING = 8; // 1 while the worker sleeps (or is about to): only then does a post wake it; 2 while it naps
const SPIN_US = 9; // how long the worker polls for a next job before it sleeps
const WAKES = 10; // times the worker was woken (went to sleep and came back)
const NAP_US = 11; // the worker's naps between looks for a job, µs (0: none)
const SKIPS = 12; // jobs the worker skipped because their reader had claimed them (steal)
const CONTROL_WORDS = 13;

interface Layout {
  control: Int32Array;
  done: Int32Array;
  /** Per slot: seq + 1 of the job whoever signs it has claimed (the worker, or a stealing reader). */
  claim: Int32Array;
  meta: Int32Array;
  input: Uint8Array;
  output: Uint8Array;
  keys: Uint8Array;
  error: Uint8Array;
}

function layout(buffer: SharedArrayBuffer): Layout {
  let at = 0;
  const take = (bytes: number) => {
    const start = at;
    at += Math.ceil(bytes / 8) * 8;
    return start;
  };
  const control = new Int32Array(buffer, take(CONTROL_WORDS * 4), CONTROL_WORDS);
  const done = new Int32Array(buffer, take(RING * 4), RING);
  const claim = new Int32Array(buffer, take(RING * 4), RING);
  const meta = new Int32Array(buffer, take(RING * 8), RING * 2);
  const input = new Uint8Array(buffer, take(RING * JOB_BYTES_MAX), RING * JOB_BYTES_MAX);
  const output = new Uint8Array(buffer, take(RING * 64), RING * 64);
  const keys = new Uint8Array(buffer, take(KEYS_MAX * KEY_DER_BYTES), KEYS_MAX * KEY_DER_BYTES);
  const error = new Uint8Array(buffer, take(ERROR_BYTES_MAX), ERROR_BYTES_MAX);
  return { control, done, claim, meta, input, output, keys, error };
}

function bufferBytes(): number {
  const round = (bytes: number) => Math.ceil(bytes / 8) * 8;
  return round(CONTROL_WORDS * 4) + round(RING * 4) + round(RING * 4) + round(RING * 8) + round(RING * JOB_BYTES_MAX) + round(RING * 64) + round(KEYS_MAX * KEY_DER_BYTES) + round(ERROR_BYTES_MAX);
}

/** The worker, as CommonJS source (eval: no loader, no build step; the same under tsx, vitest and a bundle). */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { createPrivateKey, sign } = require('node:crypto');
const { buffer, offsets, RING, JOB_BYTES_MAX, KEY_DER_BYTES, ERROR_BYTES_MAX, NAPS, SODIUM } = workerData;
// The poster's ed25519 backend (libsodium's addon by its path, or node:crypto): the same signatures either way.
const sodium = SODIUM ? require(SODIUM) : undefined;
const signed = new Uint8Array(64);
const control = new Int32Array(buffer, offsets.control, 13);
const done = new Int32Array(buffer, offsets.done, RING);
const claim = new Int32Array(buffer, offsets.claim, RING);
const meta = new Int32Array(buffer, offsets.meta, RING * 2);
const input = new Uint8Array(buffer, offsets.input, RING * JOB_BYTES_MAX);
const output = new Uint8Array(buffer, offsets.output, RING * 64);
const keyTable = new Uint8Array(buffer, offsets.keys, offsets.keysLength);
const error = new Uint8Array(buffer, offsets.error, ERROR_BYTES_MAX);
const keys = [];
let next = 0;
Atomics.store(control, 1, 1);
for (;;) {
  if (Atomics.load(control, 3) === 1) break;
  let posted = Atomics.load(control, 0);
  if (next === posted) {
    // Poll for the next job a while before sleeping: a sleeping thread costs the poster a futex wake
    // per job, and on a virtual machine the halted core's wake-up as much as a signature (session 26).
    const spinNs = Atomics.load(control, 9) * 1000;
    if (spinNs > 0) {
      const until = process.hrtime.bigint() + BigInt(spinNs);
      for (let i = 1; next === posted; i++) {
        if ((i & 63) === 0 && (process.hrtime.bigint() > until || Atomics.load(control, 3) === 1)) break;
        posted = Atomics.load(control, 0);
      }
      if (next !== posted) continue;
    }
    // Naps (SLEEPING 2): short timed sleeps during which a post does not wake this thread — it looks
    // again when each nap ends — so a run's posts cost no futex wake; a read that must wait for its
    // signature wakes it. After NAPS naps without a job it sleeps until woken.
    const napMs = Atomics.load(control, 11) / 1000;
    if (napMs > 0) {
      Atomics.store(control, 8, 2);
      for (let k = 0; k < NAPS && next === posted && Atomics.load(control, 3) === 0; k++) {
        Atomics.wait(control, 0, posted, napMs);
        posted = Atomics.load(control, 0);
      }
      if (next !== posted) {
        Atomics.store(control, 8, 0);
        continue;
      }
    }
    // SLEEPING is raised before the last look at POSTED, and a poster reads it after raising POSTED
    // (both sequentially consistent): either this thread sees the job or the poster wakes it.
    Atomics.store(control, 8, 1);
    posted = Atomics.load(control, 0);
    if (next === posted && Atomics.load(control, 3) === 0) {
      Atomics.wait(control, 0, posted);
      Atomics.add(control, 10, 1);
    }
    Atomics.store(control, 8, 0);
    continue;
  }
  const slot = next % RING;
  if (Atomics.load(control, 7) === next + 1) throw new Error('planted crash (testing seam) at job ' + next);
  try {
    if (Atomics.load(control, 5) === next + 1) throw new Error('planted failure (testing seam) at job ' + next);
    // Claimed by its reader (who signs it: FAULTLINE_SIM_SIGNER_STEAL), before or at the same time: skipped; a claim of a later job in
    // this slot says the same (a slot is reused only once its job was read). The stall seam below stops on a job taken here.
    const claimed = Atomics.load(claim, slot);
    if (claimed >= next + 1 || Atomics.compareExchange(claim, slot, claimed, next + 1) !== claimed) {
      Atomics.add(control, 12, 1);
      next++;
      continue;
    }
    while (Atomics.load(control, 6) === next + 1 && Atomics.load(control, 3) === 0) Atomics.wait(control, 3, 0, 1000);
    if (Atomics.load(control, 3) === 1) break;
    const keyIndex = meta[slot * 2];
    const length = meta[slot * 2 + 1];
    let key = keys[keyIndex];
    if (key === undefined) {
      const der = Buffer.from(keyTable.slice(keyIndex * KEY_DER_BYTES, (keyIndex + 1) * KEY_DER_BYTES));
      if (sodium) {
        // PKCS#8 for ed25519 is a 16-byte prefix and the 32-byte seed; libsodium's secret key is seed and public key.
        key = keys[keyIndex] = new Uint8Array(64);
        sodium.crypto_sign_seed_keypair(new Uint8Array(32), key, der.subarray(16, 48));
      } else {
        key = keys[keyIndex] = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
      }
    }
    const bytes = input.subarray(slot * JOB_BYTES_MAX, slot * JOB_BYTES_MAX + length);
    let signature = signed;
    if (sodium) sodium.crypto_sign_detached(signed, bytes, key);
    else signature = sign(null, bytes, key);
    if (signature.length !== 64) throw new Error('signature of ' + signature.length + ' bytes');
    output.set(signature, slot * 64);
  } catch (cause) {
    const message = Buffer.from(String(cause && cause.stack || cause)).subarray(0, ERROR_BYTES_MAX);
    error.set(message);
    Atomics.store(control, 4, message.length);
    Atomics.store(control, 2, 1);
    Atomics.notify(done, slot);
    break;
  }
  Atomics.store(done, slot, next + 1);
  Atomics.notify(done, slot);
  next++;
}
`;

/** Counts of one signer's work (the share of reads that waited says how much the thread overlapped). */
export interface SignerStats {
  /** Signatures made on the worker. */
  jobs: number;
  /** Signatures made on the calling thread (before the worker was ready, or too large for a slot). */
  signedHere: number;
  /** Worker signatures read out (first reads; later reads of a message are a field access). */
  reads: number;
  /** Of those, the reads that had to wait for the worker. */
  waited: number;
  /** Wall time spent waiting, ns. */
  waitedNs: number;
  /** Of the reads, the jobs the worker had not taken yet, signed by their reader (steal on; counted in `jobs`, not in `signedHere`). */
  stolen: number;
}

/** Counts at zero: a new signer's, lease's or total's (one literal, so a new count is added once). */
function zeroStats(): SignerStats {
  return { jobs: 0, signedHere: 0, reads: 0, waited: 0, waitedNs: 0, stolen: 0 };
}

/** Every closed signer's counts, summed (benches read them around a run: the run's simulation closes its signer). */
const closedTotals: SignerStats = zeroStats();

/** The counts of every WorkerSigner closed so far in this thread, summed (a copy). */
export function closedSignerTotals(): SignerStats {
  return { ...closedTotals };
}

export interface WorkerSignerOptions {
  /** A read that waits longer than this throws (the worker died or hangs). Default 10 s. */
  timeoutMs?: number;
  /** How long the worker polls for a next job before it sleeps, µs (default signerSpinUs(0): 0 sleeps at once, as session 26's did). */
  spinUs?: number;
  /** The worker's naps between looks for a job (NAPS of them) before it sleeps until woken, µs (default signerNapUs(0): none). */
  napUs?: number;
  /** A read of a job the worker has not taken signs it itself instead of waiting (default signerSteal(false)). */
  steal?: boolean;
  /** Testing seam: the worker fails (throws) on its job with this index (0-based). */
  failAtJob?: number;
  /** Testing seam: the worker stops answering (alive, asleep) at its job with this index (0-based). */
  stallAtJob?: number;
  /** Testing seam: the worker's thread dies of an uncaught error at its job with this index (0-based). */
  crashAtJob?: number;
}

interface Pending {
  readonly seq: number;
  readonly privateKey: KeyObject;
  readonly bytes: Uint8Array;
  /** Was the signing process a simulation's when the job was posted (what signBytes would have remembered)? */
  readonly sharing: boolean;
  /** The lease's counts (or the signer's direct ones) this job also counts in. */
  readonly counts: SignerStats;
  value: Uint8Array | undefined;
  /** Why it can never be read (a later read throws this again at once instead of waiting again). */
  error: Error | undefined;
}

export interface SignerLease {
  readonly sign: Signer;
  /** This lease's jobs only. */
  readonly stats: SignerStats;
  settle(): void;
}

function addTo(total: SignerStats, counts: SignerStats): void {
  // Every count zeroStats() makes (each SignerStats starts from it).
  for (const name of Object.keys(total) as (keyof SignerStats)[]) total[name] += counts[name];
}

/** This JS thread's shared signing thread (sharedSigner), kept between simulations. */
let sharedThread: WorkerSigner | undefined;

/**
 * The signing thread this JS thread's simulations share: started at the first call, kept (unref'd:
 * it never keeps the process alive) for the next simulation, so back-to-back runs (a bench's warm-up
 * and timed run, a campaign, a test file) pay its start-up once; replaced if it was closed, exited
 * or failed.
 */
export function sharedSigner(): WorkerSigner {
  if (sharedThread === undefined || sharedThread.unusable) sharedThread = new WorkerSigner();
  return sharedThread;
}

export class WorkerSigner {
  /** Every job of this thread, leases' included. */
  readonly stats: SignerStats = zeroStats();
  /** The jobs signed through `sign` (no lease): what close() adds to closedSignerTotals. */
  private readonly direct: SignerStats = zeroStats();
  private readonly buffer: SharedArrayBuffer;
  private readonly view: Layout;
  private readonly worker: Worker;
  private readonly pending: Array<Pending | undefined> = new Array(RING).fill(undefined);
  private readonly keyIndex = new WeakMap<KeyObject, number>();
  private keyCount = 0;
  private seq = 0;
  private closed = false;
  private exited = false;
  private readonly timeoutMs: number;
  private readonly steal: boolean;
  private readonly exitedPromise: Promise<void>;

  constructor(options: WorkerSignerOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.steal = options.steal ?? signerSteal(false);
    this.buffer = new SharedArrayBuffer(bufferBytes());
    this.view = layout(this.buffer);
    if (options.failAtJob !== undefined) this.view.control[FAIL_AT] = options.failAtJob + 1;
    if (options.stallAtJob !== undefined) this.view.control[STALL_AT] = options.stallAtJob + 1;
    if (options.crashAtJob !== undefined) this.view.control[CRASH_AT] = options.crashAtJob + 1;
    this.view.control[SPIN_US] = options.spinUs ?? signerSpinUs(0);
    this.view.control[NAP_US] = options.napUs ?? signerNapUs(0);
    const v = this.view;
    const offsets = {
      control: v.control.byteOffset,
      done: v.done.byteOffset,
      claim: v.claim.byteOffset,
      meta: v.meta.byteOffset,
      input: v.input.byteOffset,
      output: v.output.byteOffset,
      keys: v.keys.byteOffset,
      keysLength: v.keys.byteLength,
      error: v.error.byteOffset,
    };
    // No execArgv of this process: under tsx (`--import tsx`) the thread would register tsx's loader
    // first, whose start-up waits on this thread's event loop — blocked by a running simulation, so
    // the worker would not be ready until the run ends (the eval'd source needs no loader).
    this.worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { buffer: this.buffer, offsets, RING, JOB_BYTES_MAX, KEY_DER_BYTES, ERROR_BYTES_MAX, NAPS, SODIUM: sodiumAddonPath() } });
    this.worker.unref();
    this.exitedPromise = new Promise((resolve) => {
      this.worker.once('exit', () => {
        this.exited = true;
        resolve();
      });
    });
    // An error event needs the event loop (a simulation blocks it): reads find a failure through the buffer or the timeout instead.
    this.worker.on('error', () => {});
  }

  /** Is the worker running its loop (jobs go to it)? */
  get ready(): boolean {
    return Atomics.load(this.view.control, READY) === 1;
  }

  /** Times the worker went to sleep and was woken by a job (each a futex wake the poster paid). */
  get wakes(): number {
    return Atomics.load(this.view.control, WAKES);
  }

  /** Jobs the worker skipped because their reader had claimed them (steal): each of them was signed once, by the reader. */
  get skips(): number {
    return Atomics.load(this.view.control, SKIPS);
  }

  /** Resolves once the worker thread has exited (after close, or a crash). */
  whenExited(): Promise<void> {
    return this.exitedPromise;
  }

  /** The host's Signer: the signature of `bytes` under `privateKey`, read when first needed. */
  readonly sign = (privateKey: KeyObject, bytes: Uint8Array): DeferredSignature => this.signCounted(this.direct, privateKey, bytes);

  /**
   * A borrower's view of this thread (a simulation's): its own Signer and counts. `settle()` reads
   * every job still out (a message kept after the run still has its signature), adds the lease's
   * counts to closedSignerTotals once, and ends the lease (a later sign through it throws); the
   * thread stays for the next lease.
   */
  lease(): SignerLease {
    const stats: SignerStats = zeroStats();
    let settled = false;
    return {
      stats,
      sign: (privateKey, bytes) => {
        if (settled) throw new Error('signing worker: sign after the lease settled');
        return this.signCounted(stats, privateKey, bytes);
      },
      settle: () => {
        if (settled) return;
        settled = true;
        this.readAllOut();
        addTo(closedTotals, stats);
      },
    };
  }

  private signCounted(counts: SignerStats, privateKey: KeyObject, bytes: Uint8Array): DeferredSignature {
    if (this.closed) throw new Error('signing worker: sign after close');
    const sharing = sharingVerifications();
    const keyIndex = this.ready && bytes.length <= JOB_BYTES_MAX ? this.indexOf(privateKey) : -1;
    if (keyIndex < 0) {
      this.stats.signedHere++;
      counts.signedHere++;
      const signature = signBytes(privateKey, bytes);
      return () => signature;
    }
    const seq = this.seq;
    const slot = seq % RING;
    const previous = this.pending[slot];
    if (previous !== undefined && previous.value === undefined) this.read(previous);
    const v = this.view;
    v.meta[slot * 2] = keyIndex;
    v.meta[slot * 2 + 1] = bytes.length;
    v.input.set(bytes, slot * JOB_BYTES_MAX);
    const job: Pending = { seq, privateKey, bytes, sharing, counts, value: undefined, error: undefined };
    this.pending[slot] = job;
    this.seq = seq + 1;
    this.stats.jobs++;
    counts.jobs++;
    Atomics.store(v.control, POSTED, seq + 1);
    if (Atomics.load(v.control, SLEEPING) === 1) Atomics.notify(v.control, POSTED);
    return () => job.value ?? this.read(job);
  }

  /** Is the thread no longer of use (closed, exited or failed)? A shared one is then replaced. */
  get unusable(): boolean {
    return this.closed || this.exited || this.failed();
  }

  /** Reads every job still out; stops at the first that can never be answered (it keeps its error for a later read). */
  private readAllOut(): void {
    for (const job of this.pending) {
      if (job === undefined || job.value !== undefined || job.error !== undefined) continue;
      try {
        this.read(job);
      } catch {
        break;
      }
    }
  }

  /** Waits for every job still out, then stops the thread. Idempotent. */
  close(): void {
    if (this.closed) return;
    // A job the worker cannot answer any more keeps its error: a later read of it throws that, close() does not.
    this.readAllOut();
    this.closed = true;
    if (sharedThread === this) sharedThread = undefined;
    addTo(closedTotals, this.direct);
    Atomics.store(this.view.control, STOP, 1);
    Atomics.notify(this.view.control, POSTED);
    Atomics.notify(this.view.control, STOP);
    void this.worker.terminate();
  }

  /** Testing seam: stops the thread as if it had died (no close: the jobs out are never answered). */
  killForTest(): Promise<number> {
    return this.worker.terminate();
  }

  private failed(): boolean {
    return Atomics.load(this.view.control, FAILED) === 1;
  }

  private indexOf(privateKey: KeyObject): number {
    let index = this.keyIndex.get(privateKey);
    if (index !== undefined) return index;
    if (this.keyCount >= KEYS_MAX || privateKey.asymmetricKeyType !== 'ed25519') return -1;
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    if (der.length !== KEY_DER_BYTES) return -1;
    index = this.keyCount++;
    this.view.keys.set(der, index * KEY_DER_BYTES);
    this.keyIndex.set(privateKey, index);
    return index;
  }

  private read(job: Pending): Uint8Array {
    if (job.error !== undefined) throw job.error;
    try {
      return this.wait(job);
    } catch (error) {
      job.error = error as Error;
      throw error;
    }
  }

  private wait(job: Pending): Uint8Array {
    const v = this.view;
    const slot = job.seq % RING;
    const want = job.seq + 1;
    this.stats.reads++;
    job.counts.reads++;
    if (this.steal && Atomics.load(v.done, slot) !== want) {
      const claimed = Atomics.load(v.claim, slot);
      if (claimed !== want && Atomics.compareExchange(v.claim, slot, claimed, want) === claimed) {
        // The worker has not taken it (and now skips it): signed here, as signBytes would (ed25519 is deterministic).
        this.stats.stolen++;
        job.counts.stolen++;
        return this.answer(job, ed25519Sign(job.privateKey, job.bytes));
      }
    }
    if (Atomics.load(v.done, slot) !== want) {
      // A napping worker is woken now: this read needs it (a sleeping one was woken by the post).
      if (Atomics.load(v.control, SLEEPING) === 2) Atomics.notify(v.control, POSTED);
      this.stats.waited++;
      job.counts.waited++;
      const started = process.hrtime.bigint();
      // An awake worker answers within a signature (~30 µs): poll that long before sleeping on the word.
      const spinUntil = started + READ_SPIN_NS;
      for (let i = 1; Atomics.load(v.done, slot) !== want; i++) if ((i & 63) === 0 && process.hrtime.bigint() > spinUntil) break;
      const deadline = Date.now() + this.timeoutMs;
      for (;;) {
        const now = Atomics.load(v.done, slot);
        if (now === want) break;
        if (this.failed()) throw new Error(`signing worker failed: ${Buffer.from(v.error.subarray(0, Atomics.load(v.control, ERROR_LENGTH))).toString()}`);
        if (this.exited || Date.now() >= deadline) {
          throw new Error(`signing worker: no signature for job ${job.seq} after ${this.timeoutMs} ms — the worker thread ${this.exited ? 'has exited' : 'died or hangs'}`);
        }
        Atomics.wait(v.done, slot, now, 50);
      }
      const waitedNs = Number(process.hrtime.bigint() - started);
      this.stats.waitedNs += waitedNs;
      job.counts.waitedNs += waitedNs;
    }
    return this.answer(job, v.output.slice(slot * 64, slot * 64 + 64));
  }

  private answer(job: Pending, signature: Uint8Array): Uint8Array {
    job.value = signature;
    // What signBytes remembers of an own signature, as it would have at signing time.
    if (job.sharing) rememberOwnSignature(job.privateKey, job.bytes, signature);
    return signature;
  }
}
