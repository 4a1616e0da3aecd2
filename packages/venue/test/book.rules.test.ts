/**
 * The order book's rules one by one, on the book alone (for mutation testing of order-book.ts;
 * book.model checks price-time matching against a reference, not these): self-trade prevention
 * in its three modes, maxFills, reduce-only makers capped at their position, previews (own orders
 * excluded, reduce-only caps as the match would move the position), reduce without losing queue
 * place, each refusal with its message, the levels and per-account views, and the two planted
 * book variants.
 */
import { describe, expect, it } from 'vitest';
import { BookError, BookFullError, OrderBook, PRICE_TICKS_MAX, SIDE_BUY, SIDE_SELL, SIZE_LOTS_MAX, type BookVariant, type MakerFill, type RestingOrder, type SelfTradePrevention, type Side } from '@faultline/venue';
import { closeableLots } from '../src/book/order-book.ts';

let nextId = 1;
function order(accountIndex: number, side: Side, priceTicks: number, sizeLots: number, reduceOnly = false): RestingOrder {
  const orderId = nextId++;
  return { orderId, accountIndex, side, priceTicks, sizeLots, clientOrderId: orderId, reduceOnly };
}

/** A book with the given orders resting, and their ids in order. */
function bookWith(orders: RestingOrder[], variant?: BookVariant, ordersMax = 100): { book: OrderBook; ids: number[] } {
  const book = new OrderBook({ marketId: 1, ordersMax, ...(variant ? { variant } : {}) });
  for (const o of orders) book.rest(o);
  return { book, ids: orders.map((o) => o.orderId) };
}

function take(book: OrderBook, accountIndex: number, side: Side, limitPriceTicks: number | undefined, sizeLots: number, options: Parameters<OrderBook['match']>[2] = {}) {
  const fills: MakerFill[] = [];
  const result = book.match({ orderId: nextId++, accountIndex, side, limitPriceTicks, sizeLots }, (f) => fills.push({ ...f, maker: { ...f.maker } }), options);
  return { fills: fills.map((f) => [f.maker.orderId, f.sizeLots, f.priceTicks, f.makerDone]), result };
}

const message = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return 'no error';
};

describe('self-trade prevention', () => {
  // Account 1 asks 1 @ 100 (first), its own ask 1 @ 101, account 2 asks 1 @ 102; account 1 buys 3 up to 102.
  function selfTrade(stp: SelfTradePrevention) {
    const { book, ids } = bookWith([order(2, SIDE_SELL, 100, 1), order(1, SIDE_SELL, 101, 1), order(2, SIDE_SELL, 102, 1)]);
    const { fills, result } = take(book, 1, SIDE_BUY, 102, 3, { stp });
    return { fills: fills.map(([id]) => ids.indexOf(id as number)), stp: result.stpCancelled.map((o) => ids.indexOf(o.orderId)), remaining: result.remainingLots, left: [...book.orders()].map((o) => ids.indexOf(o.orderId)) };
  }

  it('cancel-resting (the default) removes the own order and goes on matching', () => {
    expect(selfTrade('cancel-resting')).toEqual({ fills: [0, 2], stp: [1], remaining: 1, left: [] });
  });

  it('cancel-taker stops the taker at its own order, which stays', () => {
    expect(selfTrade('cancel-taker')).toEqual({ fills: [0], stp: [], remaining: 0, left: [1, 2] });
  });

  it('cancel-both stops the taker and removes its own order', () => {
    expect(selfTrade('cancel-both')).toEqual({ fills: [0], stp: [1], remaining: 0, left: [2] });
  });
});

