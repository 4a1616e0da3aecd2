/**
 * Cancelled timers leave the scheduler at once (session 25): the heap takes a pending event out
 * (`remove`), every event knowing its place (`heapIndex`), and the simulator's cancelTimer uses
 * it. Rules: under random pushes, pops and removes the heap still pops in (time, seq) order;
 * a remove of an event not pending (popped, removed, never pushed) is refused; a cancelled
 * timer is not an event (`stats().events` does not count it, `runUntil` does not stop at its
 * time to check its predicate); a timer cancelled while held for a paused actor still never
 * fires; cancelling a timer that already fired, or cancelling twice, touches no other timer.
 */
import { describe, expect, it } from 'vitest';
import type { Host } from '@faultline/runtime';
import { Scheduler, Simulation } from '@faultline/runtime/sim';
import { createRng } from '../src/rng.ts';

type Event = { timeUs: number; seq: number; id: number; heapIndex?: number };
const bySeq = (a: Event, b: Event) => a.timeUs - b.timeUs || a.seq - b.seq;
const MS = 1_000;

describe('the scheduler heap takes pending events out', () => {
  it.each([
    ['few distinct times', 3],
    ['many distinct times', 1_000_000],
  ])('pops in (time, seq) order under random pushes, pops and removes: %s', (_name, timesSpread) => {
    const rng = createRng(timesSpread + 7);
    const scheduler = new Scheduler<Event>();
    const pending: Event[] = [];
    let id = 0;
    let removed = 0;
    for (let step = 0; step < 4_000; step++) {
      const roll = rng.int(0, 99);
      if (pending.length === 0 || roll < 50) {
        pending.push(scheduler.push({ timeUs: rng.int(0, timesSpread), id: id++ }));
      } else if (roll < 75) {
        // Any pending event: the root, a leaf, one in the middle.
        const victim = pending[rng.int(0, pending.length - 1)] as Event;
        expect(scheduler.remove(victim)).toBe(true);
        expect(victim.heapIndex).toBe(-1);
        pending.splice(pending.indexOf(victim), 1);
        removed++;
      } else {
        const want = [...pending].sort(bySeq)[0];
        const got = scheduler.pop();
        expect(got).toBe(want);
        expect(got?.heapIndex).toBe(-1);
        pending.splice(pending.indexOf(got as Event), 1);
      }
      expect(scheduler.size).toBe(pending.length);
      expect(scheduler.peekTimeUs()).toBe([...pending].sort(bySeq)[0]?.timeUs);
    }
    expect(removed).toBeGreaterThan(500);
    const rest: Event[] = [];
    for (let e = scheduler.pop(); e; e = scheduler.pop()) rest.push(e);
    expect(rest).toEqual([...pending].sort(bySeq));
  });

  it('a removed last event, a removed root and a moved-up replacement keep the order', () => {
    const scheduler = new Scheduler<Event>();
    // Heap by time: 1 (root), 10, 2, 11, 12, 3, 4; removing 12 (index 4) brings 4 (the last) there, below 10: it must rise above 10.
    const events = [1, 10, 2, 11, 12, 3, 4].map((timeUs, id) => scheduler.push({ timeUs, id }));
    expect(scheduler.remove(events[4] as Event)).toBe(true);
    expect(events[6]?.heapIndex).toBe(1); // rose above 10
    expect(events[1]?.heapIndex).toBe(4);
    // The root out: the rest still in order.
    expect(scheduler.remove(events[0] as Event)).toBe(true);
    expect(scheduler.peekTimeUs()).toBe(2);
    // The last event out: nothing moves.
    const last = events.find((event) => event.heapIndex === scheduler.size - 1) as Event;
    expect(scheduler.remove(last)).toBe(true);
    const rest: number[] = [];
    for (let e = scheduler.pop(); e; e = scheduler.pop()) rest.push(e.timeUs);
    expect(rest).toEqual([2, 3, 4, 10, 11, 12].filter((t) => t !== 12 && t !== last.timeUs));
  });

  it('refuses to remove what is not pending: popped, removed already, never pushed, or pending in another heap', () => {
    const scheduler = new Scheduler<Event>();
    const other = new Scheduler<Event>();
    const a = scheduler.push({ timeUs: 1, id: 0 });
    const b = scheduler.push({ timeUs: 2, id: 1 });
    const c = other.push({ timeUs: 3, id: 2 });
    expect(scheduler.remove({ timeUs: 0, seq: 99, id: 9 })).toBe(false);
    expect(scheduler.remove(c)).toBe(false);
    expect(scheduler.pop()).toBe(a);
    expect(scheduler.remove(a)).toBe(false);
    expect(scheduler.remove(b)).toBe(true);
    expect(scheduler.remove(b)).toBe(false);
    expect([scheduler.size, scheduler.pop(), other.size]).toEqual([0, undefined, 1]);
  });
});

