/**
 * The simulator's own planted bugs: each broken network variant must make the property that
 * guards it fail, or that property could not fail at all.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FaultSchedule } from '@faultline/runtime';
import type { SimVariantName } from '@faultline/runtime/testing';
import { demoWorld, traceOf } from './sim-helpers.ts';

const MS = 1_000;

/** Property: a message a link dropped is never delivered. */
function droppedNeverDelivered(variant?: SimVariantName): fc.IProperty<[number, number]> {
  return fc.property(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 400 }), (seed, startMs) => {
    const faults: FaultSchedule = {
      version: 1,
      faults: [{ kind: 'link', atUs: startMs * MS, durationUs: 100 * MS, from: ['ping-1'], dropPpm: 1_000_000 }],
    };
    const world = demoWorld({ seed, faults, record: true, ...(variant ? { variant } : {}) });
    world.sim.runFor(600 * MS);
    return world.deliveries.every((d) => !(d.from === 'ping-1' && (d.envelope.sentAtUs ?? 0) >= startMs * MS && (d.envelope.sentAtUs ?? 0) < (startMs + 100) * MS));
  });
}

/** Property: same seed, same trace hash. */
function deterministic(variant?: SimVariantName): fc.IProperty<[number]> {
  return fc.property(fc.integer({ min: 0, max: 1_000 }), (seed) => {
    const options = { seed, durationUs: 300 * MS, ...(variant ? { variant } : {}) };
    return traceOf(options) === traceOf(options);
  });
}

describe('planted simulator bugs are caught', () => {
  it('holds on the real network', () => {
    fc.assert(droppedNeverDelivered(), { numRuns: 10 });
    fc.assert(deterministic(), { numRuns: 10 });
  });

  it('catches a network that delivers dropped messages', () => {
    expect(() => fc.assert(droppedNeverDelivered('deliver-lost'), { numRuns: 10 })).toThrow(/Property failed/);
  });

  it('catches real time leaking into the simulation', () => {
    expect(() => fc.assert(deterministic('wall-clock-jitter'), { numRuns: 10 })).toThrow(/Property failed/);
  });
});