describe('matching limits', () => {
  it('maxFills stops after that many fills, within a level and across levels', () => {
    const { book } = bookWith([order(2, SIDE_SELL, 100, 1), order(3, SIDE_SELL, 100, 1), order(2, SIDE_SELL, 101, 1)]);
    expect(take(book, 1, SIDE_BUY, 101, 3, { maxFills: 1 }).result).toMatchObject({ fills: 1, remainingLots: 2 });
    expect(take(book, 1, SIDE_BUY, 101, 3, { maxFills: 2 }).result).toMatchObject({ fills: 2, remainingLots: 1 });
  });

  it('a taker without a limit sweeps every level; one with a limit stops at it (a sell at exactly the bid fills)', () => {
    const { book } = bookWith([order(2, SIDE_BUY, 100, 1), order(2, SIDE_BUY, 99, 1), order(2, SIDE_BUY, 98, 1)]);
    expect(take(book, 1, SIDE_SELL, 99, 3).fills.map(([, , price]) => price)).toEqual([100, 99]);
    expect(take(book, 1, SIDE_SELL, undefined, 3).fills.map(([, , price]) => price)).toEqual([98]);
  });

  it('a taker of no size or a bad limit is refused with a BookError naming it', () => {
    const { book } = bookWith([order(2, SIDE_SELL, 100, 1)]);
    expect(message(() => take(book, 1, SIDE_BUY, 100, 0))).toBe(`BookError: size 0 lots is not an integer in [1, ${SIZE_LOTS_MAX}]`);
    expect(message(() => take(book, 1, SIDE_BUY, 0, 1))).toBe(`BookError: price 0 ticks is not an integer in [1, ${PRICE_TICKS_MAX}]`);
    expect(book.orderCount).toBe(1);
  });
});

describe('reduce-only makers', () => {
  it('fill at most what closes their position; with nothing to close they leave unfilled; filled up to it, the rest leaves', () => {
    // Account 2 (long 1) asks 3 reduce-only @ 100; account 3 (long 0) asks 1 reduce-only @ 100; account 4 asks 1 @ 101.
    const { book, ids } = bookWith([order(2, SIDE_SELL, 100, 3, true), order(3, SIDE_SELL, 100, 1, true), order(4, SIDE_SELL, 101, 1)]);
    const positions = new Map([[2, 1], [3, 0], [4, 0]]);
    const preview = book.fillPreview({ orderId: 0, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 101, sizeLots: 5 }, (a) => positions.get(a) ?? 0);
    expect(preview).toEqual({ lots: 2, ticksTimesLots: 201, worstTicks: 101 });
    const { fills, result } = take(book, 1, SIDE_BUY, 101, 5, {
      positionOf: (a) => positions.get(a) ?? 0,
    });
    expect(fills.map(([id, lots]) => [ids.indexOf(id as number), lots])).toEqual([
      [0, 1],
      [2, 1],
    ]);
    expect(result.reduceOnlyCancelled.map((o) => ids.indexOf(o.orderId))).toEqual([0, 1]);
    expect(result.remainingLots).toBe(3);
    expect(book.orderCount).toBe(0);
  });

  it('closeableLots: a buy closes a short, a sell a long, nothing else', () => {
    expect([closeableLots(SIDE_BUY, -3), closeableLots(SIDE_BUY, 2), closeableLots(SIDE_SELL, 2), closeableLots(SIDE_SELL, -3)]).toEqual([3, 0, 2, 0]);
  });

  it('a preview counts the position as the match would move it: two reduce-only asks of one long-2 account fill 2 in all', () => {
    const { book } = bookWith([order(2, SIDE_SELL, 100, 2, true), order(2, SIDE_SELL, 101, 2, true)]);
    expect(book.fillPreview({ orderId: 0, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 101, sizeLots: 4 }, () => 2)).toEqual({ lots: 2, ticksTimesLots: 200, worstTicks: 100 });
    // Without a position reader the caps are not applied.
    expect(book.fillPreview({ orderId: 0, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 101, sizeLots: 4 }).lots).toBe(4);
  });
});

