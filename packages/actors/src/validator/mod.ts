export { ValidatorActor, createValidator, storedLogPeers } from './validator-actor.ts';
export { liveChainBlocksKept, liveCommitOrder, liveProposeAheadUs, CHAIN_BLOCKS_KEPT_ENV, COMMIT_WITH_RECORD_ENV, COMMIT_WITH_RECORD_DEFAULT, PROPOSE_AHEAD_ENV, PROPOSE_AHEAD_US_DEFAULT } from './live-options.ts';
export { walBatchEntries, WalRecordEncoder } from './wal-encode.ts';
export {
  decide as decideValidator,
  evolve as evolveValidator,
  recover as recoverValidator,
  initialValidatorState,
  timeoutTimer,
  STATUS_TIMER,
  RELAY_TIMER,
  PROPOSE_AHEAD_TIMER,
  RELAY_BATCH_BYTES_MAX,
  LIVE_RELAY_WINDOW_US,
  LIVE_CHAIN_BLOCKS_KEPT,
  type ValidatorConfig,
  type ValidatorCounters,
  type ValidatorInput,
  type ValidatorState,
  type ValidatorTestOptions,
} from './validator-core.ts';
export { warmUpValidator, WARM_UP_IDS, WARM_UP_KEY_SEED, type WarmUpOptions, type WarmUpSummary } from './warm-up.ts';
