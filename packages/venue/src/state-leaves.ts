/**
 * The canonical bytes of each leaf of the state hash (docs/venue.md, "The state hash"): one
 * place that says what every leaf covers and in which order, shared by the incremental hash
 * (state-hash.ts) and its from-scratch recomputation. Integers are signed 64-bit big-endian,
 * strings a u32 byte length then UTF-8, flags one byte; every leaf starts with its tag.
 */
import type { NonceWindow, VenueState, Account, MarketRuntime, Position } from './state.ts';
import { assert } from './assert.ts';
import { FIELD_FLAG, LEVEL_FIELDS, SIDE_BUY, SIDE_SELL, type OrderBook } from './book/order-book.ts';
import { warmLevels } from './warm.ts';

export const LEAF_PRINCIPAL = 0x10;
export const LEAF_MARKET = 0x11;
export const LEAF_BOOK = 0x12;
export const LEAF_ORACLE = 0x13;
export const NODE_TAG = 0x01;
/**
 * The root's domain prefix: names the layout, so no other scheme's bytes can collide with it.
 * v3: each principal's leaf is hashed on its own (v2 hashed buckets of 64 principals' leaves).
 */
export const ROOT_PREFIX = Buffer.from('faultline/venue-state/v3', 'ascii');

const TWO_32 = 4_294_967_296;
/** Lengths below this get a kept view in LeafWriter.bytes() (principal leaves; books and the root are few a block). */
const SHORT_VIEWS = 1024;

/** A growable byte writer, reused for every leaf (no allocation per leaf once grown). */
export class LeafWriter {
  // Set in the constructor only (declare: no define of undefined first, so each field's first
  // value is a Buffer and a DataView, as with an initializer).
  private declare buf: Buffer;
  private declare view: DataView;
  /**
   * bytes()'s views of the buffer's first n bytes for n < SHORT_VIEWS, made once per buffer: a
   * block hashes ~1,000 principal leaves of a few hundred bytes, and a new view per leaf (a
   * Buffer's subarray) cost about as much as encoding one.
   */
  private views: (Buffer | undefined)[] = [];
  length = 0;
  /** What warmLevels read, summed so the reads are not dropped as dead code; nothing reads it. */
  warmed = 0;
  /** Whether writeBook reads the levels ahead (warm.ts' warmsAhead of the state being hashed). */
  warm = true;

  /**
   * `capacity`: the bytes it holds before it first grows. The incremental hash's writer is made
   * with room for a book of ~1,500 orders: a cold venue run's books outgrew 4 KiB after TurboFan had
   * compiled writeBook, whose inlined growth had then never run (no feedback), and its code was
   * thrown away and compiled again for it.
   */
  constructor(capacity = 4096) {
    this.buf = Buffer.allocUnsafe(capacity);
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
  }

  reset(tag: number): this {
    this.length = 0;
    this.u8(tag);
    return this;
  }

  /** The bytes written since reset(): a view of the writer's buffer, valid until its next write. */
  bytes(): Buffer {
    const n = this.length;
    // One subarray call for both lengths: a book's first leaf of SHORT_VIEWS bytes or more (24
    // orders) came after TurboFan had compiled writeBook, whose inlined long-length call then had
    // no feedback and threw the code away (a cold venue run compiled writeBook three times).
    const short = n < SHORT_VIEWS;
    let view = short ? this.views[n] : undefined;
    if (view === undefined) {
      view = this.buf.subarray(0, n);
      if (short) this.views[n] = view;
    }
    return view;
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n));
    this.buf.copy(grown, 0, 0, this.length);
    this.buf = grown;
    this.view = new DataView(grown.buffer, grown.byteOffset, grown.byteLength);
    this.views = [];
  }

  u8(value: number): void {
    this.room(1);
    this.buf[this.length++] = value;
  }

  u32(value: number): void {
    this.room(4);
    this.view.setUint32(this.length, value);
    this.length += 4;
  }

  /** A safe integer as int64 big-endian (two's complement). */
  i64(value: number): void {
    this.room(8);
    i64At(this.view, this.length, value);
    this.length += 8;
  }

  /**
   * Makes room for `n` bytes and counts them written: the caller fills them through `view` at
   * offsets from the returned start. For fixed-layout runs of fields — a writer's `length`
   * read and written around every field made the leaves ~4× slower to encode (BENCHMARKS.md,
   * session 28 hash).
   */
  reserve(n: number): number {
    this.room(n);
    const at = this.length;
    this.length += n;
    return at;
  }

  /** The view over the writer's current buffer (valid until the next write that grows it). */
  get dataView(): DataView {
    return this.view;
  }

  str(value: string): void {
    const n = value.length;
    this.room(4 + n * 3);
    const at = this.length + 4;
    // ASCII (every id Faultline makes) without a call into Buffer; anything else as UTF-8.
    let i = 0;
    for (; i < n; i++) {
      const c = value.charCodeAt(i);
      if (c > 0x7f) break;
      this.buf[at + i] = c;
    }
    const written = i === n ? n : this.buf.write(value, at, 'utf8');
    this.view.setUint32(this.length, written);
    this.length = at + written;
  }

  setU32(at: number, value: number): void {
    this.view.setUint32(at, value);
  }

  /** A new view of bytes [start, end) written so far, valid until the next write that grows the buffer. */
  span(start: number, end: number): Uint8Array {
    assert(0 <= start && start <= end && end <= this.length, () => `span [${start}, ${end}) of ${this.length} bytes written`);
    return new Uint8Array(this.buf.buffer, this.buf.byteOffset + start, end - start);
  }

  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
  }
}

