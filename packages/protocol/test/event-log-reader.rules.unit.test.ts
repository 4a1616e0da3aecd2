/**
 * More of the event log reader's rules (found by mutation testing, session 18: event-log.ts'
 * survivors after the session 17 tests):
 * - a log is read a view at a time: a source is asked for the magic and then one view while the
 *   frames fit in it — not once per frame (VIEW_BYTES; a frame header or payload that ends exactly
 *   at the view's end needs no new view). The other tests judged only what was read, and a reader
 *   that asks for every frame on its own reads the same records.
 * - the scan's prejudged flag is false until a record is accepted unread (a header-only log);
 * - --skip-corrupt counts records on past an undecodable one;
 * - acceptEvent is never handed a record whose seq or time is a varint longer than 7 bytes (it is
 *   decoded, and refused when its value is not a safe integer), and is handed an empty event;
 * - logRecordEventBytes skips the fields before the event by their wire type, even when a value's
 *   bytes look like the event's tag.
 */
import { describe, expect, it } from 'vitest';
import { encodeFrame, encodeLogHeader, encodeLogRecord, encodeMessage, logRecordEventBytes, readEventLog, scanEventLog, type LogBytes } from '@faultline/protocol';

const header = () => encodeLogHeader({ runId: 'r1', scenario: 'baseline', seed: 7, createdBy: 'sim' });
const log = (...parts: Uint8Array[]) => Buffer.concat([header(), ...parts]);
const event = { fill: { fillId: 7, marketId: 1, priceTicks: 50_000, sizeLots: 4, takerAccountId: 'a', makerAccountId: 'b' } };

/** A LogBytes source over `bytes` that records every read (offset, length). */
function counted(bytes: Uint8Array): LogBytes & { reads: Array<[number, number]> } {
  const reads: Array<[number, number]> = [];
  return { length: bytes.length, reads, read: (offset, length) => (reads.push([offset, length]), Uint8Array.from(bytes.subarray(offset, offset + length))) };
}

describe('a log is read a view at a time', () => {
  it('300 records within one view: the magic, then one view of 1 MiB — the last payload ends at the view\'s end', () => {
    const records = Array.from({ length: 300 }, (_, i) => encodeLogRecord({ seq: i + 1, timeUs: i, note: `record ${i + 1}` }));
    const bytes = log(...records);
    const source = counted(bytes);
    const read = readEventLog(source);
    expect(read.problems).toEqual([]);
    expect(read.records.length).toBe(300);
    expect(source.reads).toEqual([[0, 8], [8, 1024 * 1024]]);
  });

  it('a frame header that ends exactly at the view\'s end, with an empty payload, needs no new view', () => {
    const bytes = log(encodeFrame(new Uint8Array(0)));
    const source = counted(bytes);
    const read = readEventLog(source);
    expect(read.problems.map((p) => p.kind)).toEqual(['sequence-gap']); // framed and judged: seq 0
    expect(source.reads).toEqual([[0, 8], [8, 1024 * 1024]]);
  });

  it('with small views, a view is read again only when a frame (its header, then its payload) passes its end', () => {
    const frames = [header().subarray(8), ...Array.from({ length: 20 }, (_, i) => encodeLogRecord({ seq: i + 1, timeUs: i, note: 'n'.repeat(i) }))];
    const bytes = log(...frames.slice(1));
    const source = counted(bytes);
    expect([...scanEventLog(source, { viewBytes: 64 }).records].length).toBe(20);
    // The rule, frame by frame: a new view from the frame's start when its header, then when its
    // payload, passes the end of the bytes the current view holds.
    const expected: Array<[number, number]> = [[0, 8]];
    let viewEnd = 8;
    let at = 8;
    for (const frame of frames) {
      if (at + 8 > viewEnd) {
        expected.push([at, 64]);
        viewEnd = Math.min(at + 64, bytes.length);
      }
      if (at + frame.length > viewEnd) {
        expected.push([at, Math.max(64, frame.length)]);
        viewEnd = Math.min(at + Math.max(64, frame.length), bytes.length);
      }
      at += frame.length;
    }
    expect(at).toBe(bytes.length);
    expect(source.reads).toEqual(expected);
    expect(expected.length).toBeLessThan(frames.length); // several frames share a view
  });
});

describe('scan state and record numbers', () => {
  it('a header-only log: prejudged is false and no payload is set, before and after iterating', () => {
    const scan = scanEventLog(header(), { acceptEvent: () => true });
    expect(scan.prejudged).toBe(false);
    expect(scan.payload).toBeUndefined();
    expect([...scan.records]).toEqual([]);
    expect(scan.prejudged).toBe(false);
  });

  it('--skip-corrupt counts records on past an undecodable one: the next problem names the next record', () => {
    const garbage = encodeFrame(Uint8Array.from([0xff, 0xff, 0xff]));
    const good = log(encodeLogRecord({ seq: 1, timeUs: 1 }));
    const read = readEventLog(Buffer.concat([good, garbage, garbage]), { skipCorrupt: true });
    expect(read.problems.map((p) => [p.kind, p.recordIndex, p.offset])).toEqual([
      ['undecodable', 2, good.length],
      ['undecodable', 3, good.length + garbage.length],
    ]);
    expect(read.problems[1]!.message.startsWith(`record 3 at byte ${good.length + garbage.length}: `)).toBe(true);
  });
});

describe('what acceptEvent is handed', () => {
  /** A record payload: field `tag`'s varint of 8 bytes (7 with the continuation bit, then 0x5a: the event's own tag byte), then an empty event. */
  const longVarint = (tag: number) => Uint8Array.from([tag, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x5a, 0x00]);

  for (const [field, tag] of [['seq', 0x08], ['time', 0x10]] as const) {
    it(`a ${field} of 8 varint bytes is not read from the frame (not as -1, not as 1): the record is decoded, and refused`, () => {
      const handed: number[] = [];
      const bytes = log(encodeFrame(longVarint(tag)));
      const read = scanEventLog(bytes, { acceptEvent: (_payload, at) => (handed.push(at), true) });
      expect([...read.records]).toEqual([]);
      expect(handed).toEqual([]);
      expect(read.problems.map((p) => [p.kind, p.recordIndex])).toEqual([['undecodable', 1]]);
    });
  }

  it('an empty event is handed over and, accepted, read from the frame', () => {
    const handed: number[][] = [];
    const record = encodeLogRecord({ seq: 1, timeUs: 3, event: {} });
    expect(Buffer.from(record.subarray(8)).toString('hex')).toBe('080110035a00'); // seq, time, the event of length 0
    const bytes = log(record);
    const scan = scanEventLog(bytes, { acceptEvent: (_view, at, end) => (handed.push([at, end]), true) });
    const out = [...scan.records].map((r) => [Number(r.seq), Number(r.timeUs), scan.prejudged]);
    expect(out).toEqual([[1, 3, true]]);
    // The view starts after the magic: the event is the record's last 0 bytes, 6 into its payload.
    expect(handed).toEqual([[bytes.length - 8, bytes.length - 8]]);
  });
});

describe('logRecordEventBytes', () => {
  it('skips the fields before the event by their wire type: a time of 90 (0x5a, the event\'s tag byte) is not the event', () => {
    const payload = encodeMessage('LogRecord', { seq: 1, timeUs: 90, event });
    expect(Buffer.from(payload.subarray(0, 5)).toString('hex')).toBe('0801105a5a');
    expect(Buffer.from(logRecordEventBytes(payload)!).toString('hex')).toBe(Buffer.from(encodeMessage('VenueEvent', event)).toString('hex'));
  });
});
