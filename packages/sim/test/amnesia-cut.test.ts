/**
 * The default campaign's link cut for runs that draw an amnesic validator (amnesia-cut.ts): which
 * validators it cuts and for how long, that it changes no other run's draw, and that the first
 * such run of campaign seed 1 finds the planted `ignore-lock` while the correct core passes it.
 */
import { describe, expect, it } from 'vitest';
import { COMETBFT_TIMEOUTS, DYDX_TIMEOUTS, type ByzantineBehaviour } from '@faultline/consensus';
import type { FaultSchedule } from '@faultline/runtime';
import { amnesiaCutUs, amnesiaCutValidators, amnesiaLinkCut, campaignByzantine, campaignInputs, campaignRunScenario, loadScenarioFile, longestRecoveryBoundUs, venueCampaignTarget, venueSwarmWindow } from '@faultline/sim';

const S = 1_000_000;
const ids = (n: number) => Array.from({ length: n }, (_, i) => `validator-${i + 1}`);
// faultline check's default campaign (and variant-figures'): the baseline, 90 s runs.
const scenario = { ...loadScenarioFile('scenarios/baseline.json'), durationUs: 90 * S, faults: { version: 1 as const, faults: [] } };
const { endByUs } = venueSwarmWindow(scenario.durationUs, longestRecoveryBoundUs(scenario.policy));
const amnesicRun = (runSeed: number) => Object.values(campaignByzantine(campaignRunScenario(scenario, runSeed, endByUs), runSeed)).includes('amnesia');

describe('the cut: exactly 2f non-amnesic validators left heard, the ones proposing just before the amnesic one', () => {
  it('n = 4: the one validator after the amnesic proposer; n = 7: the two after it, or another Byzantine one and one', () => {
    expect(amnesiaCutValidators(ids(4), { 'validator-4': 'amnesia' })).toEqual(['validator-1']);
    expect(amnesiaCutValidators(ids(4), { 'validator-2': 'amnesia' })).toEqual(['validator-3']);
    expect(amnesiaCutValidators(ids(7), { 'validator-5': 'amnesia' })).toEqual(['validator-6', 'validator-7']);
    // A forger precommits like an honest core (it would complete B's quorum): it is cut too.
    expect(amnesiaCutValidators(ids(7), { 'validator-4': 'amnesia', 'validator-5': 'forge-sync' })).toEqual(['validator-5', 'validator-6']);
    expect(amnesiaCutValidators(ids(7), { 'validator-1': 'amnesia', 'validator-6': 'amnesia' })).toEqual(['validator-2']);
    expect(amnesiaCutValidators(ids(4), { 'validator-2': 'withhold' })).toBeUndefined();
    expect(amnesiaCutValidators(ids(4), {})).toBeUndefined();
  });

  it('lasts the slowest way to the amnesic round: the cut rounds in full, 2f precommit timeouts, two commit waits, a second', () => {
    // 0.5 s x 2 + 1 s + (1 + 1 + 1) s + (1.5 + 2) s
    expect(amnesiaCutUs(DYDX_TIMEOUTS, 4, 1)).toBe(8.5 * S);
    // 1 s x 2 + 1 s + (3 + 1 + 1) + (3.5 + 1.5 + 1.5) s + (2 + 2.5 + 3 + 3.5) s
    expect(amnesiaCutUs(COMETBFT_TIMEOUTS, 7, 2)).toBe(25.5 * S);
  });

  it('one-way from the cut validators to the others, from 3 s, ending by the end of faults; none without an amnesic validator', () => {
    const byzantine: Record<string, ByzantineBehaviour> = { 'validator-5': 'amnesia' };
    for (let runSeed = 0; runSeed < 50; runSeed++) {
      const cut = amnesiaLinkCut({ validators: ids(7), byzantine, timeouts: COMETBFT_TIMEOUTS, runSeed, endByUs: 35 * S });
      expect(cut).toMatchObject({ kind: 'one-way', from: ['validator-6', 'validator-7'], to: ['validator-1', 'validator-2', 'validator-3', 'validator-4', 'validator-5'] });
      const { atUs, durationUs } = cut as { atUs: number; durationUs: number };
      expect(atUs).toBeGreaterThanOrEqual(3 * S);
      expect(atUs + durationUs).toBeLessThanOrEqual(35 * S);
      expect(durationUs).toBe(25.5 * S);
    }
    expect(amnesiaLinkCut({ validators: ids(4), byzantine: { 'validator-1': 'replay' }, timeouts: DYDX_TIMEOUTS, runSeed: 1, endByUs: 35 * S })).toBeUndefined();
  });
});

describe('the default campaign: the cut comes with every run that draws an amnesic validator, and with no other', () => {
  const target = venueCampaignTarget(scenario);
  const completed = campaignInputs(target, 1, 200);
  const drawn = campaignInputs({ ...target, complete: undefined }, 1, 200);

  it('every other run keeps the swarm draw exactly; an amnesic run gets one more event, the cut', () => {
    expect(completed.map((i) => i.runSeed)).toEqual(drawn.map((i) => i.runSeed));
    let amnesic = 0;
    completed.forEach(({ runSeed, faults }, index) => {
      const before = (drawn[index] as { faults: FaultSchedule }).faults;
      if (!amnesicRun(runSeed)) return expect(faults).toEqual(before);
      amnesic++;
      const added = faults.faults.filter((f) => !before.faults.includes(f) && !before.faults.some((b) => JSON.stringify(b) === JSON.stringify(f)));
      expect(added).toHaveLength(1);
      expect(added[0]?.kind).toBe('one-way');
      expect(faults.faults).toHaveLength(before.faults.length + 1);
      expect(faults.faults.map((f) => f.atUs)).toEqual([...faults.faults.map((f) => f.atUs)].sort((a, b) => a - b));
    });
    // ~7 % of runs (13 of seed 1's first 200, docs/invariants.md).
    expect(amnesic).toBeGreaterThanOrEqual(8);
  });

  it('its first amnesic run, as the campaign runs it: ignore-lock commits two blocks at one height; the correct core passes', () => {
    const index = completed.findIndex(({ runSeed }) => amnesicRun(runSeed));
    const { runSeed, faults } = completed[index] as { runSeed: number; faults: FaultSchedule };
    const planted = venueCampaignTarget(scenario, { consensusVariant: 'ignore-lock' }).run(runSeed, faults);
    const failed = new Set(planted.violations.map((v) => v.invariant));
    expect(failed).toContain('consensus-agreement');
    expect(failed).toContain('chain-integrity');
    expect(target.run(runSeed, faults).violations).toEqual([]);
  });
});
