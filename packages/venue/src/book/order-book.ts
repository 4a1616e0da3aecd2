/**
 * A central limit order book for one market, strict price-time priority. Price levels: a binary
 * heap of prices per side (heap-js; best price O(1), a new level O(log n), emptied levels
 * dropped lazily) and a Map price → level; each level is a FIFO array of its orders, and a Map
 * orderId → node (the order's level and slot) makes cancel O(1): a cancel or fill empties its slot,
 * and the level is compacted once its empty slots outnumber its orders (amortised O(1) per removal,
 * whatever a hostile sequence of rests and cancels does). An array, not a linked list of nodes: a
 * walk over a level's orders (matching, previews, the state hash's every-block walk of every book)
 * loads each order independently of the one before, so the loads overlap instead of waiting on one
 * pointer at a time — the state hash's book walk was memory-bound on the list (BENCHMARKS.md,
 * session 29 book). Integers only: prices in ticks, sizes in lots.
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
  readonly order: RestingOrder;
  readonly level: Level;
  /** The order's index in its level's queue (moved only by compaction). */
  slot: number;
}

interface Level {
  readonly priceTicks: number;
  /** The level's orders in FIFO order; a slot emptied by a cancel or fill is undefined until the level is compacted. */
  queue: (RestingOrder | undefined)[];
  /**
   * The state hash's copy of each slot's order, LEVEL_FIELDS numbers a slot (order id, account
   * index, size, client order id, reduce-only 1/0 or -1 for an empty slot), kept with every change
   * of the order's size: the hash reads a level's orders from this one array (a plain array of
   * numbers: its elements live with it on the heap, where a typed array's are a separate
   * allocation) instead of from each order object scattered over the heap (BENCHMARKS.md,
   * session 29 book). Always LEVEL_FIELDS × the queue's length.
   */
  fields: number[];
  /** Index of the first order in the queue (queue.length when the level is empty). */
  first: number;
  sizeLots: number;
  orderCount: number;
}

/**
 * A price level as the state hash reads it: slot i's order id, account index, size, client order
 * id and reduce-only flag (1 or 0; -1: the slot is empty) are fields[i * LEVEL_FIELDS + 0 … 4],
 * the slots from `first` in FIFO order.
 */
export interface HashedLevel {
  readonly priceTicks: number;
  readonly orderCount: number;
  readonly first: number;
  readonly fields: readonly number[];
}

/** Numbers per slot in a level's `fields`. */
export const LEVEL_FIELDS = 5;
const FIELD_SIZE = 2;
/** The reduce-only flag's place in a slot's fields; -1 there marks an empty slot. */
export const FIELD_FLAG = 4;

/** Empty slots a level keeps beyond its order count before it is compacted (small levels are never worth it). */
const SLACK_SLOTS = 8;

