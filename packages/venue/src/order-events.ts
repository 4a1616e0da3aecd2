/** OrderUpdate events and the hedger quote slots that follow an order's life. */
import type { RestingOrder } from './book/order-book.ts';
import type { BlockContext } from './context.ts';
import type { OrderUpdateEvent, OrderUpdateReason } from './events.ts';
import type { Account, MarketRuntime } from './state.ts';

export function emitOrderUpdate(
  ctx: BlockContext,
  market: MarketRuntime,
  account: Account,
  orderId: number,
  clientOrderId: number,
  status: OrderUpdateEvent['status'],
  remainingLots: number,
  reason: OrderUpdateReason,
  detail = '',
): void {
  ctx.emit({
    kind: 'orderUpdate',
    orderUpdate: { height: ctx.height, marketId: market.config.marketId, orderId, clientOrderId, accountId: account.id, status, remainingLots, reason, detail },
  });
}

/** Forgets an order that left the book in its account's hedger quote slot. */
export function clearQuoteSlot(market: MarketRuntime, order: Pick<RestingOrder, 'orderId' | 'accountIndex'>): void {
  const slot = market.quotes.get(order.accountIndex);
  if (!slot) return;
  if (slot.bidOrderId === order.orderId) slot.bidOrderId = 0;
  if (slot.askOrderId === order.orderId) slot.askOrderId = 0;
  if (slot.bidOrderId === 0 && slot.askOrderId === 0) market.quotes.delete(order.accountIndex);
}
