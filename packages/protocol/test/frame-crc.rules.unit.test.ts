/**
 * The log reader's CRC-32 (frame-crc.ts) is zlib's crc32 exactly: every length from 0 to ~300
 * (every tail of the 8-byte walk), random payloads at any offset, all-ones bytes, a block-sized
 * payload; and one flipped bit changes it.
 */
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { frameCrc } from '../src/frame-crc.ts';

/** Past the lengths the tests walk one by one. */
const SMALL_MAX = 256;

describe('frameCrc', () => {
  it('equals zlib crc32 for every length up to past SMALL_MAX, on patterned and all-ones bytes', () => {
    const bytes = Uint8Array.from({ length: SMALL_MAX + 40 }, (_, i) => (i * 7919 + 13) & 0xff);
    const ones = new Uint8Array(SMALL_MAX + 40).fill(0xff);
    for (let n = 0; n <= bytes.length; n++) {
      expect(frameCrc(bytes.subarray(0, n))).toBe(crc32(bytes.subarray(0, n)));
      expect(frameCrc(ones.subarray(3, 3 + Math.min(n, ones.length - 3)))).toBe(crc32(ones.subarray(3, 3 + Math.min(n, ones.length - 3))));
    }
  });

  it('equals zlib crc32 on random payloads at any offset of a larger buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2 * SMALL_MAX }), fc.nat(7), (payload, at) => {
        const host = new Uint8Array(payload.length + 16);
        host.set(payload, at);
        const view = host.subarray(at, at + payload.length);
        expect(frameCrc(view)).toBe(crc32(view));
      }),
      { numRuns: 500, seed: 2103 },
    );
  });

  it('equals zlib crc32 on a block-sized payload (300 KB)', () => {
    const big = Uint8Array.from({ length: 300_001 }, (_, i) => (i * 2654435761) >>> 24);
    expect(frameCrc(big)).toBe(crc32(big));
  });

  it('one flipped bit anywhere in a short payload changes it', () => {
    const payload = Uint8Array.from({ length: 100 }, (_, i) => i);
    const clean = frameCrc(payload);
    for (let i = 0; i < payload.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const bad = Uint8Array.from(payload);
        bad[i] = (bad[i] as number) ^ (1 << bit);
        expect(frameCrc(bad)).not.toBe(clean);
      }
    }
  });
});
