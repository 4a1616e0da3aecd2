/**
 * The record-ahead file (record-ahead.ts): one record, its writer and index, kept for one run and
 * actor; a file that does not parse whole — torn, flipped, another owner's, empty, missing — holds
 * no record (a record is written before its message leaves, so no message left with such a file).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeRecordAhead, encodeRecordAhead, readRecordAhead, RecordAheadFile } from '@faultline/runtime/nats';

const OWNER = 'run-1/validator-2';
const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'record-ahead-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const record = { writer: '2b0c8f3e-1d7a-4d0e-9a55-6f1f2a3b4c5d', index: 41, data: new Uint8Array([0x12, 7, 1, 2, 3, 4, 5, 6, 7]) };

describe('record ahead', () => {
  it('its bytes give back the record, for its owner only', () => {
    const bytes = encodeRecordAhead(OWNER, record);
    expect(decodeRecordAhead(OWNER, bytes)).toEqual(record);
    expect(decodeRecordAhead('run-1/validator-3', bytes)).toBeUndefined();
    expect(decodeRecordAhead('run-2/validator-2', bytes)).toBeUndefined();
    expect(decodeRecordAhead(OWNER, encodeRecordAhead(OWNER, { ...record, data: new Uint8Array(0), index: Number.MAX_SAFE_INTEGER }))).toEqual({ ...record, data: new Uint8Array(0), index: Number.MAX_SAFE_INTEGER });
  });

  it('torn at any length, one byte changed anywhere, or no magic: no record', () => {
    const bytes = encodeRecordAhead(OWNER, record);
    for (let length = 0; length < bytes.length; length++) expect(decodeRecordAhead(OWNER, bytes.subarray(0, length)), `torn at ${length}`).toBeUndefined();
    for (let at = 0; at < bytes.length; at++) {
      const flipped = Buffer.from(bytes);
      flipped[at] = (flipped[at] as number) ^ 0x40;
      expect(decodeRecordAhead(OWNER, flipped), `byte ${at}`).toBeUndefined();
    }
    expect(decodeRecordAhead(OWNER, new Uint8Array(64))).toBeUndefined();
  });

  it('a whole frame too short for its fields (a valid CRC over 0, 1 or 2 bytes) holds no record, and reading it throws nothing', () => {
    for (const payload of [[], [0], [0, 0]]) {
      const frame = Buffer.alloc(12 + payload.length);
      frame.write('FLRA', 0, 'latin1');
      frame.writeUInt32LE(payload.length, 4);
      frame.set(payload, 12);
      frame.writeUInt32LE(crc32(frame.subarray(12)), 8);
      expect(decodeRecordAhead(OWNER, frame)).toBeUndefined();
      expect(decodeRecordAhead('', frame)).toBeUndefined();
    }
  });

  it('a frame whose payload ends inside its index (a valid CRC, a longer record\'s bytes behind it) or whose index is not a log index holds no record', () => {
    const bytes = encodeRecordAhead(OWNER, record);
    const payloadLength = bytes.readUInt32LE(4);
    const indexAt = bytes.length - record.data.length - 8;
    const recrc = (frame: Buffer) => {
      frame.writeUInt32LE(crc32(frame.subarray(12, 12 + frame.readUInt32LE(4))), 8);
      return frame;
    };
    for (const cut of [1, 4, 8]) {
      const frame = Buffer.from(bytes);
      frame.writeUInt32LE(indexAt + 8 - cut - 12, 4);
      expect(decodeRecordAhead(OWNER, recrc(frame)), `index cut by ${cut}`).toBeUndefined();
    }
    for (const index of [0, -3, 1.5, Number.NaN, 2 ** 53]) {
      const frame = Buffer.from(bytes);
      frame.writeDoubleLE(index, indexAt);
      expect(frame.readUInt32LE(4)).toBe(payloadLength);
      expect(decodeRecordAhead(OWNER, recrc(frame)), `index ${index}`).toBeUndefined();
    }
  });

  it('a path that cannot be read as a file is an error, not "no record"; a closed file gives its descriptor back', () => {
    const dir = tempDir();
    expect(() => readRecordAhead(dir, OWNER)).toThrow(/EISDIR/);
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    const file = new RecordAheadFile(join(dir, 'v.record-ahead'), OWNER);
    file.hold(record);
    expect(open()).toBe(before + 1);
    file.close();
    expect(open()).toBe(before);
  });

  it('an index that is not a log index is refused when written; the first index is one', () => {
    for (const index of [0, -1, 1.5, Number.NaN, 2 ** 53]) expect(() => encodeRecordAhead(OWNER, { ...record, index })).toThrow(/not a log index/);
    expect(decodeRecordAhead(OWNER, encodeRecordAhead(OWNER, { ...record, index: 1 }))?.index).toBe(1);
  });

  it('an owner or writer id up to 65,535 bytes is kept; a longer one is refused', () => {
    const longest = 'x'.repeat(0xffff);
    expect(decodeRecordAhead(longest, encodeRecordAhead(longest, record))).toEqual(record);
    expect(decodeRecordAhead(OWNER, encodeRecordAhead(OWNER, { ...record, writer: longest }))?.writer).toBe(longest);
    expect(() => encodeRecordAhead(`${longest}x`, record)).toThrow('record ahead: owner or writer id too long');
    expect(() => encodeRecordAhead(OWNER, { ...record, writer: `${longest}x` })).toThrow('record ahead: owner or writer id too long');
  });

  it('the file keeps the last record, a shorter one over a longer one too; no file, no record', () => {
    const dir = tempDir();
    const path = join(dir, 'validator-2.json.record-ahead');
    expect(readRecordAhead(path, OWNER)).toBeUndefined();
    const file = new RecordAheadFile(path, OWNER);
    file.hold({ ...record, data: new Uint8Array(5_000).fill(3) });
    expect(readRecordAhead(path, OWNER)?.data.length).toBe(5_000);
    file.hold(record);
    expect(readRecordAhead(path, OWNER)).toEqual(record);
    expect(readFileSync(path).length).toBeGreaterThan(encodeRecordAhead(OWNER, record).length);
    file.hold({ ...record, index: 42 });
    expect(readRecordAhead(path, OWNER)?.index).toBe(42);
    file.close();
    writeFileSync(path, 'not a record');
    expect(readRecordAhead(path, OWNER)).toBeUndefined();
  });

  it('a new incarnation\'s file starts empty at its first record (the previous one was appended before)', () => {
    const dir = tempDir();
    const path = join(dir, 'validator-2.json.record-ahead');
    const first = new RecordAheadFile(path, OWNER);
    first.hold({ ...record, data: new Uint8Array(5_000).fill(3) });
    first.close();
    const second = new RecordAheadFile(path, OWNER);
    expect(readRecordAhead(path, OWNER)?.data.length).toBe(5_000);
    second.hold(record);
    expect(readFileSync(path).length).toBe(encodeRecordAhead(OWNER, record).length);
    second.close();
  });
});
