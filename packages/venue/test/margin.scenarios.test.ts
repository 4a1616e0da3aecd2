/**
 * The margin model (docs/venue.md, "Margin model") in scripted scenarios, every number computed
 * by hand in the comments: resting orders' worst case in admission and withdrawals, orders that
 * only reduce risk between maintenance and initial margin (rule B), reduce-only orders checked
 * like any order, the fill guard, and a liquidation capped at the bankruptcy price with the rest
 * deleveraged. Each hole the model closes is shown open under its planted variant (the testing
 * seam), so the referee's invariants have something real to catch.
 *
 * The test market: quotePerTickLot 1, initial margin 5 %, maintenance 3 %, maker -100 ppm, taker
 * 500 ppm, band ±10 % of the oracle. With a one-sided book the mark is the oracle.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type VenuePolicy, type VenueVariant } from '@faultline/venue';
import { bodies, details, funded, IOC, rejections, S, Scenario } from './venue-scenario.ts';

/** alice long 10 @ 10,000 bought from bob (taker fee 50): collateral 5,950, bob short 10. */
function aliceLong(variant?: VenueVariant, insuranceFundSeed = 1_000_000): Scenario {
  const v = new Scenario({ insuranceFundSeed, ...(variant ? { variant } : {}) });
  funded(v, { alice: 6_000, bob: 1_000_000, carol: 1_000_000, dave: 1_000_000 });
  v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
  expect(v.collateral('alice')).toBe(5_950);
  return v;
}

describe('resting orders: the worst case of every one counts', () => {
  // 59,000 deposited; bids of 10 lots at 10,900 with the mark at 10,000 (inside the ±10 % band).
  // The n-th bid needs IM(10n lots) 5,000n + adverse loss 10 x 900 = 9,000 per bid: 14,000n <= 59,000.
  function tenBids(variant?: VenueVariant) {
    const v = new Scenario(variant ? { variant } : {});
    funded(v, { alice: 59_000, partner: 1_000_000 });
    const events = v.block(Array.from({ length: 10 }, () => v.limit('alice', 'buy', 10_900, 10)));
    return { v, events };
  }

  it('ten bids at 10,900 with the mark at 10,000 and 59,000 deposited: four rest (56,000), the fifth needs 70,000', () => {
    const { v, events } = tenBids();
    expect(rejections(events)).toEqual(Array(6).fill('insufficient-margin'));
    expect(details(events)[0]).toMatch(/^equity 59000 - worst case 0 < initial 70000 /);
    expect(v.account('alice').exposure.get(1)).toMatchObject({ buyLots: 40, count: 4 });
    expect(v.health('alice')).toMatchObject({ equity: 59_000, initialWithOrders: 56_000, orderLoss: 36_000 });
    // The partner sells 100 into them: 40 fill at 10,900 (maker rebate floor(109,000 x 100 ppm) = 10 each).
    const fill = v.block([v.limit('partner', 'sell', 10_900, 100, { tif: IOC })]);
    expect(bodies(fill, 'fill').map((f) => f.sizeLots)).toEqual([10, 10, 10, 10]);
    // Equity 59,040 + 40 x (10,000 - 10,900) = 23,040: still above the initial margin 20,000.
    expect(v.health('alice')).toMatchObject({ equity: 23_040, initial: 20_000 });
  });

  it('variant resting-reserve-forgotten: all ten rest, the partner fills 100 and the account ends at -30,900', () => {
    const { v, events } = tenBids('resting-reserve-forgotten');
    expect(rejections(events)).toEqual([]);
    v.block([v.limit('partner', 'sell', 10_900, 100, { tif: IOC })]);
    // 59,000 + 10 rebates of 10 + 100 x (10,000 - 10,900) = -30,900; the partner +90,000 - 550 fees.
    expect(v.health('alice').equity).toBe(-30_900);
    expect(v.health('partner').equity).toBe(1_000_000 + 90_000 - 550);
  });
});

