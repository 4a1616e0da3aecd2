/**
 * wire.ts field by field (found by mutation testing): every event kind, with every field set to a
 * value of its own, goes to the wire and back from its bytes unchanged, and a kind's empty body
 * comes back with every field at its proto3 default; every transaction body keeps every field;
 * a block's header and undecodable transactions; a wire integer that arrives as a Long-like object.
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage } from '@faultline/protocol';
import { blockTxFromBytes, txFromWire, venueBlockFromWire, venueEventFromBytes, venueEventFromWire, venueEventToWire, type VenueEvent } from '@faultline/venue';

/** One event of each kind, no two fields alike (so a field read into another is seen). */
const EVENTS: VenueEvent[] = [
  { kind: 'fill', fill: { fillId: 1, height: 2, marketId: 3, makerOrderId: 4, takerOrderId: 5, makerAccountId: 'm', takerAccountId: 't', takerSide: 2, priceTicks: 6, sizeLots: 7, makerFee: -8, takerFee: 9 } },
  {
    kind: 'accountUpdate',
    accountUpdate: { accountId: 'a', height: 11, collateral: 12, equity: -13, marginInitial: 14, marginMaintenance: 15, positions: [{ marketId: 16, sizeLots: -17, entryNotional: 18, realizedPnl: -19, fundingPaid: 20 }], openOrders: 21 },
  },
  { kind: 'marketStatus', marketStatus: { marketId: 31, height: 32, state: 3, reason: 'r', blockTimeUs: 34 } },
  { kind: 'auctionResult', auctionResult: { marketId: 41, height: 42, priceTicks: 43, matchedLots: 44, imbalanceLots: -45 } },
  {
    kind: 'liquidation',
    liquidation: { height: 51, accountId: 'l', marketId: 52, liquidatorId: 'q', executed: true, reason: 'book', sizeLots: 53, priceTicks: 54, penalty: 55, badDebt: 56, insuranceFundAfter: 57, equityBefore: -58, maintenanceBefore: 59, markTicks: 60 },
  },
  { kind: 'adl', adl: { height: 61, marketId: 62, liquidatedAccountId: 'x', counterpartyAccountId: 'y', sizeLots: 63, priceTicks: 64, insuranceFundBefore: 65 } },
  { kind: 'funding', funding: { height: 71, marketId: 72, ratePpm: -73, markTicks: 74, oracleTicks: 75, totalPaidByLongs: 76, totalPaid: 77, totalReceived: 78, intervals: 79 } },
  { kind: 'oraclePrice', oraclePrice: { marketId: 81, height: 82, priceTicks: 83, freshReports: 84, stale: true, markTicks: 85 } },
  { kind: 'txRejected', txRejected: { height: 91, txHash: Uint8Array.of(1, 2, 3), clientId: 'c', nonce: 92, reason: 'duplicate-tx', detail: 'd' } },
  { kind: 'orderUpdate', orderUpdate: { height: 101, marketId: 102, orderId: 103, clientOrderId: 104, accountId: 'o', status: 'cancelled', remainingLots: 105, reason: 'user', detail: 'e' } },
];

const bytesOf = (wire: unknown): Uint8Array => encodeMessage('VenueEvent', wire as never);

describe('venue events through the wire', () => {
  it.each(EVENTS.map((e) => [e.kind, e] as const))('a %s with every field set comes back from its bytes unchanged', (_kind, event) => {
    const wire = venueEventToWire(event);
    expect(Object.keys(wire)).toEqual([event.kind]);
    expect(venueEventFromBytes(bytesOf(wire))).toEqual(event);
    expect(venueEventFromWire(wire)).toEqual(event);
  });

  it.each(EVENTS.map((e) => [e.kind, e] as const))('an empty %s comes back with every field at its default', (kind, event) => {
    const body = (event as unknown as Record<string, Record<string, unknown>>)[kind] as Record<string, unknown>;
    const defaults = Object.fromEntries(
      Object.entries(body).map(([field, value]) => [field, typeof value === 'number' ? 0 : typeof value === 'string' ? '' : typeof value === 'boolean' ? false : value instanceof Uint8Array ? new Uint8Array(0) : []]),
    );
    // An empty sub-message is still the kind (present, all defaults).
    const bytes = encodeMessage('VenueEvent', { [kind]: {} } as never);
    expect(venueEventFromBytes(bytes)).toEqual({ kind, [kind]: defaults });
  });

  it('an event with no body, or bytes that are not an event, is no event', () => {
    expect(venueEventFromWire({})).toBeUndefined();
    expect(venueEventFromBytes(new Uint8Array(0))).toBeUndefined();
    expect(venueEventFromBytes(Uint8Array.of(0xff, 0xff, 0xff))).toBeUndefined();
  });
});

