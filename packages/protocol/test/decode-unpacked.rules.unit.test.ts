/**
 * The compiled decoder's repeated uint64 read one element per tag (found by mutation testing,
 * session 18: decode.ts' second case for a repeated uint64). protobufjs' encoder always packs a
 * repeated scalar, so no frame the other tests build has an element per tag; a peer's encoder may
 * write them so (proto3 readers must accept both). Such a frame is taken by the compiled decoder
 * (not only by the protobufjs fallback), as protobufjs decodes it, and an element beyond the safe
 * integers is read unsigned — 2^64 - 1 is not -1 — and refused, as the packed read refuses it.
 */
import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs/minimal.js';
import { decodeMessage } from '@faultline/protocol';
import { decodeWithProtobufjs } from '../src/codec.ts';
import { fastDecode } from '../src/decode.ts';

const SEEN = 3; // NonceWindow.seen: repeated uint64

/** A NonceWindow frame with `seen`'s elements one per tag (wire type 0), not packed. */
function unpacked(elements: (number | { low: number; high: number })[]): Uint8Array {
  const writer = protobuf.Writer.create();
  writer.uint32((1 << 3) | 2).string('c');
  for (const element of elements) writer.uint32((SEEN << 3) | 0).uint64(element as number); // protobufjs takes {low, high} (LongBits) too
  return writer.finish();
}

describe('a repeated uint64 written one element per tag', () => {
  it('is taken by the compiled decoder, as protobufjs decodes it, after a packed run too', () => {
    const frame = unpacked([5, 2 ** 40, 0]);
    const reference = decodeWithProtobufjs('NonceWindow', frame);
    expect(reference.ok && reference.value.seen).toEqual([5, 2 ** 40, 0]);
    expect(fastDecode('NonceWindow', frame)).toMatchObject({ clientId: 'c', seen: [5, 2 ** 40, 0] });
    const packed = protobuf.Writer.create();
    packed.uint32((SEEN << 3) | 2).fork().uint64(7).uint64(8).ldelim();
    const mixed = Uint8Array.from([...packed.finish(), ...unpacked([9]).subarray(3)]);
    expect(fastDecode('NonceWindow', mixed)).toMatchObject({ seen: [7, 8, 9] });
    expect(decodeMessage('NonceWindow', mixed)).toMatchObject({ ok: true, value: { seen: [7, 8, 9] } });
  });

  it('an element of 2^64 - 1 is read unsigned, not as -1, and refused as out of range', () => {
    const frame = unpacked([{ low: 0xffffffff, high: 0xffffffff }]); // the ten-byte varint ff…ff 01
    expect(Buffer.from(frame).toString('hex')).toBe('0a016318ffffffffffffffffff01');
    expect(fastDecode('NonceWindow', frame)).toBeUndefined();
    const decoded = decodeMessage('NonceWindow', frame);
    expect(decoded.ok).toBe(false);
    expect(decoded.ok ? undefined : { kind: decoded.error.kind, path: decoded.error.path }).toEqual({ kind: 'out-of-range', path: 'seen[0]' });
    expect(fastDecode('NonceWindow', unpacked([Number.MAX_SAFE_INTEGER]))).toMatchObject({ seen: [Number.MAX_SAFE_INTEGER] });
  });
});
