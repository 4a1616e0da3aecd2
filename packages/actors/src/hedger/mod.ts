export {
  HedgerActor,
  createHedger,
  validateHedgerConfig,
  HEDGES_OPEN_PER_MARKET_MAX,
  HEDGE_ORDERS_REMEMBERED_MAX,
  HEDGE_TIMEOUT_GROWTH_MAX,
  SNAPSHOT_EVERY_ENTRIES,
  type HedgerConfig,
  type HedgerMarketConfig,
  type HedgerMetrics,
  type QuoteSides,
} from './hedger-actor.ts';
export { createHedgerMachine, QUOTE_TICK_ID, type HedgerMode, type HedgerHooks, type HedgerMachineEvent } from './hedger-machine.ts';
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
