/**
 * Funding rule by rule where the scripted scenarios leave a mutant alive (found by mutation
 * testing; the scenarios' first block at 1 s sits before their first 10 s boundary, so the
 * boundary arithmetic was never seen).
 */
import { describe, expect, it } from 'vitest';
import type { VenueConfig } from '@faultline/venue';
import { Scenario } from './venue-scenario.ts';

describe('funding rules', () => {
  it('boundaries are multiples of the interval from time 0: the first block anchors to the last one before it', () => {
    const v = new Scenario({
      tweak: (c) => {
        (c.markets[0] as VenueConfig['markets'][number]).funding = { intervalUs: 400_000, clampPpm: 6_000 };
      },
    });
    v.block([]); // t = 1 s: the boundary before it is 0.8 s
    expect(v.market().lastFundingUs).toBe(800_000);
    v.block([]); // t = 2 s: boundaries 1.2, 1.6 and 2.0 s crossed
    expect(v.market().lastFundingUs).toBe(2_000_000);
  });
});
