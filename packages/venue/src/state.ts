/**
 * The engine's in-memory state. The engine owns it and mutates it in place (a copy per block
 * would dominate the cost of a 1,000-tx block); a snapshot (snapshot.ts) is the immutable,
 * canonical form, and restore(snapshot) gives an equal state.
 */
import { OrderBook } from './book/order-book.ts';
import type { MarketConfig, VenueConfig } from './config.ts';
import { configHash, venueLimits, type VenueLimits } from './config.ts';
import { publicKeyFromRaw } from '@faultline/protocol';
import type { KeyObject } from 'node:crypto';
import type { Side } from './vocabulary.ts';
import { StateHashCache, type HashLeaf } from './state-hash.ts';
import type { NonceRuns } from './nonce-window.ts';

export { MARKET_ACTIVE, MARKET_HALTED, MARKET_AUCTION, MARKET_PRE_OPEN, type MarketStateCode, TIF_GTC, TIF_IOC, TIF_FOK, TIF_POST_ONLY } from './vocabulary.ts';
import { MARKET_PRE_OPEN, type MarketStateCode } from './vocabulary.ts';

export interface Position {
  readonly marketId: number;
  /** Signed: > 0 long, < 0 short. */
  sizeLots: number;
  /** Signed cost basis of the open size (size x entry price x multiplier, summed over fills). */
  costQuote: number;
  realizedPnl: number;
  fundingPaid: number;
  feesPaid: number;
}

/** One live order of an account as the margin model sees it (book or auction queue). */
export interface ExposedOrder {
  readonly side: Side;
  readonly priceTicks: number;
  lots: number;
  readonly clientOrderId: number;
  /** A reduce-only order never opens a position (the book caps its fills): rule B does not count it as flipping one. */
  readonly reduceOnly?: boolean;
}

/**
 * An account's live orders in one market (book and auction queue), kept incrementally: reserved
 * when an order rests or queues, released on fill, cancel and halt-cancel (margin.ts). The
 * worst-case loss of the orders against the mark is cached for the mark it was computed at.
 */
export interface OrderExposure {
  buyLots: number;
  sellLots: number;
  /** The reduce-only part of buyLots / sellLots. */
  reduceOnlyBuyLots: number;
  reduceOnlySellLots: number;
  count: number;
  readonly orders: Map<number, ExposedOrder>;
  /** Σ worst-case loss of `orders` at `lossAtMarkTicks`; recomputed when the mark moved. */
  lossQuote: number;
  lossAtMarkTicks: number;
}

export interface Account {
  readonly id: string;
  /** The state hash's leaf of this account (state-hash.ts): derived, never persisted; set at its first hash. */
  hashLeaf?: HashLeaf;
  readonly index: number;
  collateral: number;
  /** By market id, kept sorted by insertion of the market (markets are few). */
  readonly positions: Map<number, Position>;
  readonly exposure: Map<number, OrderExposure>;
}

/** An order entered during a call auction: it waits, unmatched, for the uncross. */
export interface AuctionOrder {
  orderId: number;
  accountIndex: number;
  side: Side;
  priceTicks: number;
  sizeLots: number;
  clientOrderId: number;
  timeInForce: number;
}

export interface MarketRuntime {
  readonly config: MarketConfig;
  readonly book: OrderBook;
  state: MarketStateCode;
  reason: string;
  stateUntilUs: number;
  graceUntilUs: number;
  haltedSinceUs: number;
  oracleTicks: number;
  oracleStale: boolean;
  markTicks: number;
  basisEmaTicksE6: number;
  lastTradeTicks: number;
  /** Start of the current funding interval; -1 before the first block. */
  lastFundingUs: number;
  bandReferenceTicks: number;
  auctionQueue: AuctionOrder[];
  /** Hedger quotes: account index → the two order ids of its live quote (0 = none). */
  readonly quotes: Map<number, { bidOrderId: number; askOrderId: number }>;
  /** Derived at the start of every block, never persisted: initial margin scale-up. */
  imExtraPpm: number;
  /** Newest report's age at block start (for health-scaled margin and the summary). */
  oracleAgeUs: number;
}

export interface OracleReportState {
  priceTicks: number;
  observedAtUs: number;
  reportSeq: number;
}

