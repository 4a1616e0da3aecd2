/**
 * Orders: validation, continuous matching, fills and their settlement, cancels, hedger quotes.
 *
 * Every check runs before the first mutation, so a rejected order leaves the state untouched.
 * Order semantics (docs/venue.md):
 * - limit GTC rests what does not fill; IOC cancels the rest; FOK fills whole or is rejected;
 *   POST_ONLY is rejected if it would take liquidity.
 * - market orders behave as IOC with a price limit: the order's own price if set, else the mark
 *   ± marketOrderSlippagePpm.
 * - reduce-only orders must be IOC, FOK or market (dYdX v4's rule), and are clipped to the
 *   position they reduce.
 * - self-trade prevention: cancel-resting (the taker's own resting order is cancelled, the taker
 *   continues), as dYdX.
 * - while a market is HALTED, new orders are rejected (`market-halted`); cancels always work.
 *   In the reopening AUCTION, limit GTC/post-only orders queue without matching; IOC, FOK and
 *   market orders are rejected (`auction-in-progress`).
 * - price band: a taker never trades outside ±bandPpm of the band reference (the oracle); if it
 *   would have, the market halts (`price-band`), CME-style.
 */
import { PPM, ceilDiv, floorDiv, mulDivCeil, mulDivFloor } from './math.ts';
import { SIDE_BUY, SIDE_SELL, type RestingOrder, type Side } from './book/order-book.ts';
import { accountHealth, applyTrade } from './accounting.ts';
import { type BlockContext, reject } from './context.ts';
import {
  type Account,
  type AuctionOrder,
  type MarketRuntime,
  MARKET_ACTIVE,
  MARKET_AUCTION,
  MARKET_HALTED,
  MARKET_PRE_OPEN,
  TIF_FOK,
  TIF_GTC,
  TIF_IOC,
  TIF_POST_ONLY,
  exposureOf,
  positionOf,
} from './state.ts';
import type { OrderUpdateEvent } from './events.ts';

export const ORDER_TYPE_LIMIT = 1;
export const ORDER_TYPE_MARKET = 2;

export interface PlaceOrderInput {
  accountId: string;
  marketId: number;
  clientOrderId: number;
  side: number;
  type: number;
  timeInForce: number;
  priceTicks: number;
  sizeLots: number;
  reduceOnly: boolean;
}

/** A validated taker, ready to match. */
interface ValidOrder {
  account: Account;
  market: MarketRuntime;
  side: Side;
  clientOrderId: number;
  limitTicks: number;
  sizeLots: number;
  timeInForce: number;
  rests: boolean;
}

export function marketOf(ctx: BlockContext, marketId: number): MarketRuntime {
  const market = ctx.state.markets.get(marketId);
  if (!market) reject(`unknown-market ${marketId}`);
  return market;
}

export function accountOf(ctx: BlockContext, accountId: string): Account {
  const account = ctx.state.accountsById.get(accountId);
  if (!account) reject(`unknown-account ${JSON.stringify(accountId)}`);
  return account;
}

function validatePrice(market: MarketRuntime, priceTicks: number, what: string): void {
  if (!Number.isSafeInteger(priceTicks) || priceTicks <= 0) reject(`${what}-not-positive`);
  if (priceTicks > market.config.maxPriceTicks) reject(`${what}-above-max ${market.config.maxPriceTicks}`);
  if (priceTicks % market.config.priceStepTicks !== 0) reject(`${what}-off-tick step ${market.config.priceStepTicks}`);
}

function validateSize(market: MarketRuntime, sizeLots: number): void {
  if (!Number.isSafeInteger(sizeLots) || sizeLots <= 0) reject('size-not-positive');
  if (sizeLots > market.config.maxOrderLots) reject(`size-above-max ${market.config.maxOrderLots}`);
  if (sizeLots % market.config.sizeStepLots !== 0) reject(`size-off-lot step ${market.config.sizeStepLots}`);
}

