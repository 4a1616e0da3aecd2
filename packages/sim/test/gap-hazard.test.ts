/**
 * A block-gap halt that fits the chain's timeouts. The default campaign found (seed 1, run 16, run
 * seed 2008590914, no fault event) the correct code failing `trading-reopens`: n = 7, CometBFT's
 * timeouts and two withholding validators adjacent in the proposer rotation — every seventh
 * height lost two rounds, a 10.03 s gap past the default 10 s halt every 20 s, and the markets
 * were halted most of the run. The venue did what its policy said; the policy did not fit the
 * chain. Now the scenario says so before a run (scenarioHazards, a CLI warning) and the campaign
 * runs a drawn chain with the threshold its operator would set.
 */
import { describe, expect, it } from 'vitest';
import { COMETBFT_TIMEOUTS } from '@faultline/consensus';
import { campaignByzantine, campaignRunScenario, drawCampaignWorkload, gapThresholdAboveSlowestUs, loadScenarioFile, parseScenario, runVenue, scenarioHazards, scenarioSetup, scenarioToJson, venueSwarmWindow, withByzantine, type Scenario } from '@faultline/sim';

const S = 1_000_000;
const baseline = loadScenarioFile('scenarios/baseline.json');

function variantOf(scenario: Scenario, edit: (json: Record<string, any>) => void): Scenario {
  const json = scenarioToJson(scenario) as unknown as Record<string, any>;
  edit(json);
  return parseScenario(json, 'test');
}

describe('the slowest height and the gap halt', () => {
  // slowestHeightUs itself: packages/consensus/test/config.unit.test.ts.
  it('scenarioHazards: CometBFT timeouts at n = 7 under a 10 s gap halt are named by path; dYdX timeouts, n = 4 or the halt off are not', () => {
    const cometbft7 = variantOf(baseline, (j) => {
      j['topology']['validators'] = 7;
      j['topology']['consensus'] = { ...j['topology']['consensus'], timeouts: 'cometbft' };
    });
    const hazards = scenarioHazards(cometbft7);
    expect(hazards.map((h) => h.path)).toEqual(['policy.blockGapHalt.thresholdUs']);
    expect(hazards[0]?.message).toMatch(/not above 12\.5 s.*f = 2 of 7/);
    expect(scenarioHazards(baseline)).toEqual([]);
    expect(scenarioHazards(variantOf(cometbft7, (j) => (j['topology']['validators'] = 4)))).toEqual([]);
    expect(scenarioHazards(variantOf(cometbft7, (j) => (j['topology']['consensus']['timeouts'] = 'dydx')))).toEqual([]);
    expect(scenarioHazards(variantOf(cometbft7, (j) => (j['policy']['blockGapHalt'] = { enabled: false, thresholdUs: 10 * S })))).toEqual([]);
    expect(scenarioHazards(variantOf(cometbft7, (j) => (j['policy']['blockGapHalt'] = { enabled: true, thresholdUs: gapThresholdAboveSlowestUs(COMETBFT_TIMEOUTS, 7) })))).toEqual([]);
  });

  it('the campaign runs a drawn n = 7 CometBFT chain with the threshold above its slowest height (13 s), and no other draw', () => {
    const endByUs = venueSwarmWindow(baseline.durationUs, 55 * S).endByUs;
    let seen = 0;
    for (let runSeed = 1; runSeed <= 400 && seen < 3; runSeed++) {
      const w = drawCampaignWorkload(baseline, runSeed, endByUs);
      const raised = w.timeouts === 'cometbft' && w.validators === 7;
      expect(w.blockGapHaltUs, `run seed ${runSeed}`).toBe(raised ? 13 * S : undefined);
      if (!raised) continue;
      seen++;
      const run = campaignRunScenario(baseline, runSeed, endByUs);
      expect(run.policy.blockGapHalt.thresholdUs).toBe(13 * S);
      expect(run.policy.name).toMatch(/gap-13s$/);
      expect(scenarioHazards(run)).toEqual([]);
    }
    expect(seen).toBe(3);
  });

  it('the finding: run seed 2008590914 halts for most of the run under the 10 s threshold, and reopens under 13 s', () => {
    const runSeed = 2_008_590_914;
    const raised = campaignRunScenario(baseline, runSeed);
    const byzantine = campaignByzantine(raised, runSeed);
    expect(Object.values(byzantine)).toEqual(['withhold', 'withhold']);
    expect(raised.topology.consensus.timeouts).toBe('cometbft');
    const tenSeconds = variantOf(raised, (j) => (j['policy']['blockGapHalt']['thresholdUs'] = 10 * S));
    const run = (scenario: Scenario) => runVenue(scenarioSetup(withByzantine({ ...scenario, faults: { version: 1, faults: [] } }, byzantine), runSeed));
    expect(run(tenSeconds).verdicts['trading-reopens']?.status).toBe('failed');
    const fitted = run(raised);
    expect(fitted.verdicts['trading-reopens']?.status).toBe('passed');
    expect(fitted.violations).toEqual([]);
  }, 120_000);
});
