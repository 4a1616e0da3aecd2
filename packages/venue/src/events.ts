/**
 * What a block produces. Each event kind carries exactly the fields of its wire message
 * (faultline.v1.VenueEvent's oneof members), all present; wire.ts converts in one place.
 */
import type { RejectCode } from './reject.ts';

export interface FillEvent {
  fillId: number;
  height: number;
  marketId: number;
  makerOrderId: number;
  takerOrderId: number;
  makerAccountId: string;
  takerAccountId: string;
  takerSide: number;
  priceTicks: number;
  sizeLots: number;
  makerFee: number;
  takerFee: number;
}

export interface PositionView {
  marketId: number;
  sizeLots: number;
  entryNotional: number;
  realizedPnl: number;
  fundingPaid: number;
}

export interface AccountUpdateEvent {
  accountId: string;
  height: number;
  collateral: number;
  equity: number;
  marginInitial: number;
  marginMaintenance: number;
  positions: PositionView[];
  openOrders: number;
}

export interface MarketStatusEvent {
  marketId: number;
  height: number;
  state: number;
  reason: string;
  blockTimeUs: number;
}

export interface AuctionResultEvent {
  marketId: number;
  height: number;
  priceTicks: number;
  matchedLots: number;
  imbalanceLots: number;
}

export interface LiquidationEvent {
  height: number;
  accountId: string;
  marketId: number;
  liquidatorId: string;
  executed: boolean;
  reason: LiquidationReason;
  sizeLots: number;
  priceTicks: number;
  penalty: number;
  badDebt: number;
  insuranceFundAfter: number;
  equityBefore: number;
  maintenanceBefore: number;
  markTicks: number;
}

export interface AdlEventBody {
  height: number;
  marketId: number;
  liquidatedAccountId: string;
  counterpartyAccountId: string;
  sizeLots: number;
  priceTicks: number;
  insuranceFundBefore: number;
}

export interface FundingEvent {
  height: number;
  marketId: number;
  ratePpm: number;
  markTicks: number;
  oracleTicks: number;
  totalPaidByLongs: number;
  totalPaid: number;
  totalReceived: number;
  intervals: number;
}

export interface OraclePriceEvent {
  marketId: number;
  height: number;
  priceTicks: number;
  freshReports: number;
  stale: boolean;
  markTicks: number;
}

export interface TxRejectedEvent {
  height: number;
  txHash: Uint8Array;
  clientId: string;
  nonce: number;
  /** What programs branch on. */
  reason: RejectCode;
  /** For people only: never parsed. */
  detail: string;
}

/** Why an order left the book or queue other than by filling (OrderUpdate `cancelled`). */
export type CancelReason =
  | 'user'
  | 'self-trade'
  | 'liquidation'
  | 'requote'
  | 'outside-band'
  | 'cancel-on-halt'
  | 'unfilled'
  | 'market-halted'
  /** The fill guard: filling it would have taken its account's equity below zero. */
  | 'undercollateralized'
  /** The taker stopped at a maker the fill guard removed; its remainder is cancelled. */
  | 'maker-undercollateralized'
  /** The fill guard stopped the taker: the next fill would have taken its equity below zero. */
  | 'taker-undercollateralized'
  /** A resting reduce-only order that could no longer reduce its account's position (or whose market halted). */
  | 'reduce-only';

/** `reason` of an OrderUpdate: a cancel reason, a rejection code (status `rejected`), where it went, or ''. */
export type OrderUpdateReason = CancelReason | RejectCode | 'auction' | 'auction-queue' | '';

export type LiquidationReason =
  | ''
  | 'unknown-account'
  | 'unknown-market'
  | 'no-position'
  | 'market-halted'
  | 'oracle-stale'
  | 'healthy-at-execution'
  | 'grace-period'
  | 'no-liquidity'
  | 'book'
  | 'book-partial'
  | 'adl'
  | 'book+adl';

export interface OrderUpdateEvent {
  height: number;
  marketId: number;
  orderId: number;
  clientOrderId: number;
  accountId: string;
  status: 'accepted' | 'resting' | 'filled' | 'cancelled' | 'rejected';
  remainingLots: number;
  reason: OrderUpdateReason;
  /** For people only (which side of a quote was rejected, the rejection's detail): never parsed. */
  detail: string;
}

export type VenueEvent =
  | { kind: 'fill'; fill: FillEvent }
  | { kind: 'accountUpdate'; accountUpdate: AccountUpdateEvent }
  | { kind: 'marketStatus'; marketStatus: MarketStatusEvent }
  | { kind: 'auctionResult'; auctionResult: AuctionResultEvent }
  | { kind: 'liquidation'; liquidation: LiquidationEvent }
  | { kind: 'adl'; adl: AdlEventBody }
  | { kind: 'funding'; funding: FundingEvent }
  | { kind: 'oraclePrice'; oraclePrice: OraclePriceEvent }
  | { kind: 'txRejected'; txRejected: TxRejectedEvent }
  | { kind: 'orderUpdate'; orderUpdate: OrderUpdateEvent };

export type VenueEventKind = VenueEvent['kind'];
