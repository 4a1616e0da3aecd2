/**
 * The canonical encoding of the whole venue state (faultline.v1.VenueSnapshot) and its hash.
 * Canonical order: accounts by index, positions and markets by id, book orders bids best-first
 * then asks best-first (FIFO within a level), the auction queue by order id, quotes by account
 * index, oracle reports by oracle id then market, nonce windows by client id. Restoring
 * re-rests the book in that order, which reproduces every level's queue exactly.
 */
import { createHash } from 'node:crypto';
import { decodeMessage, encodeMessage } from '@faultline/protocol';
import type { VenueConfig } from './config.ts';
import { type MarketStateCode, type VenueState, createVenueState, getOrCreateAccount, TIF_GTC } from './state.ts';
import type { Side } from './book/order-book.ts';
import { reserveOrder } from './margin.ts';
import type { MarketRuntime } from './state.ts';
import { nonceRunsOf, noncesOf } from './nonce-window.ts';

export const SNAPSHOT_VERSION = 1;

/** The snapshot as built here; a decoded snapshot has every field (proto3 defaults), so the same shape. */
export type CanonicalSnapshot = ReturnType<typeof snapshotOf>;

export function snapshotOf(state: VenueState) {
  const byId = <T extends { marketId: number }>(a: T, b: T): number => a.marketId - b.marketId;
  return {
    version: SNAPSHOT_VERSION,
    height: state.height,
    blockTimeUs: state.blockTimeUs,
    prevBlockTimeUs: state.prevBlockTimeUs,
    nextOrderId: state.nextOrderId,
    nextFillId: state.nextFillId,
    insuranceFund: state.insuranceFund,
    feesCollected: state.feesCollected,
    totalDeposits: state.totalDeposits,
    totalWithdrawals: state.totalWithdrawals,
    badDebtTotal: state.badDebtTotal,
    configHash: state.configHash,
    accounts: state.accounts.map((account) => ({
      accountId: account.id,
      collateral: account.collateral,
      positions: [...account.positions.values()].sort(byId).map((p) => ({
        marketId: p.marketId,
        sizeLots: p.sizeLots,
        costQuote: p.costQuote,
        realizedPnl: p.realizedPnl,
        fundingPaid: p.fundingPaid,
        feesPaid: p.feesPaid,
      })),
    })),
    markets: [...state.markets.values()].map((market) => ({
      marketId: market.config.marketId,
      state: market.state,
      reason: market.reason,
      stateUntilUs: market.stateUntilUs,
      graceUntilUs: market.graceUntilUs,
      haltedSinceUs: market.haltedSinceUs,
      oracleTicks: market.oracleTicks,
      oracleStale: market.oracleStale,
      markTicks: market.markTicks,
      basisEmaTicksE6: market.basisEmaTicksE6,
      lastTradeTicks: market.lastTradeTicks,
      lastFundingUs: market.lastFundingUs,
      bandReferenceTicks: market.bandReferenceTicks,
      book: [...market.book.orders()].map((o) => ({
        orderId: o.orderId,
        accountIndex: o.accountIndex,
        side: o.side,
        priceTicks: o.priceTicks,
        sizeLots: o.sizeLots,
        clientOrderId: o.clientOrderId,
        reduceOnly: o.reduceOnly,
        timeInForce: TIF_GTC,
      })),
      auctionQueue: [...market.auctionQueue].sort((a, b) => a.orderId - b.orderId).map((o) => ({ ...o, reduceOnly: false })),
      quotes: [...market.quotes.entries()].sort(([a], [b]) => a - b).map(([accountIndex, q]) => ({ accountIndex, ...q })),
    })),
    oracleReports: [...state.oracleReports.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap(([oracleId, byMarket]) =>
        [...byMarket.entries()].sort(([a], [b]) => a - b).map(([marketId, r]) => ({ oracleId, marketId, ...r })),
      ),
    nonces: [...state.nonces.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([clientId, w]) => ({ clientId, floor: w.floor, seen: noncesOf(w) })),
  };
}

export function encodeSnapshot(state: VenueState): Uint8Array {
  return encodeMessage('VenueSnapshot', snapshotOf(state));
}

/**
 * sha256 of the canonical snapshot: a digest of a snapshot file, and the state hash of log format
 * 1 (before the Merkle root of state-hash.ts). Time proportional to the whole state; kept for the
 * benches' before/after and for naming a snapshot, never computed per block.
 */
export function snapshotDigest(state: VenueState): Uint8Array {
  return new Uint8Array(createHash('sha256').update(encodeSnapshot(state)).digest());
}

export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

/** Rebuilds a state from snapshot bytes; the config must be the one the snapshot was taken under. */
export function restoreSnapshot(config: VenueConfig, bytes: Uint8Array): VenueState {
  const decoded = decodeMessage('VenueSnapshot', bytes);
  if (!decoded.ok) throw new SnapshotError(`venue snapshot: ${decoded.error.message}`);
  const s = decoded.value as unknown as CanonicalSnapshot;
  if (s.version !== SNAPSHOT_VERSION) throw new SnapshotError(`venue snapshot: version ${s.version}, this build reads ${SNAPSHOT_VERSION}`);
  const state = createVenueState(config);
  if (Buffer.compare(Buffer.from(state.configHash), Buffer.from(s.configHash)) !== 0) {
    throw new SnapshotError('venue snapshot: taken under a different genesis config (config hash differs)');
  }
  state.height = s.height;
  state.blockTimeUs = s.blockTimeUs;
  state.prevBlockTimeUs = s.prevBlockTimeUs;
  state.nextOrderId = s.nextOrderId;
  state.nextFillId = s.nextFillId;
  state.insuranceFund = s.insuranceFund;
  state.feesCollected = s.feesCollected;
  state.totalDeposits = s.totalDeposits;
  state.totalWithdrawals = s.totalWithdrawals;
  state.badDebtTotal = s.badDebtTotal;
  for (const a of s.accounts) {
    const account = getOrCreateAccount(state, a.accountId);
    account.collateral = a.collateral;
    for (const p of a.positions) {
      // Field by field: a decoded message keeps proto3 defaults on its prototype, not as own fields.
      account.positions.set(p.marketId, {
        marketId: p.marketId,
        sizeLots: p.sizeLots,
        costQuote: p.costQuote,
        realizedPnl: p.realizedPnl,
        fundingPaid: p.fundingPaid,
        feesPaid: p.feesPaid,
      });
    }
  }
  for (const m of s.markets) {
    const market = state.markets.get(m.marketId);
    if (!market) throw new SnapshotError(`venue snapshot: market ${m.marketId} is not in the config`);
    Object.assign(market, {
      state: m.state as MarketStateCode,
      reason: m.reason,
      stateUntilUs: m.stateUntilUs,
      graceUntilUs: m.graceUntilUs,
      haltedSinceUs: m.haltedSinceUs,
      oracleTicks: m.oracleTicks,
      oracleStale: m.oracleStale,
      markTicks: m.markTicks,
      basisEmaTicksE6: m.basisEmaTicksE6,
      lastTradeTicks: m.lastTradeTicks,
      lastFundingUs: m.lastFundingUs,
      bandReferenceTicks: m.bandReferenceTicks,
    });
    for (const o of m.book) {
      market.book.rest({
        orderId: o.orderId,
        accountIndex: o.accountIndex,
        side: o.side as Side,
        priceTicks: o.priceTicks,
        sizeLots: o.sizeLots,
        clientOrderId: o.clientOrderId,
        reduceOnly: o.reduceOnly,
      });
      addRestored(state, o.accountIndex, market, o.orderId, o.side as Side, o.priceTicks, o.sizeLots, o.clientOrderId, o.reduceOnly);
    }
    market.auctionQueue = m.auctionQueue.map((o) => {
      addRestored(state, o.accountIndex, market, o.orderId, o.side as Side, o.priceTicks, o.sizeLots, o.clientOrderId);
      return {
        orderId: o.orderId,
        accountIndex: o.accountIndex,
        side: o.side as Side,
        priceTicks: o.priceTicks,
        sizeLots: o.sizeLots,
        clientOrderId: o.clientOrderId,
        timeInForce: o.timeInForce,
      };
    });
    for (const q of m.quotes) market.quotes.set(q.accountIndex, { bidOrderId: q.bidOrderId, askOrderId: q.askOrderId });
  }
  for (const r of s.oracleReports) {
    let byMarket = state.oracleReports.get(r.oracleId);
    if (!byMarket) state.oracleReports.set(r.oracleId, (byMarket = new Map()));
    byMarket.set(r.marketId, { priceTicks: r.priceTicks, observedAtUs: r.observedAtUs, reportSeq: r.reportSeq });
  }
  for (const w of s.nonces) state.nonces.set(w.clientId, nonceRunsOf(w.floor, w.seen));
  return state;
}

function addRestored(state: VenueState, accountIndex: number, market: MarketRuntime, orderId: number, side: Side, priceTicks: number, lots: number, clientOrderId: number, reduceOnly = false): void {
  const account = state.accounts[accountIndex];
  if (!account) throw new SnapshotError(`venue snapshot: order of unknown account index ${accountIndex}`);
  reserveOrder(account, market, orderId, { side, priceTicks, lots, clientOrderId, reduceOnly });
}
