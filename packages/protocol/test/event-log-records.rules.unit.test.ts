/**
 * scanEventLog's `records` (event-log.ts): the reader's own generator after the header it read up
 * front, handed out as one iterator (a second generator delegating to it cost every record of a
 * large log a second resumption). The rules: the first record comes first, then the rest in
 * order, then done; it is its own iterator (for-of over it, and over it again, continue where
 * it was); leaving a for-of early closes the reader (return: nothing more is read); throw()
 * reaches the reader; a log with only a header yields nothing.
 */
import { describe, expect, it } from 'vitest';
import { encodeLogHeader, encodeLogRecord, scanEventLog } from '@faultline/protocol';

const header = () => encodeLogHeader({ runId: 'r1', scenario: 'baseline', seed: 7, createdBy: 'sim' });
const log = (n: number) => Buffer.concat([header(), ...Array.from({ length: n }, (_, i) => encodeLogRecord({ seq: i + 1, timeUs: i, note: `record ${i + 1}` }))]);

describe('scanEventLog records', () => {
  it('yields every record in order, then done, and is its own iterator', () => {
    const scan = scanEventLog(log(3));
    expect(scan.header?.runId).toBe('r1');
    expect(scan.records[Symbol.iterator]()).toBe(scan.records);
    const seqs: number[] = [];
    for (const record of scan.records) {
      seqs.push(Number(record.seq));
      if (seqs.length === 1) break;
    }
    expect(seqs).toEqual([1]);
    // break closed it: nothing more.
    expect(scan.records.next().done).toBe(true);
    const again = scanEventLog(log(3));
    expect(again.records.next().value?.note).toBe('record 1');
    expect([...again.records].map((r) => r.note)).toEqual(['record 2', 'record 3']);
    expect(again.records.next()).toEqual({ done: true, value: undefined });
  });

  it('return() before the first record is taken closes the reader: that record (read with the header) is dropped, nothing more is read', () => {
    const scan = scanEventLog(log(2));
    const read = scan.bytesRead;
    expect(scan.records.return(undefined).done).toBe(true);
    expect(scan.records.next().done).toBe(true);
    expect(scan.bytesRead).toBe(read);
    expect(read).toBeLessThan(log(2).length);
  });

  it('throw() reaches the reader (it ends: nothing more is read)', () => {
    const scan = scanEventLog(log(2));
    expect(() => scan.records.throw(new Error('stop here'))).toThrow('stop here');
    expect(scan.records.next().done).toBe(true);
  });

  it('a log with only a header: the header, and no record', () => {
    const scan = scanEventLog(header());
    expect(scan.header?.scenario).toBe('baseline');
    expect([...scan.records]).toEqual([]);
  });
});
