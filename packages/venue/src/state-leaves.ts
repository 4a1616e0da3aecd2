/**
 * The canonical bytes of each leaf of the state hash (docs/venue.md, "The state hash"): one
 * place that says what every leaf covers and in which order, shared by the incremental hash
 * (state-hash.ts) and its from-scratch recomputation. Integers are signed 64-bit big-endian,
 * strings a u32 byte length then UTF-8, flags one byte; every leaf starts with its tag.
 */
import type { NonceWindow, VenueState, Account, MarketRuntime } from './state.ts';
import { assert } from './assert.ts';
import { SIDE_BUY, SIDE_SELL, type OrderBook } from './book/order-book.ts';

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

/** A growable byte writer, reused for every leaf (no allocation per leaf once grown). */
export class LeafWriter {
  private buf = Buffer.allocUnsafe(4096);
  private view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
  length = 0;

  reset(tag: number): this {
    this.length = 0;
    this.u8(tag);
    return this;
  }

  bytes(): Buffer {
    return this.buf.subarray(0, this.length);
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n));
    this.buf.copy(grown, 0, 0, this.length);
    this.buf = grown;
    this.view = new DataView(grown.buffer, grown.byteOffset, grown.byteLength);
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
    const hi = Math.floor(value / TWO_32);
    this.view.setInt32(this.length, hi);
    this.view.setUint32(this.length + 4, value - hi * TWO_32);
    this.length += 8;
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

  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
  }
}

/**
 * A principal: an id that is an account, a client with a nonce window, or both (most clients
 * trade for their own account: one leaf then covers both, and a block that touches one usually
 * touches the other).
 */
export function writePrincipal(w: LeafWriter, id: string, account: Account | undefined, window: NonceWindow | undefined, marketIds: readonly number[]): Buffer {
  w.reset(LEAF_PRINCIPAL);
  w.str(id);
  w.u8((account ? 1 : 0) | (window ? 2 : 0));
  if (account) {
    w.i64(account.index);
    w.i64(account.collateral);
    // By market id: the venue's markets ascending (few), each looked up (no array to sort).
    w.u32(account.positions.size);
    let written = 0;
    for (const marketId of marketIds) {
      const p = account.positions.get(marketId);
      if (!p) continue;
      written++;
      w.i64(p.marketId);
      w.i64(p.sizeLots);
      w.i64(p.costQuote);
      w.i64(p.realizedPnl);
      w.i64(p.fundingPaid);
      w.i64(p.feesPaid);
    }
    // A position in a market the config does not have cannot happen (positions are opened by fills).
    assert(written === account.positions.size, () => `account ${account.id} holds a position in a market outside the config`);
  }
  if (window) writeNonceWindow(w, window);
  return w.bytes();
}

/**
 * floor, then the window's nonces ascending as maximal runs of consecutive nonces — u32 run count,
 * (first, length) per run — so a client that numbers 1, 2, 3, … costs one run however long its
 * window. The window keeps exactly these runs (nonce-window.ts).
 */
function writeNonceWindow(w: LeafWriter, window: NonceWindow): void {
  const runs = window.runs;
  w.i64(window.floor);
  w.u32(runs.length / 2);
  for (let i = 0; i < runs.length; i += 2) {
    const first = runs[i] as number;
    w.i64(first);
    w.i64((runs[i + 1] as number) - first + 1);
  }
}

/**
 * A book: u32 order count, then every resting order — bids best-first, then asks best-first,
 * FIFO within a level (the snapshot's order): order id, account index, side, price, size, client
 * order id, reduce-only.
 */
export function writeBook(w: LeafWriter, book: OrderBook): Buffer {
  w.reset(LEAF_BOOK);
  w.u32(book.orderCount);
  for (const side of [SIDE_BUY, SIDE_SELL] as const) {
    for (const level of book.hashedLevels(side)) {
      for (let node = level.head; node; node = node.next) {
        const o = node.order;
        w.i64(o.orderId);
        w.i64(o.accountIndex);
        w.u8(side);
        w.i64(level.priceTicks);
        w.i64(o.sizeLots);
        w.i64(o.clientOrderId);
        w.u8(o.reduceOnly ? 1 : 0);
      }
    }
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