/**
 * A safe integer as int64 big-endian (two's complement) at an offset of a view. Most values a
 * leaf holds (ids, indexes, prices, sizes, counts) fit 32 bits: their high word is the sign's
 * (v >> 31) and the low word the value itself, with no division (a book's order was ~400
 * instructions to encode, five of them by the division path).
 */
export function i64At(view: DataView, at: number, value: number): void {
  if ((value | 0) === value) {
    view.setInt32(at, value >> 31);
    view.setInt32(at + 4, value);
    return;
  }
  const hi = Math.floor(value / TWO_32);
  view.setInt32(at, hi);
  view.setUint32(at + 4, value - hi * TWO_32);
}

/** Bytes of one position in a principal leaf (six int64s), of one nonce run (two), of one book order. */
const POSITION_BYTES = 48;
const RUN_BYTES = 16;
export const BOOK_ORDER_BYTES = 42;

/** Reused by byMarketId (one leaf is written at a time). */
const INSERTION_SORT_MAX = 16;
const positionsSorted: Position[] = [];

/**
 * An account's positions ascending by market id, in the first entries of a reused array: returns
 * how many (valid until the next call; entries past them are left from earlier calls and never
 * read). The array is never emptied with `length = 0`: that drops its backing store, and the next
 * leaf's first push allocates another — a third of a principal leaf's encoding when hot (290 →
 * 180 ns a leaf, BENCHMARKS.md session 37 venue).
 */
function byMarketId(positions: ReadonlyMap<number, Position>): number {
  const out = positionsSorted;
  if (positions.size > INSERTION_SORT_MAX) {
    const all = [...positions.values()].sort((a, b) => a.marketId - b.marketId);
    for (let i = 0; i < all.length; i++) out[i] = all[i] as Position;
    return all.length;
  }
  let n = 0;
  for (const p of positions.values()) {
    // Insertion: an account holds a position in few markets.
    let k = n++;
    while (k > 0 && (out[k - 1] as Position).marketId > p.marketId) {
      out[k] = out[k - 1] as Position;
      k--;
    }
    out[k] = p;
  }
  return n;
}

/**
 * A principal: an id that is an account, a client with a nonce window, or both (most clients
 * trade for their own account: one leaf then covers both, and a block that touches one usually
 * touches the other).
 */
export function writePrincipal(w: LeafWriter, id: string, account: Account | undefined, window: NonceWindow | undefined, marketIds: readonly number[]): Buffer {
  w.length = 0;
  appendPrincipal(w, id, account, window, marketIds);
  return w.bytes();
}

/**
 * The same leaf as writePrincipal, written after the bytes already in the writer: the incremental
 * hash encodes each touched principal's leaf where its objects are in cache and digests them all
 * at the root, in one loop (state-hash.ts, StateHashCache.writeLeaf).
 */
