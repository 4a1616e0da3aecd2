/**
 * The reopening auction's uncross, rule by rule (for mutation testing of auction.ts): price then
 * time priority within the uncross, the older order of a pair as maker (maker fee) and the newer
 * as taker, two orders of one account reduced without a fill (and not counted as matched),
 * orders kept in the book through the halt taking part (reduced in place), the fill guard on the
 * seller's side and on a book order, and what is left entering continuous trading.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, MARKET_ACTIVE, MARKET_AUCTION, type VenuePolicy } from '@faultline/venue';
import { bodies, funded, POST_ONLY, S, Scenario } from './venue-scenario.ts';

type Events = ReturnType<Scenario['block']>;
const keepOrders: VenuePolicy = { ...DEFAULT_POLICY, name: 'keep-orders', cancelOnHalt: { enabled: false } };

/**
 * Funded at 1 s, `before` placed at 2 s, a 15 s gap halts the market at 17 s; at 22 s it opens the
 * auction, where `queue` is placed; the uncross is at 32 s (with `prices` from 23 s on).
 */
function auction(deposits: Record<string, number>, queue: (v: Scenario) => ReturnType<Scenario['limit']>[], o: { policy?: VenuePolicy; before?: (v: Scenario) => ReturnType<Scenario['limit']>[]; prices?: Record<number, number> } = {}) {
  const v = new Scenario(o.policy ? { policy: o.policy } : {});
  funded(v, deposits);
  v.block(o.before?.(v) ?? []);
  v.block([], { dtUs: 15 * S });
  v.idle(4);
  const open = v.block(queue(v));
  expect(v.market().state).toBe(MARKET_AUCTION);
  v.idle(9, o.prices ? { prices: o.prices } : {});
  const uncross = v.block([]);
  expect(v.market().state).toBe(MARKET_ACTIVE);
  return { v, open, uncross };
}
const fills = (events: Events) => bodies(events, 'fill').map((f) => [f.makerAccountId, f.takerAccountId, f.priceTicks, f.sizeLots, f.makerFee, f.takerFee]);
const updates = (events: Events) => bodies(events, 'orderUpdate').map((u) => [u.accountId, u.status, u.reason, u.remainingLots]);

describe('priority and roles in the uncross', () => {
  it('the highest bid first, then the older of two at one price; the older order of each pair is the maker', () => {
    // Sells 2 @ 10,000 (bob, oldest); bids frank 1 @ 10,200, dave 1 @ 10,100, erin 1 @ 10,100.
    // 10,000 and 10,100 both match 2 with an imbalance of 1: the one nearer the oracle, 10,000.
    const { uncross } = auction({ bob: 1_000_000, dave: 1_000_000, erin: 1_000_000, frank: 1_000_000 }, (v) => [
      v.limit('bob', 'sell', 10_000, 2),
      v.limit('dave', 'buy', 10_100, 1),
      v.limit('erin', 'buy', 10_100, 1),
      v.limit('frank', 'buy', 10_200, 1),
    ]);
    expect(bodies(uncross, 'auctionResult')).toEqual([expect.objectContaining({ priceTicks: 10_000, matchedLots: 2, imbalanceLots: 1 })]);
    // Fees on 10,000: maker floor(1) rebate -1, taker ceil(5) = 5.
    expect(fills(uncross)).toEqual([
      ['bob', 'frank', 10_000, 1, -1, 5],
      ['bob', 'dave', 10_000, 1, -1, 5],
    ]);
    expect(updates(uncross)).toEqual([
      ['frank', 'filled', 'auction', 0],
      ['dave', 'filled', 'auction', 0],
      ['bob', 'filled', 'auction', 0],
      ['erin', 'resting', '', 1],
    ]);
  });

  it('a newer ask meeting an older bid: the bid\'s account is the maker', () => {
    const { uncross } = auction({ alice: 1_000_000, bob: 1_000_000 }, (v) => [v.limit('alice', 'buy', 10_000, 1), v.limit('bob', 'sell', 10_000, 1)]);
    expect(fills(uncross)).toEqual([['alice', 'bob', 10_000, 1, -1, 5]]);
  });
});

