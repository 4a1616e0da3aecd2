/**
 * The default campaign's margin users (campaign-workload.ts `marginTraders`, actors'
 * margin-trader.ts) press on the margin model the way users do: a planted margin hole is named
 * by the check that judges that very request, not only by an account a crash later takes through
 * zero (the margin variants also switch the fill guard off). A run of `faultline check --swarm
 * --seed 1` (run seed 2524857566: a 12 % crash, six margin users), as the campaign runs it.
 */
import { describe, expect, it } from 'vitest';
import { campaignByzantine, campaignRunScenario, loadScenarioFile, runVenue, scenarioSetup, withByzantine } from '@faultline/sim';

const RUN_SEED = 2_524_857_566;
const baseline = { ...loadScenarioFile('scenarios/baseline.json'), durationUs: 90_000_000, faults: { version: 1 as const, faults: [] } };

function run(venueVariant?: 'reduce-only-unchecked') {
  const scenario = campaignRunScenario(baseline, RUN_SEED);
  expect(scenario.topology.traders.margin.ids).toHaveLength(6);
  return runVenue({ ...scenarioSetup(withByzantine(scenario, campaignByzantine(scenario, RUN_SEED)), RUN_SEED), ...(venueVariant ? { venueVariant } : {}) });
}

describe('margin users in a default campaign run', () => {
  it("reduce-only-unchecked: the loss-cutter's reduce-only IOC through the crash's book is admitted unchecked and admission-margin names it; the correct venue refuses it and the run passes", () => {
    const planted = run('reduce-only-unchecked');
    expect(planted.verdicts['admission-margin']?.status).toBe('failed');
    expect(planted.violations.some((v) => v.invariant === 'admission-margin' && /accepted order of trader-margin-3 /.test(v.detail))).toBe(true);
    const correct = run();
    expect(correct.violations).toEqual([]);
    expect(correct.verdicts['admission-margin']?.status).toBe('passed');
  }, 180_000);
});
