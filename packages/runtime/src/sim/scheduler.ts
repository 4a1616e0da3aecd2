/**
 * The discrete-event scheduler: a binary heap ordered by (timeUs, seq). The sequence number is
 * the stable tie-break: two events at the same virtual time run in the order they were
 * scheduled, which is what makes a run a pure function of its seed. Every (timeUs, seq) is
 * distinct, so any correct heap pops the same order.
 *
 * The heap is its own, with the order written into the sift loops: heap-js called its comparator
 * closure for every comparison (the closure's line was ~2 % of an empty-block consensus run), and
 * ~40 events are pushed and popped per block.
 *
 * Each event knows its place in the heap (`heapIndex`), so an event can be taken out before its
 * time (`remove`): a cancelled timer leaves at once instead of waiting to be popped and thrown
 * away (dYdX's timeouts are seconds long and blocks 20 ms apart: 19 % of the events a consensus
 * run popped were dead timers, and its heap held ~430 events instead of ~10 live ones).
 */
import { objectArray } from '@faultline/protocol';
import type { Micros } from '../units.ts';

export interface ScheduledEvent {
  timeUs: Micros;
  seq: number;
  /** Its index in the heap while pending, -1 once popped or removed (set by the scheduler). */
  heapIndex?: number;
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
  /** objectArray: the same map in every simulation of a process (see its comment). */
  private readonly items: E[] = objectArray();

  get length(): number {
    return this.items.length;
  }

  peek(): E | undefined {
    return this.items[0];
  }

  push(event: E): void {
    const items = this.items;
    const at = items.length;
    items.push(event);
    this.siftUp(event, at);
  }

  pop(): E | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined) return undefined;
    top.heapIndex = -1;
    if (items.length > 0) this.siftDown(last, 0);
    return top;
  }

  /** Takes a pending event out (false: it is not in this heap — popped, removed or never pushed). */
  remove(event: E): boolean {
    const items = this.items;
    const at = event.heapIndex ?? -1;
    if (at < 0 || items[at] !== event) return false;
    event.heapIndex = -1;
    const last = items.pop() as E;
    if (last === event) return true;
    // The last event fills the hole, then moves up or down to its place.
    if (at > 0 && before(last, items[(at - 1) >> 1] as E)) this.siftUp(last, at);
    else this.siftDown(last, at);
    return true;
  }

  /** Places `event` at `at` or above it: each earlier parent moves down. */
  private siftUp(event: E, at: number): void {
    const items = this.items;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = items[parent] as E;
      if (!before(event, above)) break;
      items[at] = above;
      above.heapIndex = at;
      at = parent;
    }
    items[at] = event;
    event.heapIndex = at;
  }

  /** Places `event` at `at` or below it: each earlier child moves up. */
  private siftDown(event: E, at: number): void {
    const items = this.items;
    const length = items.length;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= length) break;
      const right = left + 1;
      const child = right < length && before(items[right] as E, items[left] as E) ? right : left;
      const below = items[child] as E;
      if (!before(below, event)) break;
      items[at] = below;
      below.heapIndex = at;
      at = child;
    }
    items[at] = event;
    event.heapIndex = at;
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

  /** Takes a pending event out before its time (false: not pending). */
  remove(event: E): boolean {
    return this.heap.remove(event);
  }

  get size(): number {
    return this.heap.length;
  }
}
