/**
 * Replay with the monitor's event half (the solvency referee and the event checks) on a second
 * thread (`judgeThread`, what `faultline replay` uses) gives the same result as replay on one
 * thread: the same violations in the same order (the thread's answers for a height are merged at
 * that height's place among the main thread's), the same verdicts, hashes and problems — on a
 * clean log, on logs from planted engine bugs that both halves catch, and on tampered and
 * corrupt logs.
 */
import { describe, expect, it } from 'vitest';
import { encodeLogHeader, encodeLogRecord, readEventLog, type faultline } from '@faultline/protocol';
import { loadScenarioFile, runVenue, scenarioSetup, type Scenario } from '@faultline/sim';
import type { VenueVariant } from '@faultline/venue';
import { replayLog, type ReplayOptions } from '../src/mod.ts';

const baseline = loadScenarioFile('scenarios/baseline.json');

function simLog(scenario: Scenario, seed: number, venueVariant?: VenueVariant): Uint8Array {
  const chunks: Uint8Array[] = [];
  runVenue({ ...scenarioSetup(scenario, seed), ...(venueVariant ? { venueVariant } : {}) }, { logSink: (bytes) => chunks.push(bytes) });
  return new Uint8Array(Buffer.concat(chunks));
}

/** Replays `bytes` on one thread and with the judge thread; both results must be equal. */
function bothWays(bytes: Uint8Array, options: ReplayOptions = {}) {
  const one = replayLog(bytes, options);
  const two = replayLog(bytes, { ...options, judgeThread: true });
  expect(two).toEqual(one);
  return one;
}

describe('replay with the judge thread: the same result as on one thread', () => {
  const clean = simLog({ ...baseline, durationUs: 10_000_000 }, 3);

  it('a clean log: every verdict, hash and count the same', () => {
    const result = bothWays(clean);
    expect(result.firstViolation).toBeNull();
    expect(result.hashMatch).toBe(true);
    expect(result.events).toBeGreaterThan(100);
  }, 60_000);

  // Each variant is caught by the thread's half (fees, priority, the referee's admission and
  // oracle checks) or the main thread's (open interest, books), several at once at a height.
  it.each(['fee-rounding-trader-favour', 'priority-off-by-one', 'oracle-mean', 'taker-extra-lot'] as const)(
    'planted %s: the same violations in the same order',
    (variant) => {
      const bytes = simLog({ ...baseline, durationUs: 10_000_000 }, 9, variant);
      const result = bothWays(bytes, { variant });
      expect(result.violations.length).toBeGreaterThan(0);
    },
    60_000,
  );

  it('a tampered event and a tampered hash, with the thread\'s violations between: the same order', () => {
    const bytes = simLog({ ...baseline, durationUs: 10_000_000 }, 9, 'fee-rounding-trader-favour');
    const read = readEventLog(bytes);
    let fills = 0;
    const records = read.records.map((r) => {
      if (r.stateHash && Number(r.stateHash.height) === 9) return { ...r, stateHash: { ...r.stateHash, hash: new Uint8Array(32) } } as faultline.v1.LogRecord;
      if (r.event?.fill && fills++ === 40) return { ...r, event: { fill: { ...r.event.fill, sizeLots: Number(r.event.fill.sizeLots) + 1 } } } as faultline.v1.LogRecord;
      return r;
    });
    const tampered = new Uint8Array(Buffer.concat([encodeLogHeader(read.header as faultline.v1.ILogHeader), ...records.map((r, i) => encodeLogRecord({ ...r, seq: i + 1 }))]));
    const result = bothWays(tampered, { variant: 'fee-rounding-trader-favour' });
    expect(new Set(result.violations.map((v) => v.invariant))).toEqual(new Set(['fees-venue-favour', 'events-match', 'hashes-match']));
  }, 60_000);

  it('a corrupt record mid-log, and --skip-corrupt past it: the same problems and verdicts', () => {
    const bytes = clean.slice();
    const at = Math.floor(bytes.length / 2);
    bytes[at] = (bytes[at] as number) ^ 0xff;
    expect(bothWays(bytes).problems).toHaveLength(1);
    expect(bothWays(bytes, { skipCorrupt: true }).problems.length).toBeGreaterThan(0);
  }, 60_000);

  it('--to-height: the same result up to that height', () => {
    expect(bothWays(clean, { toHeight: 5 }).height).toBe(5);
  }, 60_000);
});
