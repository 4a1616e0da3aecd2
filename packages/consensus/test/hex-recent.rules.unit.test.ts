/**
 * hex() recognises a 32-byte hash among the last few it printed by comparing bytes (hashing.ts):
 * whatever the order, repetition or number of distinct hashes, and whatever a caller does to its
 * bytes after printing them, every answer is the bytes' hex as Buffer prints it.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hex } from '../src/hashing.ts';

const reference = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('hex of hashes, recognised among the recent ones', () => {
  it('repeats, interleavings and more distinct hashes than the ring holds: always the bytes’ hex', () => {
    const hashes = Array.from({ length: 20 }, () => new Uint8Array(randomBytes(32)));
    const order = [0, 1, 0, 2, 1, 0, ...Array.from({ length: 60 }, (_, i) => (i * 7) % 20), 0, 19, 0, 19, 3, 3, 3];
    for (const i of order) {
      const bytes = hashes[i] as Uint8Array;
      expect(hex(new Uint8Array(bytes))).toBe(reference(bytes));
      expect(hex(bytes)).toBe(reference(bytes));
    }
  });

  it('hashes that differ only in their last byte, or only in their first, are told apart', () => {
    const base = new Uint8Array(randomBytes(32));
    const last = new Uint8Array(base);
    last[31] = (last[31] as number) ^ 0x80;
    const first = new Uint8Array(base);
    first[0] = (first[0] as number) ^ 1;
    for (const bytes of [base, last, base, first, last, first, base]) expect(hex(bytes)).toBe(reference(bytes));
  });

  it('bytes changed in place after printing print as they are now (the ring keeps copies)', () => {
    const bytes = new Uint8Array(randomBytes(32));
    const before = hex(bytes);
    bytes[5] = (bytes[5] as number) ^ 0xff;
    expect(hex(bytes)).toBe(reference(bytes));
    expect(hex(bytes)).not.toBe(before);
    bytes[5] = (bytes[5] as number) ^ 0xff;
    expect(hex(bytes)).toBe(before);
  });

  it('a Buffer, a view into a larger buffer, and a Buffer changed after printing', () => {
    const frame = randomBytes(100);
    const view = new Uint8Array(frame.buffer, frame.byteOffset + 10, 32);
    expect(hex(view)).toBe(frame.subarray(10, 42).toString('hex'));
    const buffer = Buffer.from(randomBytes(32));
    const printed = hex(buffer);
    expect(printed).toBe(buffer.toString('hex'));
    buffer.fill(0);
    expect(hex(buffer)).toBe('00'.repeat(32));
    expect(hex(view)).toBe(frame.subarray(10, 42).toString('hex'));
  });

  it('other lengths and no bytes: their hex, and empty for none', () => {
    expect([hex(undefined), hex(null), hex(new Uint8Array(0))]).toEqual(['', '', '']);
    for (const length of [1, 16, 31, 33, 64]) {
      const bytes = new Uint8Array(randomBytes(length));
      expect(hex(bytes)).toBe(reference(bytes));
      expect(hex(bytes)).toBe(reference(bytes));
    }
    const zeros = new Uint8Array(32);
    expect([hex(zeros), hex(new Uint8Array(31))]).toEqual(['00'.repeat(32), '00'.repeat(31)]);
  });

  it('only 32-byte values are recognised: longer ones that share their first 32 bytes print apart', () => {
    const head = new Uint8Array(randomBytes(32));
    const a = new Uint8Array(64);
    a.set(head);
    a.set(randomBytes(32), 32);
    const b = new Uint8Array(a);
    b[40] = (b[40] as number) ^ 1;
    const c = new Uint8Array([...head, 1]);
    for (const bytes of [a, b, head, c, a, b, c]) expect(hex(bytes)).toBe(reference(bytes));
  });
});
