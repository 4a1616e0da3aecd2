/**
 * The preview's reduce-only caps on the bid side (found by mutation testing of order-book.ts;
 * book.rules and book-views tried asks only): a reduce-only bid closes a short, and the preview
 * moves the maker's position up by what it took, so the maker's next reduce-only bid can close
 * only what is left of the short.
 */
import { describe, expect, it } from 'vitest';
import { OrderBook, SIDE_BUY, SIDE_SELL, type RestingOrder, type Side } from '@faultline/venue';

function order(orderId: number, accountIndex: number, side: Side, priceTicks: number, sizeLots: number, reduceOnly = false): RestingOrder {
  return { orderId, accountIndex, side, priceTicks, sizeLots, clientOrderId: orderId, reduceOnly };
}

describe('fillPreview with reduce-only bids', () => {
  it('account 2, short 3, bids 2 @ 100 and 2 @ 99 reduce-only: a sell of 4 previews 2 + 1 = 3 lots', () => {
    const book = new OrderBook({ marketId: 1, ordersMax: 100 });
    book.rest(order(1, 2, SIDE_BUY, 100, 2, true));
    book.rest(order(2, 2, SIDE_BUY, 99, 2, true));
    const preview = book.fillPreview({ orderId: 0, accountIndex: 1, side: SIDE_SELL, limitPriceTicks: 99, sizeLots: 4 }, (index) => (index === 2 ? -3 : 0));
    expect(preview).toEqual({ lots: 3, ticksTimesLots: 2 * 100 + 99, worstTicks: 99 });
    // The match agrees: 2 at 100, then 1 at 99 (the rest of the second bid could only open a long).
    let position = -3;
    const fills: number[][] = [];
    book.match({ orderId: 3, accountIndex: 1, side: SIDE_SELL, limitPriceTicks: 99, sizeLots: 4 }, (f) => {
      position += f.sizeLots;
      fills.push([f.maker.orderId, f.sizeLots, f.priceTicks]);
    }, { positionOf: () => position });
    expect(fills).toEqual([
      [1, 2, 100],
      [2, 1, 99],
    ]);
  });
});