function oneActor(): { sim: Simulation; host: Host } {
  const sim = new Simulation({ seed: 3 });
  let host: Host | undefined;
  sim.addActor('a', (h) => {
    host = h;
    return { start() {} };
  });
  return { sim, host: host as Host };
}

describe('the simulator drops a cancelled timer from the scheduler', () => {
  it('is not an event: stats().events counts only the timers that fire', () => {
    const { sim, host } = oneActor();
    const fired: number[] = [];
    host.setTimer(MS, () => fired.push(1));
    const dead = host.setTimer(2 * MS, () => fired.push(2));
    host.setTimer(3 * MS, () => fired.push(3));
    host.cancelTimer(dead);
    sim.runFor(10 * MS);
    expect(fired).toEqual([1, 3]);
    expect(sim.stats()).toMatchObject({ timersFired: 2, events: 2 });
  });

  it('runUntil does not stop at a cancelled timer\'s time to check its predicate', () => {
    const { sim, host } = oneActor();
    host.cancelTimer(host.setTimer(2 * MS, () => undefined));
    host.setTimer(5 * MS, () => undefined);
    const seen: number[] = [];
    sim.runUntil(() => {
      seen.push(sim.now());
      return false;
    }, 10 * MS);
    // Before the run, after the live timer at 5 ms, at the deadline: never at 2 ms.
    expect(seen).toEqual([0, 5 * MS, 10 * MS]);
  });

  it('a timer cancelled while its actor is paused (held, not in the scheduler) never fires, and the others held do', () => {
    const { sim, host } = oneActor();
    const fired: number[] = [];
    const dead = host.setTimer(MS, () => fired.push(1));
    host.setTimer(2 * MS, () => fired.push(2));
    sim.pause('a');
    sim.runFor(3 * MS);
    host.cancelTimer(dead);
    sim.resume('a');
    sim.runFor(3 * MS);
    expect(fired).toEqual([2]);
  });

  it('cancelling a timer that fired, or twice, or an id never given, cancels no other timer', () => {
    const { sim, host } = oneActor();
    const fired: number[] = [];
    const first = host.setTimer(MS, () => fired.push(1));
    sim.runFor(2 * MS);
    const second = host.setTimer(MS, () => fired.push(2));
    host.cancelTimer(first);
    host.cancelTimer(999);
    const third = host.setTimer(2 * MS, () => fired.push(3));
    host.cancelTimer(third);
    host.cancelTimer(third);
    sim.runFor(5 * MS);
    expect(fired).toEqual([1, 2]);
    expect(second).not.toBe(first);
  });

  it('a timer re-queued on resume can still be cancelled', () => {
    const { sim, host } = oneActor();
    const fired: number[] = [];
    const held = host.setTimer(MS, () => fired.push(1));
    sim.pause('a');
    sim.runFor(2 * MS);
    sim.resume('a');
    host.cancelTimer(held);
    sim.runFor(2 * MS);
    expect(fired).toEqual([]);
    expect(sim.stats().events).toBe(1);
  });
});
