/**
 * The demo actor pair: a pinger that sends numbered pings on a timer and a ponger that keeps a
 * replicated counter of the distinct pings it has seen. Both persist before they publish, so a
 * crash-restart recovers exactly; duplicates are harmless because the ponger dedupes by number.
 * Used by the host contract suite and `faultline sim --demo`.
 */
import type { Actor, Host } from '../host.ts';
import type { Micros } from '../units.ts';

/** How far behind the highest ping a ponger remembers pings individually; older ones count as seen. */
export const PING_WINDOW_MAX = 4_096;
/** The ponger snapshots its state after this many log entries, so recovery stays short. */
export const PONGER_SNAPSHOT_EVERY = 1_000;

export interface PingerOptions {
  /** The ponger this pinger talks to. */
  peer: string;
  /** Time between pings. */
  intervalUs: Micros;
  /** Stop after this many pings (absent: ping for ever). */
  pingsMax?: number;
}

export class Pinger implements Actor {
  sent = 0;
  pongs = 0;
  /** The highest counter value a pong has reported. */
  counterSeen = 0;

  /** Subjects built once: they are hashed on every publish. */
  private readonly peerSubject: string;

  constructor(
    private readonly host: Host,
    private readonly options: PingerOptions,
  ) {
    this.peerSubject = `demo.${options.peer}`;
  }

  start(): void {
    const recovered = this.host.log.recover();
    if (recovered.snapshot) this.sent = decodeCount(recovered.snapshot);
    for (const entry of recovered.entries) this.sent = decodeCount(entry);
    this.host.subscribe(`demo.${this.host.actorId}`, (envelope) => {
      if (envelope.pong) {
        this.pongs++;
        this.counterSeen = Math.max(this.counterSeen, envelope.pong.counter ?? 0);
      }
    });
    this.scheduleNext();
  }

  private scheduleNext(): void {
    if (this.options.pingsMax !== undefined && this.sent >= this.options.pingsMax) return;
    // Jitter from the seeded RNG keeps pairs from marching in lockstep.
    const jitterUs = this.host.rng.int(0, Math.max(0, Math.floor(this.options.intervalUs / 10)));
    this.host.setTimer(this.options.intervalUs + jitterUs, () => {
      this.sent++;
      // Its whole state is one number: a snapshot every so often keeps the log short.
      if (this.sent % PONGER_SNAPSHOT_EVERY === 0) this.host.log.snapshot(encodeCount(this.sent));
      else this.host.log.append(encodeCount(this.sent));
      this.host.publish(this.peerSubject, { ping: { n: this.sent, replyTo: this.host.actorId } });
      this.scheduleNext();
    });
  }
}

const ACTOR_ID = /^[A-Za-z0-9_-]{1,64}$/;

export class Ponger implements Actor {
  /** Distinct pings seen: the replicated counter. */
  counter = 0;
  /** Messages without a usable ping. */
  ignored = 0;
  private highestSeen = 0;
  private readonly seen = new Set<number>();
  private entriesSinceSnapshot = 0;

  constructor(private readonly host: Host) {}

  start(): void {
    const recovered = this.host.log.recover();
    if (recovered.snapshot) this.restore(recovered.snapshot);
    for (const entry of recovered.entries) this.remember(decodeCount(entry));
    this.host.subscribe(`demo.${this.host.actorId}`, (envelope) => {
      const ping = envelope.ping;
      // A peer's reply address is input, not trust: a bad one is ignored, never thrown on.
      if (!ping || !ping.replyTo || !ACTOR_ID.test(ping.replyTo)) {
        this.ignored++;
        return;
      }
      const n = ping.n ?? 0;
      if (!this.isSeen(n)) {
        this.host.log.append(encodeCount(n));
        this.remember(n);
        if (++this.entriesSinceSnapshot >= PONGER_SNAPSHOT_EVERY) {
          this.host.log.snapshot(this.encodeSnapshot());
          this.entriesSinceSnapshot = 0;
        }
      }
      this.host.publish(this.replySubject(ping.replyTo), { pong: { n, counter: this.counter } });
    });
  }

  private readonly replySubjects = new Map<string, string>();

  private replySubject(actorId: string): string {
    let subject = this.replySubjects.get(actorId);
    if (subject === undefined) {
      subject = `demo.${actorId}`;
      // Bounded: reply addresses come from peers.
      if (this.replySubjects.size < PING_WINDOW_MAX) this.replySubjects.set(actorId, subject);
    }
    return subject;
  }

  private isSeen(n: number): boolean {
    return n <= this.highestSeen - PING_WINDOW_MAX || this.seen.has(n);
  }

  private remember(n: number): void {
    if (this.isSeen(n)) return;
    this.seen.add(n);
    this.counter++;
    this.highestSeen = Math.max(this.highestSeen, n);
    // Prune in batches (amortised O(1)): only when the set has doubled past the window.
    if (this.seen.size > 2 * PING_WINDOW_MAX) {
      for (const old of this.seen) if (old <= this.highestSeen - PING_WINDOW_MAX) this.seen.delete(old);
    }
  }

  private encodeSnapshot(): Uint8Array {
    return new TextEncoder().encode(JSON.stringify({ counter: this.counter, highestSeen: this.highestSeen, seen: [...this.seen] }));
  }

  private restore(bytes: Uint8Array): void {
    const state = JSON.parse(new TextDecoder().decode(bytes)) as { counter: number; highestSeen: number; seen: number[] };
    this.counter = state.counter;
    this.highestSeen = state.highestSeen;
    for (const n of state.seen) this.seen.add(n);
  }
}

/** A count as 7 little-endian bytes (any safe integer). */
function encodeCount(n: number): Uint8Array {
  const bytes = new Uint8Array(7);
  let rest = n;
  for (let index = 0; index < 7; index++) {
    bytes[index] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  return bytes;
}

function decodeCount(bytes: Uint8Array): number {
  if (bytes.length !== 7) throw new Error(`demo: log entry of ${bytes.length} bytes, expected 7`);
  let n = 0;
  for (let index = 6; index >= 0; index--) n = n * 256 + (bytes[index] as number);
  return n;
}
