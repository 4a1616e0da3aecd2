/**
 * A partial book close that leaves a deficit (found by mutation testing of liquidation.ts): ADL
 * runs only when the deficit passes what the fund holds — strictly — and only with ADL on. Every
 * ADL test so far closed nothing on the book or had a fund too small; no test had the book close
 * part of the position with the fund able to pay the deficit, or exactly able to.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@faultline/venue';
import { bodies, funded, Scenario } from './venue-scenario.ts';

/**
 * alice long 10 @ 10,000 (collateral 5,950; bob short 10); oracle 9,400: equity -50. carol bids
 * 4 @ 9,400: the liquidation sells those 4 (a realized loss of 2,400, no penalty: equity is
 * negative), 6 lots stay open, the deficit is still 50.
 */
function partial(fund: number, adl = true) {
  const v = new Scenario({ insuranceFundSeed: fund, policy: { ...DEFAULT_POLICY, name: 'partial', adl: { enabled: adl } } });
  funded(v, { alice: 6_000, bob: 1_000_000, carol: 1_000_000 });
  v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
  const events = v.block([v.limit('carol', 'buy', 9_400, 4), v.liquidate('alice')], { prices: { 1: 9_400 } });
  return { v, events, liquidation: bodies(events, 'liquidation'), adl: bodies(events, 'adl') };
}

describe('a partial book close leaving a deficit of 50', () => {
  for (const fund of [1_000_000, 50]) {
    it(`a fund of ${fund} (${fund === 50 ? 'exactly' : 'more than'} the deficit): no ADL, 6 lots stay open, the fund untouched`, () => {
      const { v, liquidation, adl } = partial(fund);
      expect(liquidation).toEqual([expect.objectContaining({ executed: true, reason: 'book-partial', sizeLots: 4, priceTicks: 9_400, penalty: 0, badDebt: 50, equityBefore: -50, insuranceFundAfter: fund })]);
      expect(adl).toEqual([]);
      expect([v.position('alice').sizeLots, v.position('bob').sizeLots, v.state.insuranceFund, v.collateral('alice')]).toEqual([6, -10, fund, 5_950 - 2_400]);
    });
  }

  it('a fund of 20 with ADL off: no ADL however short the fund; 6 lots stay open', () => {
    const { v, liquidation, adl } = partial(20, false);
    expect(liquidation).toEqual([expect.objectContaining({ executed: true, reason: 'book-partial', sizeLots: 4, badDebt: 50, insuranceFundAfter: 20 })]);
    expect(adl).toEqual([]);
    expect([v.position('alice').sizeLots, v.state.insuranceFund]).toEqual([6, 20]);
  });
});
