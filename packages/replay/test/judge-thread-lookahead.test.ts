/**
 * The judge thread's oracle lookahead (oracle-lookahead.ts): the thread reads the log itself and
 * verifies the oracle reports of the blocks ahead of the main thread, whose memo takes the answers
 * (so the engine's own check is a lookup). The rules: the lookahead finds every oracle report of
 * the blocks it reaches, from a file or from bytes, and answers each as verifyBytes does — a
 * tampered signature false; replay with it gives the same result as on one thread, a tampered
 * report refused (bad-signature) in both; a lookahead that cannot read its source (a path that is
 * gone) changes nothing; the light walks find block records and oracle-report transactions.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeMessage, encodeLogHeader, encodeLogRecord, encodeMessage, readEventLog, type faultline, type LogBytes } from '@faultline/protocol';
import { loadScenarioFile, runVenue, scenarioSetup, scenarioVenueConfigForSeed } from '@faultline/sim';
import { replayLog, scenarioFromHeader } from '../src/mod.ts';
import { holdsOracleReport, isBlockRecord, OracleLookahead } from '../src/oracle-lookahead.ts';

const baseline = loadScenarioFile('scenarios/baseline.json');
const dir = mkdtempSync(join(tmpdir(), 'faultline-lookahead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function simLog(seed: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  runVenue(scenarioSetup({ ...baseline, durationUs: 6_000_000 }, seed), { logSink: (bytes) => chunks.push(bytes) });
  return new Uint8Array(Buffer.concat(chunks));
}

/** The log with the signature of the `nth` oracle report (in log order) flipped, and that report's oracle id and block height. */
function tampered(bytes: Uint8Array, nth: number): { bytes: Uint8Array; height: number } {
  const read = readEventLog(bytes);
  let seen = 0;
  let height = 0;
  const records = read.records.map((r) => {
    const block = r.block?.block;
    if (!block) return r;
    const txs = (block.txs ?? []).map((txBytes) => {
      const tx = decodeMessage('Transaction', txBytes);
      if (!tx.ok || !tx.value.oracleReport || seen++ !== nth) return txBytes;
      height = Number(block.header?.height);
      const signature = Uint8Array.from(tx.value.oracleReport.signature ?? []);
      signature[5] = (signature[5] as number) ^ 0x01;
      return encodeMessage('Transaction', { ...tx.value, oracleReport: { ...tx.value.oracleReport, signature } });
    });
    return { ...r, block: { ...r.block, block: { ...block, txs } } } as faultline.v1.LogRecord;
  });
  return { bytes: new Uint8Array(Buffer.concat([encodeLogHeader(read.header as faultline.v1.ILogHeader), ...records.map((r) => encodeLogRecord(r))])), height };
}

/** The oracle reports of blocks 1..height, counted by decoding the log. */
function reportsThrough(bytes: Uint8Array, height: number): number {
  let count = 0;
  for (const r of readEventLog(bytes).records) {
    const block = r.block?.block;
    if (!block || Number(block.header?.height) > height) continue;
    for (const txBytes of block.txs ?? []) {
      const tx = decodeMessage('Transaction', txBytes);
      if (tx.ok && tx.value.oracleReport) count++;
    }
  }
  return count;
}

