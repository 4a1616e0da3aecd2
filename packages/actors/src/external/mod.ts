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
export {
  decide as decideExternalVenue,
  initialExternalVenueState,
  externalVenueConnected,
  externalVenueQuote,
  TICK_TIMER as EXTERNAL_TICK_TIMER,
  type ExternalVenueState,
  type ExternalVenueInput,
} from './external-venue-core.ts';
export { externalVenueMachine, EXTERNAL_VENUE_TIMERS, type ExternalVenueFacts, type ExternalVenueMachineEvent } from './external-venue-machine.ts';
export { TimeWindows, MAX_WAIT_US, type TimeWindow } from './time-windows.ts';
