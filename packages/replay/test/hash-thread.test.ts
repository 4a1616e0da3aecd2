/**
 * The state hash's buckets hashed on a thread of their own (hash-thread.ts), as replay does with
 * the judge thread: the thread's digests are sha256 of the bytes given, request after request
 * (the shared buffer grown on the way); and replay with it gives what replay on one thread gives
 * where the roots matter — a planted engine that forgets a touched leaf (every recorded hash
 * mismatches from its height on), and a state hash recorded before its block (held, compared
 * when the block's root is known, at the same place among the violations).
 */
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeLogHeader, encodeLogRecord, readEventLog, type faultline } from '@faultline/protocol';
import { loadScenarioFile, runVenue, scenarioSetup } from '@faultline/sim';
import { replayLog, type ReplayOptions } from '../src/mod.ts';
import { HashThread, HashThreadError } from '../src/hash-thread.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const bytesOf = (n: number, seed: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 255);

describe('HashThread', () => {
  const thread = new HashThread();
  afterAll(() => thread.stop());

  it('the digests are sha256 of each part in order, across requests that grow the shared buffer', () => {
    for (const sizes of [[1, 2, 3], [7_000, 0, 70_000], [], [300_000, 5]]) {
      const parts = sizes.map((n, i) => bytesOf(n, i + n));
      thread.start(parts);
      expect(thread.finish().map(hex)).toEqual(parts.map(sha256));
    }
  });

  it('the parts are copied: changed after start, the digests are still of the bytes given', () => {
    const part = bytesOf(1_000, 3);
    const given = sha256(part);
    thread.start([part]);
    part.fill(0);
    expect(thread.finish().map(hex)).toEqual([given]);
  });

  it('refuses a second start before the answer is taken, and a finish with nothing asked', () => {
    thread.start([bytesOf(10, 1)]);
    expect(() => thread.start([bytesOf(10, 2)])).toThrow(HashThreadError);
    thread.finish();
    expect(() => thread.finish()).toThrow(HashThreadError);
  });
});

describe('replay with the hash thread and the judge thread: the same result as on one thread', () => {
  const baseline = loadScenarioFile('scenarios/baseline.json');
  const chunks: Uint8Array[] = [];
  runVenue(scenarioSetup({ ...baseline, durationUs: 10_000_000 }, 5), { logSink: (bytes) => chunks.push(bytes) });
  const clean = new Uint8Array(Buffer.concat(chunks));

  const bothWays = (bytes: Uint8Array, options: ReplayOptions = {}) => {
    const one = replayLog(bytes, options);
    expect(replayLog(bytes, { ...options, judgeThread: true, hashThread: true })).toEqual(one);
    return one;
  };

  it('the hash thread alone (no judge thread) and the judge thread alone: the same result', () => {
    const one = bothWays(clean);
    expect(replayLog(clean, { hashThread: true })).toEqual(one);
    expect(replayLog(clean, { judgeThread: true })).toEqual(one);
  }, 60_000);

  it('an engine that forgets a touched leaf: the same hash mismatch, at the same height', () => {
    const result = bothWays(clean, { variant: 'hash-forgets-touched-leaf' });
    expect(result.hashMatch).toBe(false);
    expect(result.firstHashMismatch?.height).toBeGreaterThan(0);
  }, 60_000);

  it('a state hash recorded before its block, tampered, at a height with a violation of the main thread\'s: held, then the same mismatch in the same place', () => {
    const chunks: Uint8Array[] = [];
    runVenue({ ...scenarioSetup({ ...baseline, durationUs: 10_000_000 }, 9), venueVariant: 'taker-extra-lot' }, { logSink: (bytes) => chunks.push(bytes) });
    const planted = new Uint8Array(Buffer.concat(chunks));
    const height = replayLog(planted, { variant: 'taker-extra-lot' }).violations.find((v) => v.invariant === 'open-interest')?.height;
    expect(height).toBeGreaterThan(0);
    const read = readEventLog(planted);
    const records = [...read.records];
    const at = records.findIndex((r) => r.stateHash && Number(r.stateHash.height) === height);
    const blockAt = records.findIndex((r) => r.block?.block?.header && Number(r.block.block.header.height) === height);
    expect(at).toBeGreaterThan(blockAt);
    const [moved] = records.splice(at, 1) as [faultline.v1.LogRecord];
    records.splice(blockAt, 0, { ...moved, stateHash: { ...moved.stateHash, hash: new Uint8Array(32) } } as faultline.v1.LogRecord);
    const tampered = new Uint8Array(Buffer.concat([encodeLogHeader(read.header as faultline.v1.ILogHeader), ...records.map((r, i) => encodeLogRecord({ ...r, seq: i + 1 }))]));
    const result = bothWays(tampered, { variant: 'taker-extra-lot' });
    const atHeight = result.violations.filter((v) => v.height === height).map((v) => v.invariant);
    expect(atHeight.indexOf('hashes-match')).toBeGreaterThanOrEqual(0);
    expect(atHeight.indexOf('hashes-match')).toBeLessThan(atHeight.indexOf('open-interest'));
  }, 60_000);
});
