/**
 * The one place where wire types (faultline.v1, generated) and the engine's domain types meet:
 * committed blocks and their transactions in, venue events out. Every absent protobuf field
 * becomes its proto3 default ('' / 0 / false / empty bytes) here and nowhere else, and every
 * 64-bit value a number, so the engine reads no optional protobuf field.
 */
import { decodeMessage, type Block, type faultline } from '@faultline/protocol';
import type { PlaceOrderInput } from './admission.ts';
import type { BlockTx, VenueBlock } from './engine.ts';
import type { VenueEvent } from './events.ts';
import type { LiquidateInput } from './liquidation.ts';
import type { OracleReportInput } from './oracle.ts';
import type { HedgerQuoteInput } from './quotes.ts';

/** The body kinds of faultline.v1.Transaction that execution applies (evidence is consensus's). */
export type TxKind = 'placeOrder' | 'cancelOrder' | 'cancelAll' | 'deposit' | 'withdraw' | 'oracleReport' | 'liquidate' | 'hedgerQuote';
const TX_KINDS: readonly TxKind[] = ['placeOrder', 'cancelOrder', 'cancelAll', 'deposit', 'withdraw', 'oracleReport', 'liquidate', 'hedgerQuote'];

/** A transaction's body as the engine applies it. */
export type TxBody =
  | { kind: 'placeOrder'; input: PlaceOrderInput }
  | { kind: 'cancelOrder'; input: { accountId: string; marketId: number; orderId: number; clientOrderId: number } }
  | { kind: 'cancelAll'; input: { accountId: string; marketId: number } }
  | { kind: 'deposit'; accountId: string; amount: number }
  | { kind: 'withdraw'; accountId: string; amount: number }
  | { kind: 'oracleReport'; input: OracleReportInput }
  | { kind: 'liquidate'; input: LiquidateInput }
  | { kind: 'hedgerQuote'; input: HedgerQuoteInput }
  /** None or several bodies (only a hand-built object can carry several): rejected as unknown-tx-kind with this detail. */
  | { kind: 'unknown'; detail: string };

/** A decoded transaction in the engine's terms. */
export interface VenueTx {
  clientId: string;
  nonce: number;
  /** Consensus evidence rides in blocks too: execution has nothing to do with it. */
  evidence: boolean;
  /** It carries an oracle report: applied before the block's other transactions. */
  reportsPrice: boolean;
  body: TxBody;
}

/** A wire transaction in the engine's terms (total: a missing field is its default, a bad shape a body of kind 'unknown'). */
export function txFromWire(tx: faultline.v1.ITransaction): VenueTx {
  return { clientId: tx.clientId ?? '', nonce: Number(tx.nonce ?? 0), evidence: Boolean(tx.evidence), reportsPrice: Boolean(tx.oracleReport), body: bodyFromWire(tx) };
}

