/**
 * The state hash's leaf bytes (state-leaves.ts) against an encoding written out by hand here (found
 * by mutation testing): int64 big-endian exact up to 2^53 - 1, a string's UTF-8 bytes whatever its
 * characters, an id of any length (the writer grows past its buffer), an empty nonce window as a
 * floor and a zero run count, a market's auction queue written order by order, and a position in
 * a market outside the config refused by an assertion. A book leaf (written at offsets of one
 * reserved span, session 28) byte by byte: bids best-first, asks best-first, FIFO within a level,
 * after a longer leaf in the same writer; a book whose levels hold more or fewer orders than it
 * counts refused by an assertion, never written past its span.
 */
import { describe, expect, it } from 'vitest';
import { VenueAssertionError, type Account } from '@faultline/venue';
import type { NonceWindow } from '../src/state.ts';
import { LEAF_BOOK, LEAF_MARKET, LEAF_PRINCIPAL, LeafWriter, writeBook, writeMarket, writePrincipal } from '../src/state-leaves.ts';
import { OrderBook, type RestingOrder } from '../src/book/order-book.ts';
import { funded, Scenario } from './venue-scenario.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const u8 = (v: number): Buffer => Buffer.of(v);
const u32 = (v: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(v);
  return b;
};
const i64 = (v: number): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(BigInt(v));
  return b;
};
const str = (s: string): Buffer => Buffer.concat([u32(Buffer.byteLength(s, 'utf8')), Buffer.from(s, 'utf8')]);

type Position = { marketId: number; sizeLots: number; costQuote: number; realizedPnl: number; fundingPaid: number; feesPaid: number };
const accountOf = (id: string, index: number, collateral: number, positions: Position[] = []): Account =>
  ({ id, index, collateral, positions: new Map(positions.map((p) => [p.marketId, p])), exposure: new Map() }) as unknown as Account;
const positionBytes = (p: Position): Buffer => Buffer.concat([p.marketId, p.sizeLots, p.costQuote, p.realizedPnl, p.fundingPaid, p.feesPaid].map(i64));

