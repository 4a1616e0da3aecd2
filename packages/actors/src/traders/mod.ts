export { createTraderMachine, type TraderMode, type TraderHooks, type TraderMachineEvent } from './trader-machine.ts';
export { TraderBase, type TraderConfig, type TraderCounters, type OrderSpec } from './trader-base.ts';
export { NoiseTrader, createNoiseTrader, type NoiseTraderConfig } from './noise-trader.ts';
export { LeveragedTrader, createLeveragedTrader, type LeveragedTraderConfig } from './leveraged-trader.ts';
export { StaleArbTrader, createStaleArbTrader, type StaleArbTraderConfig, type ExternalQuote } from './stale-arb-trader.ts';