/** A client's applied nonces: the floor and the runs above it (nonce-window.ts). */
export interface NonceWindow extends NonceRuns {
  /** As Account.hashLeaf. */
  hashLeaf?: HashLeaf;
}

export interface VenueState {
  readonly config: VenueConfig;
  readonly configHash: Uint8Array;
  /** config.limits with the defaults filled in (derived, never persisted). */
  readonly limits: VenueLimits;
  readonly oracleKeys: ReadonlyMap<string, KeyObject>;
  height: number;
  blockTimeUs: number;
  prevBlockTimeUs: number;
  nextOrderId: number;
  nextFillId: number;
  insuranceFund: number;
  feesCollected: number;
  totalDeposits: number;
  totalWithdrawals: number;
  badDebtTotal: number;
  readonly accounts: Account[];
  readonly accountsById: Map<string, Account>;
  /** By market id ascending. */
  readonly markets: Map<number, MarketRuntime>;
  /** oracleId → marketId → latest accepted report. */
  readonly oracleReports: Map<string, Map<number, OracleReportState>>;
  readonly nonces: Map<string, NonceWindow>;
  /** The state hash's Merkle cache and dirty marks (state-hash.ts): derived, never persisted. */
  readonly hashCache: StateHashCache;
}

export function createVenueState(config: VenueConfig): VenueState {
  const markets = new Map<number, MarketRuntime>();
  for (const market of [...config.markets].sort((a, b) => a.marketId - b.marketId)) {
    markets.set(market.marketId, newMarketRuntime(market, config));
  }
  const oracleKeys = new Map<string, KeyObject>();
  for (const oracle of config.oracles) oracleKeys.set(oracle.oracleId, publicKeyFromRaw(Buffer.from(oracle.publicKeyHex, 'hex')));
  return {
    config,
    configHash: configHash(config),
    limits: venueLimits(config),
    oracleKeys,
    height: 0,
    blockTimeUs: 0,
    prevBlockTimeUs: 0,
    nextOrderId: 1,
    nextFillId: 1,
    insuranceFund: config.insuranceFundSeed,
    feesCollected: 0,
    totalDeposits: config.insuranceFundSeed,
    totalWithdrawals: 0,
    badDebtTotal: 0,
    accounts: [],
    accountsById: new Map(),
    markets,
    oracleReports: new Map(),
    nonces: new Map(),
    hashCache: new StateHashCache(),
  };
}

export function newMarketRuntime(market: MarketConfig, config: VenueConfig): MarketRuntime {
  return {
    config: market,
    book: new OrderBook({ marketId: market.marketId, ordersMax: venueLimits(config).maxOrdersPerBook }),
    state: MARKET_PRE_OPEN,
    reason: 'genesis',
    stateUntilUs: 0,
    graceUntilUs: 0,
    haltedSinceUs: 0,
    oracleTicks: 0,
    oracleStale: true,
    markTicks: 0,
    basisEmaTicksE6: 0,
    lastTradeTicks: 0,
    lastFundingUs: -1,
    bandReferenceTicks: 0,
    auctionQueue: [],
    quotes: new Map(),
    imExtraPpm: 0,
    oracleAgeUs: 0,
  };
}

export function getOrCreateAccount(state: VenueState, accountId: string): Account {
  let account = state.accountsById.get(accountId);
  if (!account) {
    account = { id: accountId, index: state.accounts.length, collateral: 0, positions: new Map(), exposure: new Map() };
    state.accounts.push(account);
    state.accountsById.set(accountId, account);
  }
  return account;
}

export function positionOf(account: Account, marketId: number): Position {
  let position = account.positions.get(marketId);
  if (!position) {
    position = { marketId, sizeLots: 0, costQuote: 0, realizedPnl: 0, fundingPaid: 0, feesPaid: 0 };
    account.positions.set(marketId, position);
  }
  return position;
}

export function exposureOf(account: Account, marketId: number): OrderExposure {
  let exposure = account.exposure.get(marketId);
  if (!exposure) {
    exposure = { buyLots: 0, sellLots: 0, reduceOnlyBuyLots: 0, reduceOnlySellLots: 0, count: 0, orders: new Map(), lossQuote: 0, lossAtMarkTicks: -1 };
    account.exposure.set(marketId, exposure);
  }
  return exposure;
}
