/**
 * The scenario's named ranges (scenario/ranges.ts) are what the parser enforces: at each bound
 * a value is accepted, one past it is refused with an error naming the path and the range.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError } from '@faultline/sim';
import { RANGES, UNBOUNDED, type Range } from '../src/scenario/ranges.ts';

const BASE = { version: 1, name: 'ranges', title: 'ranges', incident: 'none', whatToLookFor: 'errors', durationUs: 60_000_000 };

/** Where each named range applies, as a scenario fragment holding the value. */
const CASES: Array<[keyof typeof RANGES, string, (v: number) => Record<string, unknown>]> = [
  ['oracleDeviationPpm', 'venue.oracleDeviationPpm', (v) => ({ venue: { oracleDeviationPpm: v } })],
  ['insuranceFundSeed', 'venue.insuranceFundSeed', (v) => ({ venue: { insuranceFundSeed: v } })],
  ['noiseIntervalUs', 'topology.traders.noise.intervalUs', (v) => ({ topology: { traders: { noise: { intervalUs: v } } } })],
  ['staleArbThresholdBps', 'topology.traders.staleArb.thresholdBps', (v) => ({ topology: { traders: { staleArb: { thresholdBps: v } } } })],
  ['staleArbSnipeBps', 'topology.traders.staleArb.snipeBps', (v) => ({ topology: { traders: { staleArb: { snipeBps: v } } } })],
  ['hedgerHalfSpreadBps', 'topology.hedger.halfSpreadBps', (v) => ({ topology: { hedger: { halfSpreadBps: v } } })],
  ['liquidatorMaxPerScan', 'topology.liquidator.maxPerScan', (v) => ({ topology: { liquidator: { maxPerScan: v } } })],
  ['oracleNoiseBps', 'oracle.noiseBps', (v) => ({ oracle: { noiseBps: v } })],
  ['externalFeePpm', 'externalVenue.feePpm', (v) => ({ externalVenue: { feePpm: v } })],
  ['jumpMaxBps', 'externalVenue.price.jumpMaxBps', (v) => ({ externalVenue: { price: { jumpMaxBps: v } } })],
  ['oracleBiasBps', 'oracleOverrides["oracle-1"].behaviour.biasBps', (v) => ({ oracleOverrides: { 'oracle-1': { behaviour: { kind: 'manipulate', biasBps: v } } } })],
];

function errorOf(fragment: Record<string, unknown>): ScenarioError | undefined {
  try {
    parseScenario({ ...BASE, ...fragment }, 'ranges');
    return undefined;
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
}

describe('scenario ranges', () => {
  it.each(CASES)('%s: both bounds accepted, one past each refused at %s', (name, path, fragment) => {
    const range: Range = RANGES[name];
    expect(errorOf(fragment(range.min))).toBeUndefined();
    if (range.max !== UNBOUNDED) expect(errorOf(fragment(range.max))).toBeUndefined();
    const below = errorOf(fragment(range.min - 1));
    expect(below?.path).toBe(path);
    expect(below?.detail).toContain(range.max === UNBOUNDED ? `>= ${range.min}` : `in [${range.min}, ${range.max}]`);
    if (range.max !== UNBOUNDED) expect(errorOf(fragment(range.max + 1))?.path).toBe(path);
  });
});
