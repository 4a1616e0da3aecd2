export type {
  Host,
  Actor,
  ActorFactory,
  DurableLog,
  RecoveredLog,
  ActorLogger,
  MessageHandler,
  Subscription,
  TimerId,
  HostStats,
  DecodedEnvelope,
} from './host.ts';
export { createRng, deriveSeed, type Rng } from './rng.ts';
export { wireSubject, relativeSubject, subjectMatches, assertSubject, SUBJECT_KINDS, type SubjectKind } from './subjects.ts';
export {
  parseFaultSchedule,
  faultToCommand,
  commandToFault,
  faultFromCommand,
  faultKindName,
  emptySchedule,
  selects,
  FaultScheduleError,
  FAULT_EVENTS_MAX,
  FAULT_KIND_FIELDS,
  FAULT_KINDS,
  BROKER_NODE_FAULT_KINDS,
  SIM_ONLY_FAULT_KINDS,
  CRASH_AFTER_VOTE_WITHIN_US_DEFAULT,
  liveRefusal,
  type FaultEvent,
  type FaultKindName,
  type FaultSchedule,
  type LinkSpec,
} from './fault-schedule.ts';
export { nearestField, didYouMean, fieldPath, unknownField, unknownFieldMessage, editDistance } from './known-fields.ts';
export type { World, WorldStats } from './world.ts';
export { micros, seconds, millis, US_PER_MS, US_PER_SECOND, PPM_ONE, type Micros, type Ppm } from './units.ts';
export { DELAYED_MESSAGE_KINDS, faultEventArbitrary, faultScheduleArbitrary, type FaultArbitraryOptions } from './fault-arbitraries.ts';
