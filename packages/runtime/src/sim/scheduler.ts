/**
 * The discrete-event scheduler: a binary heap ordered by (timeUs, seq). The sequence number is
 * the stable tie-break: two events at the same virtual time run in the order they were
 * scheduled, which is what makes a run a pure function of its seed. Every (timeUs, seq) is
 * distinct, so any correct heap pops the same order.
 *
 * The heap is its own, with the order written into the sift loops: heap-js called its comparator
 * closure for every comparison (the closure's line was ~2 % of an empty-block consensus run), and
 * ~40 events are pushed and popped per block.
 */
import type { Micros } from '../units.ts';

export interface ScheduledEvent {
  timeUs: Micros;
  seq: number;
}

/** An event before the scheduler stamps it (distributes over unions of event kinds). */
export type Unsequenced<E> = E extends unknown ? Omit<E, 'seq'> & { seq?: number } : never;

/** A bound on pending events: a simulation that grows past it has a runaway actor. */
export const SCHEDULED_EVENTS_MAX = 50_000_000;

/** Does event a run before event b? */
function before(a: ScheduledEvent, b: ScheduledEvent): boolean {
  return a.timeUs < b.timeUs || (a.timeUs === b.timeUs && a.seq < b.seq);
}

/** A binary min-heap of events by (timeUs, seq), in an array (children of i at 2i + 1 and 2i + 2). */
class EventHeap<E extends ScheduledEvent> {
  private readonly items: E[] = [];

  get length(): number {
    return this.items.length;
  }

  peek(): E | undefined {
    return this.items[0];
  }

  push(event: E): void {
    const items = this.items;
    let at = items.length;
    items.push(event);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = items[parent] as E;
      if (!before(event, above)) break;
      items[at] = above;
      at = parent;
    }
    items[at] = event;
  }

  pop(): E | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    const length = items.length;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= length) break;
      const right = left + 1;
      const child = right < length && before(items[right] as E, items[left] as E) ? right : left;
      const below = items[child] as E;
      if (!before(below, last)) break;
      items[at] = below;
      at = child;
    }
    items[at] = last;
    return top;
  }
}

export class Scheduler<E extends ScheduledEvent> {
  private readonly heap = new EventHeap<E>();
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
