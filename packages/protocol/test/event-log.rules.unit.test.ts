/**
 * The event log reader rule by rule: each problem kind with its exact offset, record number and
 * message, the record limit at its boundary, what --skip-corrupt skips and what it never does,
 * and bytesRead (found by mutation testing: the framing tests checked kinds, not these).
 */
import { describe, expect, it } from 'vitest';
import { encodeFrame, encodeLogHeader, encodeLogRecord, encodeMessage, logRecordEventBytes, EVENT_LOG_MAGIC, EVENT_LOG_RECORD_BYTES_MAX, readEventLog, scanEventLog } from '@faultline/protocol';

const header = () => encodeLogHeader({ runId: 'r1', scenario: 'baseline', seed: 7, createdBy: 'sim' });
const record = (seq: number) => encodeLogRecord({ seq, timeUs: seq, note: `record ${seq}` });
const log = (...parts: Uint8Array[]) => Buffer.concat([header(), ...parts]);
const frameHeader = (length: number, crc = 0) => {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setUint32(0, length);
  new DataView(bytes.buffer).setUint32(4, crc);
  return bytes;
};
const garbage = encodeFrame(Uint8Array.from([0xff, 0xff, 0xff])); // a good checksum over bytes that are no LogRecord

describe('event log reader rules', () => {
  it('bad magic: too short, or any of FLTLOG differs', () => {
    const short = readEventLog(EVENT_LOG_MAGIC.subarray(0, 7));
    expect(short.problems).toEqual([{ offset: 0, recordIndex: 0, kind: 'bad-magic', message: 'not a Faultline event log (magic bytes differ)' }]);
    for (const at of [0, 5]) {
      const bytes = log(record(1));
      bytes[at]! ^= 1;
      expect(readEventLog(bytes).problems.map((p) => p.kind), `byte ${at}`).toEqual(['bad-magic']);
    }
    expect(readEventLog(EVENT_LOG_MAGIC).problems).toEqual([]); // the magic alone: an empty log, nothing wrong
  });

  it('a version this build does not know says which, without a reason it does not have', () => {
    const bytes = log();
    bytes[7] = 4;
    expect(readEventLog(bytes).problems).toEqual([{ offset: 7, recordIndex: 0, kind: 'bad-version', message: 'log format version 4, this build reads 3' }]);
  });

  it('a frame header cut short: offset, record number and message', () => {
    const good = log(record(1));
    const cut = Buffer.concat([good, new Uint8Array(7)]);
    const read = readEventLog(cut);
    expect(read.records).toHaveLength(1);
    expect(read.problems).toEqual([{ offset: good.length, recordIndex: 2, kind: 'truncated', message: `record 2 at byte ${good.length}: 7 bytes left, a frame header needs 8` }]);
    expect(read.bytesRead).toBe(good.length);
    const headerCut = readEventLog(Buffer.concat([EVENT_LOG_MAGIC, new Uint8Array(3)]));
    expect(headerCut.problems[0]).toEqual({ offset: 8, recordIndex: 0, kind: 'truncated', message: 'the header at byte 8: 3 bytes left, a frame header needs 8' });
  });

  it('a payload cut short: how much it needs and how much is left', () => {
    const good = log(record(1));
    const read = readEventLog(Buffer.concat([good, frameHeader(10), new Uint8Array(9)]));
    expect(read.problems).toEqual([{ offset: good.length, recordIndex: 2, kind: 'truncated', message: `record 2 at byte ${good.length}: needs 10 bytes, 9 left` }]);
    // Exactly enough bytes is a whole frame (then judged by its checksum).
    expect(readEventLog(Buffer.concat([good, frameHeader(10), new Uint8Array(10)])).problems[0]?.kind).toBe('checksum');
  });

  it('the record limit: a length of exactly the limit is framed, one more is refused as oversized and ends the read', () => {
    const good = log(record(1));
    const atLimit = readEventLog(Buffer.concat([good, frameHeader(EVENT_LOG_RECORD_BYTES_MAX)]));
    expect(atLimit.problems.map((p) => p.kind)).toEqual(['truncated']);
    const over = readEventLog(Buffer.concat([good, frameHeader(EVENT_LOG_RECORD_BYTES_MAX + 1), record(2)]), { skipCorrupt: true });
    expect(over.problems).toEqual([
      { offset: good.length, recordIndex: 2, kind: 'oversized', message: `record 2 at byte ${good.length}: length ${EVENT_LOG_RECORD_BYTES_MAX + 1} exceeds ${EVENT_LOG_RECORD_BYTES_MAX}` },
    ]);
    expect(over.records).toHaveLength(1);
  });

  it('a damaged header is never skipped, even with skipCorrupt', () => {
    const bytes = log(record(1));
    bytes[EVENT_LOG_MAGIC.length + 9]! ^= 0xff;
    const read = readEventLog(bytes, { skipCorrupt: true });
    expect(read.header).toBeUndefined();
    expect(read.records).toEqual([]);
    expect(read.problems).toEqual([{ offset: 8, recordIndex: 0, kind: 'checksum', message: 'the header at byte 8: checksum mismatch' }]);
  });

  it('an undecodable header or record is named; skipCorrupt skips the record, never the header', () => {
    const badHeader = readEventLog(Buffer.concat([EVENT_LOG_MAGIC, garbage, record(1)]), { skipCorrupt: true });
    expect(badHeader.problems).toHaveLength(1);
    expect(badHeader.problems[0]).toMatchObject({ offset: 8, recordIndex: 0, kind: 'undecodable', message: expect.stringMatching(/^the header at byte 8: /) });
    expect(badHeader.records).toEqual([]);

    const start = log(record(1)).length;
    const bytes = log(record(1), garbage, record(2));
    const strict = readEventLog(bytes);
    expect(strict.records.map((r) => Number(r.seq))).toEqual([1]);
    expect(strict.problems).toEqual([expect.objectContaining({ offset: start, recordIndex: 2, kind: 'undecodable', message: expect.stringMatching(new RegExp(`^record 2 at byte ${start}: `)) })]);
    expect(strict.bytesRead).toBe(start);
    const lenient = readEventLog(bytes, { skipCorrupt: true });
    expect(lenient.records.map((r) => Number(r.seq))).toEqual([1, 2]); // seq 2 follows seq 1: no gap
    expect(lenient.problems.map((p) => p.kind)).toEqual(['undecodable']);
    expect(lenient.bytesRead).toBe(bytes.length);
  });

  it('a sequence gap: strict stops before the record, skipCorrupt keeps it and counts on from its seq', () => {
    const start = log(record(1)).length;
    const bytes = log(record(1), record(3), record(4), record(6));
    const strict = readEventLog(bytes);
    expect(strict.records.map((r) => Number(r.seq))).toEqual([1]);
    expect(strict.problems).toEqual([{ offset: start, recordIndex: 2, kind: 'sequence-gap', message: `record 2 at byte ${start}: seq 3, expected 2` }]);
    const lenient = readEventLog(bytes, { skipCorrupt: true });
    expect(lenient.records.map((r) => Number(r.seq))).toEqual([1, 3, 4, 6]);
    expect(lenient.problems.map((p) => [p.kind, p.recordIndex, p.message.replace(/ at byte \d+/, '')])).toEqual([
      ['sequence-gap', 2, 'record 2: seq 3, expected 2'],
      ['sequence-gap', 4, 'record 4: seq 6, expected 5'],
    ]);
  });

  it('a checksum error skipped counts as a record: the next one keeps its own record number', () => {
    const r2 = record(2);
    const damaged = Uint8Array.from(r2);
    damaged[9]! ^= 0xff;
    const read = readEventLog(log(record(1), damaged, record(3)), { skipCorrupt: true });
    expect(read.problems.map((p) => [p.kind, p.recordIndex])).toEqual([
      ['checksum', 2],
      ['sequence-gap', 3],
    ]);
  });

  it('scanEventLog: the header is read before the first record is asked for; problems fill in as records are read', () => {
    const scan = scanEventLog(log(record(1), record(3)));
    expect(scan.header?.scenario).toBe('baseline');
    expect(scan.problems).toEqual([]);
    expect([...scan.records].map((r) => Number(r.seq))).toEqual([1]);
    expect(scan.problems.map((p) => p.kind)).toEqual(['sequence-gap']);
  });
});

