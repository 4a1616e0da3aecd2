export { HedgerActor, createHedger, type HedgerTestOptions } from './hedger-actor.ts';
export {
  HedgerCore,
  validateHedgerConfig,
  timerKey,
  HEDGES_OPEN_PER_MARKET_MAX,
  HEDGE_ORDERS_REMEMBERED_MAX,
  HEDGE_TIMEOUT_GROWTH_MAX,
  SNAPSHOT_EVERY_ENTRIES,
  type HedgerConfig,
  type HedgerCoreOptions,
  type HedgerEffect,
  type HedgerMarketConfig,
  type HedgerMetrics,
  type HedgerTimer,
  type ExternalPriceInput,
  type HedgeFillInput,
  type HedgeRejectInput,
  type QuoteSides,
} from './hedger-core.ts';
export { hedgerMachine, HEDGER_ACTIONS, type HedgerMode, type HedgerFacts, type HedgerAction, type HedgerMachineEvent } from './hedger-machine.ts';
export { decodeHedgerWal, type DecodedHedgerWal, type HedgeOrderRecord, type HedgerWalRecord, type HedgerWalSnapshot } from './hedger-wal.ts';
export {
  HedgerBook,
  DeltaLimitTracker,
  venueTradesOf,
  signedLotsOf,
  type HedgerMarket,
  type LegTrade,
  type LegState,
  type MarketBookState,
  type MarketFigures,
  type VenueFillLike,
} from './hedger-book.ts';