function validateOrder(ctx: BlockContext, input: PlaceOrderInput): ValidOrder {
  const market = marketOf(ctx, input.marketId);
  const account = accountOf(ctx, input.accountId);
  if (input.side !== SIDE_BUY && input.side !== SIDE_SELL) reject('bad-side');
  const side = input.side as Side;
  if (input.type !== ORDER_TYPE_LIMIT && input.type !== ORDER_TYPE_MARKET) reject('bad-order-type');
  const isMarket = input.type === ORDER_TYPE_MARKET;
  let tif = input.timeInForce === 0 ? (isMarket ? TIF_IOC : TIF_GTC) : input.timeInForce;
  if (tif < TIF_GTC || tif > TIF_POST_ONLY) reject('bad-time-in-force');
  if (isMarket && tif === TIF_POST_ONLY) reject('post-only-market-order');
  if (isMarket && tif === TIF_GTC) tif = TIF_IOC;
  validateSize(market, input.sizeLots);
  if (!isMarket || input.priceTicks !== 0) validatePrice(market, input.priceTicks, 'price');
  if (input.reduceOnly && tif !== TIF_IOC && tif !== TIF_FOK) reject('reduce-only-needs-ioc-or-fok');
  if (market.state === MARKET_PRE_OPEN) reject('market-not-open');
  if (market.state === MARKET_HALTED && ctx.variant !== 'fill-while-halted') reject('market-halted');
  if (market.state === MARKET_AUCTION && (isMarket || tif === TIF_IOC || tif === TIF_FOK)) reject('auction-in-progress');
  if (market.markTicks === 0) reject('no-mark-price');
  const open = [...market.book.ordersOfAccount(account.index), ...market.auctionQueue.filter((o) => o.accountIndex === account.index)];
  if (input.clientOrderId !== 0 && open.some((o) => o.clientOrderId === input.clientOrderId)) reject('duplicate-client-order-id');

  let sizeLots = input.sizeLots;
  const position = account.positions.get(market.config.marketId)?.sizeLots ?? 0;
  if (input.reduceOnly) {
    const reduces = side === SIDE_BUY ? position < 0 : position > 0;
    if (!reduces) reject('reduce-only-would-increase');
    sizeLots = Math.min(sizeLots, Math.abs(position));
  }
  const rests = tif === TIF_GTC || tif === TIF_POST_ONLY;
  const exposure = account.exposure.get(market.config.marketId);
  if (rests && (exposure?.count ?? 0) >= market.config.maxOpenOrdersPerAccount) reject(`too-many-open-orders ${market.config.maxOpenOrdersPerAccount}`);
  if (!input.reduceOnly) {
    const buys = (exposure?.buyLots ?? 0) + (side === SIDE_BUY ? sizeLots : 0);
    const sells = (exposure?.sellLots ?? 0) + (side === SIDE_SELL ? sizeLots : 0);
    if (Math.max(Math.abs(position + buys), Math.abs(position - sells)) > market.config.maxPositionLots) {
      reject(`position-limit ${market.config.maxPositionLots}`);
    }
    const health = accountHealth(ctx.state, account, {
      marketId: market.config.marketId,
      buyLots: side === SIDE_BUY ? sizeLots : 0,
      sellLots: side === SIDE_SELL ? sizeLots : 0,
    });
    // Fills worse than the mark cost equity at once: what fills now at the book's prices, and
    // what rests at the limit (it may fill there later). Counted against the initial margin.
    const limitForLoss = isMarket && input.priceTicks === 0 ? slippageLimit(market, side, market.config.marketOrderSlippagePpm) : input.priceTicks;
    const now = market.book.fillPreview({ orderId: 0, accountIndex: account.index, side, limitPriceTicks: bandedLimitOf(ctx, market, side, limitForLoss), sizeLots });
    const sign = side === SIDE_BUY ? 1 : -1;
    const adverseNow = sign * (now.ticksTimesLots - now.lots * market.markTicks);
    const restingLots = tif === TIF_GTC || tif === TIF_POST_ONLY ? sizeLots - now.lots : 0;
    const adverseLater = restingLots * Math.max(0, sign * (limitForLoss - market.markTicks));
    const worstLoss = (Math.max(0, adverseNow) + adverseLater) * market.config.quotePerTickLot;
    if (health.equity - worstLoss < health.initialWithOrders) {
      reject(`insufficient-margin equity ${health.equity}${worstLoss ? ` - ${worstLoss} at the limit` : ''} < initial ${health.initialWithOrders}`);
    }
  }
  const limitTicks = isMarket && input.priceTicks === 0 ? slippageLimit(market, side, market.config.marketOrderSlippagePpm) : input.priceTicks;
  if (market.state === MARKET_ACTIVE || market.state === MARKET_HALTED) {
    const opposite = side === SIDE_BUY ? market.book.bestAskTicks() : market.book.bestBidTicks();
    const crosses = opposite !== undefined && (side === SIDE_BUY ? opposite <= limitTicks : opposite >= limitTicks);
    if (tif === TIF_POST_ONLY && crosses) reject('post-only-would-cross');
    if (tif === TIF_FOK) {
      const fillable = market.book.fillableLots({ orderId: 0, accountIndex: account.index, side, limitPriceTicks: bandedLimitOf(ctx, market, side, limitTicks), sizeLots }, sizeLots);
      if (fillable < sizeLots) reject(`fok-unfillable ${fillable} of ${sizeLots}`);
    }
  }
  return { account, market, side, clientOrderId: input.clientOrderId, limitTicks, sizeLots, timeInForce: tif, rests };
}