describe('a principal leaf, byte by byte', () => {
  it('an id of only non-ASCII characters as UTF-8, int64s at ±(2^53 - 1), an empty nonce window', () => {
    const p: Position = { marketId: 1, sizeLots: -(2 ** 53 - 1), costQuote: 2 ** 53 - 1, realizedPnl: -(2 ** 32) - 1, fundingPaid: 2 ** 52 + 1, feesPaid: 0 };
    const account = accountOf('日本é', 3, Number.MAX_SAFE_INTEGER, [p]);
    const window: NonceWindow = { floor: 7, runs: [], count: 0 };
    const bytes = writePrincipal(new LeafWriter(), '日本é', account, window, [1]);
    const expected = Buffer.concat([u8(LEAF_PRINCIPAL), str('日本é'), u8(3), i64(3), i64(Number.MAX_SAFE_INTEGER), u32(1), positionBytes(p), i64(7), u32(0)]);
    expect(hex(bytes)).toBe(hex(expected));
    expect(hex(i64(Number.MAX_SAFE_INTEGER))).toBe('001fffffffffffff');
  });

  it('an id of 5,000 characters, longer than the writer\'s first buffer', () => {
    const id = 'x'.repeat(4_000) + 'y'.repeat(1_000);
    const bytes = writePrincipal(new LeafWriter(), id, accountOf(id, 0, 12), undefined, [1, 2]);
    expect(hex(bytes)).toBe(hex(Buffer.concat([u8(LEAF_PRINCIPAL), str(id), u8(1), i64(0), i64(12), u32(0)])));
  });

  it('a non-ASCII id of 3,000 characters (9,000 bytes, more than twice the writer\'s first buffer) after a short leaf in the same writer', () => {
    const w = new LeafWriter();
    writePrincipal(w, 'a', accountOf('a', 0, 1), undefined, []);
    const id = '€'.repeat(3_000);
    expect(Buffer.byteLength(id)).toBeGreaterThan(2 * 4_096);
    const bytes = writePrincipal(w, id, undefined, { floor: 0, runs: [4, 6, 9, 9], count: 4 }, []);
    expect(hex(bytes)).toBe(hex(Buffer.concat([u8(LEAF_PRINCIPAL), str(id), u8(2), i64(0), u32(2), i64(4), i64(3), i64(9), i64(1)])));
  });

  it('a nonce window whose runs are not pairs (a broken window) is an assertion failure: what was written against what was reserved', () => {
    const window: NonceWindow = { floor: 0, runs: [4, 6, 9], count: 4 };
    expect(() => writePrincipal(new LeafWriter(), 'c', undefined, window, [])).toThrow(VenueAssertionError);
    // Reserved: flags 1 + floor and run count 12 + 1.5 runs of 16 = 37; written: 1 + 12 + 2 runs = 45.
    expect(() => writePrincipal(new LeafWriter(), 'c', undefined, window, [])).toThrow('principal c: 45 bytes written of 37 reserved');
  });

  it('a position in a market outside the config is an assertion failure, naming the account', () => {
    const account = accountOf('bob', 1, 5, [{ marketId: 9, sizeLots: 1, costQuote: 1, realizedPnl: 0, fundingPaid: 0, feesPaid: 0 }]);
    expect(() => writePrincipal(new LeafWriter(), 'bob', account, undefined, [1, 2])).toThrow(VenueAssertionError);
    expect(() => writePrincipal(new LeafWriter(), 'bob', account, undefined, [1, 2])).toThrow('account bob holds a position in a market outside the config');
  });

  const position = (marketId: number): Position => ({ marketId, sizeLots: marketId * 10, costQuote: -marketId, realizedPnl: 7, fundingPaid: marketId, feesPaid: 1 });

  it('positions opened out of market order are written by market id ascending', () => {
    const opened = [3, 1, 4, 2].map(position);
    const bytes = writePrincipal(new LeafWriter(), 'dan', accountOf('dan', 2, 9, opened), undefined, [1, 2, 3, 4, 5]);
    expect(hex(bytes)).toBe(hex(Buffer.concat([u8(LEAF_PRINCIPAL), str('dan'), u8(1), i64(2), i64(9), u32(4), ...[1, 2, 3, 4].map((m) => positionBytes(position(m)))])));
  });

  it('more positions than an insertion sort takes (40, opened in reverse): still by market id', () => {
    const markets = Array.from({ length: 40 }, (_, k) => k + 1);
    const bytes = writePrincipal(new LeafWriter(), 'eve', accountOf('eve', 0, 0, [...markets].reverse().map(position)), undefined, markets);
    expect(hex(bytes)).toBe(hex(Buffer.concat([u8(LEAF_PRINCIPAL), str('eve'), u8(1), i64(0), i64(0), u32(40), ...markets.map((m) => positionBytes(position(m)))])));
  });

  it('a leaf with fewer positions after one with more, in the same writer: only its own (the sort\'s reused array holds the earlier ones past them)', () => {
    const w = new LeafWriter();
    writePrincipal(w, 'dan', accountOf('dan', 2, 9, [4, 3, 1, 2].map(position)), undefined, [1, 2, 3, 4, 5]);
    expect(hex(writePrincipal(w, 'gil', accountOf('gil', 3, 1, [position(5), position(2)]), undefined, [1, 2, 3, 4, 5]))).toBe(
      hex(Buffer.concat([u8(LEAF_PRINCIPAL), str('gil'), u8(1), i64(3), i64(1), u32(2), positionBytes(position(2)), positionBytes(position(5))])),
    );
    expect(hex(writePrincipal(w, 'hal', accountOf('hal', 4, 2), undefined, [1, 2, 3, 4, 5]))).toBe(hex(Buffer.concat([u8(LEAF_PRINCIPAL), str('hal'), u8(1), i64(4), i64(2), u32(0)])));
    const markets = Array.from({ length: 20 }, (_, k) => k + 1);
    writePrincipal(w, 'eve', accountOf('eve', 0, 0, [...markets].reverse().map(position)), undefined, markets);
    expect(hex(writePrincipal(w, 'ivy', accountOf('ivy', 5, 3, [position(3)]), undefined, markets))).toBe(
      hex(Buffer.concat([u8(LEAF_PRINCIPAL), str('ivy'), u8(1), i64(5), i64(3), u32(1), positionBytes(position(3))])),
    );
  });

  it('a position in a market between, before or after the config\'s markets is an assertion failure', () => {
    for (const outside of [2, 0, 9]) {
      const account = accountOf('fay', 1, 5, [position(1), position(outside), position(3)]);
      expect(() => writePrincipal(new LeafWriter(), 'fay', account, undefined, [1, 3])).toThrow('account fay holds a position in a market outside the config');
    }
    expect(() => writePrincipal(new LeafWriter(), 'fay', accountOf('fay', 1, 5, [position(1)]), undefined, [])).toThrow('account fay holds a position in a market outside the config');
  });
});

