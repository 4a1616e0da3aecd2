/** LogFile: a log read from its file a window at a time reads exactly as the same bytes in memory. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeLogHeader, encodeLogRecord, readEventLog } from '@faultline/protocol';
import { LogFile } from '../src/log-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'log-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sampleLog(records: number): Uint8Array {
  const parts = [encodeLogHeader({ runId: 'r1', scenario: 'baseline', seed: 7, createdBy: 'sim' })];
  for (let seq = 1; seq <= records; seq++) parts.push(encodeLogRecord({ seq, timeUs: seq * 1000, stateHash: { height: seq, hash: new Uint8Array(32).fill(seq), replicaId: `exec-${'x'.repeat(seq % 13)}` } }));
  return Buffer.concat(parts);
}

describe('LogFile', () => {
  it('reads the same records and problems as the whole bytes, whatever the window, damage or cut', () => {
    const bytes = sampleLog(30);
    let file = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 7 }))),
        fc.integer({ min: 0, max: bytes.length }),
        fc.boolean(),
        (window, flip, cut, skipCorrupt) => {
          const damaged = new Uint8Array(bytes.subarray(0, cut));
          if (flip && flip[0] < cut) damaged[flip[0]]! ^= 1 << flip[1];
          const path = join(dir, `log-${file++}.fllog`);
          writeFileSync(path, damaged);
          const source = new LogFile(path, window);
          try {
            const fromFile = readEventLog(source, { skipCorrupt });
            // As a Buffer, like the readFileSync the CLI used before: bytes fields then decode as Buffers too.
            const fromBytes = readEventLog(Buffer.from(damaged), { skipCorrupt });
            expect(fromFile.problems).toEqual(fromBytes.problems);
            expect(fromFile.header).toEqual(fromBytes.header);
            expect(fromFile.records).toEqual(fromBytes.records);
            expect(fromFile.bytesRead).toBe(fromBytes.bytesRead);
          } finally {
            source.close();
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('records decoded from an earlier window keep their bytes when later windows are read', () => {
    const bytes = sampleLog(50);
    const path = join(dir, 'windows.fllog');
    writeFileSync(path, bytes);
    const source = new LogFile(path, 16);
    const records = readEventLog(source).records;
    source.close();
    // protobufjs decodes bytes fields as views into the frame's memory: a reused window would change them.
    expect(records.map((r) => Buffer.from(r.stateHash!.hash!).toString('hex'))).toEqual(Array.from({ length: 50 }, (_, i) => Buffer.alloc(32, i + 1).toString('hex')));
  });
});