export function appendPrincipal(w: LeafWriter, id: string, account: Account | undefined, window: NonceWindow | undefined, marketIds: readonly number[]): void {
  w.u8(LEAF_PRINCIPAL);
  w.str(id);
  const positions = account ? account.positions.size : 0;
  const runs = window ? window.runs : undefined;
  // The rest has a fixed layout given its counts: reserved at once, written at offsets.
  const start = w.reserve(1 + (account ? 20 + positions * POSITION_BYTES : 0) + (runs ? 12 + (runs.length / 2) * RUN_BYTES : 0));
  const view = w.dataView;
  view.setUint8(start, (account ? 1 : 0) | (window ? 2 : 0));
  let at = start + 1;
  if (account) {
    i64At(view, at, account.index);
    i64At(view, at + 8, account.collateral);
    view.setUint32(at + 16, positions);
    at += 20;
    // By market id: the account's positions (few) taken from its map and sorted, which cost a
    // third of a lookup per config market (BENCHMARKS.md, session 29 book).
    const sorted = positionsSorted;
    const count = byMarketId(account.positions);
    // A position in a market the config does not have cannot happen (positions are opened by fills):
    // both lists ascend, so each position's market is found walking the config's once.
    let m = 0;
    for (let j = 0; j < count; j++) {
      const p = sorted[j] as Position;
      while (m < marketIds.length && (marketIds[m] as number) < p.marketId) m++;
      if (marketIds[m] !== p.marketId) assert(false, () => `account ${account.id} holds a position in a market outside the config`);
      i64At(view, at, p.marketId);
      i64At(view, at + 8, p.sizeLots);
      i64At(view, at + 16, p.costQuote);
      i64At(view, at + 24, p.realizedPnl);
      i64At(view, at + 32, p.fundingPaid);
      i64At(view, at + 40, p.feesPaid);
      at += POSITION_BYTES;
    }
  }
  if (window && runs) {
    // floor, then the window's nonces ascending as maximal runs of consecutive nonces — u32 run
    // count, (first, length) per run — so a client that numbers 1, 2, 3, … costs one run however
    // long its window. The window keeps exactly these runs (nonce-window.ts).
    i64At(view, at, window.floor);
    view.setUint32(at + 8, runs.length / 2);
    at += 12;
    for (let i = 0; i < runs.length; i += 2) {
      const first = runs[i] as number;
      i64At(view, at, first);
      i64At(view, at + 8, (runs[i + 1] as number) - first + 1);
      at += RUN_BYTES;
    }
  }
  assert(at === w.length, () => `principal ${id}: ${at - start} bytes written of ${w.length - start} reserved`);
}

/**
 * A book: u32 order count, then every resting order — bids best-first, then asks best-first,
 * FIFO within a level (the snapshot's order): order id, account index, side, price, size, client
 * order id, reduce-only. Read from each level's fields (the book's contiguous copy of its orders:
 * one cold order object per order made the walk memory-bound), each side's levels and fields
 * first read in passes across all of them (warmLevels); writeBookFromOrders writes the same bytes
 * from the order objects, for the from-scratch hash that judges this one.
 */
export function writeBook(w: LeafWriter, book: OrderBook): Buffer {
  w.reset(LEAF_BOOK);
  const count = book.orderCount;
  w.u32(count);
  const start = w.reserve(count * BOOK_ORDER_BYTES);
  const view = w.dataView;
  const end = start + count * BOOK_ORDER_BYTES;
  let at = start;
  const bids = book.hashedLevels(SIDE_BUY);
  const asks = book.hashedLevels(SIDE_SELL);
  if (w.warm) w.warmed += warmLevels(bids) + warmLevels(asks);
  for (const side of [SIDE_BUY, SIDE_SELL] as const) {
    for (const level of side === SIDE_BUY ? bids : asks) {
      const price = level.priceTicks;
      const fields = level.fields;
      for (let f = level.first * LEVEL_FIELDS; f < fields.length; f += LEVEL_FIELDS) {
        const flag = fields[f + FIELD_FLAG] as number;
        if (flag < 0) continue; // an empty slot
        // More orders in the levels than the book counts: never past the reserved bytes.
        if (at === end) assert(false, () => `book ${book.marketId}: its levels hold more than its ${count} orders`);
        i64At(view, at, fields[f] as number);
        i64At(view, at + 8, fields[f + 1] as number);
        view.setUint8(at + 16, side);
        i64At(view, at + 17, price);
        i64At(view, at + 25, fields[f + 2] as number);
        i64At(view, at + 33, fields[f + 3] as number);
        view.setUint8(at + 41, flag);
        at += BOOK_ORDER_BYTES;
      }
    }
  }
  assert(at === end, () => `book ${book.marketId}: its levels hold ${(at - start) / BOOK_ORDER_BYTES} orders, it counts ${count}`);
  return w.bytes();
}

