/**
 * The covered price of a liquidation's book close, and the market a liquidation of "market 0"
 * picks (found by mutation testing of liquidation.ts). coveredPriceLimit at a price step of 5 and
 * 10 quote units a tick-lot, with a remainder at each division: a long's limit rounds up (to the
 * step), a short's down — the venue's favour: a fill at the limit never leaves more deficit than
 * the fund holds, one step beyond it would. Every earlier test divided exactly with step 1 and k = 1.
 * "Market 0" is the market of the largest position by notional in quote units (lots x mark x k).
 */
import { describe, expect, it } from 'vitest';
import type { VenueConfig } from '@faultline/venue';
import { coveredPriceLimit } from '../src/liquidation.ts';
import { bodies, funded, Scenario } from './venue-scenario.ts';

const stepped = (c: VenueConfig): void => {
  const m = c.markets[0] as VenueConfig['markets'][number];
  m.quotePerTickLot = 10;
  m.priceStepTicks = 5;
};

describe('coveredPriceLimit (step 5, k = 10, mark 10,000, equity without the position 1,000, fund 7)', () => {
  const v = new Scenario({ tweak: stepped });
  funded(v, { alice: 1 });
  const market = v.market();
  // equity = 1,000 + s x 10,000 x 10 - C: the position is at its entry price.
  it('a long of 3 @ 10,000: (300,000 - 1,000 - 7) / 30 = 9,966.4 -> 9,967 -> up to the step: 9,970', () => {
    expect(market.markTicks).toBe(10_000);
    const limit = coveredPriceLimit(market, { sizeLots: 3, costQuote: 300_000 }, 1_000, 7);
    expect(limit).toBe(9_970);
    // At the limit the deficit is within the fund; a step below it is not.
    expect(1_000 + 3 * 9_970 * 10 - 300_000).toBeGreaterThanOrEqual(-7);
    expect(1_000 + 3 * 9_965 * 10 - 300_000).toBeLessThan(-7);
  });

  it('a short of 3 @ 10,000: (300,000 + 1,000 + 7) / 30 = 10,033.6 -> 10,033 -> down to the step: 10,030', () => {
    const limit = coveredPriceLimit(market, { sizeLots: -3, costQuote: -300_000 }, 1_000, 7);
    expect(limit).toBe(10_030);
    expect(1_000 - 3 * 10_030 * 10 + 300_000).toBeGreaterThanOrEqual(-7);
    expect(1_000 - 3 * 10_035 * 10 + 300_000).toBeLessThan(-7);
  });
});

describe('a liquidation of market 0 picks the largest position by notional in quote units', () => {
  it('10 lots @ 10,000 at k = 1 (100,000) against 2 lots @ 10,000 at k = 10 (200,000): market 2', () => {
    const v = new Scenario({ markets: 2, tweak: (c) => void ((c.markets[1] as VenueConfig['markets'][number]).quotePerTickLot = 10) });
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10), v.limit('bob', 'sell', 10_000, 2, { market: 2 }), v.limit('alice', 'buy', 10_000, 2, { market: 2 })]);
    const events = v.block([v.liquidate('alice', 0)]);
    expect(bodies(events, 'liquidation').map((l) => [l.marketId, l.executed, l.reason])).toEqual([[2, false, 'healthy-at-execution']]);
  });
});
