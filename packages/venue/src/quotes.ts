/** Hedger quotes: a two-sided post-only quote replaced as one transaction. */
import type { BlockContext } from './context.ts';
import { placeOrder, validatePrice, validateSize } from './admission.ts';
import { cancelOrderById } from './cancels.ts';
import { accountOf, marketOf } from './lookup.ts';
import { emitOrderUpdate } from './order-events.ts';
import { TxRejection, reject } from './reject.ts';
import { ORDER_TYPE_LIMIT, SIDE_BUY, SIDE_SELL, TIF_POST_ONLY } from './vocabulary.ts';

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
 * on its own (an OrderUpdate "rejected" with its RejectCode, the side in the detail) and the
 * other side stands.
 */
export function hedgerQuote(ctx: BlockContext, input: HedgerQuoteInput): void {
  const market = marketOf(ctx, input.marketId);
  const account = accountOf(ctx, input.accountId);
  if (!Number.isSafeInteger(input.bidSizeLots) || input.bidSizeLots < 0) reject('size-not-positive', `bid ${input.bidSizeLots}`);
  if (!Number.isSafeInteger(input.askSizeLots) || input.askSizeLots < 0) reject('size-not-positive', `ask ${input.askSizeLots}`);
  if (input.bidSizeLots > 0) {
    validateSize(market, input.bidSizeLots, 'bid');
    validatePrice(market, input.bidPriceTicks, 'bid');
  }
  if (input.askSizeLots > 0) {
    validateSize(market, input.askSizeLots, 'ask');
    validatePrice(market, input.askPriceTicks, 'ask');
  }
  if (input.bidSizeLots > 0 && input.askSizeLots > 0 && input.bidPriceTicks >= input.askPriceTicks) reject('quote-crossed', `bid ${input.bidPriceTicks} >= ask ${input.askPriceTicks}`);
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
      if (account.exposure.get(market.config.marketId)?.orders.has(orderId)) {
        if (side === SIDE_BUY) slot.bidOrderId = orderId;
        else slot.askOrderId = orderId;
      }
    } catch (error) {
      if (!(error instanceof TxRejection)) throw error;
      const label = side === SIDE_BUY ? 'bid' : 'ask';
      emitOrderUpdate(ctx, market, account, 0, input.quoteId, 'rejected', size, error.code, error.detail ? `${label}: ${error.detail}` : label);
    }
  }
  if (slot.bidOrderId || slot.askOrderId) market.quotes.set(account.index, slot);
  ctx.touch(account);
}
