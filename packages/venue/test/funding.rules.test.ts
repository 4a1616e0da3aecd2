/**
 * Funding rule by rule where the scripted scenarios leave a mutant alive (found by mutation
 * testing; the scenarios' first block at 1 s sits before their first 10 s boundary, so the
 * boundary arithmetic was never seen).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type VenueConfig, type VenuePolicy, type VenueVariant } from '@faultline/venue';
import { bodies, funded, POST_ONLY, S, Scenario } from './venue-scenario.ts';

// engine.scenarios' funding market (10 s interval, clamp 6,000 ppm, 1 s mark EMA, no gap halt):
// longs alice 2, frank 1; shorts bob, carol, dave 1 each, all at 10,001 (the oracle); erin quotes
// the book that sets the mark.
const policy: VenuePolicy = { ...DEFAULT_POLICY, name: 'funding-test', blockGapHalt: { enabled: false, thresholdUs: 10 * S } };
function positions(quote: { bid: number; ask: number }, clampPpm = 6_000, stalenessUs?: number, variant?: VenueVariant, shorts: Record<string, number> = { bob: 1, carol: 1, dave: 1 }, quotePerTickLot = 1): Scenario {
  const v = new Scenario({
    ...(variant ? { variant } : {}),
    policy: stalenessUs === undefined ? policy : { ...policy, oracleStaleHalt: { enabled: false } },
    price: 10_001,
    tweak: (c) => {
      if (stalenessUs !== undefined) c.oracleStalenessUs = stalenessUs;
      const m = c.markets[0] as VenueConfig['markets'][number];
      m.funding = { intervalUs: 10 * S, clampPpm };
      m.markEmaWindowUs = S;
      m.quotePerTickLot = quotePerTickLot;
    },
  });
  funded(v, { alice: 1_000_000, bob: 1_000_000, carol: 1_000_000, dave: 1_000_000, erin: 1_000_000, frank: 1_000_000 });
  v.block([
    ...Object.entries(shorts).map(([id, lots]) => v.limit(id, 'sell', 10_001, lots)),
    v.limit('alice', 'buy', 10_001, 2),
    v.limit('frank', 'buy', 10_001, 1),
    v.limit('erin', 'buy', quote.bid, 1, { tif: POST_ONLY }),
    v.limit('erin', 'sell', quote.ask, 1, { tif: POST_ONLY }),
  ]);
  return v;
}
const paid = (v: Scenario): number[] => ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'].map((id) => v.position(id).fundingPaid);

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

  it('mark below the oracle: shorts pay longs, the rate clamped at -clamp, totalPaidByLongs negative', () => {
    const v = positions({ bid: 9_880, ask: 9_900 });
    v.idle(7);
    const events = v.block([]); // t = 10 s
    // mark 9,900: premium -10,099 ppm -> -6,000. Each short pays ceil(10,001 x 0.006) = 61: 183,
    // shared 2 : 1 by alice and frank, 122 and 61 exactly.
    expect(bodies(events, 'funding')).toEqual([
      { height: v.state.height, marketId: 1, ratePpm: -6_000, markTicks: 9_900, oracleTicks: 10_001, totalPaidByLongs: -183, totalPaid: 183, totalReceived: 183, intervals: 1 },
    ]);
    expect(paid(v)).toEqual([-122, 61, 61, 61, 0, -61]);
    // Those with a position pay or receive; erin (flat, quoting) is not touched.
    expect(bodies(events, 'accountUpdate').map((u) => u.accountId).sort()).toEqual(['alice', 'bob', 'carol', 'dave', 'frank']);
  });

  it('a premium inside the clamp is the rate itself (truncated ppm)', () => {
    const v = positions({ bid: 10_100, ask: 10_120 }, 20_000);
    v.idle(7);
    const events = v.block([]);
    // premium (10,100 - 10,001) / 10,001 = 9,899.01 ppm -> 9,899; alice pays ceil(2 x 10,001 x 0.009899) = 198, frank 99.
    expect(bodies(events, 'funding')).toEqual([expect.objectContaining({ ratePpm: 9_899, totalPaid: 297, totalReceived: 297, intervals: 1 })]);
    expect(paid(v)).toEqual([198, -99, -99, -99, 0, 99]);
  });

  it('mark equal to the oracle: the boundary passes, nobody pays, no funding event', () => {
    const v = positions({ bid: 9_990, ask: 10_001 + 11 });
    v.idle(7);
    const events = v.block([]);
    expect(v.market().markTicks).toBe(10_001);
    expect(bodies(events, 'funding')).toEqual([]);
    expect(bodies(events, 'accountUpdate')).toEqual([]); // nobody paid: no account is reported changed
    expect(paid(v)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(v.market().lastFundingUs).toBe(10 * S);
  });

  it('an interval that ends while the oracle is stale pays nothing and is not owed later', () => {
    const v = positions({ bid: 10_100, ask: 10_120 }, 6_000, 2 * S); // stale 2 s after the last report; no halt
    v.idle(5); // t = 3..7 s
    v.idle(4, { report: () => undefined }); // t = 8..11 s: no reports, the oracle is stale from 10 s
    expect(v.market().oracleStale).toBe(true);
    expect(v.events.some((e) => e.kind === 'funding')).toBe(false);
    expect(v.market().lastFundingUs).toBe(10 * S);
    v.idle(3); // t = 12..14 s: fresh again, no boundary
    expect(paid(v)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('the planted funding-not-zero-sum variant rounds every receiver\'s share up: money is made (what funding-zero-sum must catch)', () => {
    const v = positions({ bid: 10_100, ask: 10_120 }, 6_000, undefined, 'funding-not-zero-sum');
    v.idle(7);
    const events = v.block([]);
    // 182 paid (121 + 61), 60 rem 2 for each of three receivers: each rounds up to 61, 183 received.
    expect(bodies(events, 'funding')).toEqual([expect.objectContaining({ totalPaid: 182, totalReceived: 183 })]);
    expect(paid(v)).toEqual([121, -61, -61, -61, 0, 61]);
  });

  it('the units left after the pro-rata shares go to the largest remainders first, whatever the account order', () => {
    const v = positions({ bid: 10_100, ask: 10_120 }, 6_000, undefined, undefined, { bob: 2, carol: 1 });
    v.idle(7);
    v.block([]);
    // 182 paid; bob 182 x 2 / 3 = 121 rem 1, carol 182 / 3 = 60 rem 2: the one unit left goes to carol.
    expect(paid(v)).toEqual([121, -121, -61, 0, 0, 61]);
  });

  it('a payment is in quote units: size x oracle x quote per tick-lot x rate', () => {
    const v = positions({ bid: 10_100, ask: 10_120 }, 6_000, undefined, undefined, undefined, 2);
    v.idle(7);
    v.block([]);
    // alice ceil(2 x 10,001 x 2 x 0.006) = 241, frank 121: 362 = 120 rem 2 x 3 -> 121, 121, 120.
    expect(paid(v)).toEqual([241, -121, -121, -120, 0, 121]);
  });
});

