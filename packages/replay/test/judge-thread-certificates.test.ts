/**
 * With the judge thread the block's certificate is checked on the thread (committedBlockProblem
 * there, not on the main thread): a log with a forged precommit signature gives the same
 * `certificates-valid` violations, at the same place among the thread's and the main thread's
 * violations of that height, as replay on one thread.
 */
import { describe, expect, it } from 'vitest';
import { encodeLogHeader, encodeLogRecord, readEventLog, type faultline } from '@faultline/protocol';
import { loadScenarioFile, runVenue, scenarioSetup } from '@faultline/sim';
import { replayLog } from '../src/mod.ts';

const baseline = loadScenarioFile('scenarios/baseline.json');

describe('replay with the judge thread: certificates', () => {
  it('a forged precommit signature where the thread also finds violations: the same result, the certificate first', () => {
    const chunks: Uint8Array[] = [];
    runVenue({ ...scenarioSetup({ ...baseline, durationUs: 5_000_000 }, 9), venueVariant: 'fee-rounding-trader-favour' }, { logSink: (bytes) => chunks.push(bytes) });
    const read = readEventLog(new Uint8Array(Buffer.concat(chunks)));
    const plain = replayLog(new Uint8Array(Buffer.concat(chunks)), { variant: 'fee-rounding-trader-favour' });
    // The first height where the thread's half (fees) fires: its block's first precommit is forged there.
    const height = plain.violations.find((v) => v.invariant === 'fees-venue-favour')?.height as number;
    expect(height).toBeGreaterThan(0);
    const records = read.records.map((r) => {
      if (!r.block || Number(r.block.block?.header?.height) !== height) return r;
      const [first, ...rest] = r.block.certificate?.precommits ?? [];
      const signature = Uint8Array.from(first?.signature ?? []);
      signature[0] = (signature[0] as number) ^ 0xff;
      return { ...r, block: { ...r.block, certificate: { ...r.block.certificate, precommits: [{ ...first, signature }, ...rest] } } } as faultline.v1.LogRecord;
    });
    const forged = new Uint8Array(Buffer.concat([encodeLogHeader(read.header as faultline.v1.ILogHeader), ...records.map((r) => encodeLogRecord(r))]));
    const one = replayLog(forged, { variant: 'fee-rounding-trader-favour' });
    const two = replayLog(forged, { variant: 'fee-rounding-trader-favour', judgeThread: true });
    expect(two).toEqual(one);
    const atHeight = one.violations.filter((v) => v.height === height);
    expect(atHeight[0]?.invariant).toBe('certificates-valid');
    expect(atHeight.map((v) => v.invariant)).toContain('fees-venue-favour');
    expect(one.verdicts['certificates-valid']?.status).toBe('failed');
  }, 60_000);
});
