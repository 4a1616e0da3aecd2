/**
 * The consensus swarm: validators alone (`runConsensus`) under a swarm fault schedule — every
 * kind including timing faults by message kind (proposals or votes late by up to several
 * timeouts) — with up to f Byzantine validators (f = 2 at n = 7). One arbitrary for the
 * consensus properties and the consensus campaign, so both draw the same runs and a failure
 * shrinks (fast-check) to a small schedule.
 */
import fc from 'fast-check';
import { BYZANTINE_BEHAVIOURS, COMETBFT_TIMEOUTS, DYDX_TIMEOUTS, faultTolerance, type ByzantineBehaviour, type TimeoutConfig } from '@faultline/consensus';
import type { FaultKindName, FaultSchedule } from '@faultline/runtime';
import { swarmScheduleArbitrary } from './swarm.ts';

const S = 1_000_000;

export interface ConsensusSwarmRun {
  validators: number;
  seed: number;
  faults: FaultSchedule;
  /** Up to f Byzantine validators and what each does. */
  byzantine: Record<string, ByzantineBehaviour>;
  /** dYdX v4's timeouts (commit wait 0.5 s) or CometBFT's defaults (1 s): a dimension of the swarm. */
  timeouts: TimeoutConfig;
}

export interface ConsensusSwarmOptions {
  /** Validator counts drawn from (default 4, 5, 7). */
  validatorCounts?: readonly number[];
  /** Faults start within [0, horizonUs) (default 15 s). */
  horizonUs?: number;
  /** The longest a fault lasts (default 8 s). */
  durationUsMax?: number;
  /** At most this many fault events (default 6). */
  eventsMax?: number;
  kinds?: readonly FaultKindName[];
  /** Draw Byzantine validators (default true). */
  byzantine?: boolean;
}

/** Fault kinds of the consensus swarm: the network, processes, clocks and message-kind timing. */
export const CONSENSUS_SWARM_KINDS: readonly FaultKindName[] = ['partition', 'one-way', 'link', 'delay-kind', 'crash', 'pause', 'skew'];

export function validatorName(index: number): string {
  return `validator-${index}`;
}

/**
 * Up to f = floor((n - 1) / 3) distinct Byzantine validators (f = 2 at n = 7), each with a
 * behaviour. `validators`: n (named validator-1..n) or the ids; `already`: Byzantine validators
 * the run has anyway (a scenario's own), which count towards f and are not drawn again.
 */
export function byzantineArbitrary(validators: number | readonly string[], already: readonly string[] = []): fc.Arbitrary<Record<string, ByzantineBehaviour>> {
  const ids = typeof validators === 'number' ? Array.from({ length: validators }, (_, i) => validatorName(i + 1)) : [...validators];
  const f = faultTolerance(ids.length);
  const candidates = ids.filter((id) => !already.includes(id));
  const room = Math.max(0, f - already.length);
  if (room === 0 || candidates.length === 0) return fc.constant({});
  return fc
    .uniqueArray(fc.record({ index: fc.integer({ min: 0, max: candidates.length - 1 }), behaviour: fc.constantFrom(...BYZANTINE_BEHAVIOURS) }), { maxLength: room, selector: (b) => b.index })
    .map((list) => Object.fromEntries(list.map((b) => [candidates[b.index] as string, b.behaviour])));
}

export function consensusSwarmArbitrary(options: ConsensusSwarmOptions = {}): fc.Arbitrary<ConsensusSwarmRun> {
  const counts = options.validatorCounts ?? [4, 5, 7];
  return fc.constantFrom(...counts).chain((n) =>
    fc.record({
      validators: fc.constant(n),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      faults: swarmScheduleArbitrary({
        actors: [...Array.from({ length: n }, (_, i) => validatorName(i + 1)), 'client-1'],
        horizonUs: options.horizonUs ?? 15 * S,
        durationUsMax: options.durationUsMax ?? 8 * S,
        eventsMax: options.eventsMax ?? 6,
        kinds: options.kinds ?? CONSENSUS_SWARM_KINDS,
      }),
      byzantine: options.byzantine === false ? fc.constant({}) : byzantineArbitrary(n),
      timeouts: fc.constantFrom(DYDX_TIMEOUTS, COMETBFT_TIMEOUTS),
    }),
  );
}
