/** gc-windows (live bench tool): --trace-gc lines placed in the bench's step windows. */
import { describe, expect, it } from 'vitest';
import { benchWindows, gcFigures, parseTraceGc } from '../bench/gc-windows.ts';

const TRACE = [
  '[9193:0x3f7a45f0]     1969 ms: Scavenge 9.4 (9.5) -> 9.0 (10.5) MB, 66.15 / 0.01 ms  (average mu = 1.000, current mu = 1.000) allocation failure; ',
  'some pino line {"level":40}',
  '[9193:0x3f7a45f0]     7038 ms: Mark-Compact 20.4 (32.2) -> 15.7 (32.7) MB, 33.34 / 0.02 ms  (+ 61.5 ms in 12 steps since start of marking, biggest step 58.4 ms, walltime since start of marking 90 ms) (average mu = 1.000',
  '[9193:0x3f7a45f0]     7444 ms: Scavenge 24.0 (33.2) -> 17.4 (33.2) MB, 25.64 / 0.01 ms  (average mu = 1.000, current mu = 1.000) task; ',
  '[9193:0x3f7a45f0]     7888 ms: Scavenge 24.4 (33.4) -> 19.6 (34.2) MB, 2.5 / 0.02 ms  (average mu = 1.000, current mu = 1.000) allocation failure; ',
  '[9193:0x3f7a45f0]     9000 ms: Scavenge 24.4 (33.4) -> 19.6 (34.2) MB, 7.5 / 0.02 ms  (average mu = 1.000, current mu = 1.000) task; ',
].join('\n');

const OUTPUT = [
  '[fast] mono 100.500 s: services spawned (a service\'s --trace-gc times count from about here)',
  '[fast] warm-up, 5,000/s for 6 s (not a ladder step, not counted): fills 1/1; mono 101.000..107.000 s',
  '[fast] 5,000/s for 10 s: fills/s 4,963 (49996/50000), p50 89 ms; mono 107.000..110.500 s',
  '[fast] 5,000/s: order stages p50/p99 ms over 39996 orders',
].join('\n');

describe('gc-windows', () => {
  it('parses scavenges and major collections with their pauses, skipping other lines', () => {
    expect(parseTraceGc(TRACE)).toEqual([
      { atS: 1.969, major: false, pauseMs: 66.15 },
      { atS: 7.038, major: true, pauseMs: 33.34 },
      { atS: 7.444, major: false, pauseMs: 25.64 },
      { atS: 7.888, major: false, pauseMs: 2.5 },
      { atS: 9, major: false, pauseMs: 7.5 },
    ]);
  });

  it('places the step windows relative to the spawn', () => {
    expect(benchWindows(OUTPUT)).toEqual([
      { name: 'warm-up', fromS: 0.5, toS: 6.5 },
      { name: '5,000/s for 10 s', fromS: 6.5, toS: 10 },
    ]);
    expect(() => benchWindows('no spawn line')).toThrow(/services spawned/);
  });

  it('counts what falls in a window: scavenges, their sum, median and max, the majors apart', () => {
    const events = parseTraceGc(TRACE);
    const [warmUp, step] = benchWindows(OUTPUT);
    expect(gcFigures(events, warmUp!)).toEqual({ scavenges: 1, perSecond: 1 / 6, sumMs: 66.15, medianMs: 66.15, maxMs: 66.15, majorsMs: [] });
    const figures = gcFigures(events, step!);
    expect(figures).toMatchObject({ scavenges: 3, medianMs: 7.5, maxMs: 25.64, majorsMs: [33.34] });
    expect(figures.sumMs).toBeCloseTo(35.64, 6);
    expect(figures.perSecond).toBeCloseTo(3 / 3.5, 6);
    expect(gcFigures([], step!)).toEqual({ scavenges: 0, perSecond: 0, sumMs: 0, medianMs: 0, maxMs: 0, majorsMs: [] });
  });
});