describe('withdrawals count resting orders', () => {
  // 20,000 deposited, one bid 10 @ 10,900 at mark 10,000: required 5,000 + 9,000 = 14,000, free 6,000.
  function withBid(variant?: VenueVariant) {
    const v = new Scenario(variant ? { variant } : {});
    funded(v, { alice: 20_000, partner: 1_000_000 });
    v.block([v.limit('alice', 'buy', 10_900, 10)]);
    return v;
  }

  it('only 6,000 of 20,000 can leave while the bid rests', () => {
    const v = withBid();
    const rejected = v.block([v.withdraw('alice', 6_001)]);
    expect(rejections(rejected)).toEqual(['insufficient-free-collateral']);
    expect(details(rejected)).toEqual(['free 6000']);
    expect(rejections(v.block([v.withdraw('alice', 6_000)]))).toEqual([]);
    // Filled now: equity 14,000 + 10 rebate - 9,000 = 5,010 >= IM 5,000.
    v.block([v.limit('partner', 'sell', 10_900, 10, { tif: IOC })]);
    expect(v.health('alice')).toMatchObject({ equity: 5_010, initial: 5_000 });
  });

  it('variant withdrawal-ignores-resting: 15,000 leaves, the fill takes the account to -3,990', () => {
    const v = withBid('withdrawal-ignores-resting');
    expect(rejections(v.block([v.withdraw('alice', 15_000)]))).toEqual([]);
    v.block([v.limit('partner', 'sell', 10_900, 10, { tif: IOC })]);
    expect(v.health('alice').equity).toBe(5_000 + 10 - 9_000);
  });
});

describe('reduce-only orders take the margin check', () => {
  // alice long 10 @ 10,000 with 5,950: bankruptcy price 10,000 - 5,950 / 10 = 9,405.
  it('a reduce-only IOC through the bankruptcy price is rejected; one above it closes', () => {
    const v = aliceLong();
    // carol bids 10 @ 9,000: selling there loses 10,000 > equity 5,950 (rule A: -4,050 < 0;
    // rule B: 1,000 a lot x 10 > 5,950).
    const through = v.block([v.limit('carol', 'buy', 9_000, 10), v.limit('alice', 'sell', 9_000, 10, { tif: IOC, reduceOnly: true })]);
    expect(rejections(through)).toEqual(['insufficient-margin']);
    expect(v.position('alice').sizeLots).toBe(10);
    // dave bids 10 @ 9,500: 5,950 - 5,000 = 950 >= 0 with nothing left open (rule A).
    const above = v.block([v.limit('dave', 'buy', 9_500, 10), v.limit('alice', 'sell', 9_500, 10, { tif: IOC, reduceOnly: true })]);
    expect(rejections(above)).toEqual([]);
    // Taker fee ceil(95,000 x 500 ppm) = 48: 950 - 48 = 902.
    expect(v.position('alice').sizeLots).toBe(0);
    expect(v.collateral('alice')).toBe(902);
  });

  it('variant reduce-only-unchecked: the same order fills, and the account ends flat at -4,095 (a liquidation finds no position)', () => {
    const v = aliceLong('reduce-only-unchecked');
    const events = v.block([v.limit('carol', 'buy', 9_000, 10), v.limit('alice', 'sell', 9_000, 10, { tif: IOC, reduceOnly: true })]);
    expect(rejections(events)).toEqual([]);
    // 5,950 - 10,000 - fee ceil(90,000 x 500 ppm) = 45.
    expect(v.collateral('alice')).toBe(-4_095);
    expect(bodies(v.block([v.liquidate('alice')]), 'liquidation')[0]).toMatchObject({ executed: false, reason: 'no-position' });
  });
});