describe('previews', () => {
  it('exclude the taker\'s own orders, stop at its limit and size, and report the worst price reached', () => {
    const { book } = bookWith([order(1, SIDE_SELL, 100, 5), order(2, SIDE_SELL, 101, 2), order(3, SIDE_SELL, 102, 2), order(2, SIDE_SELL, 103, 9)]);
    expect(book.fillPreview({ orderId: 0, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 102, sizeLots: 3 })).toEqual({ lots: 3, ticksTimesLots: 101 * 2 + 102, worstTicks: 102 });
    expect(book.fillPreview({ orderId: 0, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 100, sizeLots: 3 })).toEqual({ lots: 0, ticksTimesLots: 0, worstTicks: 0 });
    expect(book.fillableLots({ orderId: 0, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 103, sizeLots: 1 }, 20)).toBe(13);
    expect(book.fillableLots({ orderId: 0, accountIndex: 1, side: SIDE_BUY, limitPriceTicks: 103, sizeLots: 1 }, 4)).toBe(4);
  });

  it('a sell preview walks the bids from the highest', () => {
    const { book } = bookWith([order(2, SIDE_BUY, 98, 1), order(2, SIDE_BUY, 100, 1), order(2, SIDE_BUY, 99, 1)]);
    expect(book.fillPreview({ orderId: 0, accountIndex: 1, side: SIDE_SELL, limitPriceTicks: 99, sizeLots: 5 })).toEqual({ lots: 2, ticksTimesLots: 199, worstTicks: 99 });
  });
});

