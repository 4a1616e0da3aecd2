/** The venue campaign catches a planted engine bug, shrinks its schedule and keeps determinism checks. */
import { describe, expect, it } from 'vitest';
import { checkVenue, loadScenarioFile } from '@faultline/sim';

describe('faultline check (campaign over the whole venue)', () => {
  it('finds the planted fee-rounding bug and reports a minimal schedule no larger than the original', () => {
    const base = loadScenarioFile('scenarios/baseline.json');
    const scenario = { ...base, durationUs: 20_000_000, venue: { ...base.venue, plantedBug: 'fee-rounding-trader-favour' as const } };
    const result = checkVenue(scenario, { runs: 3, seed: 9 });
    expect(result.failures).toBeGreaterThan(0);
    const failure = result.firstFailure;
    expect(failure?.violations.some((v) => v.invariant === 'fees-venue-favour')).toBe(true);
    expect(failure?.minimalFaults.faults.length).toBeLessThanOrEqual(failure?.originalFaults.faults.length ?? 0);
  }, 300_000);
});
