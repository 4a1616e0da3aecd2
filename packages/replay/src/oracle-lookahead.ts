/**
 * The oracle reports' signatures of blocks ahead of replay's main thread, verified on the judge
 * thread (judge-worker.ts). The main thread's `applyOracleReport` verifies every accepted report
 * (ed25519, ~50 µs each: 4-5 % of its time on the 1M-event log); the judge thread, which has CPU
 * to spare on two cores, reads the log on its own (its file, or a copy of the bytes), finds the
 * next blocks' oracle reports, verifies each exactly as the engine does — the report in the
 * engine's terms (txFromWire), its signing bytes (oracleReportSigningBytes), the oracle's key from
 * the config, verifyBytes — and posts (oracle id, bytes, signature, answer). The main thread puts
 * the answers into its verification memo (rememberVerification) before it applies each block, so
 * the engine's own check becomes a lookup. Nothing depends on the lookahead being on time or
 * right about the log: a report it did not reach, or read differently, is a memo miss and is
 * verified by the main thread itself; verdicts and violations are the same either way.
 *
 * The walk is light: frame headers only (no CRC: corrupt frames are the main thread's to report;
 * a verification is a fact about its bytes whatever frame they came from), and only block records
 * are decoded. It stops at the first frame it cannot follow.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { KeyObject } from 'node:crypto';
import { blockTxFromBytes, oracleReportSigningBytes, txFromWire, type VenueConfig } from '@faultline/venue';
import { committedHeight } from '@faultline/consensus';
import { decodeMessage, EVENT_LOG_MAGIC, publicKeyFromRaw, verifyBytes } from '@faultline/protocol';

/** Where the thread reads the log: its file (opened again) or its bytes (copied to the thread). */
export type LookaheadSource = { path: string } | { bytes: Uint8Array };

/** One verification, as the main thread's memo takes it. */
export interface Verified {
  oracleId: string;
  bytes: Uint8Array;
  signature: Uint8Array;
  ok: boolean;
}

/** Bytes read from the file at a time. */
const WINDOW_BYTES = 4 * 1024 * 1024;
/** LogRecord's `block` field (log.proto: CommittedBlock block = 10), length-delimited: its tag byte. */
const BLOCK_TAG = (10 << 3) | 2;

export class OracleLookahead {
  private readonly keys = new Map<string, KeyObject>();
  private readonly read: (offset: number, length: number) => Uint8Array;
  private readonly length: number;
  private readonly close: () => void;
  private offset = EVENT_LOG_MAGIC.length;
  private headerSkipped = false;
  private done = false;
  /** The height of the last block verified. */
  height = 0;

  constructor(source: LookaheadSource, config: VenueConfig) {
    for (const oracle of config.oracles) this.keys.set(oracle.oracleId, publicKeyFromRaw(Buffer.from(oracle.publicKeyHex, 'hex')));
    if ('bytes' in source) {
      const bytes = source.bytes;
      this.length = bytes.length;
      this.read = (offset, length) => bytes.subarray(offset, offset + length);
      this.close = () => {};
    } else {
      const fd = openSync(source.path, 'r');
      // One buffer, read into again for each window (nothing keeps a view past advance(): what is
      // posted is copied), so the walk allocates no memory per window.
      let buffer = Buffer.allocUnsafe(WINDOW_BYTES);
      let window: Buffer = buffer.subarray(0, 0);
      let windowStart = 0;
      const size = fstatSync(fd).size;
      this.length = size;
      this.read = (offset, length) => {
        const end = Math.min(offset + length, size);
        if (offset < windowStart || end > windowStart + window.length) {
          const want = Math.min(Math.max(WINDOW_BYTES, end - offset), size - offset);
          if (want > buffer.length) buffer = Buffer.allocUnsafe(want);
          let filled = 0;
          while (filled < want) {
            const got = readSync(fd, buffer, filled, want - filled, offset + filled);
            if (got === 0) break;
            filled += got;
          }
          window = buffer.subarray(0, filled);
          windowStart = offset;
        }
        return window.subarray(offset - windowStart, end - windowStart);
      };
      this.close = () => closeSync(fd);
    }
    const magic = this.read(0, EVENT_LOG_MAGIC.length);
    if (magic.length !== EVENT_LOG_MAGIC.length || !EVENT_LOG_MAGIC.every((b, i) => magic[i] === b)) this.stop();
  }

