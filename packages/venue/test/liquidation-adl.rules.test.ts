/**
 * ADL in quote units, the book close's limit at the edges of the price range, and the planted
 * adl-before-fund-exhausted variant's scope (found by mutation testing of liquidation.ts).
 * - The bankruptcy price of an ADL close in a market of k = 10 quote units a tick-lot, with a
 *   remainder: a long's rounds up, a short's down (the account never leaves debt through
 *   rounding), the divisor being lots x k; the ADL ranking's notional (lots x mark x k) with odd
 *   lots at a mark that is no multiple of 10.
 * - A book close whose limit is exactly 1 tick or exactly maxPriceTicks still fills; one whose
 *   limit lies beyond maxPriceTicks sends no order to the book at all (no order id, no update).
 * - The variant hands the fund over and deleverages only an account in deficit with size left
 *   open: never one with equity >= 0 (0 included), never a flat one (the fund then pays the
 *   deficit alone).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type VenueConfig } from '@faultline/venue';
import { bodies, funded, Scenario } from './venue-scenario.ts';

type MarketConfig = VenueConfig['markets'][number];
const k10 = (c: VenueConfig): void => void ((c.markets[0] as MarketConfig).quotePerTickLot = 10);
/** The oracle deviation guard at 100 %: a price may halve in one block. */
const wideGuard = (c: VenueConfig): void => void (c.oracleDeviationPpm = 1_000_000);

/**
 * k = 10, fund 7. alice (60,003, fee 500 -> 59,503) takes 10 lots @ 10,000 against bob's 7 and
 * carol's 3; the oracle moves 999 ticks against her: equity 59,503 - 99,900 = -40,397, no bids
 * or asks: the fund's 7 go to her, the rest is deleveraged. Her equity without the position:
 * -40,390 + 99,900 = 59,510.
 */
function adlAtK10(aliceSide: 'buy' | 'sell', oracle: number) {
  const v = new Scenario({ tweak: k10, insuranceFundSeed: 7 });
  funded(v, { alice: 60_003, bob: 10_000_000, carol: 10_000_000 });
  const makerSide = aliceSide === 'buy' ? 'sell' : 'buy';
  v.block([v.limit('bob', makerSide, 10_000, 7), v.limit('carol', makerSide, 10_000, 3), v.limit('alice', aliceSide, 10_000, 10)]);
  expect(v.collateral('alice')).toBe(59_503);
  const events = v.block([v.liquidate('alice')], { prices: { 1: oracle } });
  return { v, liquidation: bodies(events, 'liquidation'), adl: bodies(events, 'adl').map((a) => [a.counterpartyAccountId, a.sizeLots, a.priceTicks]) };
}

describe('ADL at k = 10 quote units a tick-lot', () => {
  it('a long of 10 @ 10,000 at oracle 9,001: bankruptcy ceil((1,000,000 - 59,510) / 100) = ceil(9,404.9) = 9,405', () => {
    const { v, liquidation, adl } = adlAtK10('buy', 9_001);
    expect(liquidation).toEqual([expect.objectContaining({ executed: true, reason: 'adl', sizeLots: 10, equityBefore: -40_397, insuranceFundAfter: 0 })]);
    expect(adl.map((a) => a[2])).toEqual(adl.map(() => 9_405));
    expect(adl.map((a) => a[1]).reduce((a, b) => Number(a) + Number(b), 0)).toBe(10);
    // Closed at 9,405: 59,503 + 7 - 10 x 595 x 10 = 10 left, never below zero.
    expect([v.position('alice').sizeLots, v.collateral('alice')]).toEqual([0, 10]);
  });

  it('a short of 10 @ 10,000 at oracle 10,999: bankruptcy floor((1,000,000 + 59,510) / 100) = floor(10,595.1) = 10,595', () => {
    const { v, liquidation, adl } = adlAtK10('sell', 10_999);
    expect(liquidation).toEqual([expect.objectContaining({ executed: true, reason: 'adl', sizeLots: 10, equityBefore: -40_397, insuranceFundAfter: 0 })]);
    expect(adl.map((a) => a[2])).toEqual(adl.map(() => 10_595));
    // Closed at 10,595: 59,503 + 7 - 10 x 595 x 10 = 10.
    expect([v.position('alice').sizeLots, v.collateral('alice')]).toEqual([0, 10]);
  });
});

