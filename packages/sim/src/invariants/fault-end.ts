/**
 * When a fault schedule's last fault ends: the moment recovery bounds count from. A timed fault
 * ends after its duration; an open-ended one at the next event that ends it (a network fault at
 * a `heal`, a crash at a `restart`, a pause at a `resume`), or never.
 */
import { CRASH_AFTER_VOTE_WITHIN_US_DEFAULT, type FaultEvent } from '@faultline/runtime';

const NETWORK_KINDS = new Set<FaultEvent['kind']>(['partition', 'one-way', 'link', 'delay-kind']);

/** The end of one fault in its schedule (Infinity: never ends). */
export function faultEndUs(fault: FaultEvent, schedule: readonly FaultEvent[]): number {
  if (fault.kind === 'crash-after-vote') {
    // The crash comes with a vote within withinUs of atUs (or never): its restart, at the latest.
    const lastCrashUs = fault.atUs + (fault.withinUs ?? CRASH_AFTER_VOTE_WITHIN_US_DEFAULT);
    if (fault.durationUs !== undefined) return lastCrashUs + fault.durationUs;
    const restarts = schedule.filter((f) => f.kind === 'restart' && f.atUs >= lastCrashUs).map((f) => f.atUs);
    return restarts.length > 0 ? Math.min(...restarts) : Infinity;
  }
  if ('durationUs' in fault && typeof fault.durationUs === 'number') return fault.atUs + fault.durationUs;
  const endedBy = (kind: FaultEvent['kind']): number => {
    const ends = schedule.filter((f) => f.kind === kind && f.atUs >= fault.atUs).map((f) => f.atUs);
    return ends.length > 0 ? Math.min(...ends) : Infinity;
  };
  if (NETWORK_KINDS.has(fault.kind)) return endedBy('heal');
  if (fault.kind === 'crash') return endedBy('restart');
  if (fault.kind === 'pause') return endedBy('resume');
  return fault.atUs; // heal, restart, resume, skew: instants
}

/** Kinds that end a fault rather than being one: a heal, restart or resume alone heals nothing. */
const ENDING_KINDS = new Set<FaultEvent['kind']>(['heal', 'restart', 'resume']);

/** The schedule's real faults (what a recovery bound can count from): everything but heals, restarts and resumes. */
export function realFaults(faults: readonly FaultEvent[]): FaultEvent[] {
  return faults.filter((fault) => !ENDING_KINDS.has(fault.kind));
}

/**
 * The end of the schedule's last real fault: 0 when it holds none (a heal, restart or resume
 * alone is not a fault, and a run's start is not a heal), Infinity when one never ends.
 */
export function lastFaultEndUs(faults: readonly FaultEvent[]): number {
  return realFaults(faults).reduce((end, fault) => Math.max(end, faultEndUs(fault, faults)), 0);
}
