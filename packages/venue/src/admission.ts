/**
 * Order admission: validation, resource limits and the margin check (margin.ts), all before
 * the first mutation, so a rejected order leaves the state untouched. Order semantics
 * (docs/venue.md):
 * - limit GTC rests what does not fill; IOC cancels the rest; FOK fills whole or is rejected;
 *   POST_ONLY is rejected if it would take liquidity.
 * - market orders behave as IOC with a price limit: the order's own price if set, else the mark
 *   ± marketOrderSlippagePpm.
 * - reduce-only orders of any time in force are clipped to the position they reduce and take the
 *   same margin check as any order; what rests stays reduce-only (it fills at most what closes the
 *   position at the time, order-book.ts); none queues in an auction.
 * - self-trade prevention: cancel-resting (the taker's own resting order is cancelled, the taker
 *   continues), as dYdX.
 * - while a market is HALTED, new orders are rejected (`market-halted`); cancels always work.
 *   In the reopening AUCTION, limit GTC/post-only orders queue without matching; IOC, FOK and
 *   market orders are rejected (`auction-in-progress`).
 */
import type { BlockContext } from './context.ts';
import { accountOf, marketOf } from './lookup.ts';
import { admitOrder, reserveOrder } from './margin.ts';
import { executeTaker, positionReader, takerPreview } from './matching.ts';
import { emitOrderUpdate } from './order-events.ts';
import { bandedLimitOf, slippageLimit } from './price-band.ts';
import { reject } from './reject.ts';
import { type Account, type MarketRuntime, MARKET_ACTIVE, MARKET_AUCTION, MARKET_HALTED, MARKET_PRE_OPEN } from './state.ts';
import { ORDER_TYPE_LIMIT, ORDER_TYPE_MARKET, SIDE_BUY, SIDE_SELL, TIF_FOK, TIF_GTC, TIF_IOC, TIF_POST_ONLY, type Side } from './vocabulary.ts';

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
  reduceOnly: boolean;
}

export function validatePrice(market: MarketRuntime, priceTicks: number, what = ''): void {
  const label = what ? `${what} ` : '';
  if (!Number.isSafeInteger(priceTicks) || priceTicks <= 0) reject('price-not-positive', `${label}${priceTicks}`);
  if (priceTicks > market.config.maxPriceTicks) reject('price-above-max', `${label}${priceTicks} > ${market.config.maxPriceTicks}`);
  if (priceTicks % market.config.priceStepTicks !== 0) reject('price-off-tick', `${label}${priceTicks}, step ${market.config.priceStepTicks}`);
}

export function validateSize(market: MarketRuntime, sizeLots: number, what = ''): void {
  const label = what ? `${what} ` : '';
  if (!Number.isSafeInteger(sizeLots) || sizeLots <= 0) reject('size-not-positive', `${label}${sizeLots}`);
  if (sizeLots > market.config.maxOrderLots) reject('size-above-max', `${label}${sizeLots} > ${market.config.maxOrderLots}`);
  if (sizeLots % market.config.sizeStepLots !== 0) reject('size-off-lot', `${label}${sizeLots}, step ${market.config.sizeStepLots}`);
}