/** The index of the first order after slot `i` (queue.length if none). */
function nextOrder(queue: readonly (RestingOrder | undefined)[], i: number): number {
  let j = i + 1;
  while (j < queue.length && queue[j] === undefined) j++;
  return j;
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
      level = { priceTicks, queue: [], fields: [], first: 0, sizeLots: 0, orderCount: 0 };
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
  /** > 0 while match() walks a level by index: no level is compacted then (its slots would move under the walk). */
  private matching = 0;
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
    this.compactIfSparse(level);
    const node: OrderNode = { order, level, slot: level.queue.length };
    level.queue.push(order);
    level.fields.push(order.orderId, order.accountIndex, order.sizeLots, order.clientOrderId, order.reduceOnly ? 1 : 0);
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
    this.compactIfSparse(node.level);
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
      this.compactIfSparse(node.level);
      node.order.sizeLots = 0;
    } else {
      node.order.sizeLots -= lots;
      node.level.fields[node.slot * LEVEL_FIELDS + FIELD_SIZE] = node.order.sizeLots;
      node.level.sizeLots -= lots;
    }
    return node.order;
  }

  /**
   * Matches a taker against the opposite side in strict price-time priority, never beyond its
   * limit; every fill at the maker's price.
   */
  match(taker: TakerOrder, onFill: (fill: MakerFill) => void, options: { stp?: SelfTradePrevention; maxFills?: number; guard?: FillGuard; positionOf?: PositionOf } = {}): MatchResult {
    this.matching++;
    try {
      return this.matchLevels(taker, onFill, options);
    } finally {
      this.matching--;
    }
  }

  private matchLevels(taker: TakerOrder, onFill: (fill: MakerFill) => void, options: { stp?: SelfTradePrevention; maxFills?: number; guard?: FillGuard; positionOf?: PositionOf }): MatchResult {
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
      const queue = level.queue;
      // The planted variant's order of visits (second, first, third, …); undefined in every product path.
      const planted = this.variant === 'priority-off-by-one' ? plantedOrder(level) : undefined;
      let k = 0;
      for (let i = planted ? (planted[0] ?? queue.length) : level.first; i < queue.length && result.remainingLots > 0 && result.fills < maxFills; i = planted ? (planted[++k] ?? queue.length) : nextOrder(queue, i)) {
        const maker = queue[i];
        // A slot emptied while this level is walked (a callback's cancel): nothing there.
        if (maker === undefined) continue;
        if (maker.accountIndex === taker.accountIndex) {
          if (stp === 'cancel-taker' || stp === 'cancel-both') {
            if (stp === 'cancel-both') {
              this.unlinkAt(level, i);
              result.stpCancelled.push(maker);
            }
            result.remainingLots = 0;
            return result;
          }
          this.unlinkAt(level, i);
          result.stpCancelled.push(maker);
          continue;
        }
        let sizeLots = Math.min(maker.sizeLots, result.remainingLots);
        let capped = false;
        if (maker.reduceOnly && positionOf) {
          const cap = closeableLots(maker.side, positionOf(maker.accountIndex));
          if (cap === 0) {
            this.unlinkAt(level, i);
            result.reduceOnlyCancelled.push(maker);
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
            this.unlinkAt(level, i);
            result.guardCancelled.push(maker);
          }
          result.stopped = true;
          return result;
        }
        maker.sizeLots -= sizeLots;
        level.fields[i * LEVEL_FIELDS + FIELD_SIZE] = maker.sizeLots;
        level.sizeLots -= sizeLots;
        result.remainingLots -= sizeLots;
        result.fills++;
        const makerDone = maker.sizeLots === 0;
        if (makerDone) this.unlinkAt(level, i);
        onFill({ maker, sizeLots, priceTicks: level.priceTicks, makerDone });
        if (capped && !makerDone) {
          // Filled up to its position: the rest could only open one.
          this.unlinkAt(level, i);
          result.reduceOnlyCancelled.push(maker);
        }
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
    const level = this.sideOf(side).best();
    return level ? liveOrders(level) : [];
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
      const queue = level.queue;
      for (let i = level.first; i < queue.length && lots < taker.sizeLots; i++) {
        const order = queue[i];
        if (order === undefined || order.accountIndex === taker.accountIndex) continue;
        let take = Math.min(order.sizeLots, taker.sizeLots - lots);
        if (moved && positionOf) {
          const maker = order;
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
      for (const level of side.sortedLevels()) yield* liveOrders(level);
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

  private unlink(node: OrderNode): void {
    this.unlinkAt(node.level, node.slot);
  }

  /** Removes the order in a level's slot from the book. */
  private unlinkAt(level: Level, slot: number): void {
    const queue = level.queue;
    const order = queue[slot];
    if (order === undefined) throw new Error(`book invariant broken: slot ${slot} of level ${level.priceTicks} is empty`);
    queue[slot] = undefined;
    level.fields[slot * LEVEL_FIELDS + FIELD_FLAG] = -1;
    if (slot === level.first) level.first = nextOrder(queue, slot);
    level.sizeLots -= order.sizeLots;
    level.orderCount--;
    this.nodes.delete(order.orderId);
    if (order.reduceOnly) this.reduceOnlyCount--;
    const owned = this.byAccount.get(order.accountIndex);
    owned?.delete(order.orderId);
    if (owned?.size === 0) this.byAccount.delete(order.accountIndex);
    if (level.orderCount === 0) this.sideOf(order.side).levels.delete(level.priceTicks);
    // Postconditions (cheap): a level's size never goes negative; an empty level holds nothing.
    if (level.sizeLots < 0 || (level.orderCount === 0 && level.sizeLots !== 0)) throw new Error(`book invariant broken at level ${level.priceTicks}`);
  }

  /**
   * Drops a level's empty slots once they outnumber its orders by more than SLACK_SLOTS: each
   * compaction moves at most twice as many orders as removals since the last, so removals stay
   * amortised O(1). Never while match() walks a level by index.
   */
  private compactIfSparse(level: Level): void {
    if (this.matching > 0 || level.orderCount === 0 || level.queue.length - level.orderCount <= level.orderCount + SLACK_SLOTS) return;
    const queue: RestingOrder[] = [];
    const fields: number[] = [];
    const old = level.fields;
    for (let i = level.first; i < level.queue.length; i++) {
      const order = level.queue[i];
      if (order === undefined) continue;
      (this.nodes.get(order.orderId) as OrderNode).slot = queue.length;
      queue.push(order);
      for (let f = 0; f < LEVEL_FIELDS; f++) fields.push(old[i * LEVEL_FIELDS + f] as number);
    }
    level.queue = queue;
    level.fields = fields;
    level.first = 0;
  }
}

/** A level's orders in FIFO order. */
function liveOrders(level: Level): RestingOrder[] {
  const out: RestingOrder[] = [];
  const queue = level.queue;
  for (let i = level.first; i < queue.length; i++) {
    const order = queue[i];
    if (order !== undefined) out.push(order);
  }
  return out;
}

/** The planted priority bug's visits of a level: each pair of orders swapped — second, first, fourth, third, … */
function plantedOrder(level: Level): number[] {
  const visits: number[] = [];
  for (let i = level.first; i < level.queue.length; i = nextOrder(level.queue, i)) visits.push(i);
  for (let k = 0; k + 1 < visits.length; k += 2) [visits[k], visits[k + 1]] = [visits[k + 1] as number, visits[k] as number];
  return visits;
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
