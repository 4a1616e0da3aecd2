/**
 * The venue's integer arithmetic (for mutation testing of math.ts), by hand-computed numbers:
 * floor and ceil of a x b / d on both sides of zero, exactly beyond 2^53 (the BigInt path),
 * refusals outside the safe range with their messages, and the medians.
 */
import { describe, expect, it } from 'vitest';
import { addExact, ceilDiv, floorDiv, lowerMedian, median3, mulDivCeil, mulDivFloor, mulExact, VenueMathError } from '../src/math.ts';

const message = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(VenueMathError);
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return 'no error';
};

describe('mulDiv', () => {
  it('rounds toward -infinity (floor) and +infinity (ceil), on both sides of zero', () => {
    expect([mulDivFloor(7, 3, 2), mulDivFloor(-7, 3, 2), mulDivFloor(7, -3, 2), mulDivFloor(6, 3, 2)]).toEqual([10, -11, -11, 9]);
    expect([mulDivCeil(7, 3, 2), mulDivCeil(-7, 3, 2), mulDivCeil(6, 3, 2)]).toEqual([11, -10, 9]);
  });

  it('is exact when the product passes 2^53: 3,000,000,007 x 5,000,000,003 / 1,000,000,007', () => {
    // The product is 15,000,000,044,000,000,021; divided: 14,999,999,939.99...
    expect(mulDivFloor(3_000_000_007, 5_000_000_003, 1_000_000_007)).toBe(14_999_999_939);
    expect(mulDivCeil(3_000_000_007, 5_000_000_003, 1_000_000_007)).toBe(14_999_999_940);
    expect(mulDivFloor(-3_000_000_007, 5_000_000_003, 1_000_000_007)).toBe(-14_999_999_940);
    expect(mulDivCeil(-3_000_000_007, 5_000_000_003, 1_000_000_007)).toBe(-14_999_999_939);
    // A product beyond 2^53 that divides exactly: no rounding either way.
    expect(mulDivFloor(-(2 ** 40), 2 ** 20, 2 ** 10)).toBe(-(2 ** 50));
    expect(mulDivCeil(2 ** 40, 2 ** 20, 2 ** 10)).toBe(2 ** 50);
  });

  it('refuses a result outside the safe integers, either side, naming it; 2^53 - 1 itself is a result', () => {
    expect(message(() => mulDivFloor(2 ** 40, 2 ** 40, 2))).toBe('VenueMathError: 604462909807314587353088 leaves the safe integer range');
    expect(message(() => mulDivFloor(-(2 ** 40), 2 ** 40, 2))).toBe('VenueMathError: -604462909807314587353088 leaves the safe integer range');
    expect(mulDivFloor(Number.MAX_SAFE_INTEGER, 2 ** 10, 2 ** 10)).toBe(Number.MAX_SAFE_INTEGER);
    expect(mulDivFloor(Number.MIN_SAFE_INTEGER, 2 ** 10, 2 ** 10)).toBe(Number.MIN_SAFE_INTEGER);
  });
});

describe('division', () => {
  it('floorDiv and ceilDiv round toward -infinity and +infinity', () => {
    expect([floorDiv(7, 2), floorDiv(-7, 2), floorDiv(6, 2), floorDiv(-6, 2)]).toEqual([3, -4, 3, -3]);
    expect([ceilDiv(7, 2), ceilDiv(-7, 2), ceilDiv(6, 2)]).toEqual([4, -3, 3]);
    expect(floorDiv(Number.MAX_SAFE_INTEGER, 3)).toBe(3_002_399_751_580_330);
  });
});

describe('exact products and sums', () => {
  it('mulExact and addExact return safe results and refuse the rest, naming the operands', () => {
    expect([mulExact(3, -4), addExact(Number.MAX_SAFE_INTEGER - 1, 1)]).toEqual([-12, Number.MAX_SAFE_INTEGER]);
    expect(message(() => mulExact(2 ** 30, 2 ** 30))).toBe(`VenueMathError: ${2 ** 30} x ${2 ** 30} leaves the safe integer range`);
    expect(message(() => addExact(Number.MAX_SAFE_INTEGER, 1))).toBe(`VenueMathError: ${Number.MAX_SAFE_INTEGER} + 1 leaves the safe integer range`);
    expect(new VenueMathError('x').name).toBe('VenueMathError');
  });
});

describe('medians', () => {
  it('lowerMedian: the middle of an odd count, the lower middle of an even one, the input untouched', () => {
    const input = [40, 10, 30, 20];
    expect([lowerMedian([3, 1, 2]), lowerMedian(input), lowerMedian([5])]).toEqual([2, 20, 5]);
    expect(input).toEqual([40, 10, 30, 20]);
    expect(lowerMedian([10, 9, 2, 1])).toBe(2); // numeric order, not lexicographic (10) nor as given (9)
  });

  it('median3 in every order', () => {
    const orders = [
      [1, 2, 3],
      [1, 3, 2],
      [2, 1, 3],
      [2, 3, 1],
      [3, 1, 2],
      [3, 2, 1],
    ] as const;
    expect(orders.map(([a, b, c]) => median3(a, b, c))).toEqual([2, 2, 2, 2, 2, 2]);
  });
});