function validateOrder(ctx: BlockContext, input: PlaceOrderInput): ValidOrder {
  const market = marketOf(ctx, input.marketId);
  const account = accountOf(ctx, input.accountId);
  if (input.side !== SIDE_BUY && input.side !== SIDE_SELL) reject('bad-side', String(input.side));
  const side = input.side as Side;
  if (input.type !== ORDER_TYPE_LIMIT && input.type !== ORDER_TYPE_MARKET) reject('bad-order-type', String(input.type));
  const isMarket = input.type === ORDER_TYPE_MARKET;
  let tif = input.timeInForce === 0 ? (isMarket ? TIF_IOC : TIF_GTC) : input.timeInForce;
  if (tif < TIF_GTC || tif > TIF_POST_ONLY) reject('bad-time-in-force', String(input.timeInForce));
  if (isMarket && tif === TIF_POST_ONLY) reject('post-only-market-order');
  if (isMarket && tif === TIF_GTC) tif = TIF_IOC;
  validateSize(market, input.sizeLots);
  if (!isMarket || input.priceTicks !== 0) validatePrice(market, input.priceTicks);
  if (market.state === MARKET_PRE_OPEN) reject('market-not-open');
  if (market.state === MARKET_HALTED && ctx.variant !== 'fill-while-halted') reject('market-halted');
  // A reduce-only order cannot queue: the uncross does not know the position its fills meet.
  if (market.state === MARKET_AUCTION && (isMarket || tif === TIF_IOC || tif === TIF_FOK || input.reduceOnly)) reject('auction-in-progress', input.reduceOnly ? 'reduce-only' : '');
  if (market.markTicks === 0) reject('no-mark-price');
  const exposure = account.exposure.get(market.config.marketId);
  if (input.clientOrderId !== 0 && exposure) {
    for (const order of exposure.orders.values()) if (order.clientOrderId === input.clientOrderId) reject('duplicate-client-order-id', String(input.clientOrderId));
  }

  let sizeLots = input.sizeLots;
  const position = account.positions.get(market.config.marketId)?.sizeLots ?? 0;
  if (input.reduceOnly) {
    const reduces = side === SIDE_BUY ? position < 0 : position > 0;
    if (!reduces) reject('reduce-only-would-increase', `position ${position}`);
    sizeLots = Math.min(sizeLots, Math.abs(position));
  }
  const rests = tif === TIF_GTC || tif === TIF_POST_ONLY;
  if (rests && (exposure?.count ?? 0) >= market.config.maxOpenOrdersPerAccount) reject('too-many-open-orders', `limit ${market.config.maxOpenOrdersPerAccount}`);
  const bookLimit = ctx.state.limits.maxOrdersPerBook;
  if (rests && market.book.orderCount + market.auctionQueue.length >= bookLimit) reject('book-full', `limit ${bookLimit}`);
  if (!input.reduceOnly) {
    const buys = (exposure?.buyLots ?? 0) + (side === SIDE_BUY ? sizeLots : 0);
    const sells = (exposure?.sellLots ?? 0) + (side === SIDE_SELL ? sizeLots : 0);
    if (Math.max(Math.abs(position + buys), Math.abs(position - sells)) > market.config.maxPositionLots) {
      reject('position-limit', `limit ${market.config.maxPositionLots}`);
    }
  }
  const limitTicks = isMarket && input.priceTicks === 0 ? slippageLimit(market, side, market.config.marketOrderSlippagePpm) : input.priceTicks;
  const continuous = market.state === MARKET_ACTIVE || market.state === MARKET_HALTED;
  if (continuous) {
    const opposite = side === SIDE_BUY ? market.book.bestAskTicks() : market.book.bestBidTicks();
    const crosses = opposite !== undefined && (side === SIDE_BUY ? opposite <= limitTicks : opposite >= limitTicks);
    if (tif === TIF_POST_ONLY && crosses) reject('post-only-would-cross');
    if (tif === TIF_FOK) {
      const fillable = market.book.fillableLots({ orderId: 0, accountIndex: account.index, side, limitPriceTicks: bandedLimitOf(ctx, market, side, limitTicks), sizeLots }, sizeLots, positionReader(ctx, market));
      if (fillable < sizeLots) reject('fok-unfillable', `${fillable} of ${sizeLots}`);
    }
  }
  if (!(input.reduceOnly && ctx.variant === 'reduce-only-unchecked')) {
    const now = continuous ? takerPreview(ctx, market, account, side, limitTicks, sizeLots) : { lots: 0, ticksTimesLots: 0, worstTicks: 0 };
    admitOrder(ctx, account, market, { side, limitTicks, now, restLots: rests ? sizeLots - now.lots : 0, reduceOnly: input.reduceOnly });
  }
  return { account, market, side, clientOrderId: input.clientOrderId, limitTicks, sizeLots, timeInForce: tif, rests, reduceOnly: input.reduceOnly };
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
    reserveOrder(account, market, orderId, { side: order.side, priceTicks: order.limitTicks, lots: order.sizeLots, clientOrderId: order.clientOrderId });
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
    reduceOnly: order.reduceOnly,
  });
}

export function positionSizeOf(account: Account, marketId: number): number {
  return account.positions.get(marketId)?.sizeLots ?? 0;
}
