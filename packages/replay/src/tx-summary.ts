/** Transactions of a block as a post-mortem shows them: one line each, readable and in JSON. */
import { blockTxFromBytes } from '@faultline/venue';

export interface TxSummary {
  index: number;
  kind: string;
  clientId: string;
  nonce: number;
  /** Account, market and the figures that matter for this kind. */
  detail: string;
}

const SIDES = ['?', 'buy', 'sell'];
/** A block can hold thousands of txs; a violation report keeps the first ones. */
export const TXS_SHOWN_MAX = 50;

export function describeTxs(txs: readonly Uint8Array[]): TxSummary[] {
  return txs.slice(0, TXS_SHOWN_MAX).map((bytes, index) => describeTx(bytes, index));
}

function describeTx(bytes: Uint8Array, index: number): TxSummary {
  const { tx, decodeError } = blockTxFromBytes(bytes);
  if (!tx) return { index, kind: 'undecodable', clientId: '', nonce: 0, detail: decodeError ?? 'undecodable' };
  const base = { index, clientId: tx.clientId ?? '', nonce: Number(tx.nonce ?? 0) };
  if (tx.placeOrder) {
    const o = tx.placeOrder;
    return { ...base, kind: 'placeOrder', detail: `${o.accountId} ${SIDES[o.side ?? 0] ?? o.side} ${Number(o.sizeLots)} lots @ ${Number(o.priceTicks)} market ${o.marketId}${o.reduceOnly ? ' reduce-only' : ''}` };
  }
  if (tx.cancelOrder) return { ...base, kind: 'cancelOrder', detail: `${tx.cancelOrder.accountId} order ${Number(tx.cancelOrder.orderId)} market ${tx.cancelOrder.marketId}` };
  if (tx.cancelAll) return { ...base, kind: 'cancelAll', detail: `${tx.cancelAll.accountId} market ${tx.cancelAll.marketId}` };
  if (tx.deposit) return { ...base, kind: 'deposit', detail: `${tx.deposit.accountId} ${Number(tx.deposit.amount)}` };
  if (tx.withdraw) return { ...base, kind: 'withdraw', detail: `${tx.withdraw.accountId} ${Number(tx.withdraw.amount)}` };
  if (tx.oracleReport) {
    const r = tx.oracleReport;
    return { ...base, kind: 'oracleReport', detail: `${r.oracleId} market ${r.marketId} price ${Number(r.priceTicks)} observed ${Number(r.observedAtUs)} µs seq ${Number(r.reportSeq)}` };
  }
  if (tx.liquidate) {
    const l = tx.liquidate;
    return { ...base, kind: 'liquidate', detail: `${l.liquidatorId} liquidates ${l.accountId} market ${l.marketId} (believed mark ${Number(l.observedMarkTicks)})` };
  }
  if (tx.hedgerQuote) {
    const q = tx.hedgerQuote;
    return { ...base, kind: 'hedgerQuote', detail: `${q.accountId} market ${q.marketId} ${Number(q.bidSizeLots)}@${Number(q.bidPriceTicks)} / ${Number(q.askSizeLots)}@${Number(q.askPriceTicks)}` };
  }
  if (tx.evidence) return { ...base, kind: 'evidence', detail: `equivocation by ${tx.evidence.voteA?.validatorId ?? '?'}` };
  return { ...base, kind: 'empty', detail: 'a transaction without a body' };
}
