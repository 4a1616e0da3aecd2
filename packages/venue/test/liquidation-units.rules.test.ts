/**
 * A liquidation in quote units (found by mutation testing of liquidation.ts): in a market whose
 * tick x lot is worth k quote units, the penalty is a fraction of the close's notional in quote
 * units (price x lots x k) and the reported price is that notional per lot per k. Every other
 * liquidation test ran with k = 1, where x k and / k agree.
 */
import { describe, expect, it } from 'vitest';
import type { VenueConfig } from '@faultline/venue';
import { bodies, funded, Scenario } from './venue-scenario.ts';

/** quotePerTickLot 10. */
const k10 = (c: VenueConfig): void => {
  const m = c.markets[0] as VenueConfig['markets'][number];
  m.quotePerTickLot = 10;
};

describe('a liquidation in a market of 10 quote units a tick-lot', () => {
  it('long 10 @ 10,000, oracle 9,650: closed on the book at 9,650, penalty ceil(965,000 x 0.5 %) = 4,825', () => {
    const v = new Scenario({ tweak: k10 });
    funded(v, { alice: 60_000, bob: 10_000_000, carol: 10_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    // Taker fee ceil(1,000,000 x 500 ppm) = 500.
    expect(v.collateral('alice')).toBe(59_500);
    // Equity 59,500 - 10 x 350 x 10 = 24,500 < maintenance ceil(965,000 x 3 %) = 28,950.
    const events = v.block([v.limit('carol', 'buy', 9_650, 10), v.liquidate('alice')], { prices: { 1: 9_650 } });
    expect(bodies(events, 'liquidation')).toEqual([
      expect.objectContaining({ executed: true, reason: 'book', sizeLots: 10, priceTicks: 9_650, penalty: 4_825, equityBefore: 24_500, maintenanceBefore: 28_950 }),
    ]);
    expect([v.position('alice').sizeLots, v.collateral('alice')]).toEqual([0, 24_500 - 4_825]);
  });
});
