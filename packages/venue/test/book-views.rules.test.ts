/**
 * More of the order book's rules (found by mutation testing of order-book.ts after book.rules):
 * the change counter the state hash relies on moves forward on every call that may change the
 * book (a single-order clear and a reduce included); ordersOfAccount sorts by id whatever order
 * the orders rested in (a snapshot restore rests them in book order); a reduce-only maker that can
 * close nothing does not count as the preview's worst price; a reduce-only maker filled exactly up
 * to its position stays until it is next met; the priority-off-by-one variant's order on a long level.
 */
import { describe, expect, it } from 'vitest';
import { OrderBook, SIDE_BUY, SIDE_SELL, type BookVariant, type RestingOrder, type Side } from '@faultline/venue';

function order(orderId: number, accountIndex: number, side: Side, priceTicks: number, sizeLots: number, reduceOnly = false): RestingOrder {
  return { orderId, accountIndex, side, priceTicks, sizeLots, clientOrderId: orderId, reduceOnly };
}
const newBook = (variant?: BookVariant) => new OrderBook({ marketId: 1, ordersMax: 100, ...(variant ? { variant } : {}) });

describe('the change counter', () => {
  it('moves forward on rest, reduce, cancel, match and clear — a clear of a single order too', () => {
    const book = newBook();
    const seen: number[] = [book.changes];
    const step = (f: () => unknown) => {
      f();
      seen.push(book.changes);
    };
    step(() => book.rest(order(1, 1, SIDE_SELL, 100, 3)));
    step(() => book.reduce(1, 1));
    step(() => book.match({ orderId: 2, accountIndex: 2, side: SIDE_BUY, limitPriceTicks: 100, sizeLots: 1 }, () => {}));
    step(() => book.clear());
    step(() => book.rest(order(3, 1, SIDE_SELL, 100, 1)));
    step(() => book.cancel(3));
    for (let i = 1; i < seen.length; i++) expect(seen[i] as number).toBeGreaterThan(seen[i - 1] as number);
  });
});

describe('views', () => {
  it('ordersOfAccount is by order id even when the orders rested in another order', () => {
    const book = newBook();
    for (const o of [order(5, 1, SIDE_SELL, 101, 1), order(3, 1, SIDE_SELL, 100, 1), order(9, 1, SIDE_BUY, 90, 1), order(4, 2, SIDE_SELL, 100, 1)]) book.rest(o);
    expect(book.ordersOfAccount(1).map((o) => o.orderId)).toEqual([3, 5, 9]);
  });
});

describe('reduce-only makers', () => {
  it('one that can close nothing adds no lots and is not the preview\'s worst price', () => {
    const book = newBook();
    book.rest(order(1, 3, SIDE_SELL, 100, 1));
    book.rest(order(2, 2, SIDE_SELL, 101, 1, true)); // account 2 is flat
    expect(book.fillPreview({ orderId: 0, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 101, sizeLots: 2 }, () => 0)).toEqual({ lots: 1, ticksTimesLots: 100, worstTicks: 100 });
  });

  it('one filled exactly up to its position stays in the book until it is next met, then leaves unfilled', () => {
    const book = newBook();
    book.rest(order(1, 2, SIDE_SELL, 100, 3, true));
    let position = 1; // account 2 long 1
    const fill = (id: number) =>
      book.match({ orderId: id, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 100, sizeLots: 1 }, (f) => void (position -= f.sizeLots), { positionOf: () => position });
    const first = fill(10);
    expect([first.fills, first.reduceOnlyCancelled.length, book.get(1)?.sizeLots]).toEqual([1, 0, 2]);
    const second = fill(11);
    expect([second.fills, second.reduceOnlyCancelled.map((o) => o.orderId), book.orderCount]).toEqual([0, [1], 0]);
  });
});

describe('the planted priority-off-by-one variant on a long level', () => {
  it('serves six orders of one level in its own broken order: 2, 1, 4, 3, 6, 5', () => {
    const book = newBook('priority-off-by-one');
    for (let id = 1; id <= 6; id++) book.rest(order(id, 10 + id, SIDE_SELL, 100, 1));
    const served: number[] = [];
    book.match({ orderId: 99, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 100, sizeLots: 6 }, (f) => void served.push(f.maker.orderId));
    expect(served).toEqual([2, 1, 4, 3, 6, 5]);
  });
});
