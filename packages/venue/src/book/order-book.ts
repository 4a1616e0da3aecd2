/**
 * A central limit order book for one market, strict price-time priority. Price levels: a binary
 * heap of prices per side (heap-js; best price O(1), a new level O(log n), emptied levels
 * dropped lazily) and a Map price → level; each level is an intrusive doubly-linked FIFO queue,
 * and a Map orderId → node makes cancel O(1). Integers only: prices in ticks, sizes in lots.
 */
import { Heap } from 'heap-js';

import { SIDE_BUY, SIDE_SELL, type Side } from '../vocabulary.ts';

export { SIDE_BUY, SIDE_SELL, type Side };

/**
 * Self-trade prevention when a taker meets its own resting order: `cancel-resting` cancels the
 * resting order and matching continues (dYdX's default behaviour); `cancel-taker` stops the taker
 * there; `cancel-both` does both.
 */
export type SelfTradePrevention = 'cancel-resting' | 'cancel-taker' | 'cancel-both';

export interface RestingOrder {
  readonly orderId: number;
  readonly accountIndex: number;
  readonly side: Side;
  readonly priceTicks: number;
  sizeLots: number;
  readonly clientOrderId: number;
  readonly reduceOnly: boolean;
}

export interface TakerOrder {
  orderId: number;
  accountIndex: number;
  side: Side;
  /** undefined: a market order with no price limit. */
  limitPriceTicks: number | undefined;
  sizeLots: number;
}

export interface MakerFill {
  maker: RestingOrder;
  sizeLots: number;
  priceTicks: number;
  /** The maker order is fully filled and has left the book. */
  makerDone: boolean;
}

export interface MatchResult {
  remainingLots: number;
  stpCancelled: RestingOrder[];
  fills: number;
  /** Makers the fill guard removed instead of filling (then `stopped` is true). */
  guardCancelled: RestingOrder[];
  /** The guard stopped the taker before its size or limit did. */
  stopped: boolean;
  /**
   * Reduce-only makers that left the book because filling (more of) them would no longer reduce
   * their account's position: unfilled ones, and the rest of one filled up to its position.
   */
  reduceOnlyCancelled: RestingOrder[];
}

/**
 * A maker account's signed position in the book's market (> 0 long), for reduce-only orders: a
 * resting reduce-only order fills at most what closes that position, and leaves the book once it
 * cannot close anything.
 */
export type PositionOf = (accountIndex: number) => number;

/** Lots a reduce-only order of `side` may fill against a position: what closes it, never more. */
export function closeableLots(side: Side, positionLots: number): number {
  return side === SIDE_BUY ? Math.max(0, -positionLots) : Math.max(0, positionLots);
}

/**
 * Asked before each fill: `fill`, or `cancel-maker` (the maker leaves the book unfilled and the
 * taker stops there), or `stop` (the taker stops; the maker stays).
 */
export type FillGuard = (maker: RestingOrder, sizeLots: number, priceTicks: number) => 'fill' | 'cancel-maker' | 'stop';

/** Largest price and size accepted: products and sums stay far inside safe integers. */
export const PRICE_TICKS_MAX = 1_000_000_000;
export const SIZE_LOTS_MAX = 1_000_000_000;

export class BookError extends Error {
  override readonly name: string = 'BookError';
}
export class BookFullError extends BookError {
  override readonly name = 'BookFullError';
}

/** Deliberately broken variants for the test suite: serves a level's second order first; rests an order that crosses the opposite best. */
export type BookVariant = 'priority-off-by-one' | 'crossing-order-rests';

interface OrderNode {
  order: RestingOrder;
  prev: OrderNode | undefined;
  next: OrderNode | undefined;
  level: Level;
}

interface Level {
  priceTicks: number;
  head: OrderNode | undefined;
  tail: OrderNode | undefined;
  sizeLots: number;
  orderCount: number;
}