/** A price limit `ppm` away from the mark on the taker's worse side, rounded inward, >= 1 tick. */
export function slippageLimit(market: MarketRuntime, side: Side, ppm: number): number {
  const mark = market.markTicks;
  const raw = side === SIDE_BUY ? mulDivFloor(mark, PPM + ppm, PPM) : mulDivCeil(mark, PPM - ppm, PPM);
  const step = market.config.priceStepTicks;
  const stepped = side === SIDE_BUY ? floorDiv(raw, step) * step : ceilDiv(raw, step) * step;
  return Math.min(market.config.maxPriceTicks, Math.max(step, stepped));
}

/** The band's edges around the reference, or undefined when the band is off or unset. */
export function bandOf(ctx: BlockContext, market: MarketRuntime): { lo: number; hi: number } | undefined {
  const band = ctx.state.config.policy.priceBand;
  const ref = market.bandReferenceTicks;
  if (!band.enabled || ref === 0) return undefined;
  return { lo: Math.max(1, mulDivCeil(ref, PPM - band.bandPpm, PPM)), hi: mulDivFloor(ref, PPM + band.bandPpm, PPM) };
}

export function bandedLimitOf(ctx: BlockContext, market: MarketRuntime, side: Side, limitTicks: number): number {
  const band = bandOf(ctx, market);
  if (!band) return limitTicks;
  return side === SIDE_BUY ? Math.min(limitTicks, band.hi) : Math.max(limitTicks, band.lo);
}

export function placeOrder(ctx: BlockContext, input: PlaceOrderInput): void {
  const order = validateOrder(ctx, input);
  const { account, market } = order;
  const orderId = ctx.state.nextOrderId++;
  ctx.touch(account);
  if (market.state === MARKET_AUCTION) {
    market.auctionQueue.push({
      orderId,
      accountIndex: account.index,
      side: order.side,
      priceTicks: order.limitTicks,
      sizeLots: order.sizeLots,
      clientOrderId: order.clientOrderId,
      timeInForce: order.timeInForce,
    });
    addExposure(account, market.config.marketId, order.side, order.sizeLots, 1);
    emitOrderUpdate(ctx, market, account, orderId, order.clientOrderId, 'accepted', order.sizeLots, 'auction-queue');
    return;
  }
  executeTaker(ctx, market, account, {
    orderId,
    side: order.side,
    limitTicks: order.limitTicks,
    sizeLots: order.sizeLots,
    clientOrderId: order.clientOrderId,
    rests: order.rests,
  });
}

export interface TakerSpec {
  orderId: number;
  side: Side;
  limitTicks: number;
  sizeLots: number;
  clientOrderId: number;
  rests: boolean;
  /** Liquidation orders pay no taker fee (the penalty replaces it) and never halt the band. */
  liquidation?: boolean;
  onFill?: (priceTicks: number, sizeLots: number) => void;
}

