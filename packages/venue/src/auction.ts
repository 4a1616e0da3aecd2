/**
 * The reopening call auction. Orders collected while the market was in AUCTION (and the book's
 * resting orders) uncross at one price: the price that maximises matched volume, then minimises
 * the absolute imbalance, then is closest to the reference (the oracle), then the lower price
 * (CME / Euronext rules; the last rule only makes the choice deterministic). Priority within the
 * uncross: price, then order id (time). Every auction fill is at the uncrossing price; of each
 * pair the older order is the maker and pays the maker fee, the newer one the taker fee. Two orders of the same account meeting in the uncross are both
 * reduced without a fill (self-trade prevention: decrement both). What remains of the queue then
 * enters continuous trading in time order, so nothing is left crossed. The uncross has a fill
 * guard too: no order fills there if that takes its account's equity below zero (it is cancelled,
 * and the uncross is planned again without it).
 */
import { SIDE_BUY, SIDE_SELL, type Side } from './book/order-book.ts';
import type { BlockContext } from './context.ts';
import { equityOf, releaseLots, releaseOrder } from './margin.ts';
import { executeTaker, feeFor, guardOff, settleFill } from './matching.ts';
import { clearQuoteSlot, emitOrderUpdate } from './order-events.ts';
import { type Account, type MarketRuntime, MARKET_ACTIVE } from './state.ts';
import { TIF_GTC, TIF_POST_ONLY } from './state.ts';

interface AuctionEntry {
  orderId: number;
  accountIndex: number;
  side: Side;
  priceTicks: number;
  sizeLots: number;
  clientOrderId: number;
  inBook: boolean;
  timeInForce: number;
}

export interface UncrossPlan {
  priceTicks: number;
  volumeLots: number;
  imbalanceLots: number;
}

/** The uncrossing price of a set of orders, or undefined when nothing crosses. */
export function findUncross(orders: readonly Pick<AuctionEntry, 'side' | 'priceTicks' | 'sizeLots'>[], referenceTicks: number): UncrossPlan | undefined {
  const prices = [...new Set(orders.map((o) => o.priceTicks))].sort((a, b) => a - b);
  if (prices.length === 0) return undefined;
  // demand(p) = buys priced >= p; supply(p) = sells priced <= p: prefix sums over sorted prices.
  const buyAt = new Map<number, number>();
  const sellAt = new Map<number, number>();
  for (const o of orders) {
    const into = o.side === SIDE_BUY ? buyAt : sellAt;
    into.set(o.priceTicks, (into.get(o.priceTicks) ?? 0) + o.sizeLots);
  }
  const supply: number[] = [];
  let cumulative = 0;
  for (const p of prices) supply.push((cumulative += sellAt.get(p) ?? 0));
  let demand = 0;
  let best: UncrossPlan | undefined;
  for (let i = prices.length - 1; i >= 0; i--) {
    const p = prices[i] as number;
    demand += buyAt.get(p) ?? 0;
    const volume = Math.min(demand, supply[i] as number);
    if (volume === 0) continue;
    const candidate = { priceTicks: p, volumeLots: volume, imbalanceLots: demand - (supply[i] as number) };
    if (!best || better(candidate, best, referenceTicks)) best = candidate;
  }
  return best;
}

function better(a: UncrossPlan, b: UncrossPlan, ref: number): boolean {
  if (a.volumeLots !== b.volumeLots) return a.volumeLots > b.volumeLots;
  if (Math.abs(a.imbalanceLots) !== Math.abs(b.imbalanceLots)) return Math.abs(a.imbalanceLots) < Math.abs(b.imbalanceLots);
  const da = Math.abs(a.priceTicks - ref);
  const db = Math.abs(b.priceTicks - ref);
  if (da !== db) return da < db;
  return a.priceTicks < b.priceTicks;
}

type Pair = { buy: AuctionEntry; sell: AuctionEntry; lots: number };

