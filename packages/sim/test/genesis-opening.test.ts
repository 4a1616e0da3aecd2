/**
 * An honest start (issue 12 item 3): the no-fault baseline opens its market at the genesis
 * opening (docs/venue.md) — no halt, no auction — while a real stall still halts.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, runVenue, scenarioSetup, failedNames } from '@faultline/sim';

describe('genesis opening in a whole-venue run', () => {
  it('the baseline shows zero halts and zero auctions; the market opens at the first block', () => {
    const s = runVenue(scenarioSetup({ ...loadScenarioFile('scenarios/baseline.json'), durationUs: 20_000_000 }, 1));
    expect(s.markets.map((m) => [m.halts, m.auctions, m.haltedUs])).toEqual([[0, 0, 0]]);
    expect(s.markets[0]?.openedAtUs).not.toBeNull();
    expect(s.markets[0]?.openedAtUs).toBeLessThan(2_000_000);
    expect(s.fills).toBeGreaterThan(0);
  }, 60_000);

  it('a real stall still halts (and the opening is not among the halts)', () => {
    const s = runVenue(scenarioSetup({ ...loadScenarioFile('scenarios/consensus-stall.json'), durationUs: 70_000_000 }, 1));
    expect(s.markets[0]?.halts).toBeGreaterThan(0);
    expect(s.markets[0]?.openedAtUs).toBeLessThan(2_000_000);
  }, 60_000);
});

describe('genesis opening after a slow start', () => {
  it('oracles that come up 15 s after the validators (a live start): the market opens then — no halt, no auction', () => {
    const baseline = loadScenarioFile('scenarios/baseline.json');
    const lateOracles = { version: 1 as const, faults: [{ kind: 'crash' as const, atUs: 0, durationUs: 15_000_000, actors: ['oracle-*'] }] };
    const s = runVenue(scenarioSetup({ ...baseline, durationUs: 30_000_000, faults: lateOracles }, 1));
    expect(s.markets.map((m) => [m.halts, m.auctions, m.haltedUs])).toEqual([[0, 0, 0]]);
    expect(s.markets[0]?.openedAtUs).toBeGreaterThan(15_000_000);
    expect(s.fills).toBeGreaterThan(0);
    expect(failedNames(s.verdicts)).toEqual([]);
  }, 60_000);
});
