import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect } from 'vitest';
import { it, test } from '@fast-check/vitest';
import fc from 'fast-check';
import { faultScheduleArbitrary } from '@faultline/runtime/testing';
import { runDemo } from '@faultline/runtime/demo';
import type { FaultSchedule } from '@faultline/runtime';
import { DEMO_ACTORS, traceOf } from './sim-helpers.ts';

const DURATION_US = 1_000_000;
const schedules = faultScheduleArbitrary({ actors: DEMO_ACTORS, horizonUs: DURATION_US, durationUsMax: 400_000, eventsMax: 8 });
const runs = Number(process.env['FAULTLINE_PROP_RUNS'] ?? 25);

describe('simulator determinism', () => {
  test.prop([fc.integer({ min: 0, max: 2 ** 32 - 1 }), schedules], { numRuns: runs })(
    'same seed and same fault schedule give the same trace hash',
    (seed, faults) => {
      expect(traceOf({ seed, faults, durationUs: DURATION_US })).toBe(traceOf({ seed, faults, durationUs: DURATION_US }));
    },
  );

  test.prop([fc.integer({ min: 0, max: 2 ** 32 - 2 }), schedules], { numRuns: runs })(
    'a different seed gives a different trace hash',
    (seed, faults) => {
      expect(traceOf({ seed, faults, durationUs: DURATION_US })).not.toBe(traceOf({ seed: seed + 1, faults, durationUs: DURATION_US }));
    },
  );

  // Schedules without loss, cuts or crashes, so every window has traffic for the change to touch.
  const gentle = faultScheduleArbitrary({
    actors: DEMO_ACTORS,
    horizonUs: DURATION_US,
    durationUsMax: 400_000,
    eventsMax: 6,
    kinds: ['link', 'skew'],
  }).map((s): FaultSchedule => ({ ...s, faults: s.faults.map((f) => (f.kind === 'link' ? { ...f, dropPpm: 0 } : f)) }));
  test.prop([fc.integer({ min: 0, max: 2 ** 32 - 1 }), gentle, fc.integer({ min: 0, max: DURATION_US / 2 })], { numRuns: runs })(
    'changing one fault changes the trace hash',
    (seed, faults, atUs) => {
      const changed: FaultSchedule = {
        ...faults,
        // Pings go out every 10 ms: a 100 ms total loss window always removes some.
        faults: [...faults.faults, { kind: 'link', atUs, durationUs: 100_000, dropPpm: 1_000_000 }],
      };
      expect(traceOf({ seed, faults, durationUs: DURATION_US })).not.toBe(traceOf({ seed, faults: changed, durationUs: DURATION_US }));
    },
  );

  it('gives the same trace hash in two separate OS processes', async () => {
    const bin = fileURLToPath(new URL('../../cli/bin/faultline.js', import.meta.url));
    const run = () => promisify(execFile)(process.execPath, [bin, 'sim', '--demo', '--seed', '7', '--json'], { timeout: 60_000 });
    const [a, b] = await Promise.all([run(), run()]);
    const hashA = JSON.parse(a.stdout).traceHash as string;
    const hashB = JSON.parse(b.stdout).traceHash as string;
    expect(hashA).toMatch(/^[0-9a-f]{64}$/);
    expect(hashA).toBe(hashB);
    expect(hashA).toBe(runDemo({ seed: 7, pairs: 4, durationUs: 10_000_000, progressEveryUs: 1_000_000 }).traceHash);
  });
});
