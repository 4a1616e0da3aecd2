/**
 * The whole-venue campaign (`faultline check`): healthy code passes random swarm schedules with
 * every safety and recovery invariant; each planted bug is found within a stated number of runs
 * and its schedule shrinks to a small one.
 */
import { describe, expect, it } from 'vitest';
import { checkVenue, loadScenarioFile } from '@faultline/sim';

const baseline = loadScenarioFile('scenarios/baseline.json');
const short = (seconds: number) => ({ ...baseline, durationUs: seconds * 1_000_000 });

describe('faultline check (campaign over the whole venue)', () => {
  it('correct code: random swarm schedules, every invariant holds, determinism re-runs agree', () => {
    const result = checkVenue(short(40), { runs: 6, seed: 21, determinismEvery: 3 });
    expect(result.failures, JSON.stringify(result.firstFailure?.violations.slice(0, 2))).toBe(0);
    expect(result.determinismChecks).toBe(2);
    expect(result.nondeterministic).toEqual([]);
  }, 300_000);

  it('planted execution bug (skip a block on a gap): found within 10 runs, shrunk to at most 3 fault events', () => {
    const result = checkVenue(short(40), { runs: 10, seed: 1, executionPlantedBug: 'skip-block-on-gap', determinismEvery: 0 });
    expect(result.failures).toBeGreaterThan(0);
    const failure = result.firstFailure;
    expect(failure?.violations.some((v) => v.invariant === 'replicas-agree')).toBe(true);
    expect(failure?.minimalFaults.faults.length).toBeLessThanOrEqual(3);
    expect(failure?.minimalFaults.faults.length).toBeLessThanOrEqual(failure?.originalFaults.faults.length ?? 0);
  }, 300_000);

  it('planted oracle aggregator bug (mean instead of median): found in the first run', () => {
    const result = checkVenue(short(20), { runs: 1, seed: 3, determinismEvery: 0, venueVariant: 'oracle-mean' });
    expect(result.firstFailure?.violations.some((v) => v.invariant === 'oracle-fresh-quorum-median')).toBe(true);
  }, 300_000);

  it('planted fee-rounding bug: found, and the minimal schedule is empty (it needs no fault)', () => {
    const result = checkVenue(short(20), { runs: 3, seed: 9, determinismEvery: 0, venueVariant: 'fee-rounding-trader-favour' });
    expect(result.firstFailure?.violations.some((v) => v.invariant === 'fees-venue-favour')).toBe(true);
    expect(result.firstFailure?.minimalFaults.faults).toEqual([]);
  }, 300_000);
});
