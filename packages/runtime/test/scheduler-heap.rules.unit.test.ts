/**
 * The scheduler's own heap (session 23): whatever the order of pushes and pops, each pop is the
 * pending event with the smallest (timeUs, seq) — the same order a sort gives. Rule tests for
 * the sift loops: many equal times (the seq tie-break decides), pops between pushes, and heaps
 * deep enough that both children of a node are compared.
 */
import { describe, expect, it } from 'vitest';
import { Scheduler } from '@faultline/runtime/sim';
import { createRng } from '../src/rng.ts';

type Event = { timeUs: number; seq: number; id: number };

/** The pending events' next pop by a sort: the smallest time, then the smallest seq. */
function expectedNext(pending: Event[]): Event | undefined {
  return [...pending].sort((a, b) => a.timeUs - b.timeUs || a.seq - b.seq)[0];
}

describe('the scheduler heap', () => {
  it.each([
    ['few distinct times (ties decided by seq)', 3],
    ['many distinct times', 1_000_000],
  ])('pops in (time, seq) order under random pushes and pops: %s', (_name, timesSpread) => {
    const rng = createRng(timesSpread);
    const scheduler = new Scheduler<Event>();
    const pending: Event[] = [];
    let id = 0;
    for (let step = 0; step < 3_000; step++) {
      if (pending.length === 0 || rng.int(0, 99) < 55) {
        const event = scheduler.push({ timeUs: rng.int(0, timesSpread), id: id++ });
        pending.push(event);
      } else {
        const want = expectedNext(pending);
        expect(scheduler.peekTimeUs()).toBe(want?.timeUs);
        const got = scheduler.pop();
        expect(got).toBe(want);
        pending.splice(pending.indexOf(got as Event), 1);
      }
      expect(scheduler.size).toBe(pending.length);
    }
    const rest: Event[] = [];
    for (let e = scheduler.pop(); e; e = scheduler.pop()) rest.push(e);
    expect(rest).toEqual([...pending].sort((a, b) => a.timeUs - b.timeUs || a.seq - b.seq));
    expect([scheduler.size, scheduler.peekTimeUs(), scheduler.pop()]).toEqual([0, undefined, undefined]);
  });

  it('the right child wins when it is earlier than the left, and a later last event sinks below both', () => {
    const scheduler = new Scheduler<Event>();
    // Root 1, left 5, right 3, then 9 as the last: popping 1 must bring up 3 (the right child), not 5.
    for (const [timeUs, id] of [[1, 0], [5, 1], [3, 2], [9, 3]] as const) scheduler.push({ timeUs, id });
    expect([1, 2, 3, 4].map(() => scheduler.pop()?.id)).toEqual([0, 2, 1, 3]);
  });

  it('an event pushed later at an earlier time rises to the top; at the same time it stays behind (seq)', () => {
    const scheduler = new Scheduler<Event>();
    for (let i = 0; i < 7; i++) scheduler.push({ timeUs: 10 + i, id: i });
    scheduler.push({ timeUs: 10, id: 7 });
    scheduler.push({ timeUs: 2, id: 8 });
    expect([scheduler.pop()?.id, scheduler.pop()?.id, scheduler.pop()?.id]).toEqual([8, 0, 7]);
  });
});