describe('between maintenance and initial margin, orders that only reduce risk are accepted', () => {
  // Oracle 9,750: equity 5,950 - 2,500 = 3,450; IM ceil(97,500 x 5 %) = 4,875; MM 2,925.
  function squeezed(): Scenario {
    const v = aliceLong();
    v.block([], { prices: { 1: 9_750 } });
    expect(v.health('alice')).toMatchObject({ equity: 3_450, initial: 4_875, maintenance: 2_925 });
    return v;
  }

  it('a closing GTC above the mark rests (rule B: it loses nothing if it fills); an opening bid is rejected', () => {
    const v = squeezed();
    const events = v.block([v.limit('alice', 'sell', 9_800, 10), v.limit('alice', 'buy', 9_700, 1)]);
    // The bid: IM of 11 lots ceil(11 x 9,750 x 5 %) = 5,363 > 3,450, and it opens risk.
    expect(rejections(events)).toEqual(['insufficient-margin']);
    expect(v.account('alice').exposure.get(1)).toMatchObject({ sellLots: 10, buyLots: 0, count: 1 });
  });

  it('a closing IOC at the mark: the rest of the position keeps its initial margin (rule A)', () => {
    const v = squeezed();
    // 5 @ 9,750: equity 3,450 >= IM of 5 lots ceil(48,750 x 5 %) = 2,438.
    expect(rejections(v.block([v.limit('carol', 'buy', 9_750, 5), v.limit('alice', 'sell', 9_750, 5, { tif: IOC })]))).toEqual([]);
    expect(v.position('alice').sizeLots).toBe(5);
  });

  it('a partial close below the mark passes while equity / maintenance does not fall: up to 345 a lot with the fee (9,410; the bankruptcy price is 9,405)', () => {
    // Closing 2 of 10 lots at a loss of a a lot (adverse + the fee of a lot, ceil(p x 500 ppm) = 5):
    // (3,450 - 2a) / MM(8 lots) >= 3,450 / 2,925 for any part exactly when a x 2,925 <= 3,450 x 292.5
    // (MM a lot), a <= 345: 9,750 - 9,410 + 5 = 345 passes, 9,409 (346) does not. Rule A fails
    // for both: IM of 8 lots ceil(78,000 x 5 %) = 3,900 > 3,450 - 2a.
    const ok = squeezed();
    expect(rejections(ok.block([ok.limit('carol', 'buy', 9_410, 2), ok.limit('alice', 'sell', 9_410, 2, { tif: IOC })]))).toEqual([]);
    expect(ok.position('alice').sizeLots).toBe(8);
    // After: equity 3,450 - 680 - fee ceil(18,820 x 500 ppm) = 10 -> 2,760; MM ceil(78,000 x 3 %) = 2,340:
    // 2,760 / 2,340 = 3,450 / 2,925 exactly — the ratio did not fall.
    expect(ok.health('alice')).toMatchObject({ equity: 2_760, maintenance: 2_340 });
    const worse = squeezed();
    const events = worse.block([worse.limit('carol', 'buy', 9_409, 2), worse.limit('alice', 'sell', 9_409, 2, { tif: IOC })]);
    expect(rejections(events)).toEqual(['insufficient-margin']);
    expect(worse.position('alice').sizeLots).toBe(10);
  });
});