/** The book leaf's bytes from the resting order objects themselves (book.orders(): canonical order), sharing nothing with the fields writeBook reads. */
export function writeBookFromOrders(w: LeafWriter, book: OrderBook): Buffer {
  w.reset(LEAF_BOOK);
  w.u32(book.orderCount);
  for (const o of book.orders()) {
    w.i64(o.orderId);
    w.i64(o.accountIndex);
    w.u8(o.side);
    w.i64(o.priceTicks);
    w.i64(o.sizeLots);
    w.i64(o.clientOrderId);
    w.u8(o.reduceOnly ? 1 : 0);
  }
  return w.bytes();
}

/** A market's runtime, its book's hash, its auction queue (by order id) and quote slots (by account index). */
export function writeMarket(w: LeafWriter, market: MarketRuntime, bookHash: Uint8Array): Buffer {
  w.reset(LEAF_MARKET);
  w.i64(market.config.marketId);
  w.u8(market.state);
  w.str(market.reason);
  w.i64(market.stateUntilUs);
  w.i64(market.graceUntilUs);
  w.i64(market.haltedSinceUs);
  w.i64(market.oracleTicks);
  w.u8(market.oracleStale ? 1 : 0);
  w.i64(market.markTicks);
  w.i64(market.basisEmaTicksE6);
  w.i64(market.lastTradeTicks);
  w.i64(market.lastFundingUs);
  w.i64(market.bandReferenceTicks);
  w.raw(bookHash);
  const queue = [...market.auctionQueue].sort((a, b) => a.orderId - b.orderId);
  w.u32(queue.length);
  for (const o of queue) {
    w.i64(o.orderId);
    w.i64(o.accountIndex);
    w.u8(o.side);
    w.i64(o.priceTicks);
    w.i64(o.sizeLots);
    w.i64(o.clientOrderId);
    w.i64(o.timeInForce);
  }
  const quotes = [...market.quotes.entries()].sort(([a], [b]) => a - b);
  w.u32(quotes.length);
  for (const [accountIndex, q] of quotes) {
    w.i64(accountIndex);
    w.i64(q.bidOrderId);
    w.i64(q.askOrderId);
  }
  return w.bytes();
}

/** Every accepted oracle report, by oracle id then market id. */
export function writeOracleReports(w: LeafWriter, state: VenueState): Buffer {
  w.reset(LEAF_ORACLE);
  const oracles = [...state.oracleReports.keys()].sort(compareIds);
  let count = 0;
  for (const id of oracles) count += (state.oracleReports.get(id) as Map<number, unknown>).size;
  w.u32(count);
  for (const oracleId of oracles) {
    const byMarket = state.oracleReports.get(oracleId) as NonNullable<ReturnType<typeof state.oracleReports.get>>;
    for (const [marketId, r] of [...byMarket.entries()].sort(([a], [b]) => a - b)) {
      w.str(oracleId);
      w.i64(marketId);
      w.i64(r.priceTicks);
      w.i64(r.observedAtUs);
      w.i64(r.reportSeq);
    }
  }
  return w.bytes();
}

/** The venue-wide scalars and the genesis config hash, in the root itself. */
export function writeGlobals(w: LeafWriter, state: VenueState): void {
  w.i64(state.height);
  w.i64(state.blockTimeUs);
  w.i64(state.prevBlockTimeUs);
  w.i64(state.nextOrderId);
  w.i64(state.nextFillId);
  w.i64(state.insuranceFund);
  w.i64(state.feesCollected);
  w.i64(state.totalDeposits);
  w.i64(state.totalWithdrawals);
  w.i64(state.badDebtTotal);
  w.raw(state.configHash);
}

/** Principal ids in JavaScript's string order (UTF-16 code units; byte order for ASCII ids). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
