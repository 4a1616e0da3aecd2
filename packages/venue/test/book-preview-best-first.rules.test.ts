/**
 * fillPreview walks the best level on its own and sorts the other crossing levels only when the
 * best leaves the taker short (session 24: most takers fill at the best level, and the sort of
 * every crossing level per taker was ~2.5 % of a replay). The preview must still be the match's
 * walk exactly: each level once, best first, the taker's own orders skipped, never past its limit.
 */
import { describe, expect, it } from 'vitest';
import { OrderBook, SIDE_BUY, SIDE_SELL, type RestingOrder, type Side, type TakerOrder } from '@faultline/venue';

function order(orderId: number, accountIndex: number, side: Side, priceTicks: number, sizeLots: number): RestingOrder {
  return { orderId, accountIndex, side, priceTicks, sizeLots, clientOrderId: orderId, reduceOnly: false };
}

/** Asks 2 @ 101, 3 @ 102, 4 @ 104 (rested out of price order) and bids 5 @ 99, 1 @ 98. */
function book(): OrderBook {
  const b = new OrderBook({ marketId: 1, ordersMax: 100 });
  b.rest(order(1, 7, SIDE_SELL, 104, 4));
  b.rest(order(2, 7, SIDE_SELL, 101, 2));
  b.rest(order(3, 8, SIDE_SELL, 102, 3));
  b.rest(order(4, 9, SIDE_BUY, 98, 1));
  b.rest(order(5, 9, SIDE_BUY, 99, 5));
  return b;
}

function taker(side: Side, limitPriceTicks: number | undefined, sizeLots: number, accountIndex = 1): TakerOrder {
  return { orderId: 0, accountIndex, side, limitPriceTicks, sizeLots };
}

/** What the match fills for the same taker (on a fresh book): lots, Σ price x lots, last price. */
function matched(t: TakerOrder): { lots: number; ticksTimesLots: number; worstTicks: number } {
  let lots = 0;
  let ticksTimesLots = 0;
  let worstTicks = 0;
  book().match({ ...t, orderId: 99 }, (f) => {
    lots += f.sizeLots;
    ticksTimesLots += f.sizeLots * f.priceTicks;
    worstTicks = f.priceTicks;
  });
  return { lots, ticksTimesLots, worstTicks };
}

describe('fillPreview: the best level first, then the others in price order', () => {
  it('a buy the best ask fills: 2 @ 101 only', () => {
    const t = taker(SIDE_BUY, 110, 2);
    expect(book().fillPreview(t)).toEqual({ lots: 2, ticksTimesLots: 202, worstTicks: 101 });
    expect(matched(t)).toEqual({ lots: 2, ticksTimesLots: 202, worstTicks: 101 });
  });

  it('a buy of 6 takes 2 @ 101, 3 @ 102, then 1 @ 104: each level once, in price order', () => {
    const t = taker(SIDE_BUY, 110, 6);
    expect(book().fillPreview(t)).toEqual({ lots: 6, ticksTimesLots: 2 * 101 + 3 * 102 + 104, worstTicks: 104 });
    expect(matched(t)).toEqual(book().fillPreview(t));
  });

  it('a buy of 20 takes every ask (9 lots) and stops at the end of the book', () => {
    expect(book().fillPreview(taker(SIDE_BUY, 110, 20))).toEqual({ lots: 9, ticksTimesLots: 2 * 101 + 3 * 102 + 4 * 104, worstTicks: 104 });
  });

  it('a market buy (no limit) of 3 takes 2 @ 101 and 1 @ 102', () => {
    expect(book().fillPreview(taker(SIDE_BUY, undefined, 3))).toEqual({ lots: 3, ticksTimesLots: 2 * 101 + 102, worstTicks: 102 });
  });

  it('the limit stops the walk: a buy of 8 limited at 102 takes 5 lots', () => {
    expect(book().fillPreview(taker(SIDE_BUY, 102, 8))).toEqual({ lots: 5, ticksTimesLots: 2 * 101 + 3 * 102, worstTicks: 102 });
  });

  it("the taker's own orders at the best level are skipped: account 7 buying 4 takes 3 @ 102, then 1 @ 104 is its own too", () => {
    // Account 7 owns 2 @ 101 and 4 @ 104: only account 8's 3 @ 102 is there for it.
    expect(book().fillPreview(taker(SIDE_BUY, 110, 4, 7))).toEqual({ lots: 3, ticksTimesLots: 306, worstTicks: 102 });
  });

  it('a sell of 6 takes 5 @ 99, then 1 @ 98 (bids best first: highest)', () => {
    const t = taker(SIDE_SELL, 90, 6);
    expect(book().fillPreview(t)).toEqual({ lots: 6, ticksTimesLots: 5 * 99 + 98, worstTicks: 98 });
    expect(matched(t)).toEqual(book().fillPreview(t));
  });

  it('nothing crosses: a buy limited at 100 previews nothing', () => {
    expect(book().fillPreview(taker(SIDE_BUY, 100, 5))).toEqual({ lots: 0, ticksTimesLots: 0, worstTicks: 0 });
  });
});
