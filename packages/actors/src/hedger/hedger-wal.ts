/**
 * The hedger's durable log in protobuf (proto/faultline/v1/hedger.proto): the conversions
 * between its records and the core's state, and the decoding of a recovered log with the
 * protocol's never-throwing decoder — the same one every wire frame goes through.
 *
 * Logs of the JSON format the hedger wrote before (entries and snapshots starting with `{`)
 * are refused with an error that says so: nothing reads them any more, and a protobuf record
 * never starts with `{` (0x7b would be field 15, a group), so the two cannot be confused.
 */
import { decodeMessage, type faultline } from '@faultline/protocol';
import type { RecoveredLog } from '@faultline/runtime';
import type { LegState, LegTrade, MarketBookState } from './hedger-book.ts';

export type HedgerWalRecord = faultline.v1.IHedgerWalRecord;
export type HedgerWalSnapshot = faultline.v1.IHedgerWalSnapshot;

/** A hedge order as the core keeps it. */
export interface HedgeOrderRecord {
  orderId: number;
  marketId: number;
  signedLots: number;
  filledLots: number;
  sentAtUs: number;
  open: boolean;
  /** Envelopes already booked for this order: a duplicated message is booked once. */
  fillKeys: string[];
}

const JSON_OPEN_BRACE = 0x7b;

/** One log record as `evolve` applies it (every proto3 default filled, every 64-bit value a number). */
export type HedgerLogEntry =
  | { kind: 'deposit'; tx: faultline.v1.ITransaction }
  | { kind: 'funded' }
  | { kind: 'venue-fill'; marketId: number; fillId: number; trade: LegTrade }
  | { kind: 'hedge-order'; order: HedgeOrderRecord }
  | { kind: 'hedge-fill'; orderId: number; trade: LegTrade; key: string }
  | { kind: 'hedge-closed'; orderId: number }
  | { kind: 'none' };

export function entryFromWal(record: HedgerWalRecord): HedgerLogEntry {
  if (record.deposit) return { kind: 'deposit', tx: record.deposit };
  if (record.funded) return { kind: 'funded' };
  if (record.venueFill) return { kind: 'venue-fill', marketId: record.venueFill.marketId ?? 0, fillId: Number(record.venueFill.fillId ?? 0), trade: tradeFromWal(record.venueFill.trade) };
  if (record.hedgeOrder) return { kind: 'hedge-order', order: orderFromWal(record.hedgeOrder) };
  if (record.hedgeFill) return { kind: 'hedge-fill', orderId: Number(record.hedgeFill.orderId ?? 0), trade: tradeFromWal(record.hedgeFill.trade), key: record.hedgeFill.key ?? '' };
  if (record.hedgeClosed) return { kind: 'hedge-closed', orderId: Number(record.hedgeClosed.orderId ?? 0) };
  return { kind: 'none' };
}

/** A snapshot as `restore` applies it. */
export interface HedgerSnapshotFacts {
  books: MarketBookState[];
  depositTx: faultline.v1.ITransaction | undefined;
  funded: boolean;
  lastVenueFillId: number;
  orders: HedgeOrderRecord[];
}

export function snapshotFromWal(snapshot: HedgerWalSnapshot): HedgerSnapshotFacts {
  return {
    books: (snapshot.books ?? []).map(bookFromWal),
    depositTx: snapshot.depositTx ?? undefined,
    funded: snapshot.funded ?? false,
    lastVenueFillId: Number(snapshot.lastVenueFillId ?? 0),
    orders: (snapshot.orders ?? []).map(orderFromWal),
  };
}

export function orderToWal(order: HedgeOrderRecord): faultline.v1.IHedgerWalOrder {
  return { ...order, fillKeys: [...order.fillKeys] };
}

export function orderFromWal(order: faultline.v1.IHedgerWalOrder): HedgeOrderRecord {
  return {
    orderId: Number(order.orderId ?? 0),
    marketId: order.marketId ?? 0,
    signedLots: Number(order.signedLots ?? 0),
    filledLots: Number(order.filledLots ?? 0),
    sentAtUs: Number(order.sentAtUs ?? 0),
    open: order.open ?? false,
    fillKeys: [...(order.fillKeys ?? [])],
  };
}

export function tradeFromWal(trade: faultline.v1.IHedgerWalTrade | null | undefined): LegTrade {
  return { signedLots: Number(trade?.signedLots ?? 0), priceTicks: Number(trade?.priceTicks ?? 0), fee: Number(trade?.fee ?? 0) };
}

function legFromWal(leg: faultline.v1.IHedgerWalLeg | null | undefined): LegState {
  return { positionLots: Number(leg?.positionLots ?? 0), cash: Number(leg?.cash ?? 0), feesPaid: Number(leg?.feesPaid ?? 0), lastPriceTicks: Number(leg?.lastPriceTicks ?? 0) };
}

export function bookFromWal(book: faultline.v1.IHedgerWalMarketBook): MarketBookState {
  return {
    marketId: book.marketId ?? 0,
    venue: legFromWal(book.venue),
    external: legFromWal(book.external),
    venueMarkTicks: Number(book.venueMarkTicks ?? 0),
    externalPriceTicks: Number(book.externalPriceTicks ?? 0),
  };
}

export function bookToWal(book: MarketBookState): faultline.v1.IHedgerWalMarketBook {
  return { marketId: book.marketId, venue: { ...book.venue }, external: { ...book.external }, venueMarkTicks: book.venueMarkTicks, externalPriceTicks: book.externalPriceTicks };
}

export type DecodedHedgerWal = { ok: true; snapshot: HedgerWalSnapshot | undefined; records: HedgerWalRecord[] } | { ok: false; error: string };

/** Decodes a recovered log; never throws. The error names the snapshot or the record (0-based) that failed. */
export function decodeHedgerWal(log: RecoveredLog): DecodedHedgerWal {
  let snapshot: HedgerWalSnapshot | undefined;
  if (log.snapshot) {
    if (log.snapshot[0] === JSON_OPEN_BRACE) return { ok: false, error: oldFormat('its snapshot') };
    const decoded = decodeMessage('HedgerWalSnapshot', log.snapshot);
    if (!decoded.ok) return { ok: false, error: `its snapshot does not decode: ${decoded.error.message}` };
    snapshot = decoded.value;
  }
  const records: HedgerWalRecord[] = [];
  for (const [index, bytes] of log.entries.entries()) {
    if (bytes[0] === JSON_OPEN_BRACE) return { ok: false, error: oldFormat(`record ${index}`) };
    const decoded = decodeMessage('HedgerWalRecord', bytes);
    if (!decoded.ok) return { ok: false, error: `record ${index} does not decode: ${decoded.error.message}` };
    if (decoded.value.record === undefined) return { ok: false, error: `record ${index} holds no record this build knows` };
    records.push(decoded.value);
  }
  return { ok: true, snapshot, records };
}

function oldFormat(what: string): string {
  return `${what} is JSON, the hedger's log format before protobuf (proto/faultline/v1/hedger.proto); this build does not read it: start the hedger on an empty log`;
}
