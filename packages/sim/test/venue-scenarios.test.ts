/**
 * Smoke test of every shipped scenario: the whole venue runs its full length in the simulator,
 * every invariant holds, and each scenario shows the failure it exists to reproduce.
 */
import { describe, expect, it } from 'vitest';
import { failedNames, listScenarios, loadScenarioFile, runVenue, scenarioSetup, type VenueRunSummary } from '@faultline/sim';

const expectations: Record<string, (s: VenueRunSummary) => void> = {
  baseline: (s) => {
    expect(s.longestBlockGapUs).toBeLessThan(5_000_000);
    expect(s.fills).toBeGreaterThan(50);
  },
  'consensus-stall': (s) => expect(s.longestBlockGapUs).toBeGreaterThan(25_000_000),
  'split-brain': (s) => expect(s.longestBlockGapUs).toBeGreaterThan(25_000_000),
  'governance-stall': (s) => expect(s.longestBlockGapUs).toBeGreaterThan(290_000_000),
  'flash-crash-during-stall': (s) => {
    expect(s.longestBlockGapUs).toBeGreaterThan(50_000_000);
    expect(s.liquidationsAfterGap).toBeGreaterThan(0);
    expect(s.markets[0]?.auctions).toBeGreaterThan(0);
  },
  'oracle-outage': (s) => {
    expect(s.oracleMaxStalenessUs).toBeGreaterThan(10_000_000);
    expect(s.markets[0]?.halts).toBeGreaterThan(0);
  },
  'congestion-during-crash': (s) => {
    expect(s.liquidations).toBeGreaterThan(0);
    expect(s.badDebt).toBeGreaterThan(0);
  },
  'oracle-manipulation': (s) => expect(s.markets[0]?.halts).toBe(0), // the median holds: no halt, no wrong liquidation
};

describe('every shipped scenario runs with all invariants holding', () => {
  for (const summary of listScenarios('scenarios')) {
    it(`${summary.name}`, () => {
      const result = runVenue(scenarioSetup(loadScenarioFile(summary.path), 1));
      const failed = failedNames(result.verdicts);
      expect(failed, JSON.stringify(result.violations.slice(0, 3))).toEqual([]);
      expect(result.height).toBeGreaterThan(20);
      expect(result.replicaHeights['exec-1']).toBe(result.height);
      expectations[summary.name]?.(result);
    }, 120_000);
  }
});

describe('determinism of a whole-venue run', () => {
  it('the same seed gives the same trace and state hash; another seed differs', () => {
    const scenario = { ...loadScenarioFile('scenarios/consensus-stall.json'), durationUs: 50_000_000 };
    const a = runVenue(scenarioSetup(scenario, 5));
    const b = runVenue(scenarioSetup(scenario, 5));
    const c = runVenue(scenarioSetup(scenario, 6));
    expect(b.traceHash).toBe(a.traceHash);
    expect(b.finalStateHash).toBe(a.finalStateHash);
    expect(c.traceHash).not.toBe(a.traceHash);
  }, 120_000);
});
