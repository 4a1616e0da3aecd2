/**
 * The planted funding-not-zero-sum variant rounds up only the shares that have a fraction (found
 * by mutation testing of funding.ts): a receiver whose pro-rata share is exact gets it exactly,
 * so the variant makes money only where rounding happens — what funding-zero-sum must catch.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type VenueConfig, type VenuePolicy } from '@faultline/venue';
import { bodies, funded, POST_ONLY, S, Scenario } from './venue-scenario.ts';

// funding.rules' market: 10 s interval, clamp 6,000 ppm, 1 s mark EMA, no gap halt; longs alice 2,
// frank 1 at 10,001 (the oracle); erin's quote 10,100 / 10,120 sets a mark above the oracle.
const policy: VenuePolicy = { ...DEFAULT_POLICY, name: 'funding-test', blockGapHalt: { enabled: false, thresholdUs: 10 * S } };

describe('the funding-not-zero-sum variant', () => {
  it('one short of 3 receives the 182 the longs pay, exactly: a share without a fraction is not rounded up', () => {
    const v = new Scenario({
      variant: 'funding-not-zero-sum',
      policy,
      price: 10_001,
      tweak: (c) => {
        const m = c.markets[0] as VenueConfig['markets'][number];
        m.funding = { intervalUs: 10 * S, clampPpm: 6_000 };
        m.markEmaWindowUs = S;
      },
    });
    funded(v, { alice: 1_000_000, bob: 1_000_000, erin: 1_000_000, frank: 1_000_000 });
    v.block([
      v.limit('bob', 'sell', 10_001, 3),
      v.limit('alice', 'buy', 10_001, 2),
      v.limit('frank', 'buy', 10_001, 1),
      v.limit('erin', 'buy', 10_100, 1, { tif: POST_ONLY }),
      v.limit('erin', 'sell', 10_120, 1, { tif: POST_ONLY }),
    ]);
    v.idle(7);
    const events = v.block([]); // t = 10 s
    // Rate 6,000 ppm (clamped): alice ceil(2 x 10,001 x 0.006) = 121, frank 61.
    expect(bodies(events, 'funding')).toEqual([expect.objectContaining({ ratePpm: 6_000, totalPaid: 182, totalReceived: 182 })]);
    expect(['alice', 'bob', 'frank'].map((id) => v.position(id).fundingPaid)).toEqual([121, -182, 61]);
  });
});
