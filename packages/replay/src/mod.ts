export { replayLog, scenarioFromHeader, ReplayError, LOG_CHECKS, type LogCheck, type ReplayResult, type ReplayViolation, type ReplayHeader, type ReplayHeight, type ReplayOptions } from './replay.ts';
export { describeTxs, TXS_SHOWN_MAX, type TxSummary } from './tx-summary.ts';
export { diffLogs, type DiffResult, type Divergence, type DivergenceKind, type LogSide } from './diff.ts';
export * from './report/mod.ts';
