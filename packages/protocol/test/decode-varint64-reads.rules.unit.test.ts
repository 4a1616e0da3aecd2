/**
 * The compiled decoder reads every 64-bit varint through one reader call (rv64: one byte itself,
 * the longer read past it), so that TurboFan never compiles a decoder whose long read has not run
 * yet (decode.ts). These are the reads at the edges that change could break: a value on either
 * side of each varint length, a non-minimal encoding, a field as the frame's last byte, and a
 * varint that starts at, or runs past, the end of its nested message while the enclosing frame
 * goes on (a read that looked past the message's end would take the parent's next byte).
 * Each frame is decoded by the compiled decoder and by protobufjs, and they must agree.
 */
import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs/minimal.js';
import { decodeEnvelope, decodeMessage } from '@faultline/protocol';
import { decodeWithProtobufjs } from '../src/codec.ts';
import { fastDecode } from '../src/decode.ts';

const HEIGHT = 2; // Vote.height: uint64
const ENVELOPE_VOTE = 21; // Envelope.vote
const PRICE = 7; // PlaceOrder.priceTicks: int64

/** A Vote frame of a height written as the given varint bytes (its tag, the bytes, then a validator id "v"). */
const vote = (varint: number[], after: number[] = [0x2a, 1, 0x76]) => Uint8Array.from([(HEIGHT << 3) | 0, ...varint, ...after]);

describe("the compiled decoder's 64-bit varint reads", () => {
  it('take every length as protobufjs does: both sides of one, two, three, four and five bytes, and the largest safe integer', () => {
    const values = [0, 1, 127, 128, 129, 255, 16_383, 16_384, 2_097_151, 2_097_152, 268_435_455, 268_435_456, 2 ** 32 - 1, 2 ** 32, 2 ** 35, Number.MAX_SAFE_INTEGER];
    for (const height of values) {
      for (const after of [[0x2a, 1, 0x76], []]) {
        const writer = protobuf.Writer.create().uint32((HEIGHT << 3) | 0).uint64(height);
        const frame = Uint8Array.from([...writer.finish(), ...after]); // [] after: the height is the frame's last field
        const reference = decodeWithProtobufjs('Vote', frame);
        expect(reference.ok, `height ${height}`).toBe(true);
        const fast = fastDecode('Vote', frame) as { height?: number } | undefined;
        expect(fast, `height ${height}`).toBeDefined();
        expect({ ...fast }).toEqual(reference.ok ? { ...reference.value } : undefined);
        expect(fast?.height ?? 0).toBe(height);
      }
    }
  });

  it('a negative int64 (ten bytes) and one beyond the safe integers: as protobufjs, the second refused', () => {
    const order = (priceTicks: number | { low: number; high: number }) =>
      Uint8Array.from(protobuf.Writer.create().uint32((PRICE << 3) | 0).int64(priceTicks as number).finish());
    const negative = order(-5);
    expect(negative.length).toBe(11);
    expect(fastDecode('PlaceOrder', negative)).toMatchObject({ priceTicks: -5 });
    expect(decodeMessage('PlaceOrder', negative)).toMatchObject({ ok: true, value: { priceTicks: -5 } });
    const beyond = order({ low: 0, high: 0x200000 }); // 2^53
    expect(fastDecode('PlaceOrder', beyond)).toBeUndefined();
    expect(decodeMessage('PlaceOrder', beyond).ok).toBe(false);
  });

  it('a non-minimal encoding (0x80 0x00 is 0, 0xff 0x00 is 127) reads the same value, and a default is not kept', () => {
    for (const [varint, height] of [[[0x80, 0x00], 0], [[0xff, 0x00], 127], [[0x81, 0x80, 0x00], 1]] as const) {
      const frame = vote([...varint]);
      const reference = decodeWithProtobufjs('Vote', frame);
      const fast = fastDecode('Vote', frame) as object | undefined;
      expect(reference.ok).toBe(true);
      expect(fast && { ...fast }).toEqual(reference.ok ? { ...reference.value } : undefined);
      expect((fast as { height?: number }).height ?? 0).toBe(height);
      expect(Object.hasOwn(fast as object, 'height')).toBe(height !== 0);
    }
  });

  it('a varint cut by the end of its nested message is refused, though the enclosing frame has more bytes', () => {
    // Envelope.vote of length 1 holding only Vote.height's tag; the envelope goes on with a byte
    // below 128 (as a one-byte height would be), then with the rest of a two-byte varint.
    const envelope = (inner: number[], after: number[]) =>
      Uint8Array.from([0x0a, 1, 0x61, ((ENVELOPE_VOTE << 3) | 2) & 0x7f | 0x80, (ENVELOPE_VOTE << 3) >> 7, inner.length, ...inner, ...after]);
    for (const [inner, after] of [
      [[(HEIGHT << 3) | 0], [0x05]],
      [[(HEIGHT << 3) | 0, 0x85], [0x01]],
      [[(HEIGHT << 3) | 0, 0xff, 0xff, 0xff, 0xff], [0x01]],
    ] as const) {
      const frame = envelope([...inner], [...after]);
      expect(decodeWithProtobufjs('Envelope', frame).ok, Buffer.from(frame).toString('hex')).toBe(false);
      expect(fastDecode('Envelope', frame)).toBeUndefined();
      expect(decodeEnvelope(frame).ok).toBe(false);
    }
    // The same envelope with the whole height inside the vote is taken by both decoders.
    const whole = envelope([(HEIGHT << 3) | 0, 0x85, 0x01], []);
    expect(fastDecode('Envelope', whole)).toMatchObject({ vote: { height: 133 } });
    expect(decodeWithProtobufjs('Envelope', whole)).toMatchObject({ ok: true, value: { vote: { height: 133 } } });
  });

  it('a packed repeated uint64 whose last element runs past the run: refused, as protobufjs refuses it', () => {
    // NonceWindow.seen (field 3), packed: a run of 2 bytes holding 5 and the first byte of a two-byte varint.
    const frame = Uint8Array.from([0x0a, 1, 0x63, (3 << 3) | 2, 2, 0x05, 0x85, 0x01]);
    expect(decodeWithProtobufjs('NonceWindow', frame).ok).toBe(false);
    expect(fastDecode('NonceWindow', frame)).toBeUndefined();
    const whole = Uint8Array.from([0x0a, 1, 0x63, (3 << 3) | 2, 3, 0x05, 0x85, 0x01]);
    expect(fastDecode('NonceWindow', whole)).toMatchObject({ seen: [5, 133] });
  });
});