/** Matches a validated taker in continuous trading, then rests or cancels what is left. */
export function executeTaker(ctx: BlockContext, market: MarketRuntime, account: Account, taker: TakerSpec): number {
  const limit = bandedLimitOf(ctx, market, taker.side, taker.limitTicks);
  // A maker beyond the band on the taker's better side (it rested before the reference moved,
  // within this block) would fill outside the band: the taker does not match at all.
  const band = bandOf(ctx, market);
  const front = taker.side === SIDE_BUY ? market.book.bestAskTicks() : market.book.bestBidTicks();
  const blocked = band !== undefined && front !== undefined && (taker.side === SIDE_BUY ? front < band.lo : front > band.hi);
  const result = blocked ? { remainingLots: taker.sizeLots, stpCancelled: [], fills: 0 } : market.book.match(
    { orderId: taker.orderId, accountIndex: account.index, side: taker.side, limitPriceTicks: limit, sizeLots: taker.sizeLots },
    (fill) => {
      const maker = ctx.state.accounts[fill.maker.accountIndex] as Account;
      addExposure(maker, market.config.marketId, fill.maker.side, -fill.sizeLots, fill.makerDone ? -1 : 0);
      settleFill(ctx, market, {
        maker: fill.maker,
        makerAccount: maker,
        takerAccount: account,
        takerOrderId: taker.orderId,
        takerSide: taker.side,
        priceTicks: fill.priceTicks,
        sizeLots: fill.sizeLots,
        takerPaysFee: !taker.liquidation,
      });
      if (fill.makerDone) clearQuoteSlot(market, fill.maker);
      if (fill.makerDone) emitOrderUpdate(ctx, market, maker, fill.maker.orderId, fill.maker.clientOrderId, 'filled', 0, '');
      taker.onFill?.(fill.priceTicks, fill.sizeLots);
    },
    { stp: 'cancel-resting' },
  );
  for (const cancelled of result.stpCancelled) {
    const owner = ctx.state.accounts[cancelled.accountIndex] as Account;
    addExposure(owner, market.config.marketId, cancelled.side, -cancelled.sizeLots, -1);
    clearQuoteSlot(market, cancelled);
    emitOrderUpdate(ctx, market, owner, cancelled.orderId, cancelled.clientOrderId, 'cancelled', 0, 'self-trade');
  }
  let remaining = result.remainingLots;
  if (remaining > 0 && !taker.liquidation && (limit !== taker.limitTicks || blocked)) {
    // The band stopped the taker: if liquidity waits beyond the band within its own limit, the
    // market would have traded through the band — halt it.
    const next = taker.side === SIDE_BUY ? market.book.bestAskTicks() : market.book.bestBidTicks();
    const wouldTrade = next !== undefined && (taker.side === SIDE_BUY ? next <= taker.limitTicks : next >= taker.limitTicks);
    if (wouldTrade) haltMarket(ctx, market, 'price-band', ctx.timeUs + ctx.state.config.policy.priceBand.haltUs);
  }
  if (remaining > 0 && taker.rests && market.state === MARKET_ACTIVE) {
    market.book.rest({
      orderId: taker.orderId,
      accountIndex: account.index,
      side: taker.side,
      priceTicks: taker.limitTicks,
      sizeLots: remaining,
      clientOrderId: taker.clientOrderId,
      reduceOnly: false,
    });
    addExposure(account, market.config.marketId, taker.side, remaining, 1);
    emitOrderUpdate(ctx, market, account, taker.orderId, taker.clientOrderId, 'resting', remaining, '');
    return remaining;
  }
  if (remaining === 0) emitOrderUpdate(ctx, market, account, taker.orderId, taker.clientOrderId, 'filled', 0, '');
  else {
    emitOrderUpdate(ctx, market, account, taker.orderId, taker.clientOrderId, 'cancelled', remaining, market.state === MARKET_ACTIVE ? 'unfilled' : 'market-halted');
    remaining = 0;
  }
  return remaining;
}