/** A LogBytes source over bytes that names a file (as the CLI's LogFile does). */
function fileSource(bytes: Uint8Array, path: string): LogBytes & { path: string } {
  return { path, length: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

describe('the oracle lookahead', () => {
  const clean = simLog(5);
  const config = () => {
    const header = readEventLog(clean).header as faultline.v1.LogHeader;
    return scenarioVenueConfigForSeed(scenarioFromHeader(header), 5);
  };

  it('finds every oracle report of the blocks it reaches, from a file and from bytes, each verified', () => {
    const path = join(dir, 'clean.fllog');
    writeFileSync(path, clean);
    const expected = reportsThrough(clean, 4);
    expect(expected).toBeGreaterThan(4);
    for (const source of [{ path }, { bytes: clean }]) {
      const lookahead = new OracleLookahead(source, config());
      const found = lookahead.advance(4);
      expect(lookahead.height).toBe(4);
      expect(found.length).toBe(expected);
      expect(found.every((v) => v.ok && v.signature.length === 64 && v.bytes.length > 0)).toBe(true);
      // Copies, not views into a window: each its own buffer.
      expect(found.every((v) => v.signature.buffer.byteLength === 64)).toBe(true);
      expect(lookahead.advance(4)).toEqual([]);
      expect(lookahead.advance(5).length).toBe(reportsThrough(clean, 5) - expected);
      lookahead.end();
      expect(lookahead.advance(1_000)).toEqual([]);
    }
  });

  it('a tampered signature is answered false; to the end of the log, and no further', () => {
    const { bytes, height } = tampered(clean, 3);
    const lookahead = new OracleLookahead({ bytes }, config());
    const found = lookahead.advance(1_000_000);
    expect(found.length).toBe(reportsThrough(bytes, 1_000_000));
    expect(found.filter((v) => !v.ok).length).toBe(1);
    expect(found[3]?.ok).toBe(false);
    expect(height).toBeGreaterThan(0);
    expect(lookahead.height).toBe(readEventLog(bytes).records.filter((r) => r.block).length);
  });

  it('replay with it gives the same result as on one thread: the tampered report refused in both', () => {
    const { bytes, height } = tampered(clean, 3);
    const path = join(dir, 'tampered.fllog');
    writeFileSync(path, bytes);
    const one = replayLog(bytes);
    expect(one.violations.some((v) => v.height === height)).toBe(true);
    expect(replayLog(fileSource(bytes, path), { judgeThread: true })).toEqual(one);
    expect(replayLog(bytes, { judgeThread: true })).toEqual(one);
    // A path that is gone: no lookahead, the same result.
    expect(replayLog(fileSource(bytes, join(dir, 'gone.fllog')), { judgeThread: true })).toEqual(one);
  }, 60_000);

  it('the light walks: a block record by its tag after seq and time; an oracle report by its top-level tag', () => {
    const read = readEventLog(clean);
    const block = read.records.find((r) => r.block) as faultline.v1.LogRecord;
    const event = read.records.find((r) => r.event) as faultline.v1.LogRecord;
    expect(isBlockRecord(encodeMessage('LogRecord', block))).toBe(true);
    expect(isBlockRecord(encodeMessage('LogRecord', { block: block.block }))).toBe(true);
    expect(isBlockRecord(encodeMessage('LogRecord', event))).toBe(false);
    expect(isBlockRecord(encodeMessage('LogRecord', { seq: 300, timeUs: 2 ** 40, note: 'x' }))).toBe(false);
    const report = { oracleId: 'o', marketId: 1, priceTicks: 5, observedAtUs: 1, reportSeq: 1, signature: new Uint8Array(64) };
    expect(holdsOracleReport(encodeMessage('Transaction', { clientId: 'c', nonce: 300, submittedAtUs: 2 ** 40, oracleReport: report }))).toBe(true);
    expect(holdsOracleReport(encodeMessage('Transaction', { clientId: 'c', nonce: 1, deposit: { accountId: 'c', amount: 5 } }))).toBe(false);
    expect(holdsOracleReport(encodeMessage('Transaction', { clientId: 'c'.repeat(200), nonce: 1, placeOrder: { accountId: 'c', marketId: 1, side: 1, sizeLots: 3, priceTicks: 10 } }))).toBe(false);
    // Fields past 15 (a liquidation) or bytes it cannot walk: decoded to see (true here).
    expect(holdsOracleReport(encodeMessage('Transaction', { clientId: 'c', nonce: 1, liquidate: { liquidatorId: 'l', accountId: 'a', marketId: 1 } }))).toBe(true);
    expect(holdsOracleReport(Uint8Array.of(0x0f))).toBe(true);
    expect(holdsOracleReport(Uint8Array.of(0x0a, 0xff))).toBe(true);
    expect(holdsOracleReport(Uint8Array.of(0x11, 1, 2, 3, 4, 5, 6, 7, 8, 0x1d, 1, 2, 3, 4))).toBe(false);
  });
});
