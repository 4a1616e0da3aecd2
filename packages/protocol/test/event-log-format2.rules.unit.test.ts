/**
 * Format 3 (session 25): state hashes are the venue's layout v3 root, so a format 2 log (layout v2
 * roots: principals hashed in buckets of 64) is refused as bad-version, saying why, rather than
 * replayed into a hashes-match failure at every height.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_LOG_FORMAT_VERSION, EVENT_LOG_MAGIC, encodeLogHeader, encodeLogRecord, readEventLog } from '@faultline/protocol';

function log(): Uint8Array {
  const header = encodeLogHeader({ runId: 'r', scenario: 's', seed: 1, policy: 'p', createdBy: 'test' });
  const record = encodeLogRecord({ seq: 1, timeUs: 5, stateHash: { height: 1, replicaId: 'exec-1', hash: new Uint8Array(32) } });
  const bytes = new Uint8Array(header.length + record.length);
  bytes.set(header);
  bytes.set(record, header.length);
  return bytes;
}

describe('format 3', () => {
  it('is what this build writes: the magic and the header say 3', () => {
    expect(EVENT_LOG_FORMAT_VERSION).toBe(3);
    expect([...EVENT_LOG_MAGIC]).toEqual([0x46, 0x4c, 0x54, 0x4c, 0x4f, 0x47, 0x00, 3]);
    const read = readEventLog(log());
    expect(read.problems).toEqual([]);
    expect(read.header?.formatVersion).toBe(3);
    expect(read.records).toHaveLength(1);
  });

  it('a format 2 log is refused as bad-version at byte 7, with the reason and no record', () => {
    const bytes = log();
    bytes[7] = 2;
    const read = readEventLog(bytes);
    expect(read.records).toEqual([]);
    expect(read.problems).toEqual([
      {
        offset: 7,
        recordIndex: 0,
        kind: 'bad-version',
        message:
          'log format version 2, this build reads 3: format 2 recorded state hashes of layout v2 (principals hashed in buckets of 64), which this build no longer computes (format 3 records layout v3 roots: each principal hashed on its own); replay it with a build before layout v3 (main before session 25)',
      },
    ]);
  });
});
