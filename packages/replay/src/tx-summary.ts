/** Transactions of a block as a post-mortem shows them: one line each, readable and in JSON. */
import { voteFacts } from '@faultline/consensus';
import { blockTxFromBytes, txFromWire } from '@faultline/venue';

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
  // Wire to domain once, as the engine reads it (the venue's txFromWire).
  const { clientId, nonce, evidence, body } = txFromWire(tx);
  const base = { index, clientId, nonce };
  switch (body.kind) {
    case 'placeOrder': {
      const o = body.input;
      return { ...base, kind: body.kind, detail: `${o.accountId} ${SIDES[o.side] ?? o.side} ${o.sizeLots} lots @ ${o.priceTicks} market ${o.marketId}${o.reduceOnly ? ' reduce-only' : ''}` };
    }
    case 'cancelOrder':
      return { ...base, kind: body.kind, detail: `${body.input.accountId} order ${body.input.orderId} market ${body.input.marketId}` };
    case 'cancelAll':
      return { ...base, kind: body.kind, detail: `${body.input.accountId} market ${body.input.marketId}` };
    case 'deposit':
    case 'withdraw':
      return { ...base, kind: body.kind, detail: `${body.accountId} ${body.amount}` };
    case 'oracleReport': {
      const r = body.input;
      return { ...base, kind: body.kind, detail: `${r.oracleId} market ${r.marketId} price ${r.priceTicks} observed ${r.observedAtUs} µs seq ${r.reportSeq}` };
    }
    case 'liquidate': {
      const l = body.input;
      return { ...base, kind: body.kind, detail: `${l.liquidatorId} liquidates ${l.accountId} market ${l.marketId} (believed mark ${l.observedMarkTicks})` };
    }
    case 'hedgerQuote': {
      const q = body.input;
      return { ...base, kind: body.kind, detail: `${q.accountId} market ${q.marketId} ${q.bidSizeLots}@${q.bidPriceTicks} / ${q.askSizeLots}@${q.askPriceTicks}` };
    }
    case 'unknown':
      if (evidence) return { ...base, kind: 'evidence', detail: `equivocation by ${voteFacts(tx.evidence?.voteA ?? {}).validatorId || '?'}` };
      return { ...base, kind: body.detail === 'no body' ? 'empty' : 'unknown', detail: body.detail === 'no body' ? 'a transaction without a body' : body.detail };
  }
}