/** A price level as the state hash reads it: its orders in FIFO order. */
export interface HashedLevel {
  readonly priceTicks: number;
  readonly orderCount: number;
  readonly head: { readonly order: RestingOrder; readonly next: HashedLevel['head'] } | undefined;
}

class BookSide {
  readonly levels = new Map<number, Level>();
  readonly prices: Heap<number>;

  constructor(readonly side: Side) {
    // Bids: highest first; asks: lowest first.
    this.prices = new Heap<number>(side === SIDE_BUY ? (a, b) => b - a : (a, b) => a - b);
  }

  best(): Level | undefined {
    // Emptied levels leave their price in the heap; drop them here (amortised O(log n)).
    for (;;) {
      const price = this.prices.peek();
      if (price === undefined) return undefined;
      const level = this.levels.get(price);
      if (level) return level;
      this.prices.pop();
    }
  }

  levelFor(priceTicks: number): Level {
    let level = this.levels.get(priceTicks);
    if (!level) {
      level = { priceTicks, head: undefined, tail: undefined, sizeLots: 0, orderCount: 0 };
      this.levels.set(priceTicks, level);
      this.prices.push(priceTicks);
    }
    return level;
  }

  /** Levels best first (a sort: for previews, snapshots, auctions and the state hash, not for matching). */
  sortedLevels(): Level[] {
    return this.sortedLevelsCrossing(undefined);
  }

  /** The levels a taker crosses (all of them without a limit), best first: only those are sorted. */
  sortedLevelsCrossing(taker: TakerOrder | undefined): Level[] {
    let prices = new Float64Array(this.levels.size);
    let i = 0;
    for (const price of this.levels.keys()) if (!taker || crosses(taker, price)) prices[i++] = price;
    if (i < prices.length) prices = prices.subarray(0, i);
    prices.sort();
    const levels: Level[] = new Array(prices.length);
    const n = prices.length;
    for (let k = 0; k < n; k++) levels[k] = this.levels.get(prices[this.side === SIDE_BUY ? n - 1 - k : k] as number) as Level;
    return levels;
  }
}

export class OrderBook {
  readonly marketId: number;
  private readonly ordersMax: number;
  private readonly bids = new BookSide(SIDE_BUY);
  private readonly asks = new BookSide(SIDE_SELL);
  private readonly nodes = new Map<number, OrderNode>();
  private readonly byAccount = new Map<number, Set<number>>();
  /** Reduce-only orders resting: the match and the previews skip their bookkeeping while there are none. */
  private reduceOnlyCount = 0;
  /**
   * The testing seam: set by applyBlock from its `variant` option for the length of one block
   * (never from config, never persisted); undefined in every product path.
   */
  variant: BookVariant | undefined;
  /**
   * Counts the calls that may change the resting orders (rest, cancel, reduce, match, clear): the
   * state hash re-hashes this book only when it moved since the last hash (state-hash.ts).
   */
  changes = 0;

  constructor(options: { marketId: number; ordersMax: number; variant?: BookVariant }) {
    this.marketId = options.marketId;
    this.ordersMax = options.ordersMax;
    this.variant = options.variant;
  }

  get orderCount(): number {
    return this.nodes.size;
  }

  bestBidTicks(): number | undefined {
    return this.bids.best()?.priceTicks;
  }

  bestAskTicks(): number | undefined {
    return this.asks.best()?.priceTicks;
  }

  get(orderId: number): RestingOrder | undefined {
    return this.nodes.get(orderId)?.order;
  }