describe('a market leaf, after its book hash', () => {
  it('the auction queue by order id, every field of every order, then the quote slots', () => {
    const v = new Scenario();
    funded(v, { bob: 1_000_000 });
    const market = v.market(1);
    market.auctionQueue.push(
      { orderId: 12, accountIndex: 0, side: 2, priceTicks: 10_400, sizeLots: 3, clientOrderId: 6, timeInForce: 2 },
      { orderId: 11, accountIndex: 0, side: 1, priceTicks: 9_800, sizeLots: 2, clientOrderId: 5, timeInForce: 1 },
    );
    market.quotes.set(0, { bidOrderId: 40, askOrderId: 41 });
    const bookHash = Buffer.alloc(32, 0xab);
    const bytes = Buffer.from(writeMarket(new LeafWriter(), market, bookHash));
    expect(bytes[0]).toBe(LEAF_MARKET);
    const tail = bytes.subarray(bytes.indexOf(bookHash) + 32);
    expect(hex(tail)).toBe(
      hex(
        Buffer.concat([
          u32(2),
          ...[11, 0, 1, 9_800, 2, 5, 1].map((x, i) => (i === 2 ? u8(x) : i64(x))),
          ...[12, 0, 2, 10_400, 3, 6, 2].map((x, i) => (i === 2 ? u8(x) : i64(x))),
          u32(1),
          i64(0),
          i64(40),
          i64(41),
        ]),
      ),
    );
  });
});

describe('a book leaf, byte by byte', () => {
  const order = (orderId: number, side: 1 | 2, priceTicks: number, sizeLots: number, reduceOnly = false): RestingOrder => ({ orderId, accountIndex: orderId % 3, side, priceTicks, sizeLots, clientOrderId: 1_000 + orderId, reduceOnly });
  const orderBytes = (o: RestingOrder): Buffer => Buffer.concat([i64(o.orderId), i64(o.accountIndex), u8(o.side), i64(o.priceTicks), i64(o.sizeLots), i64(o.clientOrderId), u8(o.reduceOnly ? 1 : 0)]);

  it('bids best-first, then asks best-first, FIFO within a level, every field of every order; after a longer leaf in the same writer', () => {
    const book = new OrderBook({ marketId: 1, ordersMax: 100 });
    const bids = [order(1, 1, 9_900, 5), order(2 ** 40 + 2, 1, 9_950, 999_999_999), order(3, 1, 9_900, 7, true)];
    const asks = [order(4, 2, 10_100, 1), order(5, 2, 10_050, 9), order(6, 2, 10_100, 3, true), order(7, 2, 10_100, 4)];
    for (const o of [...bids, ...asks]) book.rest({ ...o });
    const w = new LeafWriter();
    writePrincipal(w, 'x'.repeat(500), accountOf('x', 0, 1), undefined, []);
    const bytes = writeBook(w, book);
    const expected = [bids[1], bids[0], bids[2], asks[1], asks[0], asks[2], asks[3]].map((o) => orderBytes(o as RestingOrder));
    expect(hex(bytes)).toBe(hex(Buffer.concat([u8(LEAF_BOOK), u32(7), ...expected])));
    expect(bytes.length).toBe(1 + 4 + 7 * 42);
  });

  it('an empty book: the tag and a zero count', () => {
    expect(hex(writeBook(new LeafWriter(), new OrderBook({ marketId: 1, ordersMax: 1 })))).toBe(hex(Buffer.concat([u8(LEAF_BOOK), u32(0)])));
  });

  /** A book-shaped object whose levels disagree with its count (a broken book): one bid level of `orders` orders, counting `count`. */
  const broken = (orders: number, count: number): OrderBook => {
    const fields: number[] = [];
    for (let i = 1; i <= orders; i++) fields.push(i, 1, 1, 0, 0);
    return { marketId: 4, orderCount: count, hashedLevels: (side: number) => (side === 1 ? [{ priceTicks: 9_000, orderCount: orders, first: 0, fields }] : []) } as unknown as OrderBook;
  };

  it('levels holding fewer orders than the book counts: an assertion failure naming the book and both counts', () => {
    expect(() => writeBook(new LeafWriter(), broken(1, 2))).toThrow(VenueAssertionError);
    expect(() => writeBook(new LeafWriter(), broken(1, 2))).toThrow('book 4: its levels hold 1 orders, it counts 2');
  });

  it('levels holding more orders than the book counts: an assertion failure at the first order past the count, nothing written past the span', () => {
    expect(() => writeBook(new LeafWriter(), broken(3, 2))).toThrow('book 4: its levels hold more than its 2 orders');
    expect(() => writeBook(new LeafWriter(), broken(1, 0))).toThrow('book 4: its levels hold more than its 0 orders');
  });
});
