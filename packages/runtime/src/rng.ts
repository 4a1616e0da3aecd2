/**
 * The seeded PRNG every actor gets from its host: xoroshiro128+ from pure-rand (the generator
 * fast-check uses), with per-subsystem seeds derived by hashing the parent seed and a label,
 * so adding an actor never shifts the random stream of another (TigerBeetle's seed discipline).
 */
import { createHash } from 'node:crypto';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { PPM_ONE, type Ppm } from './units.ts';

export interface Rng {
  /** The 32-bit seed this generator started from. */
  readonly seed: number;
  /** A uniform integer in [minInclusive, maxInclusive]. */
  int(minInclusive: number, maxInclusive: number): number;
  /** True with probability ppm / 1e6. */
  chance(ppm: Ppm): boolean;
  /** A float in [0, 1) for behaviour (never for money). */
  float(): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** An independent generator whose seed is derived from this one's seed and `label`. */
  derive(label: string): Rng;
}

/** A 32-bit seed derived from a parent seed and a label (sha256; stable across platforms). */
export function deriveSeed(parentSeed: number | bigint | string, label: string): number {
  const digest = createHash('sha256').update(`${String(parentSeed)}\u0000${label}`).digest();
  return digest.readUInt32LE(0);
}

export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed)) throw new RangeError(`createRng: seed ${seed} is not an integer`);
  return new XoroshiroRng(seed >>> 0 === seed ? seed : deriveSeed(seed, 'normalize'));
}

class XoroshiroRng implements Rng {
  readonly seed: number;
  private readonly generator: RandomGenerator;

  constructor(seed: number) {
    this.seed = seed;
    this.generator = xoroshiro128plus(seed);
  }

  int(minInclusive: number, maxInclusive: number): number {
    if (!(Number.isSafeInteger(minInclusive) && Number.isSafeInteger(maxInclusive) && minInclusive <= maxInclusive)) {
      throw new RangeError(`rng.int: bad range [${minInclusive}, ${maxInclusive}]`);
    }
    return uniformInt(this.generator, minInclusive, maxInclusive);
  }

  chance(ppm: Ppm): boolean {
    if (ppm <= 0) return false;
    if (ppm >= PPM_ONE) return true;
    return uniformInt(this.generator, 0, PPM_ONE - 1) < ppm;
  }

  float(): number {
    // 2^-32 resolution is plenty for behavioural decisions.
    return (this.generator.next() >>> 0) / 4294967296;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('rng.pick: empty array');
    return items[this.int(0, items.length - 1)] as T;
  }

  derive(label: string): Rng {
    return new XoroshiroRng(deriveSeed(this.seed, label));
  }
}
