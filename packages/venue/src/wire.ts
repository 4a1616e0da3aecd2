/**
 * The one place where wire types (faultline.v1, generated) and the engine's domain types meet:
 * committed blocks and their transactions in, venue events out. Every absent protobuf field
 * becomes its proto3 default ('' / 0 / false / empty bytes) here and nowhere else, and every
 * 64-bit value a number, so the engine reads no optional protobuf field.
 */
import { decodeMessage, type Block, type faultline } from '@faultline/protocol';
import type { PlaceOrderInput } from './admission.ts';
import type { BlockTx, VenueBlock } from './engine.ts';
import type { LiquidationEvent, OrderUpdateEvent, TxRejectedEvent, VenueEvent } from './events.ts';
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

/** A wire integer (a number, or a Long-like object from protobufjs' fallback path, or absent) as a number. */
function num(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value === undefined || value === null) return 0;
  return Number(String(value));
}

const str = (value: string | null | undefined): string => value ?? '';

/**
 * A VenueEvent's bytes back to the domain form exactly as the engine made it: every field of the
 * kind present, absent ones their proto3 default, 64-bit values numbers (venueEventFromWire keeps
 * protobufjs' message objects, whose absent fields read from their prototypes). Replay's second
 * thread judges the engine's events from these bytes (test/event-bytes.props.test.ts holds the
 * round trip equal to the engine's events). Undefined when the bytes are not one VenueEvent.
 */
export function venueEventFromBytes(bytes: Uint8Array): VenueEvent | undefined {
  const decoded = decodeMessage('VenueEvent', bytes);
  if (!decoded.ok) return undefined;
  const e = decoded.value;
  if (e.fill) {
    const f = e.fill;
    return {
      kind: 'fill',
      fill: {
        fillId: num(f.fillId),
        height: num(f.height),
        marketId: num(f.marketId),
        makerOrderId: num(f.makerOrderId),
        takerOrderId: num(f.takerOrderId),
        makerAccountId: str(f.makerAccountId),
        takerAccountId: str(f.takerAccountId),
        takerSide: num(f.takerSide),
        priceTicks: num(f.priceTicks),
        sizeLots: num(f.sizeLots),
        makerFee: num(f.makerFee),
        takerFee: num(f.takerFee),
      },
    };
  }
  if (e.orderUpdate) {
    const u = e.orderUpdate;
    return {
      kind: 'orderUpdate',
      orderUpdate: {
        height: num(u.height),
        marketId: num(u.marketId),
        orderId: num(u.orderId),
        clientOrderId: num(u.clientOrderId),
        accountId: str(u.accountId),
        status: str(u.status) as OrderUpdateEvent['status'],
        remainingLots: num(u.remainingLots),
        reason: str(u.reason) as OrderUpdateEvent['reason'],
        detail: str(u.detail),
      },
    };
  }
  if (e.accountUpdate) {
    const a = e.accountUpdate;
    return {
      kind: 'accountUpdate',
      accountUpdate: {
        accountId: str(a.accountId),
        height: num(a.height),
        collateral: num(a.collateral),
        equity: num(a.equity),
        marginInitial: num(a.marginInitial),
        marginMaintenance: num(a.marginMaintenance),
        positions: (a.positions ?? []).map((p) => ({ marketId: num(p.marketId), sizeLots: num(p.sizeLots), entryNotional: num(p.entryNotional), realizedPnl: num(p.realizedPnl), fundingPaid: num(p.fundingPaid) })),
        openOrders: num(a.openOrders),
      },
    };
  }
  if (e.marketStatus) {
    const m = e.marketStatus;
    return { kind: 'marketStatus', marketStatus: { marketId: num(m.marketId), height: num(m.height), state: num(m.state), reason: str(m.reason), blockTimeUs: num(m.blockTimeUs) } };
  }
  if (e.auctionResult) {
    const r = e.auctionResult;
    return { kind: 'auctionResult', auctionResult: { marketId: num(r.marketId), height: num(r.height), priceTicks: num(r.priceTicks), matchedLots: num(r.matchedLots), imbalanceLots: num(r.imbalanceLots) } };
  }
  if (e.liquidation) {
    const l = e.liquidation;
    return {
      kind: 'liquidation',
      liquidation: {
        height: num(l.height),
        accountId: str(l.accountId),
        marketId: num(l.marketId),
        liquidatorId: str(l.liquidatorId),
        executed: l.executed === true,
        reason: str(l.reason) as LiquidationEvent['reason'],
        sizeLots: num(l.sizeLots),
        priceTicks: num(l.priceTicks),
        penalty: num(l.penalty),
        badDebt: num(l.badDebt),
        insuranceFundAfter: num(l.insuranceFundAfter),
        equityBefore: num(l.equityBefore),
        maintenanceBefore: num(l.maintenanceBefore),
        markTicks: num(l.markTicks),
      },
    };
  }
  if (e.adl) {
    const a = e.adl;
    return {
      kind: 'adl',
      adl: {
        height: num(a.height),
        marketId: num(a.marketId),
        liquidatedAccountId: str(a.liquidatedAccountId),
        counterpartyAccountId: str(a.counterpartyAccountId),
        sizeLots: num(a.sizeLots),
        priceTicks: num(a.priceTicks),
        insuranceFundBefore: num(a.insuranceFundBefore),
      },
    };
  }
  if (e.funding) {
    const f = e.funding;
    return {
      kind: 'funding',
      funding: {
        height: num(f.height),
        marketId: num(f.marketId),
        ratePpm: num(f.ratePpm),
        markTicks: num(f.markTicks),
        oracleTicks: num(f.oracleTicks),
        totalPaidByLongs: num(f.totalPaidByLongs),
        totalPaid: num(f.totalPaid),
        totalReceived: num(f.totalReceived),
        intervals: num(f.intervals),
      },
    };
  }
  if (e.oraclePrice) {
    const p = e.oraclePrice;
    return { kind: 'oraclePrice', oraclePrice: { marketId: num(p.marketId), height: num(p.height), priceTicks: num(p.priceTicks), freshReports: num(p.freshReports), stale: p.stale === true, markTicks: num(p.markTicks) } };
  }
  if (e.txRejected) {
    const r = e.txRejected;
    return {
      kind: 'txRejected',
      txRejected: { height: num(r.height), txHash: r.txHash ? new Uint8Array(r.txHash) : new Uint8Array(0), clientId: str(r.clientId), nonce: num(r.nonce), reason: str(r.reason) as TxRejectedEvent['reason'], detail: str(r.detail) },
    };
  }
  return undefined;
}
