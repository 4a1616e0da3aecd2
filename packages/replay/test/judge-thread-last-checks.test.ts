/**
 * With the judge thread, replay's last checks (the monitor's finish and the recomputation of the
 * last root from scratch) run before the thread's last answers are taken, while it judges the
 * heights still out: what they find waits behind those heights, so the violations keep log order —
 * the same result as on one thread. A log without recorded hashes, replayed by the engine that
 * forgets a touched leaf (caught only from scratch, at the end), with a forged precommit in its
 * last block (checked on the thread): the certificate's violation comes first.
 */
import { describe, expect, it } from 'vitest';
import { encodeLogHeader, encodeLogRecord, readEventLog, type faultline } from '@faultline/protocol';
import { loadScenarioFile, runVenue, scenarioSetup } from '@faultline/sim';
import { replayLog } from '../src/mod.ts';

const baseline = loadScenarioFile('scenarios/baseline.json');

describe('replay with the judge thread: the last checks', () => {
  it('a forged precommit in the last block and a root wrong only from scratch: the same result, the certificate first', () => {
    const chunks: Uint8Array[] = [];
    runVenue(scenarioSetup({ ...baseline, durationUs: 10_000_000 }, 4), { logSink: (bytes) => chunks.push(bytes) });
    const read = readEventLog(new Uint8Array(Buffer.concat(chunks)));
    const last = Math.max(...read.records.filter((r) => r.block).map((r) => Number(r.block?.block?.header?.height)));
    expect(last).toBeGreaterThan(2);
    const records = read.records
      .filter((r) => !r.stateHash)
      .map((r) => {
        if (!r.block || Number(r.block.block?.header?.height) !== last) return r;
        const [first, ...rest] = r.block.certificate?.precommits ?? [];
        const signature = Uint8Array.from(first?.signature ?? []);
        signature[0] = (signature[0] as number) ^ 0xff;
        return { ...r, block: { ...r.block, certificate: { ...r.block.certificate, precommits: [{ ...first, signature }, ...rest] } } } as faultline.v1.LogRecord;
      });
    const forged = new Uint8Array(Buffer.concat([encodeLogHeader(read.header as faultline.v1.ILogHeader), ...records.map((r, i) => encodeLogRecord({ ...r, seq: i + 1 }))]));
    const one = replayLog(forged, { variant: 'hash-forgets-touched-leaf' });
    const two = replayLog(forged, { variant: 'hash-forgets-touched-leaf', judgeThread: true });
    expect(two).toEqual(one);
    expect(one.violations.map((v) => [v.invariant, v.height])).toEqual([
      ['certificates-valid', last],
      ['hashes-match', last],
    ]);
    expect(one.violations[1]?.detail).toContain('from scratch');
  }, 60_000);
});
