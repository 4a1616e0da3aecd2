/**
 * Matching and settlement rules no focused test pinned (found by mutation testing of matching.ts):
 * - the taker's fill guard at its bound (admission keeps every user taker clear of it, so it is
 *   driven here through executeTaker itself: the second line must hold on its own);
 * - admission previews a taker the band blocks as filling nothing;
 * - a taker stopped by the band halts the market only if liquidity waits within its own limit
 *   (exactly at it included), on both sides;
 * - a hedger's quote slot forgets an order when it is filled whole, not when it is filled in part;
 * - an auction order drained into continuous trading rests as an ordinary (not reduce-only) order;
 * - settleFill refuses a fill of no lots, at no price, or between orders of one side;
 * - the planted fee-rounding-trader-favour and taker-extra-lot variants reach settlement.
 */
import { describe, expect, it } from 'vitest';
import { MARKET_ACTIVE, MARKET_AUCTION, MARKET_HALTED, SIDE_BUY, SIDE_SELL, VenueAssertionError } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { BlockContext } from '../src/context.ts';
import { executeTaker, settleFill } from '../src/matching.ts';
import { bodies, funded, IOC, rejections, S, Scenario } from './venue-scenario.ts';

type Events = ReturnType<Scenario['block']>;
const fills = (events: Events) => bodies(events, 'fill').map((f) => [f.makerAccountId, f.takerAccountId, f.priceTicks, f.sizeLots]);
const updates = (events: Events, id: string) => bodies(events, 'orderUpdate').filter((u) => u.accountId === id).map((u) => [u.status, u.reason]);

describe('the taker\'s fill guard', () => {
  // alice buys 1 from bob's ask at 10,100, mark 10,000: she loses 100 against the mark and pays
  // the taker fee ceil(10,100 x 500 ppm) = 6. With 106 she ends at exactly 0; with 105 at -1.
  function take(collateral: number) {
    const v = new Scenario();
    funded(v, { alice: collateral, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_100, 1)]);
    expect(v.market().markTicks).toBe(10_000);
    const ctx = new BlockContext(v.state, v.state.height + 1, v.timeUs + S);
    executeTaker(ctx, v.market(), v.account('alice'), { orderId: v.state.nextOrderId++, side: SIDE_BUY, limitTicks: 10_100, sizeLots: 1, clientOrderId: 9, rests: false });
    return { fills: fills(ctx.events), alice: updates(ctx.events, 'alice'), equity: v.health('alice').equity };
  }

  it('a taker whose fill leaves its equity at exactly 0 fills', () => {
    expect(take(106)).toEqual({ fills: [['bob', 'alice', 10_100, 1]], alice: [['filled', '']], equity: 0 });
  });

  it('one unit less and the taker stops before the fill (taker-undercollateralized), nothing fills', () => {
    expect(take(105)).toEqual({ fills: [], alice: [['cancelled', 'taker-undercollateralized']], equity: 105 });
  });
});

describe('admission of a taker the band blocks', () => {
  it('alice, with 100, buys 1 IOC at bob\'s 8,000 ask below the band: admitted as filling nothing — nothing fills, the market halts', () => {
    const v = new Scenario();
    funded(v, { alice: 100, bob: 1_000_000 });
    const events = v.block([v.limit('bob', 'sell', 8_000, 1), v.limit('alice', 'buy', 8_000, 1, { tif: IOC })]);
    expect(rejections(events)).toEqual([]);
    expect(fills(events)).toEqual([]);
    expect(updates(events, 'alice')).toEqual([['cancelled', 'market-halted']]);
  });

  it('alice, with 100, sells 1 IOC at 11,500 into bob\'s 12,000 bid above the band: the same', () => {
    const v = new Scenario();
    funded(v, { alice: 100, bob: 1_000_000 });
    const events = v.block([v.limit('bob', 'buy', 12_000, 1), v.limit('alice', 'sell', 11_500, 1, { tif: IOC })]);
    expect(rejections(events)).toEqual([]);
    expect(fills(events)).toEqual([]);
    expect(v.market().state).toBe(MARKET_HALTED);
  });
});

describe('a taker stopped by the band halts the market only if liquidity waits within its limit', () => {
  // Band 9,000..11,000. One lot fills inside it; the second waits beyond it.
  function sweep(side: 'buy' | 'sell', limit: number) {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block(side === 'buy' ? [v.limit('bob', 'sell', 10_500, 1), v.limit('bob', 'sell', 11_500, 1)] : [v.limit('bob', 'buy', 9_500, 1), v.limit('bob', 'buy', 8_800, 1)]);
    const events = v.block([v.limit('alice', side, limit, 2, { tif: IOC })]);
    return { filled: fills(events).map(([, , price]) => price), alice: updates(events, 'alice'), state: v.market().state };
  }

  it('a buy up to 11,500 with an ask at 11,500: halts', () => {
    expect(sweep('buy', 11_500)).toEqual({ filled: [10_500], alice: [['cancelled', 'market-halted']], state: MARKET_HALTED });
  });

  it('a buy up to 11,400 with the ask at 11,500: no halt, the rest is unfilled', () => {
    expect(sweep('buy', 11_400)).toEqual({ filled: [10_500], alice: [['cancelled', 'unfilled']], state: MARKET_ACTIVE });
  });

  it('a sell down to 8,800 with a bid at 8,800: halts', () => {
    expect(sweep('sell', 8_800)).toEqual({ filled: [9_500], alice: [['cancelled', 'market-halted']], state: MARKET_HALTED });
  });

  it('a sell down to 8,900 with the bid at 8,800: no halt, the rest is unfilled', () => {
    expect(sweep('sell', 8_900)).toEqual({ filled: [9_500], alice: [['cancelled', 'unfilled']], state: MARKET_ACTIVE });
  });
});

