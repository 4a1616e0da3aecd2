/**
 * The discrete-event scheduler: a binary heap (heap-js) ordered by (timeUs, seq). The sequence
 * number is the stable tie-break: two events at the same virtual time run in the order they
 * were scheduled, which is what makes a run a pure function of its seed.
 */
import { Heap } from 'heap-js';
import type { Micros } from '../units.ts';

export interface ScheduledEvent {
  timeUs: Micros;
  seq: number;
}

/** An event before the scheduler stamps it (distributes over unions of event kinds). */
export type Unsequenced<E> = E extends unknown ? Omit<E, 'seq'> & { seq?: number } : never;

/** A bound on pending events: a simulation that grows past it has a runaway actor. */
export const SCHEDULED_EVENTS_MAX = 50_000_000;

export class Scheduler<E extends ScheduledEvent> {
  private readonly heap = new Heap<E>((a, b) => a.timeUs - b.timeUs || a.seq - b.seq);
  private seqNext = 1;

  /** Stamps `event.seq` and queues it. */
  push(event: Unsequenced<E>): E {
    const stamped = event as E;
    stamped.seq = this.seqNext++;
    if (this.heap.length >= SCHEDULED_EVENTS_MAX) {
      throw new Error(`scheduler: more than ${SCHEDULED_EVENTS_MAX} pending events (runaway actor?)`);
    }
    this.heap.push(stamped);
    return stamped;
  }

  peekTimeUs(): Micros | undefined {
    return this.heap.peek()?.timeUs;
  }

  pop(): E | undefined {
    return this.heap.pop();
  }

  get size(): number {
    return this.heap.length;
  }
}
