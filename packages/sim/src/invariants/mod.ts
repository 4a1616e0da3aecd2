export { BaseMonitor, report, VIOLATIONS_KEPT_MAX } from './monitor.ts';
export type { InvariantMonitor, InvariantReport, PublishedMessage, Violation } from './monitor.ts';
export { ConsensusAgreementMonitor } from './consensus-agreement.ts';
export { ReplicaHashMonitor } from './replica-hashes.ts';
export { HedgerExposureMonitor } from './hedger-exposure.ts';
export {
  BOUNDS,
  HEDGER_DELTA_BOUND_FACTOR,
  LIVENESS_AFTER_HEAL_US,
  REGISTRY,
  REPLICA_LAG_HEIGHTS,
  invariantsFor,
  longestRecoveryBoundUs,
  registryEntry,
  resolveBounds,
  type BoundDefinition,
  type BoundName,
  type InvariantArea,
  type InvariantEntry,
  type InvariantKind,
  type InvariantWorld,
} from './registry.ts';
export { ChainIntegrityMonitor } from './chain-integrity.ts';
export { ValidatorsCatchUpMonitor, type ValidatorsCatchUpOptions } from './validators-catch-up.ts';
export { ValidityMonitor } from './validity.ts';
export { RunObserver, type RunObserverSetup, type RunVerdicts } from './run-observer.ts';
export { faultEndUs, lastFaultEndUs, realFaults } from './fault-end.ts';
export { VerdictBook, anyFailed, failedNames, verdictCounts, failed, notEvaluated, passed, verdictText, type Finding, type Verdict, type VerdictStatus, type Verdicts } from './verdict.ts';
