/**
 * The exploit hunter finds the planted holes of issue 17 and shrinks them short. Each hunt is
 * bounded: 300 strategies of 2 colluding accounts (at most 16 steps), a fixed seed, the engine
 * with one planted variant; the finding must fire the invariant that names the hole, shrink to
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
});
