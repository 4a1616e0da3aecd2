/**
 * Build ahead (ValidatorConfig.proposeAheadUs, live: FAULTLINE_PROPOSE_AHEAD_US) in the simulator:
 * the consensus properties hold with it over the default consensus swarm (every fault kind, up to f
 * Byzantine validators — whose planted behaviours propose as before), and the planted bugs the
 * swarm and the split brain catch without it are still caught with it. The simulator's own runs
 * leave it off (their traces are unchanged); these runs turn it on.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FaultSchedule } from '@faultline/runtime';
import type { ValidatorActor } from '@faultline/actors';
import { consensusSwarmArbitrary, runConsensus } from '@faultline/sim';

const S = 1_000_000;
/** Ahead of the swarm's commit waits (dYdX 0.5 s, CometBFT 1 s) by a fifth of the shorter. */
const AHEAD_US = 100_000;

function failures(summary: ReturnType<typeof runConsensus>): string[] {
  return Object.values(summary.verdicts).flatMap((v) => (v.status === 'failed' ? [`${v.name} at height ${v.height ?? '-'}: ${v.evidence}`] : []));
}

describe('build ahead in the simulator', () => {
  it('every consensus invariant holds under the default consensus swarm with it (10 runs, fast-check seed 20261204)', () => {
    fc.assert(
      fc.property(consensusSwarmArbitrary(), ({ byzantine, ...run }) => {
        const summary = runConsensus({ ...run, durationUs: 25 * S, proposeAheadUs: AHEAD_US, ...(Object.keys(byzantine).length ? { byzantine } : {}) });
        expect(failures(summary)).toEqual([]);
        expect(summary.commitTimesUs.length).toBeGreaterThan(0);
      }),
      { numRuns: 10, seed: 20_261_204 },
    );
  });

  it('with it, the quorum-2f variant still forks the chain in a 2|2 split brain, and the correct code does not', () => {
    const splitBrain: FaultSchedule = { version: 1, faults: [{ kind: 'partition', atUs: 3 * S, durationUs: 15 * S, groups: [['validator-1', 'validator-2'], ['validator-3', 'validator-4']] }] };
    const planted = [1, 2, 3].map((seed) => failures(runConsensus({ validators: 4, seed, durationUs: 25 * S, faults: splitBrain, proposeAheadUs: AHEAD_US, variant: 'quorum-2f' })));
    expect(planted.some((f) => f.some((line) => line.startsWith('consensus-agreement')))).toBe(true);
    for (const seed of [1, 2, 3]) expect(failures(runConsensus({ validators: 4, seed, durationUs: 25 * S, faults: splitBrain, proposeAheadUs: AHEAD_US }))).toEqual([]);
  });

  it('with it, the swarm still finds the planted commit wedge (no-commit-guard) within 15 runs of campaign seed 3, naming chain-integrity', () => {
    const result = fc.check(
      fc.property(consensusSwarmArbitrary(), ({ byzantine, ...run }) => {
        const failed = failures(runConsensus({ ...run, durationUs: 25 * S, proposeAheadUs: AHEAD_US, variant: 'no-commit-guard', ...(Object.keys(byzantine).length ? { byzantine } : {}) }));
        if (failed.length > 0) throw new Error(`invariants failed: ${failed.join('; ')}`);
      }),
      { seed: 3, numRuns: 15, endOnFailure: true, includeErrorInReport: true },
    );
    expect(result.failed).toBe(true);
    expect(String(result.errorInstance)).toMatch(/chain-integrity/);
  });

  it('with it, the proposals are built ahead (counted), and the run commits as many heights as without it or more', () => {
    const off = runConsensus({ validators: 4, seed: 5, durationUs: 20 * S });
    let actors = new Map<string, ValidatorActor>();
    const on = runConsensus({ validators: 4, seed: 5, durationUs: 20 * S, proposeAheadUs: AHEAD_US, prepare: (_sim, validators) => void (actors = validators) });
    expect(failures(on)).toEqual([]);
    const builtAhead = [...actors.values()].reduce((sum, v) => sum + v.counters.proposalsBuiltAhead, 0);
    // Every height after the first is proposed by a validator that was in the commit wait of the one before.
    expect(builtAhead).toBeGreaterThanOrEqual(on.commitTimesUs.length - 2);
    expect(on.commitTimesUs.length).toBeGreaterThanOrEqual(off.commitTimesUs.length);
    let offActors = new Map<string, ValidatorActor>();
    runConsensus({ validators: 4, seed: 5, durationUs: 2 * S, prepare: (_sim, validators) => void (offActors = validators) });
    expect(offActors.size).toBe(4);
    for (const actor of offActors.values()) expect(actor.counters.proposalsBuiltAhead).toBe(0);
  });
});