  /** Rests an order at the back of its level. It must not cross the opposite side. */
  rest(order: RestingOrder): void {
    this.changes++;
    validatePrice(order.priceTicks);
    validateSize(order.sizeLots);
    if (this.nodes.has(order.orderId)) throw new BookError(`order ${order.orderId} is already in the book`);
    if (this.nodes.size >= this.ordersMax) throw new BookFullError(`book of market ${this.marketId} holds ${this.ordersMax} orders, its limit`);
    const opposite = order.side === SIDE_BUY ? this.bestAskTicks() : this.bestBidTicks();
    if (opposite !== undefined && this.variant !== 'crossing-order-rests' && (order.side === SIDE_BUY ? order.priceTicks >= opposite : order.priceTicks <= opposite)) {
      throw new BookError(`order ${order.orderId} at ${order.priceTicks} would cross the opposite best ${opposite}`);
    }
    const level = this.sideOf(order.side).levelFor(order.priceTicks);
    const node: OrderNode = { order, prev: level.tail, next: undefined, level };
    if (level.tail) level.tail.next = node;
    else level.head = node;
    level.tail = node;
    level.sizeLots += order.sizeLots;
    level.orderCount++;
    this.nodes.set(order.orderId, node);
    if (order.reduceOnly) this.reduceOnlyCount++;
    let owned = this.byAccount.get(order.accountIndex);
    if (!owned) this.byAccount.set(order.accountIndex, (owned = new Set()));
    owned.add(order.orderId);
  }

  cancel(orderId: number): RestingOrder | undefined {
    this.changes++;
    const node = this.nodes.get(orderId);
    if (!node) return undefined;
    this.unlink(node);
    return node.order;
  }

  /** Takes `lots` off a resting order without moving it in its queue; removes it at zero. */
  reduce(orderId: number, lots: number): RestingOrder | undefined {
    this.changes++;
    const node = this.nodes.get(orderId);
    if (!node) return undefined;
    if (!Number.isSafeInteger(lots) || lots <= 0) throw new BookError(`reduce of order ${orderId} by ${lots} lots`);
    if (lots >= node.order.sizeLots) {
      this.unlink(node);
      node.order.sizeLots = 0;
    } else {
      node.order.sizeLots -= lots;
      node.level.sizeLots -= lots;
    }
    return node.order;
  }

  /**
   * Matches a taker against the opposite side in strict price-time priority, never beyond its
   * limit; every fill at the maker's price.
   */
  match(taker: TakerOrder, onFill: (fill: MakerFill) => void, options: { stp?: SelfTradePrevention; maxFills?: number; guard?: FillGuard; positionOf?: PositionOf } = {}): MatchResult {
    this.changes++;
    validateSize(taker.sizeLots);
    if (taker.limitPriceTicks !== undefined) validatePrice(taker.limitPriceTicks);
    const stp = options.stp ?? 'cancel-resting';
    const maxFills = options.maxFills ?? Number.POSITIVE_INFINITY;
    const opposite = taker.side === SIDE_BUY ? this.asks : this.bids;
    const result: MatchResult = { remainingLots: taker.sizeLots, stpCancelled: [], fills: 0, guardCancelled: [], stopped: false, reduceOnlyCancelled: [] };
    // The position is read live: each fill is booked (onFill) before the next maker is looked at.
    const positionOf = this.reduceOnlyCount > 0 ? options.positionOf : undefined;
    while (result.remainingLots > 0 && result.fills < maxFills) {
      const level = opposite.best();
      if (!level || !crosses(taker, level.priceTicks)) break;
      let node = this.firstInPriority(level);
      while (node && result.remainingLots > 0 && result.fills < maxFills) {
        const next = this.nextInPriority(node);
        const maker = node.order;
        if (maker.accountIndex === taker.accountIndex) {
          if (stp === 'cancel-taker' || stp === 'cancel-both') {
            if (stp === 'cancel-both') {
              this.unlink(node);
              result.stpCancelled.push(maker);
            }
            result.remainingLots = 0;
            return result;
          }
          this.unlink(node);
          result.stpCancelled.push(maker);
          node = next;
          continue;
        }
        let sizeLots = Math.min(maker.sizeLots, result.remainingLots);
        let capped = false;
        if (maker.reduceOnly && positionOf) {
          const cap = closeableLots(maker.side, positionOf(maker.accountIndex));
          if (cap === 0) {
            this.unlink(node);
            result.reduceOnlyCancelled.push(maker);
            node = next;
            continue;
          }
          if (cap < sizeLots) {
            sizeLots = cap;
            capped = true;
          }
        }
        const verdict = options.guard ? options.guard(maker, sizeLots, level.priceTicks) : 'fill';
        if (verdict !== 'fill') {
          if (verdict === 'cancel-maker') {
            this.unlink(node);
            result.guardCancelled.push(maker);
          }
          result.stopped = true;
          return result;
        }
        maker.sizeLots -= sizeLots;
        level.sizeLots -= sizeLots;
            result.remainingLots -= sizeLots;
        result.fills++;
        const makerDone = maker.sizeLots === 0;
        if (makerDone) this.unlink(node);
        onFill({ maker, sizeLots, priceTicks: level.priceTicks, makerDone });
        if (capped && !makerDone) {
          // Filled up to its position: the rest could only open one.
          this.unlink(node);
          result.reduceOnlyCancelled.push(maker);
        }
        node = next;
      }
    }
    return result;
  }

