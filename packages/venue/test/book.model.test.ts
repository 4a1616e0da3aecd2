/**
 * Model-based test of the order book (fc.commands against an obviously correct reference):
 * the same fills in the same order, the same best prices and the same resting orders after
 * every command. The planted priority bug must make it fail. After every command the state
 * hash's book leaf read from the levels' fields (writeBook) equals the one written from the order
 * objects (writeBookFromOrders): the fields follow every rest, fill, reduce, cancel and compaction.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OrderBook, type BookVariant, type Side } from '@faultline/venue';
import { ReferenceBook } from './reference-book.ts';
import { LeafWriter, writeBook, writeBookFromOrders } from '../src/state-leaves.ts';

interface Model {
  ref: ReferenceBook;
  nextId: number;
}
interface Real {
  book: OrderBook;
}

function checkSame(model: Model, real: Real): void {
  expect(real.book.bestBidTicks()).toBe(model.ref.best(1));
  expect(real.book.bestAskTicks()).toBe(model.ref.best(2));
  expect([...real.book.orders()].map((o) => [o.orderId, o.sizeLots])).toEqual(model.ref.canonical());
  const bid = real.book.bestBidTicks();
  const ask = real.book.bestAskTicks();
  if (bid !== undefined && ask !== undefined) expect(bid).toBeLessThan(ask); // never crossed
  expect(Buffer.from(writeBook(new LeafWriter(), real.book)).toString('hex')).toBe(Buffer.from(writeBookFromOrders(new LeafWriter(), real.book)).toString('hex'));
}

/** A limit order: match what crosses, rest the remainder. */
class PlaceLimit implements fc.Command<Model, Real> {
  constructor(
    readonly accountIndex: number,
    readonly side: Side,
    readonly priceTicks: number,
    readonly sizeLots: number,
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const orderId = model.nextId++;
    const expected = model.ref.match({ accountIndex: this.accountIndex, side: this.side, limitPriceTicks: this.priceTicks, sizeLots: this.sizeLots });
    const fills: Array<[number, number, number]> = [];
    const result = real.book.match({ orderId, accountIndex: this.accountIndex, side: this.side, limitPriceTicks: this.priceTicks, sizeLots: this.sizeLots }, (fill) =>
      fills.push([fill.maker.orderId, fill.sizeLots, fill.priceTicks]),
    );
    expect(fills).toEqual(expected.fills);
    expect(result.remainingLots).toBe(expected.remaining);
    if (expected.remaining > 0) {
      model.ref.orders.push({ orderId, accountIndex: this.accountIndex, side: this.side, priceTicks: this.priceTicks, sizeLots: expected.remaining });
      real.book.rest({ orderId, accountIndex: this.accountIndex, side: this.side, priceTicks: this.priceTicks, sizeLots: result.remainingLots, clientOrderId: orderId, reduceOnly: false });
    }
    checkSame(model, real);
  }
  toString(): string {
    return `limit(acct ${this.accountIndex}, ${this.side === 1 ? 'buy' : 'sell'} ${this.sizeLots} @ ${this.priceTicks})`;
  }
}

class PlaceMarket implements fc.Command<Model, Real> {
  constructor(
    readonly accountIndex: number,
    readonly side: Side,
    readonly sizeLots: number,
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const expected = model.ref.match({ accountIndex: this.accountIndex, side: this.side, limitPriceTicks: undefined, sizeLots: this.sizeLots });
    const fills: Array<[number, number, number]> = [];
    real.book.match({ orderId: model.nextId++, accountIndex: this.accountIndex, side: this.side, limitPriceTicks: undefined, sizeLots: this.sizeLots }, (fill) =>
      fills.push([fill.maker.orderId, fill.sizeLots, fill.priceTicks]),
    );
    expect(fills).toEqual(expected.fills);
    checkSame(model, real);
  }
  toString(): string {
    return `market(acct ${this.accountIndex}, ${this.side === 1 ? 'buy' : 'sell'} ${this.sizeLots})`;
  }
}

class Cancel implements fc.Command<Model, Real> {
  constructor(readonly pick: number) {}
  check(model: Readonly<Model>): boolean {
    return model.ref.orders.length > 0;
  }
  run(model: Model, real: Real): void {
    const target = model.ref.orders[this.pick % model.ref.orders.length]!;
    model.ref.orders = model.ref.orders.filter((o) => o !== target);
    expect(real.book.cancel(target.orderId)?.orderId).toBe(target.orderId);
    checkSame(model, real);
  }
  toString(): string {
    return `cancel(#${this.pick})`;
  }
}