describe('transactions and blocks from the wire', () => {
  it('every body keeps every field', () => {
    expect(txFromWire({ clientId: 'a', nonce: 2, placeOrder: { accountId: 'a', marketId: 3, clientOrderId: 4, side: 2, type: 1, timeInForce: 3, priceTicks: 5, sizeLots: 6, reduceOnly: true } }).body).toEqual({
      kind: 'placeOrder',
      input: { accountId: 'a', marketId: 3, clientOrderId: 4, side: 2, type: 1, timeInForce: 3, priceTicks: 5, sizeLots: 6, reduceOnly: true },
    });
    expect(txFromWire({ cancelOrder: { accountId: 'a', marketId: 3, orderId: 4, clientOrderId: 5 } }).body).toEqual({ kind: 'cancelOrder', input: { accountId: 'a', marketId: 3, orderId: 4, clientOrderId: 5 } });
    expect(txFromWire({ cancelAll: { accountId: 'a', marketId: 3 } }).body).toEqual({ kind: 'cancelAll', input: { accountId: 'a', marketId: 3 } });
    expect(txFromWire({ withdraw: { accountId: 'a', amount: 9 } }).body).toEqual({ kind: 'withdraw', accountId: 'a', amount: 9 });
    expect(txFromWire({ oracleReport: { oracleId: 'o', marketId: 2, priceTicks: 3, observedAtUs: 4, reportSeq: 5, signature: Uint8Array.of(6) } }).body).toEqual({
      kind: 'oracleReport',
      input: { oracleId: 'o', marketId: 2, priceTicks: 3, observedAtUs: 4, reportSeq: 5, signature: Uint8Array.of(6) },
    });
    expect(txFromWire({ liquidate: { liquidatorId: 'q', accountId: 'a', marketId: 2, observedMarkTicks: 3 } }).body).toEqual({ kind: 'liquidate', input: { liquidatorId: 'q', accountId: 'a', marketId: 2, observedMarkTicks: 3 } });
    expect(txFromWire({ hedgerQuote: { accountId: 'h', marketId: 2, quoteId: 3, bidPriceTicks: 4, bidSizeLots: 5, askPriceTicks: 6, askSizeLots: 7 } }).body).toEqual({
      kind: 'hedgerQuote',
      input: { accountId: 'h', marketId: 2, quoteId: 3, bidPriceTicks: 4, bidSizeLots: 5, askPriceTicks: 6, askSizeLots: 7 },
    });
  });

  it('empty bodies are their kind with every field at its default', () => {
    expect(txFromWire({ cancelOrder: {} }).body).toEqual({ kind: 'cancelOrder', input: { accountId: '', marketId: 0, orderId: 0, clientOrderId: 0 } });
    expect(txFromWire({ cancelAll: {} }).body).toEqual({ kind: 'cancelAll', input: { accountId: '', marketId: 0 } });
    expect(txFromWire({ withdraw: {} }).body).toEqual({ kind: 'withdraw', accountId: '', amount: 0 });
    expect(txFromWire({ deposit: {} }).body).toEqual({ kind: 'deposit', accountId: '', amount: 0 });
    expect(txFromWire({ liquidate: {} }).body).toEqual({ kind: 'liquidate', input: { liquidatorId: '', accountId: '', marketId: 0, observedMarkTicks: 0 } });
    expect(txFromWire({ hedgerQuote: {} }).body).toEqual({ kind: 'hedgerQuote', input: { accountId: '', marketId: 0, quoteId: 0, bidPriceTicks: 0, bidSizeLots: 0, askPriceTicks: 0, askSizeLots: 0 } });
    expect(txFromWire({ placeOrder: {} }).body).toEqual({ kind: 'placeOrder', input: { accountId: '', marketId: 0, clientOrderId: 0, side: 0, type: 0, timeInForce: 0, priceTicks: 0, sizeLots: 0, reduceOnly: false } });
  });

  it('two bodies are named in the order of the kinds, whichever the first', () => {
    expect(txFromWire({ hedgerQuote: {}, placeOrder: {} }).body).toEqual({ kind: 'unknown', detail: 'both placeOrder and hedgerQuote' });
    expect(txFromWire({ liquidate: {}, oracleReport: {} }).body).toEqual({ kind: 'unknown', detail: 'both oracleReport and liquidate' });
  });

  it('a block: header height and time as numbers, absent ones 0; an undecodable transaction kept with its error', () => {
    const good = encodeMessage('Transaction', { clientId: 'a', nonce: 1, deposit: { accountId: 'a', amount: 5 } });
    const bad = Uint8Array.of(0xff, 0xff, 0xff);
    const block = venueBlockFromWire({ header: { height: 7, timeUs: 8 }, txs: [good, bad] } as never);
    expect([block.height, block.timeUs, block.txs.length]).toEqual([7, 8, 2]);
    expect(block.txs[0]?.tx?.deposit?.amount).toBe(5);
    expect(block.txs[0]?.bytes).toBe(good);
    expect(block.txs[1]?.tx).toBeUndefined();
    expect(block.txs[1]?.bytes).toBe(bad);
    expect((block.txs[1] as { decodeError?: string }).decodeError).toMatch(/./);
    expect(venueBlockFromWire({} as never)).toEqual({ height: 0, timeUs: 0, txs: [] });
    expect(blockTxFromBytes(good)).toEqual({ bytes: good, tx: block.txs[0]?.tx });
  });
});