  /** Lots a taker could fill now up to its limit (for FOK), counting its own orders as unavailable. */
  fillableLots(taker: TakerOrder, capLots: number, positionOf?: PositionOf): number {
    return Math.min(capLots, this.fillPreview({ ...taker, sizeLots: capLots }, positionOf).lots);
  }

  /** The orders of the best level of one side, in queue order. */
  bestLevelOrders(side: Side): RestingOrder[] {
    const out: RestingOrder[] = [];
    for (let node = this.sideOf(side).best()?.head; node; node = node.next) out.push(node.order);
    return out;
  }

  /**
   * What a taker would fill now, up to its limit and size (its own orders excluded, as self-trade
   * prevention removes them): lots and their notional in ticks x lots. For pre-trade checks.
   */
  fillPreview(taker: TakerOrder, positionOf?: PositionOf): { lots: number; ticksTimesLots: number; worstTicks: number } {
    const opposite = taker.side === SIDE_BUY ? this.asks : this.bids;
    let lots = 0;
    let ticksTimesLots = 0;
    let worstTicks = 0;
    // With reduce-only makers, each maker account's position as the match would have moved it so far.
    // Nothing crosses when the best level does not (most limit orders rest): no sort at all.
    const best = opposite.best();
    if (!best || !crosses(taker, best.priceTicks)) return { lots, ticksTimesLots, worstTicks };
    const moved = this.reduceOnlyCount > 0 && positionOf ? new Map<number, number>() : undefined;
    // The best level first, on its own: most takers fill there, and then nothing is sorted. Only a
    // taker it leaves short sorts the other crossing levels (the best is their first: skipped).
    let sorted: Level[] | undefined;
    let k = 0;
    for (let level: Level | undefined = best; level; level = (sorted ??= opposite.sortedLevelsCrossing(taker))[++k]) {
      for (let node = level.head; node && lots < taker.sizeLots; node = node.next) {
        if (node.order.accountIndex === taker.accountIndex) continue;
        let take = Math.min(node.order.sizeLots, taker.sizeLots - lots);
        if (moved && positionOf) {
          const maker = node.order;
          const position = moved.get(maker.accountIndex) ?? positionOf(maker.accountIndex);
          if (maker.reduceOnly) take = Math.min(take, closeableLots(maker.side, position));
          if (take === 0) continue;
          moved.set(maker.accountIndex, position + (maker.side === SIDE_BUY ? take : -take));
        }
        lots += take;
        ticksTimesLots += take * level.priceTicks;
        worstTicks = level.priceTicks;
      }
      if (lots >= taker.sizeLots) break;
    }
    return { lots, ticksTimesLots, worstTicks };
  }