  /** Verifies the oracle reports of every block up to `height` not yet reached; the verifications, in log order. */
  advance(height: number): Verified[] {
    const found: Verified[] = [];
    while (!this.done && this.height < height) {
      const payload = this.nextRecord();
      if (!payload) break;
      if (!isBlockRecord(payload)) continue;
      const record = decodeMessage('LogRecord', payload);
      const committed = record.ok ? record.value.block : undefined;
      if (!committed?.block) continue;
      this.height = committedHeight(committed);
      for (const bytes of committed.block.txs ?? []) this.verifyTx(bytes, found);
    }
    return found;
  }

  private verifyTx(bytes: Uint8Array, found: Verified[]): void {
    if (!holdsOracleReport(bytes)) return;
    const item = blockTxFromBytes(bytes);
    if (!item.tx?.oracleReport) return;
    const tx = txFromWire(item.tx);
    if (tx.body.kind !== 'oracleReport') return;
    const report = tx.body.input;
    const key = this.keys.get(report.oracleId);
    if (!key) return;
    const signed = oracleReportSigningBytes(report);
    // Copies: a view would post (structured-clone) its whole window.
    found.push({ oracleId: report.oracleId, bytes: Uint8Array.from(signed), signature: Uint8Array.from(report.signature), ok: verifyBytes(key, signed, report.signature) });
  }

  /** The next record frame's payload (the header frame skipped), or undefined at the end or a frame it cannot follow. */
  private nextRecord(): Uint8Array | undefined {
    for (;;) {
      if (this.offset + 8 > this.length) return this.stop();
      const head = this.read(this.offset, 8);
      const length = ((head[0] as number) * 0x1000000 + (((head[1] as number) << 16) | ((head[2] as number) << 8) | (head[3] as number))) >>> 0;
      if (this.offset + 8 + length > this.length) return this.stop();
      const payload = this.read(this.offset + 8, length);
      this.offset += 8 + length;
      if (!this.headerSkipped) {
        this.headerSkipped = true;
        continue;
      }
      return payload;
    }
  }

  private stop(): undefined {
    if (!this.done) {
      this.done = true;
      this.close();
    }
    return undefined;
  }

  /** Closes the file early (the thread ends). */
  end(): void {
    this.stop();
  }
}

/** Transaction's `oracle_report` field (tx.proto: OraclePriceReport oracle_report = 15), length-delimited: its tag byte. */
const ORACLE_REPORT_TAG = (15 << 3) | 2;

/**
 * Whether a transaction's bytes hold an oracle report at the top level (a walk over its fields'
 * tags: most of a block's ~1,000 transactions are orders, not worth decoding here). Bytes it
 * cannot walk are decoded to see.
 */
export function holdsOracleReport(bytes: Uint8Array): boolean {
  let at = 0;
  while (at < bytes.length) {
    const tag = bytes[at++] as number;
    if (tag === ORACLE_REPORT_TAG) return true;
    if (tag & 0x80) return true; // a field number past 15: not one this walk reads
    const type = tag & 7;
    if (type === 0) {
      while (at < bytes.length && ((bytes[at] as number) & 0x80) !== 0) at++;
      at++;
    } else if (type === 2) {
      let length = 0;
      let shift = 0;
      for (;;) {
        if (at >= bytes.length || shift > 28) return true;
        const b = bytes[at++] as number;
        length += (b & 0x7f) * 2 ** shift;
        shift += 7;
        if ((b & 0x80) === 0) break;
      }
      at += length;
    } else if (type === 1) at += 8;
    else if (type === 5) at += 4;
    else return true;
  }
  return false;
}

/**
 * Whether a record's payload is a block record: optional seq and time (varints), then the block
 * field's tag — as every writer lays a record out. A block laid out otherwise is not looked at
 * (its reports are then verified by the main thread, as without the lookahead).
 */
export function isBlockRecord(payload: Uint8Array): boolean {
  let at = 0;
  for (const tag of [0x08, 0x10]) {
    if (payload[at] !== tag) continue;
    at++;
    while (at < payload.length && ((payload[at] as number) & 0x80) !== 0) at++;
    at++;
  }
  return payload[at] === BLOCK_TAG;
}
