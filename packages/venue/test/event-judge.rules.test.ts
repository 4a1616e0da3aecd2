/**
 * The VenueEventJudge's checks of a block's events alone (checks.ts), each shown to fire on
 * hand-made events, by name and detail, and to stay silent one step short of its bound (found by
 * mutation testing of checks.ts):
 * - no-fill-while-halted: a fill is allowed in an active market, and in an auction market only
 *   after that market's auction result in the block; a market's state is followed across blocks;
 *   before any MarketStatus a market is pre-open when the judge saw block 1, else taken as active;
 * - fees-venue-favour per side (maker and taker), only for markets the config lists;
 * - funding-zero-sum; insurance-fund-non-negative in a liquidation result (0 is fine);
 * - price-time-priority from consecutive fills of one taker order in one market, auction fills aside;
 * - the referee is kept only by a judge that saw block 1 (else its invariants are unjudged).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, MARKET_ACTIVE, MARKET_AUCTION, MARKET_HALTED, MARKET_PRE_OPEN, SIDE_BUY, SIDE_SELL, VenueEventJudge, VenueMonitor, type FillEvent, type VenueEvent } from '@faultline/venue';
import { testVenueConfig } from '@faultline/venue/testing';
import { funded, Scenario } from './venue-scenario.ts';

// Market 1: quotePerTickLot 1, maker -100 ppm, taker 500 ppm (venue-scenario.ts).
const { config } = testVenueConfig({ markets: 1, policy: DEFAULT_POLICY, insuranceFundSeed: 1_000_000 });
const BLOCK = { timeUs: 1_000_000, txs: [] };

let fillIds = 0;
/** A fill at 10,000 x 1 with the exact fees (maker -1, taker 5) unless `f` says otherwise. */
function fill(f: Partial<FillEvent> = {}): VenueEvent {
  return {
    kind: 'fill',
    fill: { fillId: ++fillIds, height: 2, marketId: 1, makerOrderId: 1, takerOrderId: 2, makerAccountId: 'bob', takerAccountId: 'alice', takerSide: SIDE_BUY, priceTicks: 10_000, sizeLots: 1, makerFee: -1, takerFee: 5, ...f },
  };
}
const status = (state: number, marketId = 1): VenueEvent => ({ kind: 'marketStatus', marketStatus: { marketId, height: 2, state, reason: '', blockTimeUs: 0 } });
const auction = (marketId = 1): VenueEvent => ({ kind: 'auctionResult', auctionResult: { marketId, height: 2, priceTicks: 10_000, matchedLots: 1, imbalanceLots: 0 } });

/** The violations of one block judged at `height` (2 unless told: no referee). */
function judge(events: VenueEvent[], judgeOf = new VenueEventJudge(config), height = 2): string[] {
  return judgeOf.judge(height, events, BLOCK, undefined).map((v) => `${v.invariant} @${v.height}: ${v.detail}`);
}
const names = (events: VenueEvent[], judgeOf = new VenueEventJudge(config), height = 2) => judge(events, judgeOf, height).map((line) => line.split(' @')[0]);

describe('no-fill-while-halted', () => {
  it('a market never reported is active to a judge that starts mid-chain, pre-open to one that saw block 1', () => {
    expect(judge([fill()])).toEqual([]);
    const f = fill({ fillId: 77 });
    expect(judge([f], new VenueEventJudge(config), 1).filter((l) => l.startsWith('no-fill'))).toEqual([`no-fill-while-halted @1: fill 77 in market 1 while its state is ${MARKET_PRE_OPEN}`]);
  });

  it('a halt in the block stops fills after it, and the state is followed into later blocks until it changes', () => {
    const j = new VenueEventJudge(config);
    expect(names([fill(), status(MARKET_HALTED), fill({ fillId: 900 })], j)).toEqual(['no-fill-while-halted']);
    expect(judge([fill({ fillId: 901 })], j)).toEqual([`no-fill-while-halted @2: fill 901 in market 1 while its state is ${MARKET_HALTED}`]);
    expect(judge([status(MARKET_ACTIVE), fill()], j)).toEqual([]);
    expect(judge([fill()], j)).toEqual([]);
  });

  it('in an auction market only after that market\'s auction result', () => {
    const j = new VenueEventJudge(config);
    expect(names([status(MARKET_AUCTION), fill()], j)).toEqual(['no-fill-while-halted']);
    expect(names([auction(2), fill()], j)).toEqual(['no-fill-while-halted']);
    expect(names([fill(), auction(1)], j)).toEqual(['no-fill-while-halted']);
    expect(names([auction(1), fill()], j)).toEqual([]);
  });

  it('states are per market', () => {
    const j = new VenueEventJudge(config);
    expect(names([status(MARKET_HALTED, 2), fill()], j)).toEqual([]);
    expect(names([fill({ marketId: 2, makerFee: 0, takerFee: 0 })], j)).toEqual(['no-fill-while-halted']);
  });
});

