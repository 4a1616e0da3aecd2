export { ValidatorActor, createValidator, storedLogPeers } from './validator-actor.ts';
export { liveChainBlocksKept, liveCommitOrder, CHAIN_BLOCKS_KEPT_ENV, COMMIT_WITH_RECORD_ENV, COMMIT_WITH_RECORD_DEFAULT } from './live-options.ts';
export { walBatchEntries, WalRecordEncoder } from './wal-encode.ts';
export {
  decide as decideValidator,
  evolve as evolveValidator,
  recover as recoverValidator,
  initialValidatorState,
  timeoutTimer,
  STATUS_TIMER,
  RELAY_TIMER,
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
