/**
 * Margin rules the scripted scenarios leave open (found by mutation testing): the reduce-only
 * reserve of the buy side — every reduce-only scenario closed a long with a sell; rule A at its
 * exact boundary for sells as for buys, an order that flips a position, a resting order that
 * closes one; margin in quote units (every other test market has quotePerTickLot 1); the
 * reserve's own assertions.
 */
import { describe, expect, it } from 'vitest';
import { SIDE_BUY, type VenueConfig } from '@faultline/venue';
import { VenueAssertionError } from '../src/assert.ts';
import { releaseLots, reserveOrder } from '../src/margin.ts';
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
    // The reduce-only buy counts only up to what closes the short: the worse side stays the short
    // of 10 (IM 5,125), not a buy side of 10 + 10.
    expect(v.health('alice')).toMatchObject({ initialWithOrders: 5_125, orderLoss: 0 });
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

/** A market whose tick x lot is worth `k` quote units (every other test market has k = 1). */
const quoteUnits = (k: number) => (c: VenueConfig) => {
  const m = c.markets[0] as VenueConfig['markets'][number];
  m.quotePerTickLot = k;
  m.maxPositionLots = 100_000;
};

describe('rule A at its boundary: the worst case of the immediate fills, on both sides', () => {
  // Mark 10,000 (the oracle: the book is one-sided). Taker fee 500 ppm, IM 5 %.
  it('a buy filling above the mark pays its loss against the mark: 10 @ 10,200 needs 5,000 + 2,000 + fee 51 = 7,051', () => {
    for (const [deposit, admitted] of [[7_050, false], [7_051, true]] as const) {
      const v = new Scenario();
      funded(v, { alice: deposit, bob: 1_000_000 });
      v.block([v.limit('bob', 'sell', 10_200, 10)]);
      const events = v.block([v.limit('alice', 'buy', 10_500, 10, { tif: IOC })]);
      expect([deposit, rejections(events)]).toEqual([deposit, admitted ? [] : ['insufficient-margin']]);
      if (admitted) expect(v.position('alice').sizeLots).toBe(10);
    }
  });

  it('a sell filling below the mark pays its loss against the mark: 10 @ 9,800 needs 5,000 + 2,000 + fee 49 = 7,049', () => {
    for (const [deposit, admitted] of [[7_048, false], [7_049, true]] as const) {
      const v = new Scenario();
      funded(v, { alice: deposit, bob: 1_000_000 });
      v.block([v.limit('bob', 'buy', 9_800, 10)]);
      const events = v.block([v.limit('alice', 'sell', 9_500, 10, { tif: IOC })]);
      expect([deposit, rejections(events)]).toEqual([deposit, admitted ? [] : ['insufficient-margin']]);
      if (admitted) expect(v.position('alice').sizeLots).toBe(-10);
    }
  });

  it('a sell that flips a long is margined on the short it leaves: long 10, sell 15 at the mark leaves 5 short (IM 2,500)', () => {
    // alice long 10 @ 10,000 (fee 50): collateral 6,000 - 50 = 5,950. Selling 15 at 10,000 (fee
    // 75) leaves short 5: IM 2,500 <= 5,875. Counted the wrong way (a long of 25: IM 12,500) it
    // fails rule A, and rule B does not apply: it does not only close.
    const v = new Scenario();
    funded(v, { alice: 6_000, bob: 1_000_000, carol: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    v.block([v.limit('carol', 'buy', 10_000, 15)]);
    expect(rejections(v.block([v.limit('alice', 'sell', 10_000, 15, { tif: IOC })]))).toEqual([]);
    expect(v.position('alice').sizeLots).toBe(-5);
  });

  it('a resting order larger than the position is margined on the worse side: long 10 with a sell of 15 resting needs the IM of the long (5,000)', () => {
    // Collateral 5,100 - 50 = 5,050 >= 5,000: max(|10 + 0|, |10 - 15|) = 10 lots. On the buy side
    // it would be 25 lots (12,500); rule B does not apply (15 lots flip the long).
    const v = new Scenario();
    funded(v, { alice: 5_100, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    expect(rejections(v.block([v.limit('alice', 'sell', 10_100, 15)]))).toEqual([]);
    expect(v.account('alice').exposure.get(1)).toMatchObject({ sellLots: 15, buyLots: 0 });
    expect(v.health('alice')).toMatchObject({ equity: 5_050, initialWithOrders: 5_000 });
  });

  it('the mirror: short 10 with a buy of 15 resting below the mark needs the IM of the short (5,000)', () => {
    const v = new Scenario();
    funded(v, { alice: 5_100, bob: 1_000_000 });
    v.block([v.limit('bob', 'buy', 10_000, 10), v.limit('alice', 'sell', 10_000, 10)]);
    expect(rejections(v.block([v.limit('alice', 'buy', 9_900, 15)]))).toEqual([]);
    expect(v.account('alice').exposure.get(1)).toMatchObject({ buyLots: 15, sellLots: 0 });
    expect(v.health('alice')).toMatchObject({ equity: 5_050, initialWithOrders: 5_000 });
  });
});

describe('a resting order on the side of the position adds to it', () => {
  // Long 10 @ 10,000 (fee 50) and a bid of 5 at 9,900 (below the mark: no loss): the worse side
  // is a long of 15, IM 7,500, so 7,549 deposited (collateral 7,499) is short by one.
  for (const [deposit, rests] of [[7_549, false], [7_550, true]] as const) {
    it(`long 10 with a bid of 5: ${deposit} deposited ${rests ? 'rests it' : 'is refused'} (IM of 15 lots 7,500)`, () => {
      const v = new Scenario();
      funded(v, { alice: deposit, bob: 1_000_000 });
      v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
      expect(rejections(v.block([v.limit('alice', 'buy', 9_900, 5)]))).toEqual(rests ? [] : ['insufficient-margin']);
    });

    it(`the mirror: short 10 with an ask of 5: ${deposit} deposited ${rests ? 'rests it' : 'is refused'}`, () => {
      const v = new Scenario();
      funded(v, { alice: deposit, bob: 1_000_000 });
      v.block([v.limit('bob', 'buy', 10_000, 10), v.limit('alice', 'sell', 10_000, 10)]);
      expect(rejections(v.block([v.limit('alice', 'sell', 10_100, 5)]))).toEqual(rests ? [] : ['insufficient-margin']);
    });
  }
});

describe('rule B counts the other resting orders of the closing side: only reduce-only ones cannot flip', () => {
  // alice long 10 @ 10,000 (collateral 5,950) rests a sell of 5 @ 10,100 while healthy; the oracle
  // falls to 9,600: equity 5,950 - 4,000 = 1,950 < IM 4,800 (MM 2,880), so only rule B admits.
  // A closing sell of 10 at the mark with the 5 resting could flip the long (5 + 10 > 10): refused;
  // one of 5 is admitted. Resting reduce-only, the 5 cannot flip: the sell of 10 is admitted.
  function squeezedLong(restingReduceOnly: boolean): Scenario {
    const v = new Scenario();
    funded(v, { alice: 6_000, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    expect(rejections(v.block([v.limit('alice', 'sell', 10_100, 5, { reduceOnly: restingReduceOnly })]))).toEqual([]);
    v.block([], { prices: { 1: 9_600 } });
    expect(v.health('alice')).toMatchObject({ equity: 1_950, initial: 4_800, maintenance: 2_880 });
    return v;
  }
  // The mirror: short 10, a buy of 5 @ 9,900 resting, the oracle up at 10,400 (equity 1,950).
  function squeezedShort(restingReduceOnly: boolean): Scenario {
    const v = new Scenario();
    funded(v, { alice: 6_000, bob: 1_000_000 });
    v.block([v.limit('bob', 'buy', 10_000, 10), v.limit('alice', 'sell', 10_000, 10)]);
    expect(rejections(v.block([v.limit('alice', 'buy', 9_900, 5, { reduceOnly: restingReduceOnly })]))).toEqual([]);
    v.block([], { prices: { 1: 10_400 } });
    expect(v.health('alice')).toMatchObject({ equity: 1_950, initial: 5_200, maintenance: 3_120 });
    return v;
  }

  it('long: with a plain sell of 5 resting, a closing sell of 10 is refused and one of 5 admitted', () => {
    const v = squeezedLong(false);
    expect(rejections(v.block([v.limit('alice', 'sell', 9_600, 10)]))).toEqual(['insufficient-margin']);
    expect(rejections(v.block([v.limit('alice', 'sell', 9_600, 5)]))).toEqual([]);
  });

  it('long: with a reduce-only sell of 5 resting, a closing sell of 10 is admitted', () => {
    const v = squeezedLong(true);
    expect(rejections(v.block([v.limit('alice', 'sell', 9_600, 10)]))).toEqual([]);
  });

  it('short: with a plain buy of 5 resting, a closing buy of 10 is refused and one of 5 admitted', () => {
    const v = squeezedShort(false);
    expect(rejections(v.block([v.limit('alice', 'buy', 10_400, 10)]))).toEqual(['insufficient-margin']);
    expect(rejections(v.block([v.limit('alice', 'buy', 10_400, 5)]))).toEqual([]);
  });

  it('short: with a reduce-only buy of 5 resting, a closing buy of 10 is admitted', () => {
    const v = squeezedShort(true);
    expect(rejections(v.block([v.limit('alice', 'buy', 10_400, 10)]))).toEqual([]);
  });

  it('an order that neither fills nor rests changes nothing and is admitted: a closing IOC into an empty book', () => {
    const v = squeezedLong(false);
    const events = v.block([v.limit('alice', 'sell', 9_600, 10, { tif: IOC })]);
    expect(rejections(events)).toEqual([]);
    expect(bodies(events, 'fill')).toEqual([]);
    expect(v.position('alice').sizeLots).toBe(10);
  });
});

describe('rule A: a reduce-only order that rests counts as reduce-only (capped at the position)', () => {
  // Long 10 @ 10,000 (collateral 5,050), a plain sell of 5 and a reduce-only sell of 10 resting at
  // 10,100: sells count 5 + min(10, 10) = 15, the worse side the long of 10 (IM 5,000). A second
  // reduce-only sell of 10 still counts min(20, 10): 15, IM 5,000 <= 5,050. Counted as a plain
  // sell it would make 25 (a short of 15: IM 7,500), and rule B does not apply (5 + 10 > 10).
  it('long 10 with a plain sell of 5 and a reduce-only sell of 10 resting: a second reduce-only sell of 10 is admitted', () => {
    const v = new Scenario();
    funded(v, { alice: 5_100, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    expect(rejections(v.block([v.limit('alice', 'sell', 10_100, 5), v.limit('alice', 'sell', 10_100, 10, { reduceOnly: true })]))).toEqual([]);
    expect(rejections(v.block([v.limit('alice', 'sell', 10_100, 10, { reduceOnly: true })]))).toEqual([]);
    expect(v.health('alice')).toMatchObject({ equity: 5_050, initialWithOrders: 5_000 });
  });

  it('the mirror: short 10 with a plain buy of 5 and a reduce-only buy of 10 resting: a second reduce-only buy of 10 is admitted', () => {
    const v = new Scenario();
    funded(v, { alice: 5_100, bob: 1_000_000 });
    v.block([v.limit('bob', 'buy', 10_000, 10), v.limit('alice', 'sell', 10_000, 10)]);
    expect(rejections(v.block([v.limit('alice', 'buy', 9_900, 5), v.limit('alice', 'buy', 9_900, 10, { reduceOnly: true })]))).toEqual([]);
    expect(rejections(v.block([v.limit('alice', 'buy', 9_900, 10, { reduceOnly: true })]))).toEqual([]);
    expect(v.health('alice')).toMatchObject({ equity: 5_050, initialWithOrders: 5_000 });
  });
});

describe('rule A: a reduce-only order of one side is no reduce-only order of the other', () => {
  // Long 10 @ 10,000 with equity 9,020. A reduce-only sell of 10 resting at 9,100 loses 9,000
  // against the mark: rule A needs IM 5,000 + 9,000 (the long stays the worse side while it rests),
  // and rule B refuses (a lot loses 900 + fee 5: 9,050 > 9,020). Counted as a reduce-only buy as
  // well it would cancel the long's side (0 lots) and pass with 9,000 <= 9,020.
  it('long 10 (equity 9,020): a reduce-only sell of 10 losing 9,000 is refused', () => {
    const v = new Scenario();
    funded(v, { alice: 9_070, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    expect(v.health('alice').equity).toBe(9_020);
    expect(rejections(v.block([v.limit('alice', 'sell', 9_100, 10, { reduceOnly: true })]))).toEqual(['insufficient-margin']);
  });

  it('the mirror: short 10 (equity 9,020), a reduce-only buy of 10 losing 9,000 is refused', () => {
    const v = new Scenario();
    funded(v, { alice: 9_070, bob: 1_000_000 });
    v.block([v.limit('bob', 'buy', 10_000, 10), v.limit('alice', 'sell', 10_000, 10)]);
    expect(v.health('alice').equity).toBe(9_020);
    expect(rejections(v.block([v.limit('alice', 'buy', 10_900, 10, { reduceOnly: true })]))).toEqual(['insufficient-margin']);
  });
});

describe('rule B: an order that only reduces risk is admitted below the initial margin, at its exact bounds', () => {
  // alice long 10 @ 10,000, collateral 5,950 (x k); the oracle falls to 9,600: equity 1,950 < IM
  // 4,800 (MM 2,880), all x k. Rule B admits a closing order whose worst loss per lot a (against
  // the mark, plus the fee of a lot) keeps E / MM from falling: a x MM <= E x mm_lot, i.e. a <= 195
  // (x k) here, and a x lots <= E.
  function squeezed(k = 1, price = 9_600): Scenario {
    const v = new Scenario({ tweak: quoteUnits(k) });
    funded(v, { alice: 6_000 * k, bob: 1_000_000 * k });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    v.block([], { prices: { 1: price } });
    return v;
  }
  // The mirror: short 10, the oracle up at 10,400 (equity 1,950, MM 3,120: a <= 195).
  function squeezedShort(): Scenario {
    const v = new Scenario();
    funded(v, { alice: 6_000, bob: 1_000_000 });
    v.block([v.limit('bob', 'buy', 10_000, 10), v.limit('alice', 'sell', 10_000, 10)]);
    v.block([], { prices: { 1: 10_400 } });
    return v;
  }

  for (const k of [1, 10]) {
    it(`a closing sell of 10 resting at 9,410 loses 190 + fee 5 = 195 a lot (x ${k}): admitted; at 9,409 (196) refused`, () => {
      const v = squeezed(k);
      expect(v.health('alice')).toMatchObject({ equity: 1_950 * k, initial: 4_800 * k, maintenance: 2_880 * k });
      expect(rejections(v.block([v.limit('alice', 'sell', 9_409, 10)]))).toEqual(['insufficient-margin']);
      expect(rejections(v.block([v.limit('alice', 'sell', 9_410, 10)]))).toEqual([]);
    });
  }

  it('the mirror: a closing buy of 10 resting at 10,590 (190 + fee 6 = 196) is refused, at 10,589 (195) admitted', () => {
    const v = squeezedShort();
    expect(v.health('alice')).toMatchObject({ equity: 1_950, maintenance: 3_120 });
    expect(rejections(v.block([v.limit('alice', 'buy', 10_590, 10)]))).toEqual(['insufficient-margin']);
    expect(rejections(v.block([v.limit('alice', 'buy', 10_589, 10)]))).toEqual([]);
  });

  it('an immediate fill is judged at the worst price it reaches, not its limit: closing 5 of 10 at a bid of 9,590 with a limit of 9,000', () => {
    // Rule A: the 5 left need IM 2,400 > 1,950 - 10 x 5 - fee. Rule B: a = 10 + 5 = 15 at 9,590.
    const v = squeezed();
    v.block([v.limit('bob', 'buy', 9_590, 5)]);
    const events = v.block([v.limit('alice', 'sell', 9_000, 5, { tif: IOC })]);
    expect(rejections(events)).toEqual([]);
    expect(bodies(events, 'fill').map((f) => [f.priceTicks, f.sizeLots])).toEqual([[9_590, 5]]);
  });

  it('an account with no equity left (0) may not rest even a closing order above the mark', () => {
    // Oracle 9,405: equity 5,950 - 5,950 = 0. A sell at 9,500 would lose nothing (a < 0).
    const v = squeezed(1, 9_405);
    expect(v.health('alice').equity).toBe(0);
    expect(rejections(v.block([v.limit('alice', 'sell', 9_500, 10)]))).toEqual(['insufficient-margin']);
  });

  it('an order that adds to the position is never admitted by rule B: short 10 squeezed, a sell of 5 above the mark', () => {
    const v = squeezedShort();
    expect(rejections(v.block([v.limit('alice', 'sell', 10_500, 5)]))).toEqual(['insufficient-margin']);
    expect(rejections(v.block([v.limit('alice', 'buy', 10_300, 5)]))).toEqual([]);
  });
});

describe('margin counts in quote units: quotePerTickLot 10', () => {
  it('a resting bid 900 ticks above the mark reserves IM 50,000 + its loss 10 x 900 x 10 = 90,000', () => {
    for (const [deposit, rested] of [[139_999, false], [140_000, true]] as const) {
      const v = new Scenario({ tweak: quoteUnits(10) });
      funded(v, { alice: deposit });
      const events = v.block([v.limit('alice', 'buy', 10_900, 10)]);
      expect([deposit, rejections(events)]).toEqual([deposit, rested ? [] : ['insufficient-margin']]);
      if (rested) expect(v.health('alice')).toMatchObject({ initialWithOrders: 140_000, orderLoss: 90_000 });
    }
  });

  it('a buy filling above the mark: loss (102,000 - 100,000) x 10 = 20,000 and taker fee ceil(1,020,000 x 500 ppm) = 510 on IM 50,000', () => {
    for (const [deposit, admitted] of [[70_509, false], [70_510, true]] as const) {
      const v = new Scenario({ tweak: quoteUnits(10) });
      funded(v, { alice: deposit, bob: 10_000_000 });
      v.block([v.limit('bob', 'sell', 10_200, 10)]);
      const events = v.block([v.limit('alice', 'buy', 10_500, 10, { tif: IOC })]);
      expect([deposit, rejections(events)]).toEqual([deposit, admitted ? [] : ['insufficient-margin']]);
    }
  });
});

describe('the reserve refuses what the engine never does (assertions, not rejections)', () => {
  function bookkeeping() {
    const v = new Scenario();
    funded(v, { alice: 1_000_000 });
    return { v, account: v.account('alice'), market: v.market() };
  }
  const order = (lots: number) => ({ side: SIDE_BUY, priceTicks: 9_000, lots, clientOrderId: 1 });

  it('a reserve of 0 lots, of a fraction, or of an order reserved already', () => {
    const { account, market } = bookkeeping();
    expect(() => reserveOrder(account, market, 1, order(0))).toThrow(VenueAssertionError);
    expect(() => reserveOrder(account, market, 1, order(1.5))).toThrow(VenueAssertionError);
    reserveOrder(account, market, 1, order(3));
    expect(() => reserveOrder(account, market, 1, order(3))).toThrow(/order 1 reserved twice/);
  });

  it('a release of an unknown order, of 0 lots or of more than it reserves', () => {
    const { account, market } = bookkeeping();
    expect(() => releaseLots(account, market, 1, 1)).toThrow(/order 1, which holds no reserve/);
    reserveOrder(account, market, 1, order(3));
    expect(() => releaseLots(account, market, 1, 0)).toThrow(VenueAssertionError);
    expect(() => releaseLots(account, market, 1, 0.5)).toThrow(VenueAssertionError);
    expect(() => releaseLots(account, market, 1, 4)).toThrow(/release of 4 lots of order 1, which reserves 3/);
    releaseLots(account, market, 1, 3);
    expect(account.exposure.size).toBe(0);
  });
});

describe('the fill guard counts the open position\'s unrealized P&L, not the collateral alone', () => {
  // 8,000 deposited, long 10 @ 10,000 (fee 50): collateral 7,950. The bid rests with IM(13 lots) 6,500.
  // Oracle 9,300: equity 7,950 - 7,000 = 950; the fill at 9,900 loses 3 x 600 = 1,800 against the
  // mark (rebate 2): 950 - 1,800 + 2 < 0. On the collateral alone (7,950) it would fill. At
  // quotePerTickLot 10 every amount is ten times that.
  for (const k of [1, 10]) {
    it(`a long 10 @ 10,000 with a bid of 3 @ 9,900 resting: at mark 9,300 (equity 950 x ${k}) the fill would lose 1,800 x ${k}, so the bid is cancelled`, () => {
      const v = new Scenario({ tweak: quoteUnits(k) });
      funded(v, { alice: 8_000 * k, bob: 1_000_000 * k, carol: 1_000_000 * k });
      v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
      expect(rejections(v.block([v.limit('alice', 'buy', 9_900, 3)]))).toEqual([]);
      v.block([], { prices: { 1: 9_300 } });
      expect(v.health('alice').equity).toBe(950 * k);
      const events = v.block([v.limit('carol', 'sell', 9_900, 3, { tif: IOC })]);
      expect(bodies(events, 'fill')).toEqual([]);
      expect(bodies(events, 'orderUpdate').map((u) => [u.accountId, u.status, u.reason])).toEqual([
        ['alice', 'cancelled', 'undercollateralized'],
        ['carol', 'cancelled', 'maker-undercollateralized'],
      ]);
      expect(v.position('alice').sizeLots).toBe(10);
    });

    it(`the same bid at mark 9,800 (equity 5,950 x ${k}) fills: it loses 300 x ${k} of it`, () => {
      const v = new Scenario({ tweak: quoteUnits(k) });
      funded(v, { alice: 8_000 * k, bob: 1_000_000 * k, carol: 1_000_000 * k });
      v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
      v.block([v.limit('alice', 'buy', 9_900, 3)]);
      v.block([], { prices: { 1: 9_800 } });
      expect(v.health('alice').equity).toBe(5_950 * k);
      const events = v.block([v.limit('carol', 'sell', 9_900, 3, { tif: IOC })]);
      expect(bodies(events, 'fill').map((f) => [f.makerAccountId, f.sizeLots])).toEqual([['alice', 3]]);
      expect(v.position('alice').sizeLots).toBe(13);
    });
  }
});
