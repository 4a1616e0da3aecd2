/**
 * Margin rules the scripted scenarios leave open (found by mutation testing): the reduce-only
 * reserve of the buy side — every reduce-only scenario closed a long with a sell.
 */
import { describe, expect, it } from 'vitest';
import { bodies, funded, IOC, rejections, Scenario } from './venue-scenario.ts';

describe('reduce-only GTC buy closing a short (the mirror of margin.scenarios\' long)', () => {
  // squeezed: alice short 10 @ 10,000 (taker fee 50: collateral 5,950), oracle 10,250:
  // equity 5,950 - 2,500 = 3,450, IM ceil(102,500 x 5 %) = 5,125, MM ceil(102,500 x 3 %) = 3,075.
  function squeezed(): Scenario {
    const v = new Scenario();
    funded(v, { alice: 6_000, bob: 1_000_000, carol: 1_000_000 });
    v.block([v.limit('bob', 'buy', 10_000, 10), v.limit('alice', 'sell', 10_000, 10)]);
    v.block([], { prices: { 1: 10_250 } });
    expect(v.health('alice')).toMatchObject({ equity: 3_450, initial: 5_125, maintenance: 3_075 });
    return v;
  }

  it('rests as a reduce-only buy reserve (rule B: below the mark it loses nothing) and, when hit, closes: 5,950 - 2,000 + rebate 10', () => {
    const v = squeezed();
    expect(rejections(v.block([v.limit('alice', 'buy', 10_200, 10, { reduceOnly: true })]))).toEqual([]);
    expect(v.account('alice').exposure.get(1)).toMatchObject({ buyLots: 10, reduceOnlyBuyLots: 10, sellLots: 0, reduceOnlySellLots: 0, count: 1 });
    const hit = v.block([v.limit('carol', 'sell', 10_200, 10, { tif: IOC })]);
    expect(bodies(hit, 'fill').map((f) => [f.makerAccountId, f.priceTicks, f.sizeLots])).toEqual([['alice', 10_200, 10]]);
    // Rebate floor(102,000 x 100 ppm) = 10.
    expect(v.position('alice').sizeLots).toBe(0);
    expect(v.collateral('alice')).toBe(3_960);
    expect(v.account('alice').exposure.size).toBe(0);
  });

  it('a partial fill releases its lots from the buy side; a cancel releases the rest', () => {
    const v = squeezed();
    v.block([v.limit('alice', 'buy', 10_200, 10, { reduceOnly: true, cid: 7 })]);
    v.block([v.limit('carol', 'sell', 10_200, 4, { tif: IOC })]);
    expect(v.position('alice').sizeLots).toBe(-6);
    expect(v.account('alice').exposure.get(1)).toMatchObject({ buyLots: 6, reduceOnlyBuyLots: 6, count: 1 });
    expect(rejections(v.block([v.cancel('alice', 7)]))).toEqual([]);
    expect(v.account('alice').exposure.size).toBe(0);
  });
});