/** Runs the uncross of `market` (state AUCTION), then opens it for continuous trading. */
export function uncrossAndOpen(ctx: BlockContext, market: MarketRuntime, reason: string): void {
  let entries: AuctionEntry[] = [];
  for (const o of market.book.orders()) entries.push({ ...o, inBook: true, timeInForce: TIF_GTC });
  for (const o of market.auctionQueue) entries.push({ ...o, inBook: false });
  let plan: UncrossPlan | undefined;
  let pairs: Pair[];
  // The fill guard of the uncross (docs/venue.md): an order was reserved against the mark when it
  // queued, the mark may have moved since. An order whose fill at the uncrossing price would take
  // its account's equity below zero is cancelled (`undercollateralized`) and the uncross is
  // planned again without it; each pass removes an order, so this ends.
  for (;;) {
    plan = findUncross(entries, market.oracleTicks || market.markTicks);
    pairs = pairUp(entries, plan);
    const failing = guardOff(ctx) ? undefined : firstUndercollateralized(ctx, market, plan, pairs);
    if (!failing) break;
    entries = entries.filter((e) => e !== failing);
    cancelEntry(ctx, market, failing);
  }
  emitUncross(ctx, market, plan, pairs);
  ctx.setMarketState(market, MARKET_ACTIVE, reason, 0);
  drainAuctionQueue(ctx, market);
}

/** Pairs the crossing orders in price, then time, priority (before any fill: the AuctionResult precedes them). */
function pairUp(entries: readonly AuctionEntry[], plan: UncrossPlan | undefined): Pair[] {
  const pairs: Pair[] = [];
  if (plan) {
    const buys = entries.filter((o) => o.side === SIDE_BUY && o.priceTicks >= plan.priceTicks).sort((a, b) => b.priceTicks - a.priceTicks || a.orderId - b.orderId);
    const sells = entries.filter((o) => o.side === SIDE_SELL && o.priceTicks <= plan.priceTicks).sort((a, b) => a.priceTicks - b.priceTicks || a.orderId - b.orderId);
    const left = new Map<AuctionEntry, number>([...buys, ...sells].map((o) => [o, o.sizeLots]));
    let i = 0;
    let j = 0;
    let volume = plan.volumeLots;
    while (volume > 0 && i < buys.length && j < sells.length) {
      const buy = buys[i] as AuctionEntry;
      const sell = sells[j] as AuctionEntry;
      const lots = Math.min(left.get(buy) as number, left.get(sell) as number, volume);
      pairs.push({ buy, sell, lots });
      left.set(buy, (left.get(buy) as number) - lots);
      left.set(sell, (left.get(sell) as number) - lots);
      volume -= lots;
      if (left.get(buy) === 0) i++;
      if (left.get(sell) === 0) j++;
    }
  }
  return pairs;
}

/**
 * The first order (buyer before seller, pair by pair) whose fills so far would take its account's
 * equity at the mark below zero, fees included; self-trades move no money. Undefined when every
 * fill keeps both accounts at or above zero.
 */
function firstUndercollateralized(ctx: BlockContext, market: MarketRuntime, plan: UncrossPlan | undefined, pairs: readonly Pair[]): AuctionEntry | undefined {
  if (!plan) return undefined;
  const k = market.config.quotePerTickLot;
  const mark = market.markTicks;
  const price = plan.priceTicks;
  const traderFavour = ctx.variant === 'fee-rounding-trader-favour';
  const change = new Map<number, number>();
  for (const { buy, sell, lots } of pairs) {
    if (buy.accountIndex === sell.accountIndex) continue;
    const notional = price * lots * k;
    const buyerIsMaker = buy.orderId < sell.orderId;
    const buyFee = feeFor(notional, buyerIsMaker ? market.config.makerFeePpm : market.config.takerFeePpm, traderFavour);
    const sellFee = feeFor(notional, buyerIsMaker ? market.config.takerFeePpm : market.config.makerFeePpm, traderFavour);
    const gain = (mark - price) * lots * k; // the buyer's against the mark; the seller's is its negative
    for (const [entry, delta] of [
      [buy, gain - buyFee],
      [sell, -gain - sellFee],
    ] as const) {
      const total = (change.get(entry.accountIndex) ?? 0) + delta;
      change.set(entry.accountIndex, total);
      if (equityOf(ctx.state, ctx.state.accounts[entry.accountIndex] as Account) + total < 0) return entry;
    }
  }
  return undefined;
}

