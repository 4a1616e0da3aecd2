/**
 * Integer money arithmetic. Every product that can leave the safe-integer range goes through
 * mulDiv, which stays in doubles while the product is exact and falls back to BigInt otherwise,
 * so rounding is exact and explicit at every call site: `floor` or `ceil`, chosen in the venue's
 * favour (see docs/venue.md, "Rounding").
 */
export { PPM } from './vocabulary.ts';

export class VenueMathError extends RangeError {
  override readonly name = 'VenueMathError';
}

/** a x b / d rounded toward -infinity. d > 0. */
export function mulDivFloor(a: number, b: number, d: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) return floorDiv(product, d);
  const big = BigInt(a) * BigInt(b);
  const q = big / BigInt(d);
  const adjusted = big % BigInt(d) !== 0n && big < 0n ? q - 1n : q;
  return toSafe(adjusted);
}

/** a x b / d rounded toward +infinity. d > 0. */
export function mulDivCeil(a: number, b: number, d: number): number {
  return -mulDivFloor(-a, b, d);
}

export function floorDiv(n: number, d: number): number {
  // Exact for safe integers n and d >= 1 as it stands: n / d is correctly rounded, and a quotient
  // whose fraction is at most 1 - 1/d rounds onto the next integer only if |n| >= 2^53. No check
  // of the remainder n - q x d: near -2^53, q x d leaves the safe range and rounds, and a
  // "correction" from it moved a right quotient off by one (math-near-2p53.rules.test.ts).
  return Math.floor(n / d);
}

export function ceilDiv(n: number, d: number): number {
  return -floorDiv(-n, d);
}

/** Product of safe integers that must itself be safe: a value the venue can store. */
export function mulExact(a: number, b: number): number {
  const product = a * b;
  if (!Number.isSafeInteger(product)) throw new VenueMathError(`${a} x ${b} leaves the safe integer range`);
  return product;
}

export function addExact(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new VenueMathError(`${a} + ${b} leaves the safe integer range`);
  return sum;
}

function toSafe(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new VenueMathError(`${value} leaves the safe integer range`);
  }
  return Number(value);
}

/** Lower median of a non-empty list of integers (deterministic for even counts). */
export function lowerMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1] as number;
}

export function median3(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}