export interface FillSpec {
  maker: { orderId: number; side: Side };
  makerAccount: Account;
  takerAccount: Account;
  takerOrderId: number;
  takerSide: Side;
  priceTicks: number;
  sizeLots: number;
  takerPaysFee: boolean;
}

/** Books one fill: positions, realized P&L, fees (rounded in the venue's favour), the event. */
export function settleFill(ctx: BlockContext, market: MarketRuntime, fill: FillSpec): void {
  const config = market.config;
  const notional = fill.priceTicks * fill.sizeLots * config.quotePerTickLot;
  const makerFee = feeFor(notional, config.makerFeePpm, ctx.variant === 'fee-rounding-trader-favour');
  const takerFee = fill.takerPaysFee
      ? feeFor(notional, config.takerFeePpm, ctx.variant === 'fee-rounding-trader-favour')
      : 0;
  const makerSign = fill.maker.side === SIDE_BUY ? 1 : -1;
  applyTrade(fill.makerAccount, market, makerSign * fill.sizeLots, fill.priceTicks);
  applyTrade(fill.takerAccount, market, -makerSign * fill.sizeLots, fill.priceTicks);
  chargeFee(fill.makerAccount, market, makerFee);
  chargeFee(fill.takerAccount, market, takerFee);
  ctx.state.feesCollected += makerFee + takerFee;
  market.lastTradeTicks = fill.priceTicks;
  ctx.touch(fill.makerAccount);
  ctx.touch(fill.takerAccount);
  ctx.emit({
    kind: 'fill',
    fill: {
      fillId: ctx.state.nextFillId++,
      height: ctx.height,
      marketId: config.marketId,
      makerOrderId: fill.maker.orderId,
      takerOrderId: fill.takerOrderId,
      makerAccountId: fill.makerAccount.id,
      takerAccountId: fill.takerAccount.id,
      takerSide: fill.takerSide,
      priceTicks: fill.priceTicks,
      sizeLots: fill.sizeLots,
      makerFee,
      takerFee,
    },
  });
}

/**
 * Fee on a notional: a charge rounds up, a rebate (negative ppm) rounds down — both in the
 * venue's favour. The planted bug rounds the other way.
 */
export function feeFor(notional: number, ppm: number, traderFavour = false): number {
  if (ppm >= 0) return traderFavour ? mulDivFloor(notional, ppm, PPM) : mulDivCeil(notional, ppm, PPM);
  return traderFavour ? -mulDivCeil(notional, -ppm, PPM) : -mulDivFloor(notional, -ppm, PPM);
}

function chargeFee(account: Account, market: MarketRuntime, fee: number): void {
  if (fee === 0) return;
  account.collateral -= fee;
  positionOf(account, market.config.marketId).feesPaid += fee;
}

export function addExposure(account: Account, marketId: number, side: Side, lots: number, count: number): void {
  const exposure = exposureOf(account, marketId);
  if (side === SIDE_BUY) exposure.buyLots += lots;
  else exposure.sellLots += lots;
  exposure.count += count;
  if (exposure.buyLots === 0 && exposure.sellLots === 0 && exposure.count === 0) account.exposure.delete(marketId);
}

export function emitOrderUpdate(
  ctx: BlockContext,
  market: MarketRuntime,
  account: Account,
  orderId: number,
  clientOrderId: number,
  status: OrderUpdateEvent['status'],
  remainingLots: number,
  reason: string,
): void {
  ctx.emit({
    kind: 'orderUpdate',
    orderUpdate: { height: ctx.height, marketId: market.config.marketId, orderId, clientOrderId, accountId: account.id, status, remainingLots, reason },
  });
}

