export { traderMachine, TICK_TIMER, FUNDING_RETRY_TIMER, type TraderMode, type TraderFacts, type TraderMachineEvent } from './trader-machine.ts';
export {
  decide as decideTrader,
  evolve as evolveTrader,
  recover as recoverTrader,
  persistTx,
  initialTraderState,
  traderMode,
  BEGIN_TIMER,
  type TraderConfig,
  type TraderCounters,
  type OrderSpec,
  type TraderState,
  type TraderInput,
  type TraderStrategy,
} from './trader-core.ts';
export { TraderActor } from './trader-actor.ts';
export { NoiseTrader, createNoiseTrader, noiseStrategy, type NoiseTraderConfig, type NoiseOwn } from './noise-trader.ts';
export { LeveragedTrader, createLeveragedTrader, leveragedStrategy, type LeveragedTraderConfig, type LeveragedOwn } from './leveraged-trader.ts';
export { MarginTrader, createMarginTrader, marginStrategy, equityAtMark, reportedFree, supportedLots, MARGIN_STYLES, type MarginTraderConfig, type MarginOwn, type MarginStyle } from './margin-trader.ts';
export { StaleArbTrader, createStaleArbTrader, staleArbStrategy, type StaleArbTraderConfig, type StaleArbOwn, type ExternalQuote } from './stale-arb-trader.ts';
