export {
  Simulation,
  type SimulationOptions,
  type SimLogLine,
  type SimStats,
  type SimSigning,
  simSigning,
  type DeliveryObservation,
  type PublishObservation,
} from './simulation.ts';
export { NetworkModel, type LatencyRange, type NetworkFault, type RouteOutcome, type SimVariant } from './network.ts';
export { Scheduler, SCHEDULED_EVENTS_MAX } from './scheduler.ts';
export { TraceHash } from './trace-hash.ts';
export { closedSignerTotals, sharedSigner, signerNapUs, signerSpinUs, signerSteal, WorkerSigner, type SignerLease, type SignerStats, type WorkerSignerOptions } from './signer.ts';
