/**
 * Swarm testing (TigerBeetle's VOPR, Groce et al.): each run first draws its own fault mix —
 * which kinds are on, how intense, how many — and then a schedule from that mix. Runs differ in
 * kind, not only in degree, which finds bugs that a uniform mix of everything dilutes away.
 * Built on fast-check arbitraries, so a failing schedule shrinks like any other value.
 */
import fc from 'fast-check';
import type { FaultKindName, FaultSchedule } from '@faultline/runtime';
import { faultScheduleArbitrary } from '@faultline/runtime/testing';

export interface SwarmOptions {
  actors: readonly string[];
  /** Faults start within [0, horizonUs). */
  horizonUs: number;
  /** The longest a single fault lasts. */
  durationUsMax: number;
  /** At most this many fault events per run. */
  eventsMax: number;
  /** Kinds the swarm may choose from (default: all but skew). */
  kinds?: readonly FaultKindName[];
}

const SWARM_KINDS: readonly FaultKindName[] = ['partition', 'one-way', 'link', 'delay-kind', 'heal', 'crash', 'pause'];

export function swarmScheduleArbitrary(options: SwarmOptions): fc.Arbitrary<FaultSchedule> {
  const kinds = options.kinds ?? SWARM_KINDS;
  return fc
    .record({
      mix: fc.subarray([...kinds], { minLength: 1 }),
      eventsMax: fc.integer({ min: 1, max: options.eventsMax }),
      durationUsMax: fc.integer({ min: Math.min(1_000_000, options.durationUsMax), max: options.durationUsMax }),
    })
    .chain(({ mix, eventsMax, durationUsMax }) =>
      faultScheduleArbitrary({ actors: options.actors, horizonUs: options.horizonUs, durationUsMax, eventsMax, kinds: mix }),
    );
}
