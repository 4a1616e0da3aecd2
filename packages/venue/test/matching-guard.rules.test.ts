/**
 * The fill guard counts the maker's fee rounded in the venue's favour, and the planted
 * fee-rounding-trader-favour variant rounds it the trader's way there too (found by mutation
 * testing of matching.ts: no test put a maker's equity within the rounding of its rebate).
 *
 * bob bids 1 @ 10,100 with 700 collateral; in the block the oracle falls to 9,398 alice sells
 * into it. Filling would leave bob 700 + (9,398 - 10,100) = -2 plus his rebate on 10,100 at
 * 100 ppm = 1.01: rounded down (the venue's favour) 1, so -1 < 0 — the guard cancels the bid;
 * rounded up (the trader's) 2, so 0 — it fills.
 */
import { describe, expect, it } from 'vitest';
import type { VenueVariant } from '@faultline/venue';
import { bodies, funded, Scenario } from './venue-scenario.ts';

function edge(variant?: VenueVariant) {
  const v = new Scenario(variant ? { variant } : {});
  funded(v, { alice: 1_000_000, bob: 700 });
  v.block([v.limit('bob', 'buy', 10_100, 1, { cid: 3 })]);
  expect(v.market().markTicks).toBe(10_000);
  const events = v.block([v.limit('alice', 'sell', 10_100, 1)], { prices: { 1: 9_398 } });
  expect(v.market().markTicks).toBe(9_398);
  return {
    fills: bodies(events, 'fill').map((f) => [f.makerAccountId, f.sizeLots, f.priceTicks]),
    bob: bodies(events, 'orderUpdate').filter((u) => u.accountId === 'bob').map((u) => [u.status, u.reason]),
  };
}

describe('the fill guard at the rounding of a maker rebate', () => {
  it('the venue\'s favour: the rebate rounds down to 1, bob would end at -1 — his bid is cancelled, nothing fills', () => {
    expect(edge()).toEqual({ fills: [], bob: [['cancelled', 'undercollateralized']] });
  });

  it('the planted fee-rounding-trader-favour variant: the rebate rounds up to 2, bob would end at 0 — it fills', () => {
    expect(edge('fee-rounding-trader-favour')).toEqual({ fills: [['bob', 1, 10_100]], bob: [['filled', '']] });
  });
});
