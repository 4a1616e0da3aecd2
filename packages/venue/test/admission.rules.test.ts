/**
 * Order admission rules the scripted scenarios leave open (found by mutation testing of
 * admission.ts): each validation at its exact bound and the detail it names (a rejection says
 * which value broke which limit, and for a hedger quote which side), the checks a scenario never
 * reached (an unknown time in force, a duplicate client order id, a market with no mark yet).
 */
import { describe, expect, it } from 'vitest';
import type { VenueConfig } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { bodies, details, FOK, funded, GTC, IOC, rejections, Scenario } from './venue-scenario.ts';

/** One market with a price step of 5 ticks up to 20,000, and lots in steps of 2 up to 100. */
const steps = (c: VenueConfig): void => {
  const m = c.markets[0] as VenueConfig['markets'][number];
  m.maxPriceTicks = 20_000;
  m.priceStepTicks = 5;
  m.maxOrderLots = 100;
  m.sizeStepLots = 2;
};

describe('price and size validation, at each bound, with the value in the detail', () => {
  it('a price of exactly maxPriceTicks is admitted; one step above is price-above-max; off the step, price-off-tick; 0, price-not-positive', () => {
    const v = new Scenario({ tweak: steps });
    funded(v, { alice: 1_000_000 });
    const events = v.block([
      v.limit('alice', 'sell', 20_000, 2),
      v.limit('alice', 'sell', 20_005, 2),
      v.limit('alice', 'sell', 10_003, 2),
      v.limit('alice', 'sell', 0, 2),
    ]);
    expect(rejections(events)).toEqual(['price-above-max', 'price-off-tick', 'price-not-positive']);
    expect(details(events)).toEqual(['20005 > 20000', '10003, step 5', '0']);
    expect(v.account('alice').exposure.get(1)).toMatchObject({ sellLots: 2, count: 1 });
  });

  it('a size of exactly maxOrderLots is admitted; one step above is size-above-max; off the step, size-off-lot; 0, size-not-positive', () => {
    const v = new Scenario({ tweak: steps });
    funded(v, { alice: 1_000_000 });
    const events = v.block([
      v.limit('alice', 'sell', 10_100, 100),
      v.limit('alice', 'sell', 10_100, 102),
      v.limit('alice', 'sell', 10_100, 3),
      v.limit('alice', 'sell', 10_100, 0),
    ]);
    expect(rejections(events)).toEqual(['size-above-max', 'size-off-lot', 'size-not-positive']);
    expect(details(events)).toEqual(['102 > 100', '3, step 2', '0']);
    expect(v.account('alice').exposure.get(1)).toMatchObject({ sellLots: 100, count: 1 });
  });

  it('a hedger quote names the side whose price or size broke the rule', () => {
    const v = new Scenario({ tweak: steps });
    funded(v, { hedger: 1_000_000 });
    const quote = (bidPriceTicks: number, bidSizeLots: number, askPriceTicks: number, askSizeLots: number) =>
      encodeTx('hedger', v.nonce('hedger'), { hedgerQuote: { accountId: 'hedger', marketId: 1, quoteId: 1, bidPriceTicks, bidSizeLots, askPriceTicks, askSizeLots } });
    const events = v.block([quote(0, 2, 10_100, 2), quote(9_900, 2, 20_005, 2), quote(9_900, 3, 10_100, 2), quote(9_900, 2, 10_100, 102)]);
    expect(rejections(events)).toEqual(['price-not-positive', 'price-above-max', 'size-off-lot', 'size-above-max']);
    expect(details(events)).toEqual(['bid 0', 'ask 20005 > 20000', 'bid 3, step 2', 'ask 102 > 100']);
  });
});

describe('time in force', () => {
  it('an unknown time in force is bad-time-in-force (both ends of the range); 0 is the default (limit GTC, market IOC)', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    const events = v.block([v.limit('alice', 'sell', 10_100, 1, { tif: 5 }), v.limit('alice', 'sell', 10_100, 1, { tif: -1 }), v.limit('alice', 'sell', 10_100, 1, { tif: 0, cid: 3 })]);
    expect(rejections(events)).toEqual(['bad-time-in-force', 'bad-time-in-force']);
    expect(details(events)).toEqual(['5', '-1']);
    expect(v.account('alice').exposure.get(1)).toMatchObject({ sellLots: 1, count: 1 });
  });
});

describe('market orders', () => {
  it('a market order keeps FOK (fills whole or is refused); GTC becomes IOC (nothing rests)', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([v.limit('alice', 'sell', 10_010, 2)]);
    const fok = v.block([v.marketOrder('bob', 'buy', 5, { tif: FOK })]);
    expect([rejections(fok), details(fok), bodies(fok, 'fill')]).toEqual([['fok-unfillable'], ['2 of 5'], []]);
    const gtc = v.block([v.marketOrder('bob', 'buy', 5, { tif: GTC })]);
    expect([rejections(gtc), bodies(gtc, 'fill').map((f) => f.sizeLots)]).toEqual([[], [2]]);
    expect(v.account('bob').exposure.size).toBe(0);
  });
});

describe('client order ids', () => {
  it('a client order id already resting in the market is refused; 0 (none) may repeat; another market or a filled order frees it', () => {
    const v = new Scenario({ markets: 2 });
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    const events = v.block([
      v.limit('alice', 'sell', 10_100, 1, { cid: 7 }),
      v.limit('alice', 'sell', 10_200, 1, { cid: 7 }),
      v.limit('alice', 'sell', 10_100, 1),
      v.limit('alice', 'sell', 10_100, 1),
      v.limit('alice', 'sell', 10_100, 1, { cid: 7, market: 2 }),
    ]);
    expect([rejections(events), details(events)]).toEqual([['duplicate-client-order-id'], ['7']]);
    expect(v.account('alice').exposure.get(1)).toMatchObject({ sellLots: 3, count: 3 });
    v.block([v.limit('bob', 'buy', 10_100, 3, { tif: IOC })]);
    expect(rejections(v.block([v.limit('alice', 'sell', 10_300, 1, { cid: 7 })]))).toEqual([]);
  });
});

describe('a market order with a price', () => {
  it('is validated like a limit price (off the step, above the maximum); without one (0) it is not', () => {
    const v = new Scenario({ tweak: steps });
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([v.limit('alice', 'sell', 10_100, 2)]);
    const events = v.block([v.marketOrder('bob', 'buy', 2, { priceTicks: 10_103 }), v.marketOrder('bob', 'buy', 2, { priceTicks: 20_005 }), v.marketOrder('bob', 'buy', 2)]);
    expect(rejections(events)).toEqual(['price-off-tick', 'price-above-max']);
    expect(bodies(events, 'fill').map((f) => [f.takerAccountId, f.priceTicks, f.sizeLots])).toEqual([['bob', 10_100, 2]]);
  });
});