/** Cancels one resting or queued order of `account`; false when it is not there. */
export function cancelOrderById(ctx: BlockContext, market: MarketRuntime, account: Account, orderId: number, reason: string): boolean {
  const resting = market.book.get(orderId);
  if (resting && resting.accountIndex === account.index) {
    market.book.cancel(orderId);
    addExposure(account, market.config.marketId, resting.side, -resting.sizeLots, -1);
    clearQuoteSlot(market, resting);
    emitOrderUpdate(ctx, market, account, orderId, resting.clientOrderId, 'cancelled', 0, reason);
    ctx.touch(account);
    return true;
  }
  const at = market.auctionQueue.findIndex((o) => o.orderId === orderId && o.accountIndex === account.index);
  if (at < 0) return false;
  const [queued] = market.auctionQueue.splice(at, 1) as [AuctionOrder];
  addExposure(account, market.config.marketId, queued.side, -queued.sizeLots, -1);
  emitOrderUpdate(ctx, market, account, orderId, queued.clientOrderId, 'cancelled', 0, reason);
  ctx.touch(account);
  return true;
}

export function cancelOrder(ctx: BlockContext, input: { accountId: string; marketId: number; orderId: number; clientOrderId: number }): void {
  const market = marketOf(ctx, input.marketId);
  const account = accountOf(ctx, input.accountId);
  let orderId = input.orderId;
  if (orderId === 0) {
    if (input.clientOrderId === 0) reject('cancel-needs-order-id-or-client-order-id');
    const match =
      market.book.ordersOfAccount(account.index).find((o) => o.clientOrderId === input.clientOrderId) ??
      market.auctionQueue.find((o) => o.accountIndex === account.index && o.clientOrderId === input.clientOrderId);
    if (!match) reject(`unknown-order client ${input.clientOrderId}`);
    orderId = match.orderId;
  }
  const owned = market.book.get(orderId)?.accountIndex === account.index || market.auctionQueue.some((o) => o.orderId === orderId && o.accountIndex === account.index);
  if (!owned) reject(`unknown-order ${orderId}`);
  cancelOrderById(ctx, market, account, orderId, 'user');
}

export function cancelAll(ctx: BlockContext, input: { accountId: string; marketId: number }): void {
  const account = accountOf(ctx, input.accountId);
  if (input.marketId !== 0) marketOf(ctx, input.marketId);
  for (const market of ctx.state.markets.values()) {
    if (input.marketId !== 0 && market.config.marketId !== input.marketId) continue;
    cancelAccountOrders(ctx, market, account, 'user');
  }
}

export function cancelAccountOrders(ctx: BlockContext, market: MarketRuntime, account: Account, reason: string): void {
  for (const order of market.book.ordersOfAccount(account.index)) cancelOrderById(ctx, market, account, order.orderId, reason);
  for (const order of market.auctionQueue.filter((o) => o.accountIndex === account.index)) cancelOrderById(ctx, market, account, order.orderId, reason);
}

/** Every resting and queued order of a market, in canonical order (cancel-on-halt). */
export function cancelMarketOrders(ctx: BlockContext, market: MarketRuntime, reason: string): void {
  for (const order of market.book.clear()) {
    const owner = ctx.state.accounts[order.accountIndex] as Account;
    addExposure(owner, market.config.marketId, order.side, -order.sizeLots, -1);
    emitOrderUpdate(ctx, market, owner, order.orderId, order.clientOrderId, 'cancelled', 0, reason);
    ctx.touch(owner);
  }
  for (const order of market.auctionQueue) {
    const owner = ctx.state.accounts[order.accountIndex] as Account;
    addExposure(owner, market.config.marketId, order.side, -order.sizeLots, -1);
    emitOrderUpdate(ctx, market, owner, order.orderId, order.clientOrderId, 'cancelled', 0, reason);
    ctx.touch(owner);
  }
  market.auctionQueue = [];
  market.quotes.clear();
}

/**
 * After the band's reference moves, resting orders beyond the new band are cancelled (they
 * would fill outside it). Only the extreme levels are visited: O(1) when nothing is outside.
 */
export function cancelOutsideBand(ctx: BlockContext, market: MarketRuntime): void {
  const band = bandOf(ctx, market);
  if (!band) return;
  for (;;) {
    const bid = market.book.bestBidTicks();
    const ask = market.book.bestAskTicks();
    const side = bid !== undefined && bid > band.hi ? SIDE_BUY : ask !== undefined && ask < band.lo ? SIDE_SELL : undefined;
    if (side === undefined) return;
    for (const order of market.book.bestLevelOrders(side)) {
      cancelOrderById(ctx, market, ctx.state.accounts[order.accountIndex] as Account, order.orderId, 'outside-band');
    }
  }
}

