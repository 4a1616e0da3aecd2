export {
  ExternalVenueActor,
  createExternalVenue,
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
} from './external-venue-actor.ts';
export { createExternalVenueMachine, type ExternalVenueMachineDeps } from './external-venue-machine.ts';
export { TimeWindows, MAX_WAIT_US, type TimeWindow } from './time-windows.ts';
