/** The event log's framing: round trip, and every kind of damage found with its position. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeFrame, encodeLogHeader, encodeLogRecord, encodeMessage, logRecordEventBytes, readEventLog, scanEventLog, EVENT_LOG_MAGIC } from '@faultline/protocol';

function sampleLog(records = 20): { bytes: Uint8Array; offsets: number[] } {
  const parts: Uint8Array[] = [encodeLogHeader({ runId: 'r1', scenario: 'baseline', seed: 7, createdBy: 'sim' })];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  for (let seq = 1; seq <= records; seq++) {
    const frame = encodeLogRecord({ seq, timeUs: seq * 1000, note: `record ${seq}` });
    offsets.push(at);
    at += frame.length;
    parts.push(frame);
  }
  return { bytes: Buffer.concat(parts), offsets };
}

describe('event log framing', () => {
  it('round trips a header and records', () => {
    const { bytes } = sampleLog();
    const read = readEventLog(bytes);
    expect(read.problems).toEqual([]);
    expect(read.header?.scenario).toBe('baseline');
    expect(read.records.map((r) => r.note)).toEqual(Array.from({ length: 20 }, (_, i) => `record ${i + 1}`));
  });

  it('a flipped bit anywhere is found at its record, never read as good data', () => {
    const { bytes, offsets } = sampleLog();
    fc.assert(
      fc.property(fc.integer({ min: EVENT_LOG_MAGIC.length, max: bytes.length - 1 }), fc.integer({ min: 0, max: 7 }), (position, bit) => {
        const damaged = new Uint8Array(bytes);
        damaged[position]! ^= 1 << bit;
        const read = readEventLog(damaged);
        expect(read.problems.length).toBeGreaterThan(0);
        const problem = read.problems[0]!;
        // The problem is reported at the frame holding the flipped byte (or the one whose length it corrupts).
        const frameStart = [EVENT_LOG_MAGIC.length, ...offsets].filter((o) => o <= position).at(-1)!;
        expect(problem.offset).toBe(frameStart);
        expect(read.records.every((r) => r.note === `record ${Number(r.seq)}`)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a truncated tail is reported with its offset and record number; what precedes is kept', () => {
    const { bytes, offsets } = sampleLog();
    const cut = bytes.subarray(0, offsets[10]! + 5);
    const read = readEventLog(cut);
    expect(read.records).toHaveLength(10);
    expect(read.problems[0]).toMatchObject({ kind: 'truncated', offset: offsets[10], recordIndex: 11 });
  });

  it('a wrong format version or magic is refused at byte 7 / 0', () => {
    const { bytes } = sampleLog(2);
    const wrongVersion = new Uint8Array(bytes);
    wrongVersion[7] = 9;
    expect(readEventLog(wrongVersion).problems[0]).toMatchObject({ kind: 'bad-version', offset: 7 });
    expect(readEventLog(new Uint8Array([1, 2, 3])).problems[0]).toMatchObject({ kind: 'bad-magic', offset: 0 });
  });

  it('a format 1 log (whole-snapshot state hashes) is refused as bad-version, saying why', () => {
    const { bytes } = sampleLog(2);
    const formatOne = new Uint8Array(bytes);
    formatOne[7] = 1;
    const read = readEventLog(formatOne);
    expect(read.records).toEqual([]);
    expect(read.problems).toEqual([{ offset: 7, recordIndex: 0, kind: 'bad-version', message: expect.stringMatching(/^log format version 1, this build reads 3: format 1 recorded whole-snapshot state hashes/) }]);
  });

  it('frames cut out of small views (frames crossing a view, views shorter than a frame) read as from one view, damaged or cut', () => {
    const { bytes } = sampleLog();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 7 }))),
        fc.integer({ min: 0, max: bytes.length }),
        fc.boolean(),
        (viewBytes, flip, cut, skipCorrupt) => {
          const damaged = new Uint8Array(bytes.subarray(0, cut));
          if (flip && flip[0] < cut) damaged[flip[0]]! ^= 1 << flip[1];
          const scan = (options: { viewBytes?: number }) => {
            const read = scanEventLog(damaged, { skipCorrupt, ...options });
            const records = [...read.records];
            return { records, problems: read.problems, header: read.header, bytesRead: read.bytesRead };
          };
          expect(scan({ viewBytes })).toEqual(scan({}));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('--skip-corrupt skips a damaged record and reports the sequence gap after it', () => {
    const { bytes, offsets } = sampleLog();
    const damaged = new Uint8Array(bytes);
    damaged[offsets[4]! + 12]! ^= 0xff; // inside record 5's payload
    const strict = readEventLog(damaged);
    expect(strict.records).toHaveLength(4);
    expect(strict.problems[0]).toMatchObject({ kind: 'checksum', recordIndex: 5, offset: offsets[4] });
    const lenient = readEventLog(damaged, { skipCorrupt: true });
    expect(lenient.records).toHaveLength(19);
    expect(lenient.problems.map((p) => p.kind)).toEqual(['checksum', 'sequence-gap']);
  });
});

describe('logRecordEventBytes', () => {
  const event = { fill: { fillId: 7, marketId: 1, takerOrderId: 3, makerOrderId: 2, priceTicks: 50_000, sizeLots: 4, takerAccountId: 'a', makerAccountId: 'b' } };
  it("is the event's bytes as the record holds them", () => {
    const payload = encodeMessage('LogRecord', { seq: 9, timeUs: 1, event });
    expect(Buffer.from(logRecordEventBytes(payload)!).equals(encodeMessage('VenueEvent', event))).toBe(true);
  });
  it('is undefined without an event, and when the field occurs twice (protobuf merges them: only the decode says what they mean)', () => {
    expect(logRecordEventBytes(encodeMessage('LogRecord', { seq: 9, timeUs: 1, note: 'x' }))).toBeUndefined();
    const once = encodeMessage('LogRecord', { seq: 9, timeUs: 1, event });
    const again = encodeMessage('LogRecord', { event: { fill: { sizeLots: 5 } } });
    expect(logRecordEventBytes(Buffer.concat([once, again]))).toBeUndefined();
  });
});

describe('scanEventLog acceptEvent: an event record judged by its bytes is not decoded', () => {
  const event = { fill: { fillId: 7, marketId: 1, takerOrderId: 3, makerOrderId: 2, priceTicks: 50_000, sizeLots: 4, takerAccountId: 'a', makerAccountId: 'b' } };
  const eventBytes = encodeMessage('VenueEvent', event);
  const header = encodeLogHeader({ runId: 'r1', scenario: 'baseline', seed: 7, createdBy: 'sim' });
  const scan = (records: Uint8Array[], accept: (bytes: Uint8Array) => boolean) => {
    // acceptEvent is handed the view the record lies in and where its event starts and ends.
    const read = scanEventLog(Buffer.concat([header, ...records]), { acceptEvent: (bytes, eventAt, end) => accept(bytes.subarray(eventAt, end)) });
    const out: Array<{ seq: number; timeUs: number; prejudged: boolean; fillId: number | undefined }> = [];
    for (const record of read.records) out.push({ seq: Number(record.seq), timeUs: Number(record.timeUs), prejudged: read.prejudged, fillId: record.event?.fill?.fillId ?? undefined });
    return { out, problems: read.problems };
  };

  it('accepted bytes are yielded undecoded with their seq and time; rejected ones, and other records, are decoded', () => {
    const seen: string[] = [];
    const accept = (bytes: Uint8Array) => {
      seen.push(Buffer.from(bytes).toString('hex'));
      return Buffer.from(bytes).equals(eventBytes);
    };
    const other = { fill: { ...event.fill, fillId: 8 } };
    const { out, problems } = scan([encodeLogRecord({ seq: 1, timeUs: 5, note: 'n' }), encodeLogRecord({ seq: 2, timeUs: 6, event }), encodeLogRecord({ seq: 3, event: other })], accept);
    expect(problems).toEqual([]);
    expect(out).toEqual([
      { seq: 1, timeUs: 5, prejudged: false, fillId: undefined },
      { seq: 2, timeUs: 6, prejudged: true, fillId: undefined },
      { seq: 3, timeUs: 0, prejudged: false, fillId: 8 },
    ]);
    expect(seen).toEqual([Buffer.from(eventBytes).toString('hex'), Buffer.from(encodeMessage('VenueEvent', other)).toString('hex')]);
  });

  it('a sequence gap is found in accepted records too', () => {
    const { out, problems } = scan([encodeLogRecord({ seq: 1, timeUs: 5, event }), encodeLogRecord({ seq: 3, timeUs: 6, event })], () => true);
    expect(out.map((r) => r.seq)).toEqual([1]);
    expect(problems).toEqual([expect.objectContaining({ kind: 'sequence-gap', recordIndex: 2 })]);
  });

  it('a record holding more than seq, time and one event (here the event twice, which protobuf merges) is decoded as any record', () => {
    const once = encodeMessage('LogRecord', { seq: 1, timeUs: 1, event });
    const twice = Buffer.concat([once, encodeMessage('LogRecord', { event: { fill: { sizeLots: 5 } } })]);
    const { out } = scan([encodeFrame(twice)], () => true);
    expect(out).toEqual([{ seq: 1, timeUs: 1, prejudged: false, fillId: 7 }]);
  });
});
