/**
 * The actors' chart steps that take no transition are answered without xstate (actors
 * core/chart.ts). Here whole runs go with the checking seam on — every such step is also stepped
 * through xstate, which must agree (else the run throws) — and trace exactly as without it:
 * the baseline, oracles crashing and coming back (the oracle's outage-free waiting states), and
 * the hedger cut off from its external venue (its pulled and hedge-only modes).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkChartShortcuts } from '@faultline/actors/testing';
import { loadScenarioFile, runVenue, scenarioSetup, type Scenario } from '@faultline/sim';

afterEach(() => {
  checkChartShortcuts(false);
});

/** A scenario's faults moved to 3 s and cut to 4 s, the run to 10 s (lean). */
function early(name: string): Scenario {
  const scenario = loadScenarioFile(`scenarios/${name}.json`);
  const faults = scenario.faults ? { ...scenario.faults, faults: scenario.faults.faults.map((fault) => ({ ...fault, atUs: 3_000_000, ...('durationUs' in fault && fault.durationUs !== undefined ? { durationUs: 4_000_000 } : {}) })) } : undefined;
  return { ...scenario, durationUs: 10_000_000, ...(faults ? { faults } : {}) } as Scenario;
}

describe('chart steps answered without xstate, checked against xstate in whole runs', () => {
  it.each(['baseline', 'oracle-outage', 'hedge-venue-disconnect'])('%s: every shortcut agrees with xstate, the same trace', (name) => {
    const scenario = early(name);
    const plain = runVenue(scenarioSetup(scenario, 1));
    checkChartShortcuts(true);
    const checked = runVenue(scenarioSetup(scenario, 1));
    expect(checked.traceHash).toBe(plain.traceHash);
    expect(checked.height).toBeGreaterThan(0);
  });
});
