/**
 * A level's queue (order-book.ts): an array whose cancelled and filled slots stay empty until the
 * level is compacted, and a copy of each slot's order in the level's fields, which the state hash
 * reads. Hostile shapes: one deep level cancelled mid-queue, from the back, and all but one; the
 * queue's length stays within twice its orders (plus the slack) after a cancel; compaction keeps
 * FIFO order, each order's size and the fields (writeBook equal to writeBookFromOrders).
 */
import { describe, expect, it } from 'vitest';
import { OrderBook, SIDE_BUY, SIDE_SELL, type RestingOrder } from '@faultline/venue';
import { LeafWriter, writeBook, writeBookFromOrders } from '../src/state-leaves.ts';

const ask = (orderId: number, sizeLots: number, reduceOnly = false): RestingOrder => ({ orderId, accountIndex: 100 + orderId, side: SIDE_SELL, priceTicks: 500, sizeLots, clientOrderId: 7_000 + orderId, reduceOnly });

/** A book with one ask level of `n` orders, ids 1…n, order i of size i. */
function deepLevel(n: number): OrderBook {
  const book = new OrderBook({ marketId: 3, ordersMax: 10_000 });
  for (let id = 1; id <= n; id++) book.rest(ask(id, id, id % 3 === 0));
  return book;
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const leafFromFields = (book: OrderBook): string => hex(writeBook(new LeafWriter(), book));
const leafFromOrders = (book: OrderBook): string => hex(writeBookFromOrders(new LeafWriter(), book));
/** The ask level's slots (its orders and its empty slots). */
const slotsOf = (book: OrderBook): number | undefined => {
  const level = book.hashedLevels(SIDE_SELL)[0];
  return level ? level.fields.length / 5 : undefined;
};
const idsAndSizes = (book: OrderBook): number[][] => [...book.orders()].map((o) => [o.orderId, o.sizeLots]);

describe('a deep level: cancels mid-queue and compaction', () => {
  it('cancelling orders 2…90 of 100 leaves 1, 91…100 in FIFO order, each with its size, and the fields agree', () => {
    const book = deepLevel(100);
    for (let id = 2; id <= 90; id++) {
      expect(book.cancel(id)?.orderId).toBe(id);
      expect(leafFromFields(book)).toBe(leafFromOrders(book));
    }
    expect(idsAndSizes(book)).toEqual([[1, 1], ...Array.from({ length: 10 }, (_, k) => [91 + k, 91 + k])]);
    expect(leafFromFields(book)).toBe(leafFromOrders(book));
    // Compacted on the way: at most twice its 11 orders plus the slack of 8.
    expect(slotsOf(book)).toBeLessThanOrEqual(2 * 11 + 8);
    const fills: number[][] = [];
    book.match({ orderId: 999, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 500, sizeLots: 1 + 91 + 92 }, (f) => fills.push([f.maker.orderId, f.sizeLots]));
    expect(fills).toEqual([
      [1, 1],
      [91, 91],
      [92, 92],
    ]);
    expect(leafFromFields(book)).toBe(leafFromOrders(book));
  });

  it('all but one cancelled, from the back: one order left, the queue compacted to it', () => {
    const book = deepLevel(1_000);
    for (let id = 1_000; id >= 2; id--) {
      book.cancel(id);
      if (id % 50 === 0 || id < 20) expect(leafFromFields(book)).toBe(leafFromOrders(book));
    }
    expect(idsAndSizes(book)).toEqual([[1, 1]]);
    expect(slotsOf(book)).toBeLessThanOrEqual(2 + 8);
    expect(leafFromFields(book)).toBe(leafFromOrders(book));
  });

  it('a partly reduced and a partly filled order keep their sizes through a compaction', () => {
    const book = deepLevel(40);
    book.match({ orderId: 999, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 500, sizeLots: 1 }, () => {}); // fills order 1 (size 1)
    book.match({ orderId: 998, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 500, sizeLots: 1 }, () => {}); // 1 lot of order 2
    book.reduce(30, 7);
    for (let id = 3; id <= 29; id++) {
      book.cancel(id); // compacts on the way: the survivors move down
      expect(leafFromFields(book)).toBe(leafFromOrders(book));
    }
    expect(idsAndSizes(book)).toEqual([[2, 1], [30, 23], ...Array.from({ length: 10 }, (_, k) => [31 + k, 31 + k])]);
    expect(slotsOf(book)).toBeLessThanOrEqual(2 * 12 + 8);
    expect(leafFromFields(book)).toBe(leafFromOrders(book));
    // Priority after the move: order 2 first, then 30.
    const fills: number[][] = [];
    book.match({ orderId: 997, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 500, sizeLots: 3 }, (f) => fills.push([f.maker.orderId, f.sizeLots]));
    expect(fills).toEqual([
      [2, 1],
      [30, 2],
    ]);
    expect(leafFromFields(book)).toBe(leafFromOrders(book));
  });

  it('rests after cancels reuse nothing: new orders go to the back, behind the survivors', () => {
    const book = deepLevel(30);
    for (let id = 1; id <= 25; id++) {
      book.cancel(id);
      expect(leafFromFields(book)).toBe(leafFromOrders(book));
    }
    book.rest(ask(31, 4));
    book.rest(ask(32, 5));
    expect(idsAndSizes(book).map(([id]) => id)).toEqual([26, 27, 28, 29, 30, 31, 32]);
    expect(leafFromFields(book)).toBe(leafFromOrders(book));
  });

  it('a level emptied by fills and filled again starts afresh at the same price', () => {
    const book = deepLevel(12);
    book.match({ orderId: 999, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 500, sizeLots: 78 }, () => {});
    expect([book.orderCount, book.bestAskTicks()]).toEqual([0, undefined]);
    book.rest(ask(50, 2));
    expect(slotsOf(book)).toBe(1);
    expect(idsAndSizes(book)).toEqual([[50, 2]]);
    expect(leafFromFields(book)).toBe(leafFromOrders(book));
  });
});

describe('a fill callback that cancels in the level being matched', () => {
  it('cancelling most of the level from inside the walk skips those orders, fills the rest in FIFO order once each, and compacts only after the walk', () => {
    // Level of 100 asks; the taker wants everything. The first fill's callback cancels orders
    // 3…90: enough empty slots that a cancel outside a walk compacts the level (slots would move).
    const book = deepLevel(100);
    const fills: number[] = [];
    let cancelled = false;
    const total = 100 * 101 / 2;
    const result = book.match({ orderId: 999, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 500, sizeLots: total }, (f) => {
      fills.push(f.maker.orderId);
      if (cancelled) return;
      cancelled = true;
      for (let id = 3; id <= 90; id++) expect(book.cancel(id)?.orderId).toBe(id);
    });
    // Order 1 filled, 3…90 gone before the walk reached them, then 2 and 91…100, each once.
    expect(fills).toEqual([1, 2, ...Array.from({ length: 10 }, (_, k) => 91 + k)]);
    const cancelledLots = (3 + 90) * 88 / 2;
    expect(result.remainingLots).toBe(cancelledLots);
    expect([...book.orders()]).toEqual([]);
    expect(leafFromFields(book)).toBe(leafFromOrders(book));
  });

  it('an order rested into the level from inside the walk queues behind the rest and is filled once, after them', () => {
    const book = deepLevel(5);
    const fills: number[] = [];
    let rested = false;
    const result = book.match({ orderId: 999, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 500, sizeLots: 1 + 2 + 3 + 4 + 5 + 6 + 1 }, (f) => {
      fills.push(f.maker.orderId);
      if (rested) return;
      rested = true;
      book.rest(ask(6, 6));
    });
    expect(fills).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.remainingLots).toBe(1);
    expect([...book.orders()]).toEqual([]);
    expect(leafFromFields(book)).toBe(leafFromOrders(book));
  });

  it('after such a walk the level compacts on the next cancel, keeping FIFO order and the fields', () => {
    const book = deepLevel(100);
    let done = false;
    // A small taker: fills order 1 only; its callback cancels 3…80 (no compaction during the walk).
    book.match({ orderId: 999, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 500, sizeLots: 1 }, () => {
      if (done) return;
      done = true;
      for (let id = 3; id <= 80; id++) book.cancel(id);
    });
    expect(slotsOf(book)).toBe(100);
    expect(book.cancel(81)?.orderId).toBe(81);
    expect(slotsOf(book)).toBeLessThanOrEqual(2 * 20 + 8);
    expect(idsAndSizes(book)).toEqual([[2, 2], ...Array.from({ length: 19 }, (_, k) => [82 + k, 82 + k])]);
    expect(leafFromFields(book)).toBe(leafFromOrders(book));
  });
});