function cancelEntry(ctx: BlockContext, market: MarketRuntime, entry: AuctionEntry): void {
  const account = ctx.state.accounts[entry.accountIndex] as Account;
  if (entry.inBook) market.book.cancel(entry.orderId);
  else market.auctionQueue = market.auctionQueue.filter((o) => o.orderId !== entry.orderId);
  releaseOrder(account, market, entry.orderId);
  clearQuoteSlot(market, entry);
  emitOrderUpdate(ctx, market, account, entry.orderId, entry.clientOrderId, 'cancelled', 0, 'undercollateralized');
  ctx.touch(account);
}

function emitUncross(ctx: BlockContext, market: MarketRuntime, plan: UncrossPlan | undefined, pairs: readonly Pair[]): void {
  const matched = pairs.reduce((sum, p) => sum + (p.buy.accountIndex === p.sell.accountIndex ? 0 : p.lots), 0);
  ctx.emit({
    kind: 'auctionResult',
    auctionResult: {
      marketId: market.config.marketId,
      height: ctx.height,
      priceTicks: plan?.priceTicks ?? 0,
      matchedLots: matched,
      imbalanceLots: plan?.imbalanceLots ?? 0,
    },
  });
  for (const { buy, sell, lots } of pairs) {
    if (buy.accountIndex !== sell.accountIndex) {
      const [maker, taker] = buy.orderId < sell.orderId ? [buy, sell] : [sell, buy];
      settleFill(ctx, market, {
        maker: { orderId: maker.orderId, side: maker.side },
        makerAccount: ctx.state.accounts[maker.accountIndex] as Account,
        takerAccount: ctx.state.accounts[taker.accountIndex] as Account,
        takerOrderId: taker.orderId,
        takerSide: taker.side,
        priceTicks: (plan as UncrossPlan).priceTicks,
        sizeLots: lots,
        takerPaysFee: true,
      });
    }
    consume(ctx, market, buy, lots);
    consume(ctx, market, sell, lots);
  }
}

function consume(ctx: BlockContext, market: MarketRuntime, entry: AuctionEntry, lots: number): void {
  const account = ctx.state.accounts[entry.accountIndex] as Account;
  entry.sizeLots -= lots;
  const done = entry.sizeLots === 0;
  releaseLots(account, market, entry.orderId, lots);
  if (entry.inBook) market.book.reduce(entry.orderId, lots);
  else {
    const queued = market.auctionQueue.find((o) => o.orderId === entry.orderId);
    if (queued) queued.sizeLots -= lots;
  }
  if (done) emitOrderUpdate(ctx, market, account, entry.orderId, entry.clientOrderId, 'filled', 0, 'auction');
}

/**
 * Moves what is left of the auction queue into continuous trading, oldest first: each order
 * matches what it crosses (at the makers' prices) and rests the rest.
 */
export function drainAuctionQueue(ctx: BlockContext, market: MarketRuntime): void {
  const queue = market.auctionQueue.filter((o) => o.sizeLots > 0).sort((a, b) => a.orderId - b.orderId);
  market.auctionQueue = [];
  for (const order of queue) {
    const account = ctx.state.accounts[order.accountIndex] as Account;
    // Its reservation moves with it: release it here, executeTaker reserves what rests.
    releaseOrder(account, market, order.orderId);
    executeTaker(ctx, market, account, {
      orderId: order.orderId,
      side: order.side,
      limitTicks: order.priceTicks,
      sizeLots: order.sizeLots,
      clientOrderId: order.clientOrderId,
      rests: order.timeInForce === TIF_GTC || order.timeInForce === TIF_POST_ONLY,
    });
  }
}