describe('self-trade in the uncross', () => {
  it('an account\'s bid and ask meeting are both reduced without a fill and not counted as matched; a third party still fills', () => {
    const { v, uncross } = auction({ alice: 1_000_000, bob: 1_000_000 }, (v) => [
      v.limit('alice', 'buy', 10_000, 2),
      v.limit('alice', 'sell', 10_000, 1),
      v.limit('bob', 'sell', 10_000, 1),
    ]);
    expect(bodies(uncross, 'auctionResult')).toEqual([expect.objectContaining({ priceTicks: 10_000, matchedLots: 1 })]);
    expect(fills(uncross)).toEqual([['alice', 'bob', 10_000, 1, -1, 5]]);
    expect(v.position('alice').sizeLots).toBe(1);
    expect(v.account('alice').exposure.size).toBe(0);
    expect(v.market().book.orderCount).toBe(0);
  });
});

describe('book orders in the uncross', () => {
  it('an ask kept through the halt (cancel-on-halt off) takes part and is reduced in place; its rest stays in the book', () => {
    const { v, uncross } = auction({ alice: 1_000_000, bob: 1_000_000 }, (s) => [s.limit('alice', 'buy', 10_000, 1)], {
      policy: keepOrders,
      before: (s) => [s.limit('bob', 'sell', 10_000, 3)],
    });
    expect(fills(uncross)).toEqual([['bob', 'alice', 10_000, 1, -1, 5]]);
    expect([...v.market().book.orders()].map((o) => [o.priceTicks, o.sizeLots])).toEqual([[10_000, 2]]);
    expect(v.account('bob').exposure.get(1)?.sellLots).toBe(2);
  });

  it('the fill guard cancels a book order too: bob\'s kept ask, 10,000 short of the risen mark with 5,000, leaves the book', () => {
    const { v, uncross } = auction({ alice: 1_000_000, bob: 5_000 }, (s) => [s.limit('alice', 'buy', 10_000, 10)], {
      policy: keepOrders,
      before: (s) => [s.limit('bob', 'sell', 10_000, 10)],
      prices: { 1: 11_000 },
    });
    expect(fills(uncross)).toEqual([]);
    expect(updates(uncross)).toEqual([
      ['bob', 'cancelled', 'undercollateralized', 0],
      ['alice', 'resting', '', 10],
    ]);
    expect(v.market().book.bestAskTicks()).toBeUndefined();
    expect(v.account('bob').exposure.size).toBe(0);
  });
});

describe('the fill guard on the seller\'s side', () => {
  // The oracle rises to 11,000 during the auction: selling 10 at 10,000 loses 10,000 against it.
  it('a queued ask whose fill would take its account below zero is cancelled; the bid then rests', () => {
    const { uncross } = auction({ alice: 1_000_000, bob: 9_000 }, (v) => [v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)], { prices: { 1: 11_000 } });
    expect(updates(uncross)).toEqual([
      ['bob', 'cancelled', 'undercollateralized', 0],
      ['alice', 'resting', '', 10],
    ]);
  });

  it('with 10,000 it ends at 10,000 - 10,000 + 10 (its rebate as the older order) = 10 and fills', () => {
    const { v, uncross } = auction({ alice: 1_000_000, bob: 10_000 }, (v) => [v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)], { prices: { 1: 11_000 } });
    expect(fills(uncross)).toEqual([['bob', 'alice', 10_000, 10, -10, 50]]);
    expect(v.health('bob').equity).toBe(10);
  });

  it('as the newer order it pays the taker fee (50): with 10,000 it would end at -50 and is cancelled', () => {
    const { uncross } = auction({ alice: 1_000_000, bob: 10_000 }, (v) => [v.limit('alice', 'buy', 10_000, 10), v.limit('bob', 'sell', 10_000, 10)], { prices: { 1: 11_000 } });
    expect(updates(uncross)[0]).toEqual(['bob', 'cancelled', 'undercollateralized', 0]);
  });
});

describe('what is left after the uncross', () => {
  it('rests in continuous trading, a post-only order too, oldest first', () => {
    const { v, uncross } = auction({ alice: 1_000_000, bob: 1_000_000 }, (s) => [
      s.limit('alice', 'buy', 9_900, 1, { cid: 1 }),
      s.limit('bob', 'sell', 10_100, 1, { cid: 2, tif: POST_ONLY }),
      s.limit('alice', 'buy', 9_800, 1, { cid: 3 }),
    ]);
    expect(bodies(uncross, 'orderUpdate').map((u) => [u.clientOrderId, u.status])).toEqual([
      [1, 'resting'],
      [2, 'resting'],
      [3, 'resting'],
    ]);
    expect(v.market().auctionQueue).toEqual([]);
    expect(v.market().book.orderCount).toBe(3);
  });
});
