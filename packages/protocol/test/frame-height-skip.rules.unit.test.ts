/**
 * committedBlockFrameHeight passes over the fields beside the ones it follows by their wire type:
 * a varint of up to 10 bytes (a negative int64), a length and its bytes (an empty one too); a
 * longer varint, a length that is not one (8 varint bytes and more), or a fixed-size field (no
 * field it passes over is one) answers undefined. Frames built by hand (tag, length, value).
 */
import { describe, expect, it } from 'vitest';
import { committedBlockFrameHeight, decodeEnvelope, encodeEnvelope } from '@faultline/protocol';

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}
const tag = (field: number, wireType: number) => varint(field * 8 + wireType);
const bytesField = (field: number, value: number[]) => [...tag(field, 2), ...varint(value.length), ...value];
const HEAD = [...bytesField(1, [0x72]), ...bytesField(2, [0x76, 0x31]), ...tag(3, 0), 9];
/** An envelope whose committed block's header holds `header` (its fields, encoded by hand). */
const withHeader = (header: number[]) => new Uint8Array([...HEAD, ...bytesField(23, bytesField(1, bytesField(1, header)))]);
const HEIGHT_12 = [...tag(1, 0), 12];

describe('committedBlockFrameHeight: the fields passed over', () => {
  it('a negative time (a 10-byte varint) is passed over: the height is answered, as decoding gives it', () => {
    const frame = encodeEnvelope({ runId: 'r', sender: 'v1', seq: 1, committedBlock: { block: { header: { height: 12, timeUs: -5, proposerId: 'validator-1' } } } });
    expect(committedBlockFrameHeight(frame)).toBe(12);
    const decoded = decodeEnvelope(frame);
    expect(decoded.ok ? Number(decoded.value.committedBlock?.block?.header?.height) : 'undecodable').toBe(12);
    // The same by hand: the time's ten bytes, before and after the height.
    const time = [...tag(5, 0), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
    expect(committedBlockFrameHeight(withHeader([...time, ...HEIGHT_12]))).toBe(12);
    expect(committedBlockFrameHeight(withHeader([...HEIGHT_12, ...time]))).toBe(12);
  });

  it('a varint of 11 bytes answers undefined', () => {
    const eleven = [...tag(5, 0), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
    expect(committedBlockFrameHeight(withHeader([...eleven, ...HEIGHT_12]))).toBeUndefined();
    expect(committedBlockFrameHeight(withHeader([...HEIGHT_12, ...eleven]))).toBeUndefined();
  });

  it('an empty string or bytes field is passed over', () => {
    expect(committedBlockFrameHeight(withHeader([...bytesField(3, []), ...HEIGHT_12, ...bytesField(4, [])]))).toBe(12);
    expect(committedBlockFrameHeight(new Uint8Array([...bytesField(1, []), ...HEAD, ...bytesField(23, bytesField(1, [...bytesField(2, []), ...bytesField(1, HEIGHT_12)]))]))).toBe(12);
  });

  it('a length of 8 varint bytes (a non-minimal 0) answers undefined; of 7, it is read', () => {
    const zeroOf = (n: number) => [...Array(n - 1).fill(0x80), 0x00];
    expect(committedBlockFrameHeight(withHeader([...tag(3, 2), ...zeroOf(8), ...HEIGHT_12]))).toBeUndefined();
    expect(committedBlockFrameHeight(withHeader([...tag(3, 2), ...zeroOf(7), ...HEIGHT_12]))).toBe(12);
  });

  it.each([
    ['fixed64', [...tag(5, 1), 1, 2, 3, 4, 5, 6, 7, 8]],
    ['fixed32', [...tag(7, 5), 1, 2, 3, 4]],
    ['a group start', [...tag(2, 3)]],
    ['wire type 6', [...tag(2, 6)]],
  ])('a %s field answers undefined', (_name, field) => {
    expect(committedBlockFrameHeight(withHeader([...field, ...HEIGHT_12]))).toBeUndefined();
    expect(committedBlockFrameHeight(withHeader([...HEIGHT_12, ...field]))).toBeUndefined();
  });

  it('a length running past its message (the block) answers undefined, even when the frame holds the bytes', () => {
    const header = [...HEIGHT_12, ...tag(3, 2), 5];
    const frame = new Uint8Array([...HEAD, ...bytesField(23, [...bytesField(1, bytesField(1, header)), ...bytesField(2, [1, 2, 3, 4, 5, 6])])]);
    expect(committedBlockFrameHeight(frame)).toBeUndefined();
  });
});
