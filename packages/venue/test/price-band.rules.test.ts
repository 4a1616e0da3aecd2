/**
 * The price band, rule by rule (found by mutation testing of price-band.ts):
 * - when the reference moves, resting orders beyond the new band are cancelled (`outside-band`),
 *   every level beyond it, and an order exactly at the edge stays; with the band off, nothing is;
 * - a maker beyond the band on the taker's better side (it rested in this block, below the band's
 *   low edge or above its high edge) blocks the taker: nothing fills outside the band, the market
 *   halts (price-band);
 * - with the band off a taker trades wherever its limit lets it;
 * - a slippage limit is rounded inward to the price step: a buy's down, a sell's up.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, MARKET_ACTIVE, MARKET_HALTED, SIDE_BUY, SIDE_SELL, type VenueConfig } from '@faultline/venue';
import { slippageLimit } from '../src/price-band.ts';
import { bodies, funded, Scenario } from './venue-scenario.ts';

type Events = ReturnType<Scenario['block']>;
const cancelled = (events: Events) =>
  bodies(events, 'orderUpdate').filter((u) => u.status === 'cancelled').map((u) => [u.clientOrderId, u.reason]);
const fills = (events: Events) => bodies(events, 'fill').map((f) => [f.makerAccountId, f.takerAccountId, f.priceTicks, f.sizeLots]);
const noBand = { ...DEFAULT_POLICY, name: 'no-band', priceBand: { ...DEFAULT_POLICY.priceBand, enabled: false } };

describe('orders beyond a moved band are cancelled', () => {
  it('the reference rises to 11,400 (band 10,260..12,540): the asks at 10,200 and 10,250 go, the one at 10,260 stays', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000 });
    v.block([v.limit('alice', 'sell', 10_200, 1, { cid: 1 }), v.limit('alice', 'sell', 10_250, 1, { cid: 2 }), v.limit('alice', 'sell', 10_260, 1, { cid: 3 })]);
    const moved = v.block([], { prices: { 1: 11_400 } });
    expect(cancelled(moved)).toEqual([
      [1, 'outside-band'],
      [2, 'outside-band'],
    ]);
    expect([...v.market().book.orders()].map((o) => o.priceTicks)).toEqual([10_260]);
  });

  it('the reference falls to 8,600 (band 7,740..9,460): the bids at 9,500 and 9,470 go, the one at 9,460 stays', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000 });
    v.block([v.limit('alice', 'buy', 9_500, 1, { cid: 1 }), v.limit('alice', 'buy', 9_470, 1, { cid: 2 }), v.limit('alice', 'buy', 9_460, 1, { cid: 3 })]);
    const moved = v.block([], { prices: { 1: 8_600 } });
    expect(cancelled(moved)).toEqual([
      [1, 'outside-band'],
      [2, 'outside-band'],
    ]);
    expect([...v.market().book.orders()].map((o) => o.priceTicks)).toEqual([9_460]);
  });

  it('with the band off nothing is cancelled when the reference moves', () => {
    const v = new Scenario({ policy: noBand });
    funded(v, { alice: 1_000_000 });
    v.block([v.limit('alice', 'sell', 10_200, 1, { cid: 1 }), v.limit('alice', 'buy', 9_500, 1, { cid: 2 })]);
    expect(cancelled(v.block([], { prices: { 1: 11_400 } }))).toEqual([]);
    expect(cancelled(v.block([], { prices: { 1: 10_000 } }))).toEqual([]);
    expect(cancelled(v.block([], { prices: { 1: 8_600 } }))).toEqual([]);
    expect(v.market().book.orderCount).toBe(2);
  });
});

describe('a maker beyond the band blocks the taker', () => {
  it('bob\'s ask rests at 8,000, below the band (9,000..11,000); alice\'s buy at 8,000 in the same block fills nothing and halts the market', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    const events = v.block([v.limit('bob', 'sell', 8_000, 1), v.limit('alice', 'buy', 8_000, 1)]);
    expect(fills(events)).toEqual([]);
    expect(bodies(events, 'marketStatus')).toEqual([expect.objectContaining({ state: MARKET_HALTED, reason: 'price-band' })]);
  });

  it('bob\'s bid rests at 12,000, above the band; alice\'s sell at 11,500 in the same block fills nothing and halts the market', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    const events = v.block([v.limit('bob', 'buy', 12_000, 1), v.limit('alice', 'sell', 11_500, 1)]);
    expect(fills(events)).toEqual([]);
    expect(bodies(events, 'marketStatus')).toEqual([expect.objectContaining({ state: MARKET_HALTED, reason: 'price-band' })]);
  });

  it('with the band off the same buy fills at 8,000 and nothing halts', () => {
    const v = new Scenario({ policy: noBand });
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    const events = v.block([v.limit('bob', 'sell', 8_000, 1), v.limit('alice', 'buy', 8_000, 1)]);
    expect(fills(events)).toEqual([['bob', 'alice', 8_000, 1]]);
    expect(v.market().state).toBe(MARKET_ACTIVE);
  });

  it('with the band off a buy sweeps asks far above the reference (12,000) without halting', () => {
    const v = new Scenario({ policy: noBand });
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 12_000, 1)]);
    const events = v.block([v.limit('alice', 'buy', 12_000, 1)]);
    expect(fills(events)).toEqual([['bob', 'alice', 12_000, 1]]);
    expect(v.market().state).toBe(MARKET_ACTIVE);
  });
});

describe('slippage limits on a price step', () => {
  it('mark 10,000, 12,345 ppm, step 10: a buy\'s limit 10,123.45 rounds down to 10,120, a sell\'s 9,876.55 up to 9,880', () => {
    const v = new Scenario({ tweak: (c) => void ((c.markets[0] as VenueConfig['markets'][number]).priceStepTicks = 10) });
    funded(v, { alice: 1_000 });
    expect(v.market().markTicks).toBe(10_000);
    expect([slippageLimit(v.market(), SIDE_BUY, 12_345), slippageLimit(v.market(), SIDE_SELL, 12_345)]).toEqual([10_120, 9_880]);
  });
});
