export * from './external-venue-actor.ts';
export * from './external-venue-machine.ts';
export * from './time-windows.ts';
// Named: the core's decide and tick timer are renamed for the package's one namespace.
export {
  decide as decideExternalVenue,
  TICK_TIMER as EXTERNAL_TICK_TIMER,
  initialExternalVenueState,
  externalVenueConnected,
  externalVenueQuote,
  externalVenueSeed,
  externalMarketPriceProcess,
  externalQuote,
  hedgeFee,
  SIDE_BUY,
  SIDE_SELL,
  HEDGE_REJECT_DISCONNECTED,
  HEDGE_REJECT_LIMIT,
  type ExternalVenueConfig,
  type ExternalVenueMarket,
  type ExternalVenueCounters,
  type ExternalVenueState,
  type ExternalVenueInput,
} from './external-venue-core.ts';
