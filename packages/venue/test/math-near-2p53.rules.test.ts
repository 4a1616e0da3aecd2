/**
 * floorDiv near -2^53 (found by mutation testing of math.ts, whose remainder check after
 * Math.floor(n / d) could never fire for a quotient that was too high, and fired wrongly for one
 * that was right): for n = -(2^53 - 1) and d = 5 the quotient q = -1,801,439,850,948,199 is right,
 * but q x d = -9,007,199,254,740,995 is not a double (it rounds to ...996), so the old "remainder"
 * n - q x d came out 5 = d and "corrected" q up to the ceiling. mulDivCeil, the venue's rounding
 * for fees and margin, then rounded down, in the trader's favour.
 */
import { describe, expect, it } from 'vitest';
import { ceilDiv, floorDiv, mulDivCeil, mulDivFloor } from '../src/math.ts';

const MAX = Number.MAX_SAFE_INTEGER; // 2^53 - 1 = 9,007,199,254,740,991

describe('floorDiv and ceilDiv at the edge of the safe range', () => {
  it('-(2^53 - 1) / 5 = -1,801,439,850,948,198.2: floor -...199, ceil -...198', () => {
    expect(floorDiv(-MAX, 5)).toBe(-1_801_439_850_948_199);
    expect(ceilDiv(-MAX, 5)).toBe(-1_801_439_850_948_198);
    expect(mulDivFloor(-MAX, 1, 5)).toBe(-1_801_439_850_948_199);
  });

  it('(2^53 - 1) / 5 rounded up is ...199, in the venue\'s favour, by each way of asking', () => {
    expect(ceilDiv(MAX, 5)).toBe(1_801_439_850_948_199);
    expect(mulDivCeil(MAX, 1, 5)).toBe(1_801_439_850_948_199);
    expect(floorDiv(MAX, 5)).toBe(1_801_439_850_948_198);
  });

  it('exact multiples and both signs of a remainder, at the edge and near zero', () => {
    expect(floorDiv(-(MAX - 1), 2)).toBe(-4_503_599_627_370_495);
    expect(floorDiv(-(MAX - 2), 7)).toBe(-1_286_742_750_677_285);
    expect(floorDiv(-MAX, 7)).toBe(-1_286_742_750_677_285);
    expect(floorDiv(MAX, 7)).toBe(1_286_742_750_677_284);
    expect([floorDiv(-7, 2), floorDiv(7, 2), floorDiv(-6, 2), floorDiv(6, 2), floorDiv(-1, 3), floorDiv(0, 3)]).toEqual([-4, 3, -3, 3, -1, 0]);
  });

  it('agrees with BigInt floor division over divisors 1..999 at the edge of the safe range', () => {
    const bigFloor = (n: number, d: number): number => {
      const q = BigInt(n) / BigInt(d);
      return Number(BigInt(n) % BigInt(d) !== 0n && n < 0 ? q - 1n : q);
    };
    for (let d = 1; d < 1_000; d++) {
      for (const n of [MAX, MAX - 1, MAX - 2, -MAX, -(MAX - 1), -(MAX - 2), -(MAX - 3)]) expect(floorDiv(n, d), `${n} / ${d}`).toBe(bigFloor(n, d));
    }
  });
});
