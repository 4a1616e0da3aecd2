/**
 * Rules at their exact bounds, without building the state that reaches them: the scheduler
 * refuses a push at SCHEDULED_EVENTS_MAX pending events (not one earlier, naming the bound), the
 * simulated disk refuses an append at LOG_ENTRIES_MAX entries since the last snapshot (its entry
 * list replaced by one that says it is that long); and the seeded chance draws: a certain or
 * impossible chance consumes no draw (the stream that follows is unchanged), any other compares
 * one draw of [0, PPM_ONE) with `<`; the nearest known field to a misspelt one is the first of
 * equally near ones; a pattern's last token may be `>` but is otherwise a token like any other.
 */
import { describe, expect, it } from 'vitest';
import { assertSubject, createRng, nearestField, PPM_ONE } from '@faultline/runtime';
import { Scheduler, SCHEDULED_EVENTS_MAX } from '@faultline/runtime/sim';
import { LOG_ENTRIES_MAX, SimDurableStore } from '../src/sim/sim-log.ts';

describe('the scheduler bound', () => {
  it('takes a push with SCHEDULED_EVENTS_MAX - 1 pending and refuses one with SCHEDULED_EVENTS_MAX, naming the bound', () => {
    const scheduler = new Scheduler<{ timeUs: number; seq: number }>();
    let pending = SCHEDULED_EVENTS_MAX - 1;
    Object.defineProperty((scheduler as unknown as { heap: object }).heap, 'length', { get: () => pending });
    expect(scheduler.push({ timeUs: 1 }).seq).toBe(1);
    pending = SCHEDULED_EVENTS_MAX;
    expect(() => scheduler.push({ timeUs: 2 })).toThrow(new Error(`scheduler: more than ${SCHEDULED_EVENTS_MAX} pending events (runaway actor?)`));
  });
});

describe('the simulated disk bound', () => {
  it('takes an append with LOG_ENTRIES_MAX - 1 entries and refuses the next, naming the bound; a snapshot makes room', () => {
    const store = new SimDurableStore();
    // The entry list as long as the bound less one, without holding that many entries.
    const entries = { length: LOG_ENTRIES_MAX - 1, push: () => ++entries.length };
    (store as unknown as { entries: unknown }).entries = entries;
    store.append(new Uint8Array([1]));
    const message = `durable log: more than ${LOG_ENTRIES_MAX} entries since the last snapshot`;
    expect(() => store.append(new Uint8Array([2]))).toThrow(new Error(message));
    expect(() => store.appendRecord({ n: 1 }, () => new Uint8Array([3]))).toThrow(new Error(message));
    store.snapshot(new Uint8Array([9]));
    store.append(new Uint8Array([4]));
    expect(store.read().entries).toEqual([new Uint8Array([4])]);
  });
});

describe('a seeded chance', () => {
  it('0 (or less) and PPM_ONE (or more) are decided without a draw: the stream after them is unchanged', () => {
    const plain = createRng(11);
    const expected = [plain.int(0, 1_000_000), plain.int(0, 1_000_000)];
    const rng = createRng(11);
    expect([rng.chance(0), rng.chance(-5), rng.chance(PPM_ONE), rng.chance(PPM_ONE + 7)]).toEqual([false, false, true, true]);
    expect([rng.int(0, 1_000_000), rng.int(0, 1_000_000)]).toEqual(expected);
  });

  it('otherwise it is one draw d of [0, PPM_ONE) and d < ppm: false at ppm = d, true at ppm = d + 1', () => {
    const twin = createRng(12);
    const rng = createRng(12);
    for (let i = 0; i < 40; i++) {
      const d = twin.int(0, PPM_ONE - 1);
      expect(d > 0 && d < PPM_ONE - 1).toBe(true); // this seed's draws are inside the range: each chance below draws once
      expect(rng.chance(i % 2 === 0 ? d : d + 1)).toBe(i % 2 !== 0);
    }
  });
});

describe('nearest field and subject patterns', () => {
  it('of equally near known fields, the first in the list is suggested', () => {
    expect(nearestField('ab', ['ac', 'ad'])).toBe('ac');
    expect(nearestField('ab', ['ad', 'ac'])).toBe('ad');
  });

  it('a pattern\'s last token may be ">", not any other non-token', () => {
    expect(() => assertSubject('a.>', { pattern: true })).not.toThrow();
    expect(() => assertSubject('a.$', { pattern: true })).toThrow('subject "a.$": token "$" is not [A-Za-z0-9_-]+');
    expect(() => assertSubject('a.>', { pattern: false })).toThrow();
  });
});