describe('fees-venue-favour per side', () => {
  it('the exact fees pass; a taker fee one unit high or low, a maker rebate one unit large or missing, are named', () => {
    expect(judge([fill()])).toEqual([]);
    expect(judge([fill({ fillId: 5, takerFee: 6 })])).toEqual(['fees-venue-favour @2: fill 5: taker fee 6 for notional 10000 at 500 ppm']);
    expect(judge([fill({ fillId: 5, takerFee: 4 })])).toEqual(['fees-venue-favour @2: fill 5: taker fee 4 for notional 10000 at 500 ppm']);
    expect(judge([fill({ fillId: 6, makerFee: -2 })])).toEqual(['fees-venue-favour @2: fill 6: maker fee -2 for notional 10000 at -100 ppm']);
    expect(judge([fill({ fillId: 6, makerFee: 0 })])).toEqual(['fees-venue-favour @2: fill 6: maker fee 0 for notional 10000 at -100 ppm']);
    expect(names([fill({ makerFee: 0, takerFee: 4 })])).toEqual(['fees-venue-favour', 'fees-venue-favour']);
  });

  it('rounding in the venue\'s favour: a fractional exact fee rounds the taker up and the rebate down', () => {
    // notional 10,001: taker 5.0005 -> 6, rebate -1.0001 -> -1.
    expect(judge([fill({ priceTicks: 10_001, takerFee: 6, makerFee: -1 })])).toEqual([]);
    expect(judge([fill({ fillId: 8, priceTicks: 10_001, takerFee: 5 })])).toEqual(['fees-venue-favour @2: fill 8: taker fee 5 for notional 10001 at 500 ppm']);
    expect(judge([fill({ fillId: 8, priceTicks: 10_001, takerFee: 6, makerFee: -2 })])).toEqual(['fees-venue-favour @2: fill 8: maker fee -2 for notional 10001 at -100 ppm']);
  });

  it('a fill in a market the config does not list has no fee to judge', () => {
    expect(judge([fill({ marketId: 9, takerFee: 1_000, makerFee: 1_000 })])).toEqual([]);
  });
});

describe('funding-zero-sum and the fund in a liquidation result', () => {
  const funding = (totalPaid: number, totalReceived: number): VenueEvent => ({
    kind: 'funding',
    funding: { height: 2, marketId: 1, ratePpm: 10, markTicks: 10_000, oracleTicks: 10_000, totalPaidByLongs: totalPaid, totalPaid, totalReceived, intervals: 1 },
  });
  const liquidation = (insuranceFundAfter: number): VenueEvent => ({ kind: 'liquidation', liquidation: { accountId: 'bob', insuranceFundAfter } as never });

  it('funding paid must equal funding received', () => {
    expect(judge([funding(10, 10)])).toEqual([]);
    expect(judge([funding(10, 9)])).toEqual(['funding-zero-sum @2: market 1: paid 10, received 9']);
  });

  it('a liquidation may leave the fund at 0, not below', () => {
    expect(judge([liquidation(0)])).toEqual([]);
    expect(judge([liquidation(-1)])).toEqual(['insurance-fund-non-negative @2: fund -1 after liquidating bob']);
  });
});

describe('price-time-priority from one taker order\'s fills', () => {
  const at = (priceTicks: number, makerOrderId: number, f: Partial<FillEvent> = {}) => fill({ priceTicks, makerOrderId, ...f });
  // The fees of these fills are not what is judged here.
  const order = (events: VenueEvent[]) => judge(events).filter((l) => l.startsWith('price-time-priority'));
  const orderNames = (events: VenueEvent[]) => order(events).map((line) => line.split(' @')[0]);

  it('a buy takes the lowest asks first: a later fill at a lower price is named', () => {
    expect(orderNames([at(10_000, 1), at(10_001, 2), at(10_001, 3)])).toEqual([]);
    expect(order([at(10_001, 1), at(10_000, 2)])).toEqual(['price-time-priority @2: taker order 2 in market 1 filled at 10001 before the better 10000']);
  });

  it('a sell takes the highest bids first', () => {
    expect(orderNames([at(10_001, 1, { takerSide: SIDE_SELL }), at(10_000, 2, { takerSide: SIDE_SELL })])).toEqual([]);
    expect(orderNames([at(10_000, 1, { takerSide: SIDE_SELL }), at(10_001, 2, { takerSide: SIDE_SELL })])).toEqual(['price-time-priority']);
  });

  it('at one price the older maker order (the lower id) first', () => {
    expect(order([at(10_000, 5), at(10_000, 4)])).toEqual(['price-time-priority @2: taker order 2 in market 1 took maker order 5 before the older 4 at 10000']);
    expect(orderNames([at(10_000, 4), at(10_000, 4)])).toEqual([]);
  });

  it('only consecutive fills of one taker order in one market are compared', () => {
    expect(orderNames([at(10_001, 1), at(9_000, 2, { takerOrderId: 3 })])).toEqual([]);
    expect(orderNames([at(10_001, 1), at(9_000, 2, { marketId: 9 })])).toEqual([]);
    expect(orderNames([at(10_001, 1), at(9_000, 2, { takerOrderId: 3 }), at(10_000, 3)])).toEqual([]);
  });

  it('the fills of a market\'s auction uncrossing are not continuous matching', () => {
    expect(orderNames([auction(1), at(10_001, 1), at(10_000, 2)])).toEqual([]);
    expect(orderNames([auction(2), at(10_001, 1), at(10_000, 2)])).toEqual(['price-time-priority']);
  });
});

describe('the referee is kept from block 1 only', () => {
  it('a judge or monitor that starts mid-chain has no books and says why its invariants are unjudged', () => {
    const late = new VenueEventJudge(config);
    late.judge(2, [], BLOCK, undefined);
    expect(late.books).toBeUndefined();
    expect(late.refereeUnjudged).toMatch(/keeps books from genesis/);
    const monitor = new VenueMonitor();
    expect(monitor.books).toBeUndefined();
    expect(monitor.refereeUnjudged).toMatch(/keeps books from genesis/);
  });

  it('one that saw block 1 has the referee\'s books and no reason', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000 });
    expect(v.monitor.books?.constructor.name).toBe('Referee');
    expect(v.monitor.refereeUnjudged).toBeUndefined();
  });
});
