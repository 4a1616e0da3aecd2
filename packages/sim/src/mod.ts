export * from './invariants/mod.ts';
export * from './campaign/mod.ts';
export { runConsensus, validatorIds, type ConsensusRunOptions, type ConsensusRunSummary } from './consensus-run.ts';
export { runVenue, type VenueRunSetup, type VenueRunSummary, type VenueRunProgress, type HedgerFigures } from './venue/venue-run.ts';
export { VenueFiguresCollector, type VenueFigures, type MarketFigures } from './venue/collector.ts';
export { scenarioSetup } from './venue/scenario-setup.ts';
export * from './scenario/mod.ts';
export { comparePolicies, type PolicyComparison, type Stat } from './venue/compare.ts';
export { checkVenue, type VenueCampaignOptions } from './venue/check.ts';
