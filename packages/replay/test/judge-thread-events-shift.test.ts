/**
 * events-match stops comparing at its first violation (the rest of the log is off by it). With
 * the judge thread that violation waits in the queue behind the thread's answers for the height;
 * the stop must not wait with it: an event record dropped from the middle of a height shifts every
 * later event of it, and replay with the thread reported each of them (one violation per event
 * left in the height) where one thread reports one. The same result both ways.
 */
import { describe, expect, it } from 'vitest';
import { encodeLogHeader, encodeLogRecord, readEventLog, type faultline } from '@faultline/protocol';
import { loadScenarioFile, runVenue, scenarioSetup } from '@faultline/sim';
import { replayLog } from '../src/mod.ts';

const baseline = loadScenarioFile('scenarios/baseline.json');

describe('replay with the judge thread: a height whose events all shift', () => {
  it('one dropped event record: one events-match violation, as on one thread', () => {
    const chunks: Uint8Array[] = [];
    runVenue(scenarioSetup({ ...baseline, durationUs: 5_000_000 }, 4), { logSink: (bytes) => chunks.push(bytes) });
    const read = readEventLog(new Uint8Array(Buffer.concat(chunks)));
    // The third event record of height 2 goes; seqs are renumbered so the log itself stays well formed.
    let height = 0;
    let events = 0;
    const kept = read.records.filter((r) => {
      if (r.block) height = Number(r.block.block?.header?.height);
      return !(r.event && height === 2 && events++ === 2);
    });
    expect(events).toBeGreaterThan(6);
    const bytes = new Uint8Array(Buffer.concat([encodeLogHeader(read.header as faultline.v1.ILogHeader), ...kept.map((r, i) => encodeLogRecord({ ...r, seq: i + 1 } as faultline.v1.LogRecord))]));
    const one = replayLog(bytes);
    const two = replayLog(bytes, { judgeThread: true });
    expect(one.violations.filter((v) => v.invariant === 'events-match').length).toBe(1);
    expect(one.firstViolation?.height).toBe(2);
    expect(two).toEqual(one);
  }, 60_000);
});
