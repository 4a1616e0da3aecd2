/**
 * Planted actor bugs the whole-venue campaign must catch (docs/venue.md, "Planted actor bugs"):
 * correct code passes the very campaign that finds each bug, within a stated number of runs,
 * and the failing schedule shrinks to at most 3 fault events.
 */
import { describe, expect, it } from 'vitest';
import { HedgerExposureMonitor, checkVenue, loadScenarioFile, parseScenario, runVenue, scenarioSetup, scenarioToJson, withFaults, type Scenario, type VenueCampaignOptions } from '@faultline/sim';

const baseline = scenarioToJson(loadScenarioFile('scenarios/baseline.json'));

/** Baseline with a -15 % flash crash at 20 s that recovers in full 3 s after its bottom. */
function flashCrashRebound(): Scenario {
  const json = structuredClone(baseline) as ReturnType<typeof scenarioToJson> & { venue: Record<string, unknown> };
  json.name = 'flash-crash-rebound';
  json.durationUs = 45_000_000;
  for (const market of Object.values(json.externalVenue?.markets ?? {})) {
    Object.assign(market, { flashCrash: { atUs: 20_000_000, dropBps: 1_500, durationUs: 3_000_000, recoverBps: 10_000 } });
  }
  return parseScenario(json, 'flash-crash-rebound');
}

/** Baseline with a tighter hedger: delta limit and inventory cap 50 lots, so hedger-delta-bounded is 100. */
function tightHedger(): Scenario {
  const json = structuredClone(baseline);
  json.name = 'tight-hedger';
  json.durationUs = 45_000_000;
  const hedger = typeof json.topology?.hedger === 'object' ? json.topology.hedger : {};
  json.topology = { ...json.topology, hedger: { ...hedger, deltaLimitLots: 50, maxInventoryLots: 50 } };
  return parseScenario(json, 'tight-hedger');
}

