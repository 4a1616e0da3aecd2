/**
 * Cancels: by the user (one order, by client order id, all), on liquidation, on a halt
 * (cancel-on-halt) and outside the band. Each releases the order's margin reserve exactly.
 */
import type { BlockContext } from './context.ts';
import type { CancelReason } from './events.ts';
import { releaseOrder } from './margin.ts';
import { clearQuoteSlot, emitOrderUpdate } from './order-events.ts';
import { reject } from './reject.ts';
import { type Account, type AuctionOrder, type MarketRuntime, MARKET_HALTED } from './state.ts';
import { accountOf, marketOf } from './lookup.ts';

/**
 * Cancels one resting or queued order of `account`; nothing when it is not there (a quote slot's
 * order that has filled since). Every caller passes the order's owner.
 */
export function cancelOrderById(ctx: BlockContext, market: MarketRuntime, account: Account, orderId: number, reason: CancelReason): void {
  const resting = market.book.get(orderId);
  if (resting && resting.accountIndex === account.index) {
    market.book.cancel(orderId);
    releaseOrder(account, market, orderId);
    clearQuoteSlot(market, resting);
    emitOrderUpdate(ctx, market, account, orderId, resting.clientOrderId, 'cancelled', 0, reason);
    ctx.touch(account);
    return;
  }
  const at = market.auctionQueue.findIndex((o) => o.orderId === orderId && o.accountIndex === account.index);
  if (at < 0) return;
  const [queued] = market.auctionQueue.splice(at, 1) as [AuctionOrder];
  releaseOrder(account, market, orderId);
  emitOrderUpdate(ctx, market, account, orderId, queued.clientOrderId, 'cancelled', 0, reason);
  ctx.touch(account);
}

export function cancelOrder(ctx: BlockContext, input: { accountId: string; marketId: number; orderId: number; clientOrderId: number }): void {
  const market = marketOf(ctx, input.marketId);
  const account = accountOf(ctx, input.accountId);
  let orderId = input.orderId;
  if (!Number.isSafeInteger(orderId) || orderId < 0) reject('unknown-order', `order id ${orderId}`);
  if (orderId === 0) {
    if (input.clientOrderId === 0) reject('cancel-needs-order-id-or-client-order-id');
    let match: number | undefined;
    for (const [id, order] of account.exposure.get(market.config.marketId)?.orders ?? []) {
      if (order.clientOrderId === input.clientOrderId && (match === undefined || id < match)) match = id;
    }
    if (match === undefined) reject('unknown-order', `client order id ${input.clientOrderId}`);
    orderId = match;
  }
  if (!account.exposure.get(market.config.marketId)?.orders.has(orderId)) reject('unknown-order', `order ${orderId}`);
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

export function cancelAccountOrders(ctx: BlockContext, market: MarketRuntime, account: Account, reason: CancelReason): void {
  const ids = [...(account.exposure.get(market.config.marketId)?.orders.keys() ?? [])].sort((a, b) => a - b);
  for (const orderId of ids) cancelOrderById(ctx, market, account, orderId, reason);
}

/** Every resting and queued order of a market, in canonical order (cancel-on-halt). */
export function cancelMarketOrders(ctx: BlockContext, market: MarketRuntime, reason: CancelReason): void {
  for (const order of market.book.clear()) {
    const owner = ctx.state.accounts[order.accountIndex] as Account;
    releaseOrder(owner, market, order.orderId);
    emitOrderUpdate(ctx, market, owner, order.orderId, order.clientOrderId, 'cancelled', 0, reason);
    ctx.touch(owner);
  }
  for (const order of market.auctionQueue) {
    const owner = ctx.state.accounts[order.accountIndex] as Account;
    releaseOrder(owner, market, order.orderId);
    emitOrderUpdate(ctx, market, owner, order.orderId, order.clientOrderId, 'cancelled', 0, reason);
    ctx.touch(owner);
  }
  market.auctionQueue = [];
  market.quotes.clear();
}

export function haltMarket(ctx: BlockContext, market: MarketRuntime, reason: string, untilUs: number): void {
  ctx.setMarketState(market, MARKET_HALTED, reason, untilUs);
  if (ctx.state.config.policy.cancelOnHalt.enabled && ctx.variant !== 'keep-orders-on-halt') cancelMarketOrders(ctx, market, 'cancel-on-halt');
  else cancelReduceOnly(ctx, market);
}

/**
 * Reduce-only orders never outlive a halt, whatever the policy: the reopening auction's uncross
 * fills at one price without knowing the positions its fills meet, so it has no orders it cannot cap.
 */
function cancelReduceOnly(ctx: BlockContext, market: MarketRuntime): void {
  for (const order of [...market.book.orders()].filter((o) => o.reduceOnly)) {
    const owner = ctx.state.accounts[order.accountIndex] as Account;
    market.book.cancel(order.orderId);
    releaseOrder(owner, market, order.orderId);
    emitOrderUpdate(ctx, market, owner, order.orderId, order.clientOrderId, 'cancelled', 0, 'reduce-only', 'market halted');
    ctx.touch(owner);
  }
}