describe('reduce-only GTC: rests between maintenance and initial margin, never opens a position', () => {
  // squeezed: alice long 10 @ 10,000, oracle 9,750, equity 3,450 (IM 4,875, MM 2,925).
  function squeezed(policy?: VenuePolicy): Scenario {
    const v = new Scenario({ ...(policy ? { policy } : {}) });
    funded(v, { alice: 6_000, bob: 1_000_000, carol: 1_000_000, dave: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    v.block([], { prices: { 1: 9_750 } });
    expect(v.health('alice')).toMatchObject({ equity: 3_450, initial: 4_875, maintenance: 2_925 });
    return v;
  }

  it('a reduce-only GTC sell of 10 @ 9,800 rests (rule B: it loses nothing) and, when hit, closes: 5,950 - 2,000 + rebate 9 = 3,959', () => {
    const v = squeezed();
    expect(rejections(v.block([v.limit('alice', 'sell', 9_800, 10, { reduceOnly: true })]))).toEqual([]);
    expect(v.account('alice').exposure.get(1)).toMatchObject({ sellLots: 10, reduceOnlySellLots: 10, count: 1 });
    v.block([v.limit('carol', 'buy', 9_800, 10, { tif: IOC })]);
    // Rebate floor(98,000 x 100 ppm) = 9.
    expect(v.position('alice').sizeLots).toBe(0);
    expect(v.collateral('alice')).toBe(3_959);
    expect(v.account('alice').exposure.size).toBe(0);
  });

  it('after the position shrinks to 4, a bid of 10 fills 4 of the resting 10 and the other 6 leave (reduce-only): flat, never short', () => {
    const v = squeezed();
    v.block([v.limit('alice', 'sell', 9_800, 10, { reduceOnly: true })]);
    // Closing 6 at the mark with the reduce-only order resting (rule A): the resting 10 count only up to
    // the 4 left, worse side max(|4|, |4 - 4|) = 4 lots, IM ceil(39,000 x 5 %) = 1,950 <= 3,450 - fee
    // ceil(58,500 x 500 ppm) = 30.
    expect(rejections(v.block([v.limit('carol', 'buy', 9_750, 6), v.limit('alice', 'sell', 9_750, 6, { tif: IOC })]))).toEqual([]);
    expect(v.position('alice').sizeLots).toBe(4);
    expect(v.collateral('alice')).toBe(5_950 - 1_500 - 30);
    const hit = v.block([v.limit('dave', 'buy', 9_800, 10, { tif: IOC })]);
    expect(bodies(hit, 'fill').map((f) => [f.makerAccountId, f.priceTicks, f.sizeLots])).toEqual([['alice', 9_800, 4]]);
    expect(bodies(hit, 'orderUpdate').map((u) => [u.accountId, u.status, u.remainingLots, u.reason, u.detail])).toEqual([
      ['alice', 'cancelled', 0, 'reduce-only', 'position 0'],
      ['dave', 'cancelled', 6, 'unfilled', ''],
    ]);
    // 4,420 - 4 x 200 + rebate floor(39,200 x 100 ppm) = 3.
    expect(v.position('alice').sizeLots).toBe(0);
    expect(v.collateral('alice')).toBe(3_623);
    expect(v.account('alice').exposure.size).toBe(0);
  });

  it('with it resting, closing all 10 at the mark is accepted (a reduce-only order counts only up to the position: none once flat); it then leaves unfilled when hit', () => {
    const v = squeezed();
    v.block([v.limit('alice', 'sell', 9_800, 10, { reduceOnly: true })]);
    // Rule A: flat after, the resting 10 count up to the position, 0: required 0 <= 3,450 - fee
    // ceil(97,500 x 500 ppm) = 49. (Counted as plain sells they would need IM of 10 lots, 4,875.)
    expect(rejections(v.block([v.limit('carol', 'buy', 9_750, 10), v.limit('alice', 'sell', 9_750, 10, { tif: IOC })]))).toEqual([]);
    expect(v.position('alice').sizeLots).toBe(0);
    expect(v.collateral('alice')).toBe(5_950 - 2_500 - 49);
    const hit = v.block([v.limit('dave', 'buy', 9_800, 1, { tif: IOC })]);
    expect(bodies(hit, 'fill')).toEqual([]);
    expect(bodies(hit, 'orderUpdate').map((u) => [u.accountId, u.status, u.reason])).toEqual([
      ['alice', 'cancelled', 'reduce-only'],
      ['dave', 'cancelled', 'unfilled'],
    ]);
    expect(v.position('alice').sizeLots).toBe(0);
  });

  it('a halt cancels resting reduce-only orders even without cancel-on-halt, and none queues in the auction', () => {
    const v = squeezed({ ...DEFAULT_POLICY, cancelOnHalt: { enabled: false } });
    v.block([v.limit('alice', 'sell', 9_800, 10, { reduceOnly: true }), v.limit('bob', 'buy', 9_700, 1)]);
    const gap = v.block([], { dtUs: 15 * S });
    expect(bodies(gap, 'orderUpdate').map((u) => [u.accountId, u.status, u.reason, u.detail])).toEqual([['alice', 'cancelled', 'reduce-only', 'market halted']]);
    expect(v.market().book.bestBidTicks()).toBe(9_700);
    v.idle(4);
    const auction = v.block([v.limit('alice', 'sell', 9_800, 10, { reduceOnly: true })]);
    expect(rejections(auction)).toEqual(['auction-in-progress']);
  });
});

describe('the fill guard: no user fill takes equity below zero', () => {
  // alice rests a bid of 10 @ 10,000 with exactly its IM, 5,000. The oracle falls to 9,100 (the bid
  // stays inside the new band, 8,190..10,010); a fill now would cost 10 x 900 = 9,000 against the mark.
  function staleBid(variant?: VenueVariant) {
    const v = new Scenario(variant ? { variant } : {});
    funded(v, { alice: 5_000, carol: 1_000_000 });
    expect(rejections(v.block([v.limit('alice', 'buy', 10_000, 10)]))).toEqual([]);
    v.block([], { prices: { 1: 9_100 } });
    const events = v.block([v.limit('carol', 'sell', 10_000, 10, { tif: IOC })]);
    return { v, events };
  }

  it('the maker is cancelled (undercollateralized) instead of filled, and the taker stops there', () => {
    const { v, events } = staleBid();
    expect(bodies(events, 'fill')).toEqual([]);
    expect(bodies(events, 'orderUpdate').map((u) => [u.accountId, u.status, u.reason])).toEqual([
      ['alice', 'cancelled', 'undercollateralized'],
      ['carol', 'cancelled', 'maker-undercollateralized'],
    ]);
    expect(v.health('alice').equity).toBe(5_000);
    expect(v.account('alice').exposure.size).toBe(0);
  });

  it('with the guard off (a margin variant) the fill happens: 5,000 + 10 rebate - 9,000 = -3,990', () => {
    const { v } = staleBid('resting-reserve-forgotten');
    expect(v.health('alice').equity).toBe(-3_990);
  });
});

describe('liquidation: the book close stops at the bankruptcy price when the fund cannot pay, the rest goes to ADL', () => {
  // Fund 0. Oracle 9,300: alice's equity 5,950 - 7,000 = -1,050. dave bids 4 @ 9,450 and 3 @ 9,200.
  // Cap: ceil((100,000 - 5,950 - 0) / 10) = 9,405 (the slippage limit ceil(9,300 x 0.97) = 9,021 is lower).
  function underwater(variant?: VenueVariant) {
    const v = aliceLong(variant, 0);
    const events = v.block([v.limit('dave', 'buy', 9_450, 4), v.limit('dave', 'buy', 9_200, 3), v.liquidate('alice')], { prices: { 1: 9_300 } });
    return { v, events };
  }

  it('4 fill at 9,450 (above the cap), 9,200 does not; 6 lots go by ADL to bob at their own bankruptcy price 9,375', () => {
    const { v, events } = underwater();
    expect(bodies(events, 'fill').map((f) => [f.priceTicks, f.sizeLots])).toEqual([[9_450, 4]]);
    // After the fills: collateral 5,950 + 37,800 - 40,000 = 3,750; equity 3,750 + 55,800 - 60,000 = -450;
    // penalty min(ceil(37,800 x 0.5 %) = 189, 0) = 0. Bankruptcy of the 6 left: ceil((60,000 - 3,750) / 6) = 9,375.
    expect(bodies(events, 'adl')).toEqual([
      { height: v.state.height, marketId: 1, liquidatedAccountId: 'alice', counterpartyAccountId: 'bob', sizeLots: 6, priceTicks: 9_375, insuranceFundBefore: 0 },
    ]);
    expect(bodies(events, 'liquidation')).toEqual([
      expect.objectContaining({ executed: true, reason: 'book+adl', sizeLots: 10, priceTicks: 9_450, penalty: 0, badDebt: 450, insuranceFundAfter: 0, equityBefore: -1_050 }),
    ]);
    // alice ends flat at exactly 0; bob closes 6 of his short at 9,375 (+3,750); dave's 9,200 bid rests.
    expect(v.position('alice').sizeLots).toBe(0);
    expect(v.collateral('alice')).toBe(0);
    expect(v.position('bob')).toMatchObject({ sizeLots: -4, realizedPnl: 3_750 });
    expect(v.market().book.bestBidTicks()).toBe(9_200);
    expect(v.state.badDebtTotal).toBe(0);
  });

  it('variant liquidation-past-bankruptcy: 3 more fill at 9,200 with the fund empty, and bob is deleveraged at 9,550 instead', () => {
    const { v, events } = underwater('liquidation-past-bankruptcy');
    expect(bodies(events, 'fill').map((f) => [f.priceTicks, f.sizeLots])).toEqual([
      [9_450, 4],
      [9_200, 3],
    ]);
    // Collateral 5,950 + 37,800 + 27,600 - 70,000 = 1,350; equity 1,350 + 27,900 - 30,000 = -750;
    // bankruptcy of the 3 left: ceil((30,000 - 1,350) / 3) = 9,550.
    expect(bodies(events, 'adl')).toEqual([expect.objectContaining({ counterpartyAccountId: 'bob', sizeLots: 3, priceTicks: 9_550 })]);
  });
});

describe('the fill guard holds in the reopening auction too', () => {
  // A 15 s gap halts the market; 5 s later (the resume delay) it reopens into a 10 s call auction.
  // alice queues a bid of 10 @ 10,000 (IM 5,000 at the mark 10,000), bob an ask of 10 @ 10,000.
  // During the auction the oracle falls to 9,000 (10 %, inside the 15 % deviation guard): at the
  // uncross the only price is 10,000, which loses alice 10 x 1,000 = 10,000 against the new mark;
  // as the older order she is the maker (rebate floor(100,000 x 100 ppm) = 10).
  function auctionAfterDrop(deposit: number) {
    const v = new Scenario();
    funded(v, { alice: deposit, bob: 1_000_000 });
    v.block([]); // block 2: the interval from block 1 (genesis time) is no gap
    v.block([], { dtUs: 15 * S });
    v.idle(4);
    const open = v.block([v.limit('alice', 'buy', 10_000, 10), v.limit('bob', 'sell', 10_000, 10)]);
    expect(bodies(open, 'orderUpdate').map((u) => [u.accountId, u.status])).toEqual([
      ['alice', 'accepted'],
      ['bob', 'accepted'],
    ]);
    v.idle(9, { prices: { 1: 9_000 } });
    expect(v.market().markTicks).toBe(9_000);
    return { v, uncross: v.block([]) };
  }

  it('5,000 deposited: the fill would leave 5,000 - 10,000 + 10 = -4,990, so alice is cancelled (undercollateralized) and nothing crosses; bob rests', () => {
    const { v, uncross } = auctionAfterDrop(5_000);
    expect(bodies(uncross, 'orderUpdate').map((u) => [u.accountId, u.status, u.reason])).toEqual([
      ['alice', 'cancelled', 'undercollateralized'],
      ['bob', 'resting', ''],
    ]);
    expect(bodies(uncross, 'auctionResult')).toEqual([expect.objectContaining({ priceTicks: 0, matchedLots: 0 })]);
    expect(bodies(uncross, 'fill')).toEqual([]);
    expect(v.health('alice').equity).toBe(5_000);
    expect(v.account('alice').exposure.size).toBe(0);
    expect(v.market().book.bestAskTicks()).toBe(10_000);
  });

  it('10,000 deposited: the same fill leaves 10,000 - 10,000 + 10 = 10 >= 0 and happens', () => {
    const { v, uncross } = auctionAfterDrop(10_000);
    expect(bodies(uncross, 'fill').map((f) => [f.makerAccountId, f.takerAccountId, f.priceTicks, f.sizeLots, f.makerFee])).toEqual([['alice', 'bob', 10_000, 10, -10]]);
    expect(v.health('alice').equity).toBe(10);
  });
});
