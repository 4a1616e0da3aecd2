/**
 * The shared bench kit: what more than one benchmark needs (the result shape and timing
 * helpers, the engine's synthetic load, the broker measurements). Benches import this kit,
 * never another package's bench file.
 */
export { opsPerSecond, spread, type BenchResult } from '../bench-result.ts';
export { ACCOUNTS, MARKETS, TXS_PER_BLOCK, workload, type Workload } from './venue-workload.ts';
export { beforeCheckout } from './before-checkout.ts';
export { ORDER, measureJetStreamAppends, measureRawPubSub, orderEnvelopeBytes, type BenchCredentials } from './nats-measure.ts';
export { simRunSource, type SimWhat } from './sim-run.ts';
export { loadAverage, median, range } from './stats.ts';