function bodyFromWire(tx: faultline.v1.ITransaction): TxBody {
  let kind: TxKind | undefined;
  for (const candidate of TX_KINDS) {
    if (!tx[candidate]) continue;
    if (kind) return { kind: 'unknown', detail: `both ${kind} and ${candidate}` };
    kind = candidate;
  }
  switch (kind) {
    case 'placeOrder': {
      const o = tx.placeOrder ?? {};
      return {
        kind,
        input: {
          accountId: o.accountId ?? '',
          marketId: o.marketId ?? 0,
          clientOrderId: Number(o.clientOrderId ?? 0),
          side: o.side ?? 0,
          type: o.type ?? 0,
          timeInForce: o.timeInForce ?? 0,
          priceTicks: Number(o.priceTicks ?? 0),
          sizeLots: Number(o.sizeLots ?? 0),
          reduceOnly: o.reduceOnly ?? false,
        },
      };
    }
    case 'cancelOrder': {
      const c = tx.cancelOrder ?? {};
      return { kind, input: { accountId: c.accountId ?? '', marketId: c.marketId ?? 0, orderId: Number(c.orderId ?? 0), clientOrderId: Number(c.clientOrderId ?? 0) } };
    }
    case 'cancelAll':
      return { kind, input: { accountId: tx.cancelAll?.accountId ?? '', marketId: tx.cancelAll?.marketId ?? 0 } };
    case 'deposit':
      return { kind, accountId: tx.deposit?.accountId ?? '', amount: Number(tx.deposit?.amount ?? 0) };
    case 'withdraw':
      return { kind, accountId: tx.withdraw?.accountId ?? '', amount: Number(tx.withdraw?.amount ?? 0) };
    case 'oracleReport': {
      const r = tx.oracleReport ?? {};
      return {
        kind,
        input: {
          oracleId: r.oracleId ?? '',
          marketId: r.marketId ?? 0,
          priceTicks: Number(r.priceTicks ?? 0),
          observedAtUs: Number(r.observedAtUs ?? 0),
          reportSeq: Number(r.reportSeq ?? 0),
          signature: r.signature ?? new Uint8Array(0),
        },
      };
    }
    case 'liquidate': {
      const l = tx.liquidate ?? {};
      return { kind, input: { liquidatorId: l.liquidatorId ?? '', accountId: l.accountId ?? '', marketId: l.marketId ?? 0, observedMarkTicks: Number(l.observedMarkTicks ?? 0) } };
    }
    case 'hedgerQuote': {
      const q = tx.hedgerQuote ?? {};
      return {
        kind,
        input: {
          accountId: q.accountId ?? '',
          marketId: q.marketId ?? 0,
          quoteId: Number(q.quoteId ?? 0),
          bidPriceTicks: Number(q.bidPriceTicks ?? 0),
          bidSizeLots: Number(q.bidSizeLots ?? 0),
          askPriceTicks: Number(q.askPriceTicks ?? 0),
          askSizeLots: Number(q.askSizeLots ?? 0),
        },
      };
    }
    case undefined:
      return { kind: 'unknown', detail: 'no body' };
  }
}

/** A committed block as the engine applies it; undecodable txs are kept (they are rejected). */
export function venueBlockFromWire(block: Block): VenueBlock {
  const header = block.header ?? {};
  return {
    height: Number(header.height ?? 0),
    timeUs: Number(header.timeUs ?? 0),
    txs: (block.txs ?? []).map(blockTxFromBytes),
  };
}

export function blockTxFromBytes(bytes: Uint8Array): BlockTx {
  const decoded = decodeMessage('Transaction', bytes);
  return decoded.ok ? { bytes, tx: decoded.value } : { bytes, tx: undefined, decodeError: decoded.error.message };
}

/** A domain event as the wire's VenueEvent (one oneof member set). */
export function venueEventToWire(event: VenueEvent): faultline.v1.IVenueEvent {
  switch (event.kind) {
    case 'fill':
      return { fill: event.fill };
    case 'accountUpdate':
      return { accountUpdate: event.accountUpdate };
    case 'marketStatus':
      return { marketStatus: event.marketStatus };
    case 'auctionResult':
      return { auctionResult: event.auctionResult };
    case 'liquidation':
      return { liquidation: event.liquidation };
    case 'adl':
      return { adl: event.adl };
    case 'funding':
      return { funding: event.funding };
    case 'oraclePrice':
      return { oraclePrice: event.oraclePrice };
    case 'txRejected':
      return { txRejected: event.txRejected };
    case 'orderUpdate':
      return { orderUpdate: event.orderUpdate };
  }
}

/** A wire VenueEvent back to the domain form (for replay and monitors reading a log). */
export function venueEventFromWire(event: faultline.v1.IVenueEvent): VenueEvent | undefined {
  const kinds = ['fill', 'accountUpdate', 'marketStatus', 'auctionResult', 'liquidation', 'adl', 'funding', 'oraclePrice', 'txRejected', 'orderUpdate'] as const;
  for (const kind of kinds) {
    const body = event[kind];
    if (body) return { kind, [kind]: body } as unknown as VenueEvent;
  }
  return undefined;
}
