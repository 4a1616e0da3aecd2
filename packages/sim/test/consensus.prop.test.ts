/**
 * Consensus properties in the simulator, over seeds, validator counts, generated fault
 * schedules and Byzantine validators (fast-check: failures shrink to a small schedule).
 * Timeouts are dYdX v4's (propose 1 s + 0.5 s/round, prevote and precommit 1 s + 0.5 s/round,
 * commit 0.5 s) unless the swarm draws CometBFT's (commit 1 s); links 1–5 ms. Every property
 * runs with one fixed fast-check seed (FAULTLINE_PROP_SEED overrides it) and FAULTLINE_PROP_RUNS
 * runs (default 10); a failure names the invariants that failed. The planted variants each
 * property must catch, with the runs the default swarm needs: npm run campaign:consensus.
 */
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import type { FaultEvent, FaultSchedule } from '@faultline/runtime';
import { consensusSwarmArbitrary, runConsensus, swarmScheduleArbitrary, validatorIds } from '@faultline/sim';

const S = 1_000_000;
/** Runs per property (FAULTLINE_PROP_RUNS raises them) and one fixed seed, printed in each test name. */
const runs = Number(process.env['FAULTLINE_PROP_RUNS'] ?? 10);
const propSeed = Number(process.env['FAULTLINE_PROP_SEED'] ?? 20_261_204);
const params = { numRuns: runs, seed: propSeed };
/** After every fault has ended, a new block commits within this much virtual time. */
export const LIVENESS_BOUND_US = 30 * S;

const validatorCount = fc.constantFrom(4, 5, 7);
const seed = fc.integer({ min: 0, max: 2 ** 31 });

function faultsFor(n: number, horizonUs: number, durationUsMax: number) {
  return swarmScheduleArbitrary({
    actors: [...validatorIds(n), 'client-1'],
    horizonUs,
    durationUsMax,
    eventsMax: 6,
    kinds: ['partition', 'one-way', 'link', 'delay-kind', 'crash', 'pause', 'skew'],
  });
}

/** The invariants a run failed, by name with the first evidence: a failing property names them. */
function failures(summary: ReturnType<typeof runConsensus>): string[] {
  return Object.values(summary.verdicts).flatMap((v) => (v.status === 'failed' ? [`${v.name} at height ${v.height ?? '-'}: ${v.evidence}`] : []));
}

describe(`consensus safety (fast-check seed ${propSeed}, ${runs} runs)`, () => {
  test.prop([consensusSwarmArbitrary()], params)(
    'every consensus invariant holds under the default consensus swarm: every fault kind incl. message-kind timing, up to f Byzantine validators, dYdX or CometBFT timeouts',
    ({ byzantine, ...run }) => {
      const summary = runConsensus({ ...run, durationUs: 25 * S, ...(Object.keys(byzantine).length ? { byzantine } : {}) });
      expect(failures(summary)).toEqual([]);
    },
  );
});

describe('consensus liveness', () => {
  test.prop([validatorCount.chain((n) => fc.tuple(fc.constant(n), seed, faultsFor(n, 10 * S, 10 * S)))], params)(
    `after heal, with every validator up, a new block commits within ${LIVENESS_BOUND_US / S} virtual seconds`,
    ([n, runSeed, faults]) => {
      const healAtUs = 20 * S; // every generated fault has ended by then
      const healed: FaultSchedule = { version: 1, faults: [...faults.faults, { kind: 'heal', atUs: healAtUs }] };
      const summary = runConsensus({ validators: n, seed: runSeed, durationUs: healAtUs + LIVENESS_BOUND_US, faults: healed });
      const firstAfterHeal = summary.commitTimesUs.find((timeUs) => timeUs >= healAtUs);
      expect(firstAfterHeal, `no block within ${LIVENESS_BOUND_US / S} s after heal (rounds up to ${summary.roundsMax})`).toBeDefined();
      expect(summary.agreement).toBe(true);
    },
  );

  test.prop([seed, fc.constantFrom<'crash' | 'partition'>('crash', 'partition'), fc.shuffledSubarray(validatorIds(4), { minLength: 2, maxLength: 2 })], params)(
    'with more than f of 4 validators down or cut off, no block commits; blocks resume after they return',
    (runSeed, mode, down) => {
      const startUs = 10 * S;
      const endUs = 30 * S;
      const up = validatorIds(4).filter((id) => !down.includes(id));
      const fault: FaultEvent =
        mode === 'crash'
          ? { kind: 'crash', atUs: startUs, durationUs: endUs - startUs, actors: down }
          : { kind: 'partition', atUs: startUs, durationUs: endUs - startUs, groups: [up, [down[0] as string], [down[1] as string]] };
      const summary = runConsensus({ validators: 4, seed: runSeed, durationUs: endUs + LIVENESS_BOUND_US, faults: { version: 1, faults: [fault] } });
      // A height whose precommits were all in flight at the cut may still land just after it.
      const during = summary.commitTimesUs.filter((timeUs) => timeUs > startUs + 100_000 && timeUs < endUs);
      expect(during).toEqual([]);
      expect(summary.commitTimesUs.some((timeUs) => timeUs >= endUs)).toBe(true);
      expect(summary.agreement).toBe(true);
    },
  );
});

describe('consensus crash recovery', () => {
  test.prop([seed, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1 * S, max: 15 * S }), fc.integer({ min: 1, max: 5 * S })], params)(
    'a validator killed at any moment and restarted from its log never equivocates and catches up to the same chain',
    (runSeed, index, atUs, downUs) => {
      const victim = `validator-${index}`;
      const summary = runConsensus({
        validators: 4,
        seed: runSeed,
        durationUs: 40 * S,
        faults: { version: 1, faults: [{ kind: 'crash', atUs, durationUs: downUs, actors: [victim] }] },
      });
      expect(summary.noEquivocation).toBe(true);
      expect(summary.agreement).toBe(true);
      const others = Math.max(...Object.entries(summary.heights).filter(([id]) => id !== victim).map(([, h]) => h));
      expect(summary.heights[victim]).toBeGreaterThanOrEqual(others - 1);
    },
  );
});
