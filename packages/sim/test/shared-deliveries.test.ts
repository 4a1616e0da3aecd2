/**
 * The simulator decodes each published frame once and hands every recipient the same envelope
 * object (simulation.ts, Frame). That is only sound while no handler changes what it is handed:
 * here whole runs — the baseline with every actor kind, a crash and rebuild, Byzantine validators
 * — go with every shared envelope deep-frozen (a write then throws in these strict-mode modules)
 * and must trace exactly as the same runs unfrozen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { freezeSharedDeliveries } from '@faultline/runtime/testing';
import { loadScenarioFile, runConsensus, runVenue, scenarioSetup } from '@faultline/sim';

afterEach(() => {
  freezeSharedDeliveries(false);
});

function frozenAndNot<T>(run: () => T): { frozen: T; plain: T } {
  const plain = run();
  freezeSharedDeliveries(true);
  try {
    return { frozen: run(), plain };
  } finally {
    freezeSharedDeliveries(false);
  }
}

describe('shared deliveries are never changed by their recipients', () => {
  it.each([
    ['baseline', 1],
    ['engine-crash-rebuild', 1],
    ['byzantine-validator', 2],
  ] as const)('%s (seed %i): the same trace with every delivered envelope frozen', (name, seed) => {
    const scenario = loadScenarioFile(`scenarios/${name}.json`);
    const { frozen, plain } = frozenAndNot(() => runVenue(scenarioSetup({ ...scenario, durationUs: 12_000_000 }, seed)));
    expect(frozen.traceHash).toBe(plain.traceHash);
    expect(frozen.height).toBeGreaterThan(0);
  });

  it('validators with equivocating and double-voting peers: the same trace frozen', () => {
    const run = () =>
      runConsensus({ validators: 4, seed: 3, durationUs: 6_000_000, byzantine: { 'validator-2': 'equivocate', 'validator-3': 'double-vote' }, txIntervalUs: 50_000 });
    const { frozen, plain } = frozenAndNot(run);
    expect(frozen.traceHash).toBe(plain.traceHash);
    expect(frozen.evidenceCommitted).toBeGreaterThan(0);
  });
});