describe('event log reader rules (found by mutation testing, session 17)', () => {
  const event = { fill: { fillId: 7, marketId: 1, priceTicks: 50_000, sizeLots: 4, takerAccountId: 'a', makerAccountId: 'b' } };
  /** Every record scanned with acceptEvent: what it was handed, each record's seq, time, prejudged flag, payload and bytesRead. */
  const scanAccepting = (bytes: Uint8Array, accept: boolean, skipCorrupt = false) => {
    // What acceptEvent was handed: the event's bytes, bytes[eventAt, end) of the view the record lies in.
    const handed: string[] = [];
    const read = scanEventLog(bytes, { skipCorrupt, acceptEvent: (view, eventAt, end) => (handed.push(Buffer.from(view.subarray(eventAt, end)).toString('hex')), accept) });
    const out: Array<{ seq: number; timeUs: number; prejudged: boolean; payload: string; bytesRead: number; fillId: number | undefined }> = [];
    for (const r of read.records) {
      out.push({ seq: Number(r.seq), timeUs: Number(r.timeUs), prejudged: read.prejudged, payload: Buffer.from(read.payload!).toString('hex'), bytesRead: read.bytesRead, fillId: r.event?.fill?.fillId ?? undefined });
    }
    return { out, problems: read.problems, handed, bytesRead: read.bytesRead };
  };

  it('an empty payload (a frame of exactly 8 bytes) is framed, then judged: a record without seq is a gap', () => {
    const good = log(record(1));
    const read = readEventLog(Buffer.concat([good, frameHeader(0, 0)]));
    expect(read.problems).toEqual([{ offset: good.length, recordIndex: 2, kind: 'sequence-gap', message: `record 2 at byte ${good.length}: seq 0, expected 2` }]);
  });

  it('an accepted record: multi-byte seq and a time above 2^32 read from the frame, its payload and bytesRead kept, the gap before it reported (skipCorrupt counts on from it)', () => {
    const r1 = encodeLogRecord({ seq: 1, timeUs: 5, event });
    const r300 = encodeLogRecord({ seq: 300, timeUs: 2 ** 40 + 3, event });
    const r301 = encodeLogRecord({ seq: 301, timeUs: 2 ** 48 - 1, event });
    const bytes = log(r1, r300, r301);
    const { out, problems, handed } = scanAccepting(bytes, true, true);
    expect(out.map((r) => [r.seq, r.timeUs, r.prejudged, r.payload])).toEqual([
      [1, 5, true, Buffer.from(r1.subarray(8)).toString('hex')],
      [300, 2 ** 40 + 3, true, Buffer.from(r300.subarray(8)).toString('hex')],
      [301, 2 ** 48 - 1, true, Buffer.from(r301.subarray(8)).toString('hex')],
    ]);
    expect(out.map((r) => r.bytesRead)).toEqual([header().length + r1.length, header().length + r1.length + r300.length, bytes.length]);
    expect(problems).toEqual([{ offset: header().length + r1.length, recordIndex: 2, kind: 'sequence-gap', message: `record 2 at byte ${header().length + r1.length}: seq 300, expected 2` }]);
    // The event's own bytes: after seq, time and the event's tag and length, to the record's end.
    expect(handed[0]).toBe(Buffer.from(encodeMessage('VenueEvent', event)).toString('hex'));
    // Without skipCorrupt the gap stops the read before the record.
    const strict = scanAccepting(bytes, true);
    expect(strict.out.map((r) => r.seq)).toEqual([1]);
    expect(strict.problems.map((p) => p.kind)).toEqual(['sequence-gap']);
  });

  it('a seq or time of more than 7 varint bytes, or a record holding more than seq, time and the event, is decoded as any record', () => {
    const bigTime = encodeLogRecord({ seq: 1, timeUs: 2 ** 50, event });
    const read = scanAccepting(log(bigTime), true);
    expect(read.out.map((r) => [r.seq, r.timeUs, r.prejudged])).toEqual([[1, 2 ** 50, false]]);
    // The event and a note (two members of the body): not the light shape, and refused when decoded.
    const both = encodeFrame(encodeMessage('LogRecord', { seq: 1, timeUs: 1, event, note: 'x' }));
    const refused = scanAccepting(log(both), true);
    expect(refused.out).toEqual([]);
    expect(refused.handed).toEqual([]);
    expect(refused.problems.map((p) => p.kind)).toEqual(['undecodable']);
    // A record without seq or time but with its event: light, seq 0 (a gap), time 0.
    const bare = encodeLogRecord({ event });
    const lenient = scanAccepting(log(record(1), bare), true, true);
    expect(lenient.out.map((r) => [r.seq, r.timeUs, r.prejudged])).toEqual([[1, 1, false], [0, 0, true]]);
    expect(lenient.handed).toEqual([Buffer.from(encodeMessage('VenueEvent', event)).toString('hex')]);
  });

  it('an event record the judge refuses is decoded, and its bytesRead and payload are its own', () => {
    const r1 = encodeLogRecord({ seq: 1, timeUs: 9, event });
    const read = scanAccepting(log(r1), false);
    expect(read.out).toEqual([{ seq: 1, timeUs: 9, prejudged: false, payload: Buffer.from(r1.subarray(8)).toString('hex'), bytesRead: header().length + r1.length, fillId: 7 }]);
  });

  it('a log of its header alone has no records; a LogBytes source reads as the bytes do', () => {
    const only = readEventLog(header());
    expect(only.records).toEqual([]);
    expect(only.header?.scenario).toBe('baseline');
    expect(only.bytesRead).toBe(header().length);
    const bytes = log(record(1), record(2), garbage, record(4));
    const source = { length: bytes.length, read: (offset: number, length: number) => Uint8Array.from(bytes.subarray(offset, offset + length)) };
    for (const skipCorrupt of [false, true]) {
      const fromSource = readEventLog(source, { skipCorrupt });
      const fromBytes = readEventLog(bytes, { skipCorrupt });
      expect(fromSource).toEqual(fromBytes);
      expect(fromSource.records.length).toBe(skipCorrupt ? 3 : 2);
    }
  });

  it('logRecordEventBytes: field 11 of another wire type is not the event; fields around it are skipped', () => {
    const record11 = encodeMessage('LogRecord', { seq: 2, timeUs: 300 });
    expect(logRecordEventBytes(Uint8Array.from([...record11, (11 << 3) | 0, 5]))).toBeUndefined();
    const eventBytes = encodeMessage('VenueEvent', event);
    const withTrailer = Uint8Array.from([...encodeMessage('LogRecord', { seq: 2, timeUs: 300, event }), (14 << 3) | 2, 1, 0x78]);
    expect(Buffer.from(logRecordEventBytes(withTrailer)!).toString('hex')).toBe(Buffer.from(eventBytes).toString('hex'));
  });
});
