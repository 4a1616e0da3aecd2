/**
 * The trace hash gathers deliveries in a buffer and hashes a buffer at a time (trace-hash.ts):
 * SHA-256 of a stream does not depend on how it is cut, so every digest must equal the hash of
 * the deliveries recomputed from the definition — at every edge of the buffer: runs gathered
 * across it, an exact fill, one byte over, a frame larger than the buffer, a header larger than
 * the buffer, and digests read part-way (after which the hash keeps going).
 */
import { describe, expect, it } from 'vitest';
import { TraceHash } from '@faultline/runtime/sim';
import { reference, type Delivery } from './trace-hash-reference.ts';

const frame = (length: number, seed: number) => new Uint8Array(length).map((_, i) => (i * 31 + seed) % 251);
/** A delivery from 'a' to 'b' (header 12 + 4 bytes) whose whole record is `recordBytes` long. */
const sized = (recordBytes: number, timeUs: number): Delivery => [timeUs, 'a', 'b', frame(recordBytes - 16, timeUs)];

/** Feeds the deliveries one by one; reads the digest after those whose index is in `readAt` and at the end. */
function digests(bufferBytes: number, deliveries: readonly Delivery[], readAt: readonly number[] = []): { got: string[]; want: string[] } {
  const trace = new TraceHash(bufferBytes);
  const got: string[] = [];
  const want: string[] = [];
  deliveries.forEach((d, i) => {
    trace.record(...d);
    if (readAt.includes(i) || i === deliveries.length - 1) {
      got.push(trace.hex());
      want.push(reference(deliveries.slice(0, i + 1)));
    }
  });
  return { got, want };
}

describe('the trace hash, gathered in a buffer', () => {
  it('many small deliveries gathered across the buffer edge several times equal the definition', () => {
    const deliveries = Array.from({ length: 40 }, (_, i): Delivery => [i * 1_000 + (i % 3), `v${i % 4}`, `v${(i + 1) % 4}`, frame(7 + (i % 11), i)]);
    const { got, want } = digests(64, deliveries);
    expect(got).toEqual(want);
  });

  it('an exact fill, then the next delivery (one byte over), equal the definition', () => {
    // Two 32-byte records fill a 64-byte buffer exactly; a third starts the next buffer.
    const exact = [sized(32, 1), sized(32, 2)];
    expect(digests(64, exact).got).toEqual(digests(64, exact).want);
    const { got, want } = digests(64, [...exact, sized(16, 3)], [1]);
    expect(got).toEqual(want);
  });

  it('a record one byte longer than the room left flushes first and equals the definition', () => {
    const { got, want } = digests(64, [sized(40, 1), sized(25, 2), sized(24, 3), sized(40, 4)], [0, 1, 2]);
    expect(got).toEqual(want);
  });

  it('a record exactly the buffer size, and one a byte larger, equal the definition (before and after gathered ones)', () => {
    const { got, want } = digests(64, [sized(20, 1), sized(64, 2), sized(20, 3), sized(65, 4), sized(16, 5)], [0, 1, 2, 3]);
    expect(got).toEqual(want);
  });

  it('a frame far larger than the buffer, and a header alone larger than it, equal the definition', () => {
    const long = 'x'.repeat(40);
    const deliveries: Delivery[] = [sized(30, 1), [2, long, long, frame(1_000, 2)], [3, 'a', 'b', new Uint8Array(0)], [4, long, 'b', new Uint8Array(0)]];
    const { got, want } = digests(32, deliveries, [0, 1, 2]);
    expect(got).toEqual(want);
  });

  it('digests read part-way do not change the hash: read after every delivery or only at the end, the same digests', () => {
    const deliveries = Array.from({ length: 25 }, (_, i): Delivery => [2 ** 33 + i, 'a', 'b', frame(3 + ((i * 7) % 50), i)]);
    const everyTime = digests(128, deliveries, deliveries.map((_, i) => i));
    expect(everyTime.got).toEqual(everyTime.want);
    const atEnd = digests(128, deliveries);
    expect(atEnd.got).toEqual([everyTime.got.at(-1)]);
    // A second read without new deliveries gives the same digest.
    const trace = new TraceHash(128);
    for (const d of deliveries) trace.record(...d);
    expect([trace.hex(), trace.hex()]).toEqual([atEnd.want[0], atEnd.want[0]]);
  });

  it('the default buffer (64 KiB) equals the definition on both sides of its edge', () => {
    const big = 64 * 1024;
    const { got, want } = digests(big, [sized(100, 1), sized(big - 100, 2), sized(big - 99, 3), sized(big, 4), sized(big + 1, 5), sized(16, 6)], [0, 1, 2, 3, 4]);
    expect(got).toEqual(want);
    const byDefault = new TraceHash();
    const deliveries = [sized(100, 1), sized(big - 100, 2), sized(big - 99, 3)];
    for (const d of deliveries) byDefault.record(...d);
    expect(byDefault.hex()).toBe(reference(deliveries));
  });
});