/** Takes lots off a resting order in place (the auction's partial fills), removing it at zero. */
class Reduce implements fc.Command<Model, Real> {
  constructor(
    readonly pick: number,
    readonly lots: number,
  ) {}
  check(model: Readonly<Model>): boolean {
    return model.ref.orders.length > 0;
  }
  run(model: Model, real: Real): void {
    const target = model.ref.orders[this.pick % model.ref.orders.length]!;
    if (this.lots >= target.sizeLots) model.ref.orders = model.ref.orders.filter((o) => o !== target);
    else target.sizeLots -= this.lots;
    expect(real.book.reduce(target.orderId, this.lots)?.orderId).toBe(target.orderId);
    checkSame(model, real);
  }
  toString(): string {
    return `reduce(#${this.pick}, ${this.lots})`;
  }
}

const commandsAt = (lowTicks: number, highTicks: number) => [
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom<Side>(1, 2), fc.integer({ min: lowTicks, max: highTicks }), fc.integer({ min: 1, max: 10 })).map(
    ([account, side, price, size]) => new PlaceLimit(account, side, price, size),
  ),
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom<Side>(1, 2), fc.integer({ min: 1, max: 15 })).map(([account, side, size]) => new PlaceMarket(account, side, size)),
  fc.nat().map((pick) => new Cancel(pick)),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 6 })).map(([pick, lots]) => new Reduce(pick, lots)),
];
const commands = commandsAt(95, 105);

function bookMatchesReference(variant?: BookVariant, runs = 200, cmdsOf = commands, maxCommands = 60): void {
  fc.assert(
    fc.property(fc.commands(cmdsOf, { maxCommands }), (cmds) => {
      fc.modelRun(() => ({ model: { ref: new ReferenceBook(), nextId: 1 }, real: { book: new OrderBook({ marketId: 1, ordersMax: 10_000, ...(variant ? { variant } : {}) }) } }), cmds);
    }),
    { numRuns: runs, seed: 42 },
  );
}

describe('order book against a reference (price-time priority)', () => {
  it('gives the same fills, best prices and resting orders after every command, and is never crossed', () => {
    bookMatchesReference();
  });

  it('the same on deep levels (three prices: levels of dozens of orders, cancelled and filled mid-queue, compacted)', () => {
    bookMatchesReference(undefined, 60, commandsAt(99, 101), 300);
  });

  it('catches the planted bug: serving a level’s second order first', () => {
    expect(() => bookMatchesReference('priority-off-by-one', 200)).toThrow(/Property failed/);
  });
});

describe('order book bad input', () => {
  it('rejects bad sizes and prices and duplicate ids with a typed error, unchanged', () => {
    const book = new OrderBook({ marketId: 1, ordersMax: 2 });
    book.rest({ orderId: 1, accountIndex: 1, side: 1, priceTicks: 100, sizeLots: 5, clientOrderId: 1, reduceOnly: false });
    const before = [...book.orders()].map((o) => [o.orderId, o.sizeLots]);
    for (const bad of [
      { orderId: 2, priceTicks: 0, sizeLots: 1 },
      { orderId: 2, priceTicks: 100.5, sizeLots: 1 },
      { orderId: 2, priceTicks: 100, sizeLots: -3 },
      { orderId: 1, priceTicks: 99, sizeLots: 1 },
    ]) {
      const order = { accountIndex: 2, side: 1 as Side, clientOrderId: 0, reduceOnly: false, ...bad };
      expect(() => book.rest(order)).toThrow(expect.objectContaining({ name: 'BookError' }));
    }
    expect(() => book.rest({ orderId: 9, accountIndex: 2, side: 2, priceTicks: 100, sizeLots: 1, clientOrderId: 0, reduceOnly: false })).toThrow(/cross/);
    book.rest({ orderId: 4, accountIndex: 2, side: 2, priceTicks: 110, sizeLots: 1, clientOrderId: 0, reduceOnly: false });
    expect(() => book.rest({ orderId: 5, accountIndex: 2, side: 2, priceTicks: 111, sizeLots: 1, clientOrderId: 0, reduceOnly: false })).toThrow(
      expect.objectContaining({ name: 'BookFullError' }),
    );
    expect([...book.orders()].map((o) => [o.orderId, o.sizeLots]).slice(0, 1)).toEqual(before);
  });
});