describe('resting, reducing, cancelling', () => {
  it('reduce takes lots off in place (the order keeps its queue place); at its size or more it leaves', () => {
    const { book, ids } = bookWith([order(2, SIDE_SELL, 100, 3), order(3, SIDE_SELL, 100, 3)]);
    const [first, second] = ids as [number, number];
    expect(book.reduce(first, 2)?.sizeLots).toBe(1);
    expect([...book.levels(SIDE_SELL)]).toEqual([{ priceTicks: 100, sizeLots: 4, orderCount: 2 }]);
    expect(book.bestLevelOrders(SIDE_SELL).map((o) => o.orderId)).toEqual([first, second]);
    expect(book.reduce(second, 5)?.sizeLots).toBe(0);
    expect(book.reduce(second, 1)).toBeUndefined();
    expect(message(() => book.reduce(first, 0))).toBe(`BookError: reduce of order ${first} by 0 lots`);
    expect(message(() => book.reduce(first, 0.5))).toBe(`BookError: reduce of order ${first} by 0.5 lots`);
    expect(book.reduce(first, 1)?.sizeLots).toBe(0);
    expect(book.orderCount).toBe(0);
    expect(book.bestAskTicks()).toBeUndefined();
  });

  it('cancel returns the order it removed, or undefined; an emptied best level is skipped', () => {
    const { book, ids } = bookWith([order(2, SIDE_BUY, 100, 1), order(2, SIDE_BUY, 99, 1)]);
    expect(book.cancel(ids[0] as number)?.priceTicks).toBe(100);
    expect(book.cancel(ids[0] as number)).toBeUndefined();
    expect(book.bestBidTicks()).toBe(99);
    book.rest(order(3, SIDE_BUY, 100, 1));
    expect(book.bestBidTicks()).toBe(100);
  });

  it('each refusal to rest names its reason', () => {
    const { book, ids } = bookWith([order(2, SIDE_BUY, 100, 1), order(2, SIDE_SELL, 105, 1)], undefined, 3);
    const bid = { ...order(3, SIDE_BUY, 105, 1) };
    const ask = { ...order(3, SIDE_SELL, 100, 1) };
    expect(message(() => book.rest({ ...bid }))).toBe(`BookError: order ${bid.orderId} at 105 would cross the opposite best 105`);
    expect(message(() => book.rest({ ...ask }))).toBe(`BookError: order ${ask.orderId} at 100 would cross the opposite best 100`);
    expect(message(() => book.rest({ ...bid, orderId: ids[0] as number, priceTicks: 90 }))).toBe(`BookError: order ${ids[0]} is already in the book`);
    expect(message(() => book.rest({ ...bid, priceTicks: PRICE_TICKS_MAX + 1 }))).toBe(`BookError: price ${PRICE_TICKS_MAX + 1} ticks is not an integer in [1, ${PRICE_TICKS_MAX}]`);
    expect(message(() => book.rest({ ...bid, priceTicks: 90, sizeLots: SIZE_LOTS_MAX + 1 }))).toBe(`BookError: size ${SIZE_LOTS_MAX + 1} lots is not an integer in [1, ${SIZE_LOTS_MAX}]`);
    expect(message(() => book.rest({ ...bid, priceTicks: 90, sizeLots: 1.5 }))).toBe(`BookError: size 1.5 lots is not an integer in [1, ${SIZE_LOTS_MAX}]`);
    book.rest({ ...ask, priceTicks: PRICE_TICKS_MAX, sizeLots: SIZE_LOTS_MAX });
    expect(message(() => book.rest({ ...bid, priceTicks: 1 }))).toBe('BookFullError: book of market 1 holds 3 orders, its limit');
    expect(new BookError('x').name).toBe('BookError');
  });

  it('ordersOfAccount lists an account\'s resting orders by id, and forgets them when they leave', () => {
    const { book, ids } = bookWith([order(2, SIDE_SELL, 101, 1), order(3, SIDE_SELL, 100, 1), order(2, SIDE_SELL, 100, 1), order(2, SIDE_BUY, 90, 1)]);
    expect(book.ordersOfAccount(2).map((o) => o.orderId)).toEqual([ids[0], ids[2], ids[3]]);
    book.cancel(ids[3] as number);
    take(book, 4, SIDE_BUY, 100, 2);
    expect(book.ordersOfAccount(2).map((o) => o.orderId)).toEqual([ids[0]]);
    expect(book.ordersOfAccount(3)).toEqual([]);
    expect(book.ordersOfAccount(9)).toEqual([]);
  });

  it('levels and orders list each side best first, with each level\'s size and count', () => {
    const { book } = bookWith([order(2, SIDE_BUY, 98, 1), order(2, SIDE_BUY, 99, 2), order(3, SIDE_BUY, 99, 3), order(2, SIDE_SELL, 102, 4), order(2, SIDE_SELL, 101, 5)]);
    expect([...book.levels(SIDE_BUY)]).toEqual([
      { priceTicks: 99, sizeLots: 5, orderCount: 2 },
      { priceTicks: 98, sizeLots: 1, orderCount: 1 },
    ]);
    expect([...book.levels(SIDE_SELL)].map((l) => l.priceTicks)).toEqual([101, 102]);
    expect([...book.orders()].map((o) => o.sizeLots)).toEqual([2, 3, 1, 5, 4]);
    expect(book.hashedLevels(SIDE_SELL).map((l) => [l.priceTicks, l.orderCount, l.fields[l.first * 5 + 2]])).toEqual([
      [101, 1, 5],
      [102, 1, 4],
    ]);
    expect(book.clear().map((o) => o.sizeLots)).toEqual([2, 3, 1, 5, 4]);
    expect([book.orderCount, book.bestBidTicks(), book.bestAskTicks()]).toEqual([0, undefined, undefined]);
  });
});

describe('the planted book variants', () => {
  it('priority-off-by-one serves a level of three as second, first, third', () => {
    const { book, ids } = bookWith([order(2, SIDE_SELL, 100, 1), order(3, SIDE_SELL, 100, 1), order(4, SIDE_SELL, 100, 1)], 'priority-off-by-one');
    expect(take(book, 1, SIDE_BUY, 100, 3).fills.map(([id]) => ids.indexOf(id as number))).toEqual([1, 0, 2]);
  });

  it('crossing-order-rests lets a bid rest at the best ask', () => {
    const { book } = bookWith([order(2, SIDE_SELL, 100, 1)], 'crossing-order-rests');
    book.rest(order(3, SIDE_BUY, 100, 1));
    expect([book.bestBidTicks(), book.bestAskTicks()]).toEqual([100, 100]);
  });
});
