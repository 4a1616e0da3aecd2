/**
 * The txs hash (hashing.ts txsHash) is sha256 over each tx as its length (4 bytes, big-endian)
 * then its bytes: checked against that definition, written out with a streaming hash, over random
 * tx lists (none, empty txs, views into a larger buffer, txs past 64 KiB), and pinned for two lists.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hex, txsHash } from '@faultline/consensus';

function reference(txs: readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const tx of txs) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(tx.length);
    hash.update(length).update(tx);
  }
  return hash.digest('hex');
}

const view = fc.tuple(fc.uint8Array({ maxLength: 64 }), fc.nat(8), fc.nat(8)).map(([bytes, before, after]) => {
  const frame = new Uint8Array(before + bytes.length + after).fill(0xee);
  frame.set(bytes, before);
  return frame.subarray(before, before + bytes.length);
});

describe('txsHash', () => {
  it('is sha256 of each tx as its 4-byte big-endian length then its bytes (random lists, views into frames)', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.uint8Array({ maxLength: 200 }), view), { maxLength: 40 }), (txs) => hex(txsHash(txs)) === reference(txs)), { numRuns: 300 });
  });

  it('a tx past 64 KiB (its length needs the third byte)', () => {
    const big = new Uint8Array(70_000).map((_, i) => i % 251);
    expect(hex(txsHash([big, new Uint8Array(0), Uint8Array.of(1)]))).toBe(reference([big, new Uint8Array(0), Uint8Array.of(1)]));
  });

  it('pinned: no txs, and two small txs', () => {
    expect(hex(txsHash([]))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(txsHash([Uint8Array.of(1, 2), Uint8Array.of(3)]))).toBe(reference([Uint8Array.of(1, 2), Uint8Array.of(3)]));
    expect(hex(txsHash([Uint8Array.of(1, 2), Uint8Array.of(3)]))).toBe(createHash('sha256').update(Uint8Array.of(0, 0, 0, 2, 1, 2, 0, 0, 0, 1, 3)).digest('hex'));
  });
});
