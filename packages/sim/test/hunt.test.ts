/**
 * The exploit hunter finds the planted holes of issue 17 and shrinks them short. Each hunt is
 * bounded: 300 strategies of 2 colluding accounts (at most 16 steps), a fixed seed, the engine
 * with one planted variant (liquidation-past-bankruptcy is reached through the squeeze step); the finding must fire the invariant that names the hole, shrink to
 * at most 12 transactions, and replay as an order stream (with the same variant) firing it again.
 */
import { describe, expect, it } from 'vitest';
import { hunt, runOrderStream } from '@faultline/sim';
import type { VenueVariant } from '@faultline/venue/testing';

const HOLES: ReadonlyArray<{ variant: VenueVariant; invariant: string }> = [
  { variant: 'resting-reserve-forgotten', invariant: 'admission-margin' },
  { variant: 'withdrawal-ignores-resting', invariant: 'admission-margin' },
  { variant: 'reduce-only-unchecked', invariant: 'no-hidden-deficit' },
  { variant: 'liquidation-past-bankruptcy', invariant: 'no-hidden-deficit' },
];

describe('faultline hunt', () => {
  for (const { variant, invariant } of HOLES) {
    it(`finds ${variant} (${invariant}) within 300 strategies and shrinks it to a short replayable order stream`, () => {
      const result = hunt({ runs: 300, seed: 1, accounts: 2, maxSteps: 16, variant, target: invariant, shrinkTimeLimitMs: 20_000 });
      expect(result.findings).toBeGreaterThan(0);
      const best = result.best;
      expect(best?.invariants).toContain(invariant);
      expect(best?.txs).toBeLessThanOrEqual(12);
      const replay = runOrderStream(JSON.parse(JSON.stringify(best?.stream)), { variant });
      expect(replay.result.invariants[invariant]).toBe(false);
    }, 120_000);
  }

  it('on the engine with no variant, the same hunt (300 strategies, seed 1, 2 accounts) and the command default (200, seed 1, 3 accounts) find nothing', () => {
    for (const options of [{ runs: 300, seed: 1, accounts: 2, maxSteps: 16 }, { runs: 200, seed: 1 }]) {
      const result = hunt(options);
      expect(result.findings, JSON.stringify(result.best?.detail)).toBe(0);
      expect(result.maxExtraction).toBeLessThanOrEqual(0);
    }
  }, 180_000);
});
