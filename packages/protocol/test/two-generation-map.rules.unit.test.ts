/**
 * TwoGenerationMap: an entry is found until two generations have turned after it (at least
 * `generationMax` later entries, at most twice that), the newest value of a key wins, the map never
 * holds more than two generations, and a bound below one is refused.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TwoGenerationMap } from '@faultline/protocol';

describe('TwoGenerationMap', () => {
  it('finds an entry through the next generation and drops it at the second turn', () => {
    const map = new TwoGenerationMap<number, string>();
    map.set(0, 'a', 3);
    map.set(1, 'b', 3);
    map.set(2, 'c', 3); // the first generation is full
    map.set(3, 'd', 3); // a turn: 0-2 are the previous generation
    expect([map.get(0), map.get(2), map.get(3)]).toEqual(['a', 'c', 'd']);
    expect(map.size).toBe(4);
    map.set(4, 'e', 3);
    map.set(5, 'f', 3);
    expect(map.get(0)).toBe('a');
    map.set(6, 'g', 3); // the second turn: 0-2 dropped
    expect([map.get(0), map.get(1), map.get(2)]).toEqual([undefined, undefined, undefined]);
    expect([map.get(3), map.get(5), map.get(6)]).toEqual(['d', 'f', 'g']);
    expect(map.size).toBe(4);
  });

  it('a key set again is found with its newest value, in either generation', () => {
    const map = new TwoGenerationMap<string, number>();
    map.set('k', 1, 2);
    map.set('x', 0, 2);
    map.set('k', 2, 2); // a turn: the old 'k' is in the previous generation, the new one current
    expect(map.get('k')).toBe(2);
    map.set('y', 0, 2);
    map.set('z', 0, 2); // a turn: the newest 'k' is previous now, the old one dropped
    expect(map.get('k')).toBe(2);
  });

  it('over any sequence: each of the last generationMax keys set is found with its newest value; size ≤ 2 × generationMax', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 80 }), (generationMax, keys) => {
        const map = new TwoGenerationMap<number, number>();
        keys.forEach((key, index) => {
          map.set(key, index, generationMax);
          expect(map.size).toBeLessThanOrEqual(2 * generationMax);
          // The newest value of each of the last generationMax keys set.
          for (let back = 0; back < Math.min(generationMax, index + 1); back++) {
            const k = keys[index - back]!;
            expect(map.get(k)).toBe(keys.lastIndexOf(k, index));
          }
        });
      }),
    );
  });

  it('over distinct keys: a key set 2 × generationMax sets ago or earlier is gone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { maxLength: 80 }), (generationMax, keys) => {
        const map = new TwoGenerationMap<number, number>();
        keys.forEach((key, index) => map.set(key, index, generationMax));
        keys.slice(0, Math.max(0, keys.length - 2 * generationMax)).forEach((key) => expect(map.get(key)).toBeUndefined());
      }),
    );
  });

  it('refuses a generation bound below one (or not a number)', () => {
    const map = new TwoGenerationMap<number, number>();
    expect(() => map.set(1, 1, 0)).toThrow(/generationMax must be at least 1/);
    expect(() => map.set(1, 1, Number.NaN)).toThrow(/generationMax/);
    map.set(1, 1, 1);
    expect(map.get(1)).toBe(1);
  });
});
