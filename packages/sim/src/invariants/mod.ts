export { BaseMonitor, report, VIOLATIONS_KEPT_MAX } from './monitor.ts';
export type { InvariantMonitor, InvariantKind, InvariantReport, PublishedMessage, Violation } from './monitor.ts';
export { ConsensusAgreementMonitor } from './consensus-agreement.ts';
export { ReplicaHashMonitor } from './replica-hashes.ts';
export { HedgerExposureMonitor, HEDGER_DELTA_BOUND_FACTOR } from './hedger-exposure.ts';
