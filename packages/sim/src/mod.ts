export * from './invariants/mod.ts';
export * from './campaign/mod.ts';
export { runConsensus, validatorIds, type ConsensusRunOptions, type ConsensusRunSummary } from './consensus-run.ts';
