/**
 * Client transactions for scripted tests: one nonce counter per client and the builders the
 * venue's, the referee's and the invariant proofs' block scripts share (exported only by the
 * testing entry).
 */
import { encodeTx } from './builders.ts';
import type { BlockTx } from './engine.ts';
import { ORDER_TYPE_LIMIT, SIDE_BUY, SIDE_SELL, TIF_GTC } from './vocabulary.ts';

export interface OrderOptions {
  market?: number;
  tif?: number;
  cid?: number;
  reduceOnly?: boolean;
}

export class ClientTxs {
  private readonly nonces = new Map<string, number>();

  /** The client's next nonce (1, 2, 3, …). */
  nonce(client: string): number {
    const n = (this.nonces.get(client) ?? 0) + 1;
    this.nonces.set(client, n);
    return n;
  }

  deposit(accountId: string, amount: number): BlockTx {
    return encodeTx(accountId, this.nonce(accountId), { deposit: { accountId, amount } });
  }

  withdraw(accountId: string, amount: number): BlockTx {
    return encodeTx(accountId, this.nonce(accountId), { withdraw: { accountId, amount } });
  }

  limit(accountId: string, side: 'buy' | 'sell', priceTicks: number, sizeLots: number, o: OrderOptions = {}): BlockTx {
    return encodeTx(accountId, this.nonce(accountId), {
      placeOrder: { accountId, marketId: o.market ?? 1, clientOrderId: o.cid ?? 0, side: side === 'buy' ? SIDE_BUY : SIDE_SELL, type: ORDER_TYPE_LIMIT, timeInForce: o.tif ?? TIF_GTC, priceTicks, sizeLots, reduceOnly: o.reduceOnly ?? false },
    });
  }
}
