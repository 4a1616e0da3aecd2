/**
 * The reader cuts no view per record (session 23): a frame's checksum is taken where the payload
 * lies in the reader's view of the log, acceptEvent is handed that view with the event's start
 * and end, and the payload of a record accepted unread is cut from its view only when asked for.
 */
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeLogHeader, encodeLogRecord, encodeMessage, scanEventLog } from '@faultline/protocol';
import { frameCrc } from '../src/frame-crc.ts';

const hex = (bytes: Uint8Array | undefined) => (bytes ? Buffer.from(bytes).toString('hex') : undefined);

describe('frameCrc of a range', () => {
  it('is zlib crc32 of bytes[start, end) for every start and length up to 20 in a 40-byte array', () => {
    const bytes = Uint8Array.from({ length: 40 }, (_, i) => (i * 37 + 11) & 0xff);
    for (let start = 0; start <= 20; start++) {
      for (let end = start; end <= start + 20; end++) expect(frameCrc(bytes, start, end)).toBe(crc32(bytes.subarray(start, end)));
    }
  });

  it('without a range: the whole array', () => {
    const bytes = Uint8Array.from({ length: 19 }, (_, i) => i * 13);
    expect(frameCrc(bytes)).toBe(crc32(bytes));
    expect(frameCrc(bytes, 3)).toBe(crc32(bytes.subarray(3)));
  });
});

describe('records read from a view', () => {
  const event = { fill: { fillId: 7, marketId: 1, priceTicks: 50_000, sizeLots: 4, takerAccountId: 'a', makerAccountId: 'b' } };
  const eventHex = hex(encodeMessage('VenueEvent', event));
  const header = encodeLogHeader({ runId: 'r1', scenario: 'baseline', seed: 7, createdBy: 'sim' });
  const records = [encodeLogRecord({ seq: 1, timeUs: 5, event }), encodeLogRecord({ seq: 2, timeUs: 6, note: 'n' }), encodeLogRecord({ seq: 3, timeUs: 7, event })];
  const bytes = Buffer.concat([header, ...records]);

  it('acceptEvent is handed the view every record lies in, the event\'s own bytes between eventAt and end', () => {
    const handed: Array<{ view: Uint8Array; event: string | undefined }> = [];
    const scan = scanEventLog(bytes, { acceptEvent: (view, at, end) => (handed.push({ view, event: hex(view.subarray(at, end)) }), true) });
    const payloads: Array<string | undefined> = [];
    for (const record of scan.records) payloads.push(`${Number(record.seq)} ${scan.prejudged} ${hex(scan.payload)}`);
    expect(handed.map((h) => h.event)).toEqual([eventHex, eventHex]);
    // One view for the two records (the log is far below a view): not a view per record.
    expect(handed[0]!.view).toBe(handed[1]!.view);
    expect(handed[0]!.view.length).toBe(bytes.length - 8);
    // Each record's payload, when asked for, is its own: accepted, decoded, accepted.
    expect(payloads).toEqual(records.map((r, i) => `${i + 1} ${i !== 1} ${hex(r.subarray(8))}`));
  });

  it('a corrupt frame is found by its checksum where it lies in the view (the frame after the header)', () => {
    const bad = Buffer.from(bytes);
    bad[header.length + 8 + 2] = bad[header.length + 8 + 2]! ^ 0x01; // a byte of the first record's payload
    const read = scanEventLog(bad, { acceptEvent: () => true });
    expect([...read.records]).toEqual([]);
    expect(read.problems.map((p) => [p.kind, p.recordIndex, p.offset])).toEqual([['checksum', 1, header.length]]);
    // The header's own checksum is taken over its payload only: the bytes after it do not count.
    const last = Buffer.from(bytes);
    last[last.length - 1] = last[last.length - 1]! ^ 0x01;
    const tail = scanEventLog(last);
    expect([...tail.records].map((r) => Number(r.seq))).toEqual([1, 2]);
    expect(tail.problems.map((p) => [p.kind, p.recordIndex])).toEqual([['checksum', 3]]);
  });
});