  ordersOfAccount(accountIndex: number): RestingOrder[] {
    const ids = this.byAccount.get(accountIndex);
    return ids ? [...ids].sort((a, b) => a - b).map((id) => (this.nodes.get(id) as OrderNode).order) : [];
  }

  *levels(side: Side): Iterable<{ priceTicks: number; sizeLots: number; orderCount: number }> {
    for (const level of this.sideOf(side).sortedLevels()) yield { priceTicks: level.priceTicks, sizeLots: level.sizeLots, orderCount: level.orderCount };
  }

  /** Each side's levels best first, for the state hash (it walks each level's queue without a generator). */
  hashedLevels(side: Side): readonly HashedLevel[] {
    return this.sideOf(side).sortedLevels();
  }

  /** Every resting order: bids best to worst (FIFO within a level), then asks best to worst. */
  *orders(): Iterable<RestingOrder> {
    for (const side of [this.bids, this.asks]) {
      for (const level of side.sortedLevels()) for (let node = level.head; node; node = node.next) yield node.order;
    }
  }

  /** Removes and returns every resting order (cancel-on-halt), in canonical order. */
  clear(): RestingOrder[] {
    this.changes++;
    const all = [...this.orders()];
    for (const order of all) this.cancel(order.orderId);
    return all;
  }

  private sideOf(side: Side): BookSide {
    return side === SIDE_BUY ? this.bids : this.asks;
  }

  private firstInPriority(level: Level): OrderNode | undefined {
    // The planted bug: the second order of a level jumps the queue.
    if (this.variant === 'priority-off-by-one' && level.head?.next) return level.head.next;
    return level.head;
  }

  private nextInPriority(node: OrderNode): OrderNode | undefined {
    if (this.variant === 'priority-off-by-one' && node === node.level.head?.next && node.prev === node.level.head) return node.level.head;
    if (this.variant === 'priority-off-by-one' && node === node.level.head && node.next) return node.next.next;
    return node.next;
  }

  private unlink(node: OrderNode): void {
    const level = node.level;
    if (node.prev) node.prev.next = node.next;
    else level.head = node.next;
    if (node.next) node.next.prev = node.prev;
    else level.tail = node.prev;
    level.sizeLots -= node.order.sizeLots;
    level.orderCount--;
    this.nodes.delete(node.order.orderId);
    if (node.order.reduceOnly) this.reduceOnlyCount--;
    const owned = this.byAccount.get(node.order.accountIndex);
    owned?.delete(node.order.orderId);
    if (owned?.size === 0) this.byAccount.delete(node.order.accountIndex);
    if (level.orderCount === 0) this.sideOf(node.order.side).levels.delete(level.priceTicks);
    // Postconditions (cheap): a level's size never goes negative; an empty level holds nothing.
    if (level.sizeLots < 0 || (level.orderCount === 0 && level.sizeLots !== 0)) throw new Error(`book invariant broken at level ${level.priceTicks}`);
  }
}

function crosses(taker: TakerOrder, makerPriceTicks: number): boolean {
  if (taker.limitPriceTicks === undefined) return true;
  return taker.side === SIDE_BUY ? makerPriceTicks <= taker.limitPriceTicks : makerPriceTicks >= taker.limitPriceTicks;
}

function validatePrice(priceTicks: number): void {
  if (!Number.isSafeInteger(priceTicks) || priceTicks <= 0 || priceTicks > PRICE_TICKS_MAX) {
    throw new BookError(`price ${priceTicks} ticks is not an integer in [1, ${PRICE_TICKS_MAX}]`);
  }
}

function validateSize(sizeLots: number): void {
  if (!Number.isSafeInteger(sizeLots) || sizeLots <= 0 || sizeLots > SIZE_LOTS_MAX) {
    throw new BookError(`size ${sizeLots} lots is not an integer in [1, ${SIZE_LOTS_MAX}]`);
  }
}