describe('hedger quote slots', () => {
  const quote = (v: Scenario, bid: number, ask: number, lots = 2) =>
    encodeTx('h', v.nonce('h'), { hedgerQuote: { accountId: 'h', marketId: 1, quoteId: 1, bidPriceTicks: bid, bidSizeLots: lots, askPriceTicks: ask, askSizeLots: lots } });

  it('a bid filled in part stays in the slot: the next quote cancels what is left of it', () => {
    const v = new Scenario();
    funded(v, { h: 1_000_000, alice: 1_000_000 });
    v.block([quote(v, 9_900, 10_100)]);
    v.block([v.limit('alice', 'sell', 9_900, 1, { tif: IOC })]);
    const requote = v.block([quote(v, 9_800, 10_200)]);
    expect(updates(requote, 'h')).toEqual([
      ['cancelled', 'requote'],
      ['cancelled', 'requote'],
      ['resting', ''],
      ['resting', ''],
    ]);
    expect([...v.market().book.orders()].map((o) => [o.priceTicks, o.sizeLots])).toEqual([
      [9_800, 2],
      [10_200, 2],
    ]);
  });

  it('a bid filled whole leaves the slot; the ask stays in it', () => {
    const v = new Scenario();
    funded(v, { h: 1_000_000, alice: 1_000_000 });
    v.block([quote(v, 9_900, 10_100)]);
    const ask = v.market().book.bestLevelOrders(SIDE_SELL)[0]?.orderId;
    v.block([v.limit('alice', 'sell', 9_900, 2, { tif: IOC })]);
    expect(v.market().quotes.get(v.account('h').index)).toEqual({ bidOrderId: 0, askOrderId: ask });
  });
});

describe('an auction order drained into continuous trading', () => {
  it('rests as an ordinary order: flat alice\'s queued bid fills when hit after the auction', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([]);
    v.block([], { dtUs: 15 * S }); // t = 17 s: halted until 22 s
    v.idle(4);
    v.block([v.limit('alice', 'buy', 9_900, 1, { cid: 1 })]); // t = 22 s: the auction, until 32 s
    expect(v.market().state).toBe(MARKET_AUCTION);
    v.idle(10); // t = 32 s: nothing to uncross; alice's bid rests
    expect(v.market().state).toBe(MARKET_ACTIVE);
    expect([...v.market().book.orders()].map((o) => [o.priceTicks, o.reduceOnly])).toEqual([[9_900, false]]);
    expect(v.account('alice').exposure.get(1)?.reduceOnlyBuyLots).toBe(0);
    const hit = v.block([v.limit('bob', 'sell', 9_900, 1)]);
    expect(fills(hit)).toEqual([['alice', 'bob', 9_900, 1]]);
  });
});

describe('settleFill\'s own checks', () => {
  function settle(sizeLots: number, priceTicks: number, makerSide = SIDE_SELL): unknown {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    const ctx = new BlockContext(v.state, v.state.height + 1, v.timeUs + S);
    try {
      settleFill(ctx, v.market(), { maker: { orderId: 1, side: makerSide }, makerAccount: v.account('bob'), takerAccount: v.account('alice'), takerOrderId: 2, takerSide: SIDE_BUY, priceTicks, sizeLots, takerPaysFee: true });
    } catch (error) {
      expect(error).toBeInstanceOf(VenueAssertionError);
      return (error as Error).message;
    }
    return bodies(ctx.events, 'fill').length;
  }

  it('a fill of no lots, at no price, or between two buys is refused; one lot at 10,000 is booked', () => {
    expect([settle(0, 10_000), settle(1, 0), settle(1, 10_000, SIDE_BUY), settle(1, 10_000)]).toEqual([
      'fill of 0 lots at 10000',
      'fill of 1 lots at 0',
      'a fill between two orders of the same side',
      1,
    ]);
  });
});

describe('planted variants in settlement', () => {
  function oneFill(variant?: 'fee-rounding-trader-favour' | 'taker-extra-lot') {
    const v = new Scenario(variant ? { variant } : {});
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_100, 1)]);
    const events = v.block([v.limit('alice', 'buy', 10_100, 1)]);
    const [fill] = bodies(events, 'fill');
    return { fees: [fill?.makerFee, fill?.takerFee], positions: [v.position('bob').sizeLots, v.position('alice').sizeLots] };
  }

  it('by default 10,100 at -100 / 500 ppm gives the maker -1 (rounded down) and costs the taker 6 (rounded up)', () => {
    expect(oneFill()).toEqual({ fees: [-1, 6], positions: [-1, 1] });
  });

  it('fee-rounding-trader-favour rounds both the trader\'s way: -2 and 5', () => {
    expect(oneFill('fee-rounding-trader-favour').fees).toEqual([-2, 5]);
  });

  it('taker-extra-lot books 2 lots on the taker for a fill of 1', () => {
    expect(oneFill('taker-extra-lot').positions).toEqual([-1, 2]);
  });
});