describe('planted liquidator: liquidates on its own stale price, and the venue takes its word', () => {
  // The bug is found within RUNS; correct code and each half of the bug alone pass twice as many
  // runs of the same campaign (same seed: the first RUNS runs are the same schedules).
  const RUNS = 3;
  // Safety bugs: faults until 35 s, recovery left unjudged (tailUs 10 s).
  // The scenario's own market story: no campaign workload drawn over it.
  const campaign: VenueCampaignOptions = { runs: 2 * RUNS, seed: 1, determinismEvery: 0, tailUs: 10_000_000, workload: false };

  it('correct code passes the campaign', () => {
    const result = checkVenue(flashCrashRebound(), campaign);
    expect(result.failures, JSON.stringify(result.firstFailure?.violations.slice(0, 2))).toBe(0);
  }, 120_000);

  it('the stale liquidator alone is harmless: the venue re-checks and refuses its retries', () => {
    const result = checkVenue(flashCrashRebound(), { ...campaign, actorVariants: ['stale-price'] });
    expect(result.failures, JSON.stringify(result.firstFailure?.violations.slice(0, 2))).toBe(0);
    // The retries must happen for the re-check to be shown, and whether a run has any depends on
    // message timing: seed 2's run has the stale liquidator ask for healthy accounts 12 times
    // (main at 2ae2a78; seed 1's 6, but none while the relays were batched per 1 ms, e79adb8).
    const run = runVenue(scenarioSetup(flashCrashRebound(), 2, ['stale-price']));
    expect(run.liquidationsRefused['healthy-at-execution'] ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it("the engine's liquidate-without-recheck alone stays latent: a correct liquidator never asks for a healthy account", () => {
    const result = checkVenue(flashCrashRebound(), { ...campaign, venueVariant: 'liquidate-without-recheck' });
    expect(result.failures, JSON.stringify(result.firstFailure?.violations.slice(0, 2))).toBe(0);
  }, 120_000);

  it(`together: a healthy account liquidated, found within ${RUNS} runs, shrunk to at most 3 fault events`, () => {
    const result = checkVenue(flashCrashRebound(), { ...campaign, runs: RUNS, venueVariant: 'liquidate-without-recheck', actorVariants: ['stale-price'] });
    expect(result.failures).toBeGreaterThan(0);
    const failure = result.firstFailure;
    expect(failure?.violations.some((v) => v.invariant === 'liquidation-recheck')).toBe(true);
    expect(failure?.minimalFaults.faults.length).toBeLessThanOrEqual(3);
  }, 120_000);
});

describe('planted hedger: never pulls its quotes, shows as unbounded true delta', () => {
  const RUNS = 8;
  // Faults aimed at the hedger and the execution replicas it reads: the default swarm spreads
  // them over ~28 actors and almost never cuts one client off every replica at once.
  const campaign: VenueCampaignOptions = {
    runs: RUNS,
    seed: 1,
    determinismEvery: 0,
    faultTargets: ['hedger-1', 'exec-*'],
    faultKinds: ['partition', 'one-way', 'link'],
    shrinkRunsMax: 30,
    tailUs: 10_000_000,
  };

  it('correct code passes the focused campaign: its true delta stays within twice its limit', () => {
    const result = checkVenue(tightHedger(), campaign);
    expect(result.failedRuns['hedger-delta-bounded'] ?? 0, JSON.stringify(result.firstFailure?.violations.slice(0, 2))).toBe(0);
    // And back inside its limit at the end, judged from the venue and the external fills (run 7 of
    // this campaign ended at -70 lots, limit 50, until a client's venue view took a height lost
    // in a 0.2 s partition as lost after 2 s instead of after 64 later heights: docs/invariants.md).
    expect(result.evaluated['hedger-delta-in-limit']).toBeGreaterThan(0);
    expect(result.failedRuns['hedger-delta-in-limit'] ?? 0, JSON.stringify(result.firstFailure?.violations.slice(0, 2))).toBe(0);
  }, 120_000);

  // The focused campaign found never-pull within 8 runs only through a bug of the clients' venue
  // view (a height lost in a 0.2 s cut stalled it ~30 s, blinding every hedger): with the view
  // fixed, 10 runs of two campaign seeds (and 10 with partitions only) do not find it, so the
  // scripted schedule shows it (also the registry's proof, proofs/actors.proof.ts).
  it('planted never-pull: 15 s cut off from the execution replicas, it keeps quoting blind past the bound; the correct hedger pulls and stays within it', () => {
    const scenario = withFaults(tightHedger(), { version: 1, faults: [{ kind: 'partition', atUs: 10_000_000, durationUs: 15_000_000, groups: [['exec-*'], ['hedger-1']] }] });
    const planted = runVenue(scenarioSetup(scenario, 4_227_411_790, ['never-pull']));
    expect(planted.hedgerTrueMaxAbsDeltaLots).toBeGreaterThan(100);
    expect(planted.verdicts['hedger-delta-bounded']?.status).toBe('failed');
    const correct = runVenue(scenarioSetup(scenario, 4_227_411_790));
    expect(correct.hedgerTrueMaxAbsDeltaLots).toBeLessThanOrEqual(100);
    expect(correct.verdicts['hedger-delta-bounded']?.status).toBe('passed');
  }, 120_000);
});

describe('hedger-delta-bounded monitor', () => {
  const executed = (height: number, sizeLots: number, from = 'exec-1') => ({
    timeUs: height * 1_000,
    from,
    subject: `exec.${from}`,
    envelope: { blockExecuted: { height, replicaId: from, events: [{ accountUpdate: { accountId: 'hedger-1', height, positions: [{ marketId: 1, sizeLots }] } }] } },
  });
  const hedgeFill = (timeUs: number, side: 1 | 2, sizeLots: number, from = 'external-venue') => ({
    timeUs,
    from,
    subject: `external.${from}`,
    envelope: { hedgeFill: { hedgerId: 'hedger-1', orderId: timeUs, marketId: 1, side, sizeLots, priceTicks: 30_000 } },
  });

  it('sums the venue position (latest height wins) and the external fills, and reports each excursion once', () => {
    const monitor = new HedgerExposureMonitor('hedger-1', 'external-venue', 100);
    monitor.observe(executed(5, 80));
    monitor.observe(hedgeFill(5_500, 2, 70)); // hedged down to +10
    monitor.observe(executed(4, 500, 'exec-2')); // a replica catching up: an older height changes nothing
    expect(monitor.deltaLots(1)).toBe(10);
    monitor.observe(hedgeFill(5_600, 2, 1, 'hedger-1')); // its own echo is not a fill
    monitor.observe(executed(6, 190));
    monitor.observe(executed(7, 200));
    expect(monitor.violations().map((v) => v.detail)).toEqual(['hedger-1 true delta 120 lots in market 1 (venue 190, external -70), bound 100']);
    monitor.observe(executed(8, 100)); // back inside
    monitor.observe(executed(9, 180)); // a second excursion
    expect(monitor.violations()).toHaveLength(2);
    expect(monitor.maxAbsDeltaLots).toBe(130);
  });
});