describe('the book close at the edges of the price range', () => {
  it('a limit of exactly 1 tick fills: alice long 10 @ 2, oracle 1, carol bids 10 @ 1', () => {
    const v = new Scenario({ price: 2, tweak: wideGuard });
    funded(v, { alice: 5, bob: 1_000_000, carol: 1_000_000 });
    v.block([v.limit('bob', 'sell', 2, 10), v.limit('alice', 'buy', 2, 10)]);
    // Fee ceil(20 x 500 ppm) = 1: collateral 4; at mark 1 equity 4 - 10 = -6, the fund covers it:
    // the limit is the slippage limit, max(1, ceil(1 x 97 %)) = 1.
    const events = v.block([v.limit('carol', 'buy', 1, 10), v.liquidate('alice')], { prices: { 1: 1 } });
    expect(bodies(events, 'liquidation')).toEqual([expect.objectContaining({ executed: true, reason: 'book', sizeLots: 10, priceTicks: 1, equityBefore: -6, badDebt: 6 })]);
    expect(v.position('alice').sizeLots).toBe(0);
  });

  it('a limit of exactly maxPriceTicks fills: maxPriceTicks 10,200, alice short 10 @ 10,000, oracle 10,200, carol asks 10 @ 10,200', () => {
    const v = new Scenario({ tweak: (c) => void ((c.markets[0] as MarketConfig).maxPriceTicks = 10_200) });
    funded(v, { alice: 5_100, bob: 1_000_000, carol: 1_000_000 });
    v.block([v.limit('bob', 'buy', 10_000, 10), v.limit('alice', 'sell', 10_000, 10)]);
    // Equity 5,050 - 2,000 = 3,050 < maintenance ceil(102,000 x 3 %) = 3,060. The slippage limit
    // floor(10,200 x 1.03) is clamped to 10,200; the fund covers any deficit.
    const events = v.block([v.limit('carol', 'sell', 10_200, 10), v.liquidate('alice')], { prices: { 1: 10_200 } });
    expect(bodies(events, 'liquidation')).toEqual([expect.objectContaining({ executed: true, reason: 'book', sizeLots: 10, priceTicks: 10_200, equityBefore: 3_050 })]);
    expect(v.position('alice').sizeLots).toBe(0);
  });

  it('a limit beyond maxPriceTicks sends no order to the book: the whole close goes to ADL', () => {
    // Market 1's range ends at 10,200. alice long 10 @ 10,000 in each market; market 2 falls to
    // 5,000: equity 10,100 - 100 - 50,000 = -40,000. The covered price of market 1's close,
    // ceil((100,000 + 40,000 - 7) / 10) = 14,000, is past the range: ADL closes it all.
    const v = new Scenario({
      markets: 2,
      insuranceFundSeed: 7,
      tweak: (c) => {
        wideGuard(c);
        (c.markets[0] as MarketConfig).maxPriceTicks = 10_200;
      },
    });
    funded(v, { alice: 10_100, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10), v.limit('bob', 'sell', 10_000, 10, { market: 2 }), v.limit('alice', 'buy', 10_000, 10, { market: 2 })]);
    const nextOrderId = v.state.nextOrderId;
    const events = v.block([v.liquidate('alice')], { prices: { 2: 5_000 } });
    expect(bodies(events, 'liquidation')).toEqual([expect.objectContaining({ marketId: 1, executed: true, reason: 'adl', sizeLots: 10, equityBefore: -40_000 })]);
    expect(bodies(events, 'orderUpdate')).toEqual([]);
    expect(v.state.nextOrderId).toBe(nextOrderId);
    expect(v.position('alice', 1).sizeLots).toBe(0);
  });
});

describe('the planted adl-before-fund-exhausted variant deleverages only an open account in deficit', () => {
  const adlPolicy = { ...DEFAULT_POLICY, name: 'adl', adl: { enabled: true } };

  it('a partial close that leaves equity 760 >= 0: no ADL, the fund kept, 6 lots open', () => {
    const v = new Scenario({ variant: 'adl-before-fund-exhausted', policy: adlPolicy });
    funded(v, { alice: 6_000, bob: 1_000_000, carol: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    // Oracle 9,500: equity 5,950 - 5,000 = 950 < maintenance 2,850. carol takes 4 @ 9,500; the
    // penalty ceil(38,000 x 0.5 %) = 190 leaves equity 760.
    const events = v.block([v.limit('carol', 'buy', 9_500, 4), v.liquidate('alice')], { prices: { 1: 9_500 } });
    expect(bodies(events, 'liquidation')).toEqual([expect.objectContaining({ executed: true, reason: 'book-partial', sizeLots: 4, penalty: 190, badDebt: 0, insuranceFundAfter: 1_000_190 })]);
    expect(bodies(events, 'adl')).toEqual([]);
    expect([v.position('alice').sizeLots, v.state.insuranceFund]).toEqual([6, 1_000_190]);
  });

  it('a partial close whose penalty takes equity to exactly 0: no ADL, 6 lots open', () => {
    const v = new Scenario({ variant: 'adl-before-fund-exhausted', policy: adlPolicy });
    funded(v, { alice: 6_000, bob: 1_000_000, carol: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    // Oracle 9,410: equity 5,950 - 5,900 = 50. carol takes 4 @ 9,410; the penalty,
    // ceil(37,640 x 0.5 %) = 189 capped at the equity left, is 50: equity 0 — no deficit.
    const events = v.block([v.limit('carol', 'buy', 9_410, 4), v.liquidate('alice')], { prices: { 1: 9_410 } });
    expect(bodies(events, 'liquidation')).toEqual([expect.objectContaining({ executed: true, reason: 'book-partial', sizeLots: 4, penalty: 50, badDebt: 0, insuranceFundAfter: 1_000_050 })]);
    expect(bodies(events, 'adl')).toEqual([]);
    expect([v.position('alice').sizeLots, v.health('alice').equity]).toEqual([6, 0]);
  });

  it('a whole close that leaves a deficit of 50: the fund pays the 50 and keeps the rest; nothing is deleveraged', () => {
    const v = new Scenario({ variant: 'adl-before-fund-exhausted', policy: adlPolicy });
    funded(v, { alice: 6_000, bob: 1_000_000, carol: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    const events = v.block([v.limit('carol', 'buy', 9_400, 10), v.liquidate('alice')], { prices: { 1: 9_400 } });
    expect(bodies(events, 'liquidation')).toEqual([expect.objectContaining({ executed: true, reason: 'book', sizeLots: 10, penalty: 0, badDebt: 50, insuranceFundAfter: 1_000_000 - 50 })]);
    expect(bodies(events, 'adl')).toEqual([]);
    expect([v.position('alice').sizeLots, v.collateral('alice'), v.state.insuranceFund]).toEqual([0, 0, 999_950]);
  });
});