export function haltMarket(ctx: BlockContext, market: MarketRuntime, reason: string, untilUs: number): void {
  ctx.setMarketState(market, MARKET_HALTED, reason, untilUs);
  if (ctx.state.config.policy.cancelOnHalt.enabled) cancelMarketOrders(ctx, market, 'cancel-on-halt');
}

function clearQuoteSlot(market: MarketRuntime, order: Pick<RestingOrder, 'orderId' | 'accountIndex'>): void {
  const slot = market.quotes.get(order.accountIndex);
  if (!slot) return;
  if (slot.bidOrderId === order.orderId) slot.bidOrderId = 0;
  if (slot.askOrderId === order.orderId) slot.askOrderId = 0;
  if (slot.bidOrderId === 0 && slot.askOrderId === 0) market.quotes.delete(order.accountIndex);
}

export interface HedgerQuoteInput {
  accountId: string;
  marketId: number;
  quoteId: number;
  bidPriceTicks: number;
  bidSizeLots: number;
  askPriceTicks: number;
  askSizeLots: number;
}

/**
 * Replaces the account's live quote: cancels both old sides, then places each new side as a
 * post-only GTC order. A side of size 0 is not quoted; a side that fails its checks is rejected
 * on its own (an OrderUpdate "rejected") and the other side stands.
 */
export function hedgerQuote(ctx: BlockContext, input: HedgerQuoteInput): void {
  const market = marketOf(ctx, input.marketId);
  const account = accountOf(ctx, input.accountId);
  if (input.bidSizeLots < 0 || input.askSizeLots < 0) reject('size-not-positive');
  if (input.bidSizeLots > 0) {
    validateSize(market, input.bidSizeLots);
    validatePrice(market, input.bidPriceTicks, 'bid-price');
  }
  if (input.askSizeLots > 0) {
    validateSize(market, input.askSizeLots);
    validatePrice(market, input.askPriceTicks, 'ask-price');
  }
  if (input.bidSizeLots > 0 && input.askSizeLots > 0 && input.bidPriceTicks >= input.askPriceTicks) reject('quote-crossed');
  const old = market.quotes.get(account.index);
  if (old) {
    if (old.bidOrderId) cancelOrderById(ctx, market, account, old.bidOrderId, 'requote');
    if (old.askOrderId) cancelOrderById(ctx, market, account, old.askOrderId, 'requote');
    market.quotes.delete(account.index);
  }
  const slot = { bidOrderId: 0, askOrderId: 0 };
  for (const [side, price, size] of [
    [SIDE_BUY, input.bidPriceTicks, input.bidSizeLots],
    [SIDE_SELL, input.askPriceTicks, input.askSizeLots],
  ] as const) {
    if (size === 0) continue;
    const orderId = ctx.state.nextOrderId;
    try {
      placeOrder(ctx, {
        accountId: account.id,
        marketId: market.config.marketId,
        clientOrderId: 0,
        side,
        type: ORDER_TYPE_LIMIT,
        timeInForce: TIF_POST_ONLY,
        priceTicks: price,
        sizeLots: size,
        reduceOnly: false,
      });
      const live = market.book.get(orderId) ?? market.auctionQueue.find((o) => o.orderId === orderId);
      if (live) {
        if (side === SIDE_BUY) slot.bidOrderId = orderId;
        else slot.askOrderId = orderId;
      }
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'TxRejection') throw error;
      emitOrderUpdate(ctx, market, account, 0, input.quoteId, 'rejected', size, `${side === SIDE_BUY ? 'bid' : 'ask'}: ${error.message}`);
    }
  }
  if (slot.bidOrderId || slot.askOrderId) market.quotes.set(account.index, slot);
  ctx.touch(account);
}

export function positionSizeOf(account: Account, marketId: number): number {
  return account.positions.get(marketId)?.sizeLots ?? 0;
}
