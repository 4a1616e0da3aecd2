/**
 * The whole-venue campaign (`faultline check`): healthy code passes random swarm schedules with
 * every safety and recovery invariant; each planted bug is found within a stated number of runs
 * and its schedule shrinks to a small one.
 */
import { describe, expect, it } from 'vitest';
import { checkVenue, loadScenarioFile, runVenue, scenarioSetup, withWorkload } from '@faultline/sim';

const baseline = loadScenarioFile('scenarios/baseline.json');
const short = (seconds: number) => ({ ...baseline, durationUs: seconds * 1_000_000 });

describe('faultline check (campaign over the whole venue)', () => {
  it('correct code: random swarm schedules, every invariant holds, every run faulted and every recovery invariant evaluated, determinism re-runs agree', () => {
    // 70 s runs: faults end by 15 s, leaving the 55 s tail the longest recovery bound needs.
    const result = checkVenue(short(70), { runs: 4, seed: 21, determinismEvery: 3 });
    expect(result.failures, JSON.stringify(result.firstFailure?.violations.slice(0, 2))).toBe(0);
    expect(result.runsWithoutFault).toBe(0);
    for (const name of ['blocks-resume-after-heal', 'replicas-catch-up', 'trading-reopens', 'hedger-delta-in-limit']) expect(result.evaluated[name], name).toBe(4);
    expect(result.determinismChecks).toBe(2);
    expect(result.nondeterministic).toEqual([]);
  }, 300_000);

  it('runs too short for the recovery tail are refused, naming the length they need', () => {
    expect(() => checkVenue(short(40), { runs: 1, seed: 1 })).toThrow(/make the runs at least 65 s long/);
  });

  it('planted execution bug (skip a block on a gap): found within 10 runs, shrunk to at most 3 fault events', () => {
    // A safety bug: faults until 30 s, recovery left unjudged (tailUs 10 s); network faults on the
    // chain's side only (the default swarm spreads every fault kind over ~28 actors).
    const result = checkVenue(short(40), {
      runs: 10,
      seed: 1,
      actorVariants: ['skip-block-on-gap'],
      determinismEvery: 0,
      tailUs: 10_000_000,
      faultTargets: ['exec-*', 'validator-*'],
      faultKinds: ['partition', 'one-way', 'link', 'crash', 'pause'],
    });
    expect(result.failures).toBeGreaterThan(0);
    const failure = result.firstFailure;
    // The replica that skipped a height reports another state hash (replicas-agree) for a block that does not extend its chain (chain-integrity).
    expect(failure?.violations.map((v) => v.invariant), JSON.stringify(failure?.violations.slice(0, 2))).toEqual(expect.arrayContaining([expect.stringMatching(/^(replicas-agree|chain-integrity)$/)]));
    expect(failure?.minimalFaults.faults.length).toBeLessThanOrEqual(3);
    expect(failure?.minimalFaults.faults.length).toBeLessThanOrEqual(failure?.originalFaults.faults.length ?? 0);
  }, 300_000);

  it('fill-while-halted, under what the default campaign draws: cancel-on-halt off, busier noise traders and a 12 s block gap — the block after the gap halts the market and fills the orders sent during the stall (no-fill-while-halted); the correct engine refuses them', () => {
    // The campaign's workload parts (campaign-workload.ts) and a 2|2 validator split: the first block after the gap
    // halts the market (block-gap halt) and carries the orders traders sent before their view went stale, market
    // orders among them; with cancel-on-halt off the book still holds what rested before the halt.
    const scenario = {
      ...withWorkload(short(40), { cancelOnHalt: false, noiseIntervalUs: 500_000 }),
      faults: { version: 1 as const, faults: [{ kind: 'partition' as const, atUs: 12_000_000, durationUs: 12_000_000, groups: [['validator-1', 'validator-2'], ['validator-3', 'validator-4']] }] },
    };
    const failed = (variant?: 'fill-while-halted') => Object.values(runVenue({ ...scenarioSetup(scenario, 1), ...(variant ? { venueVariant: variant } : {}) }).verdicts).filter((v) => v.status === 'failed').map((v) => v.name);
    expect(failed('fill-while-halted')).toContain('no-fill-while-halted');
    expect(failed()).toEqual([]);
  }, 300_000);

  it('planted oracle aggregator bug (mean instead of median): found in the first run', () => {
    const result = checkVenue(short(20), { runs: 1, seed: 3, determinismEvery: 0, tailUs: 5_000_000, venueVariant: 'oracle-mean' });
    expect(result.firstFailure?.violations.some((v) => v.invariant === 'oracle-fresh-quorum-median')).toBe(true);
  }, 300_000);

  it('planted fee-rounding bug: found, and the minimal schedule is empty (it needs no fault)', () => {
    const result = checkVenue(short(20), { runs: 3, seed: 9, determinismEvery: 0, tailUs: 5_000_000, venueVariant: 'fee-rounding-trader-favour' });
    expect(result.firstFailure?.violations.some((v) => v.invariant === 'fees-venue-favour')).toBe(true);
    expect(result.firstFailure?.minimalFaults.faults).toEqual([]);
  }, 300_000);
});
