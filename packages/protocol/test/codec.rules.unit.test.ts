/** codec.ts rules the round trips leave open (found by mutation testing). */
import protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope, encodeMessage, encodeMessageInto, receivedTxBytes } from '@faultline/protocol';

const hex = (bytes: Uint8Array | undefined) => (bytes ? Buffer.from(bytes).toString('hex') : bytes);

describe('received tx bytes', () => {
  it('are the tx field\'s, whatever other fields follow it in the frame (a string, a varint)', () => {
    const tx = encodeMessage('Transaction', { clientId: 'trader-1', nonce: 4 });
    // Valid protobuf no protobufjs encoder writes: the tx (field 10) first, then sender (2, a
    // string) and seq (3, a varint).
    const frame = protobuf.Writer.create().uint32((10 << 3) | 2).bytes(tx).uint32((2 << 3) | 2).string('trader-1').uint32((3 << 3) | 0).uint64(7).finish();
    const result = decodeEnvelope(frame);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sender).toBe('trader-1');
    expect(hex(receivedTxBytes(result.value))).toBe(hex(tx));
  });

  it('are the tx field\'s on the reference path too (a field this build does not know sends the frame to protobufjs)', () => {
    const tx = encodeMessage('Transaction', { clientId: 'trader-1', nonce: 4 });
    const frame = protobuf.Writer.create().uint32((2 << 3) | 2).string('trader-1').uint32((3 << 3) | 0).uint64(7).uint32((10 << 3) | 2).bytes(tx).uint32((99 << 3) | 0).uint32(1).finish();
    const result = decodeEnvelope(frame);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(hex(receivedTxBytes(result.value))).toBe(hex(tx));
  });

  it('the reference path scans the frame field by field: a byte inside another field that looks like the tx field\'s tag is not one', () => {
    const tx = encodeMessage('Transaction', { clientId: 'TRADER-1', nonce: 4 });
    // 'R' is 0x52, the tx field's tag (10 << 3 | 2), inside the sender string.
    const frame = protobuf.Writer.create().uint32((2 << 3) | 2).string('TRADER-1').uint32((3 << 3) | 0).uint64(7).uint32((10 << 3) | 2).bytes(tx).uint32((99 << 3) | 0).uint32(1).finish();
    const result = decodeEnvelope(frame);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(hex(receivedTxBytes(result.value))).toBe(hex(tx));
  });

  it('a field 10 of another wire type is not the tx (protobufjs skips it too)', () => {
    const tx = encodeMessage('Transaction', { clientId: 'trader-1', nonce: 4 });
    const frame = protobuf.Writer.create().uint32((2 << 3) | 2).string('trader-1').uint32((10 << 3) | 2).bytes(tx).uint32((10 << 3) | 0).uint32(5).finish();
    const result = decodeEnvelope(frame);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Number(result.value.tx?.nonce)).toBe(4);
    expect(hex(receivedTxBytes(result.value))).toBe(hex(tx));
  });

  it('none when the tx field occurs twice: the envelope\'s tx is their merge, which neither occurrence\'s bytes are (a bug found by mutation testing)', () => {
    const first = encodeMessage('Transaction', { clientId: 'trader-1', nonce: 4 });
    const second = encodeMessage('Transaction', { nonce: 5 });
    const frame = protobuf.Writer.create().uint32((2 << 3) | 2).string('trader-1').uint32((3 << 3) | 0).uint64(7).uint32((10 << 3) | 2).bytes(first).uint32((10 << 3) | 2).bytes(second).finish();
    const result = decodeEnvelope(frame);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // protobufjs merged them: the second's nonce over the first's client.
    expect(result.value.tx?.clientId).toBe('trader-1');
    expect(Number(result.value.tx?.nonce)).toBe(5);
    // Before the fix: the second occurrence's bytes alone ({ nonce: 5 }, no client), never validated as the tx.
    expect(receivedTxBytes(result.value)).toBeUndefined();
  });

  it('none for a decoded envelope without a tx', () => {
    const pong = decodeEnvelope(encodeEnvelope({ sender: 'a', seq: 1, pong: { n: 2 } }));
    expect(pong.ok && receivedTxBytes(pong.value)).toBeUndefined();
  });
});

describe('encodeMessageInto: a sink grows only when it must, at least twofold (found by mutation testing, session 17)', () => {
  // An ASCII ping takes the compiled encoder (fastEncodeInto), a non-ASCII one protobufjs' (the fallback).
  for (const [path, replyTo] of [['compiled', 'abc'], ['protobufjs', 'abé']] as const) {
    it(`${path} path: an exact fit keeps the buffer, a small overflow doubles it, a large one takes what it needs, the prefix kept`, () => {
      const bytes = encodeMessage('Ping', { n: 3, replyTo });
      const exact = { bytes: Buffer.alloc(2 + bytes.length, 9), length: 2 };
      const before = exact.bytes;
      encodeMessageInto('Ping', { n: 3, replyTo }, exact);
      expect(exact.bytes).toBe(before);
      expect(exact.length).toBe(2 + bytes.length);
      expect(hex(exact.bytes.subarray(0, exact.length))).toBe(`0909${hex(bytes)}`);

      const small = { bytes: Buffer.alloc(2 + bytes.length - 1, 9), length: 2 };
      encodeMessageInto('Ping', { n: 3, replyTo }, small);
      expect(small.bytes.length).toBe(2 * (2 + bytes.length - 1));
      expect(hex(small.bytes.subarray(0, small.length))).toBe(`0909${hex(bytes)}`);

      const tiny = { bytes: Buffer.alloc(1, 9), length: 1 };
      encodeMessageInto('Ping', { n: 3, replyTo }, tiny);
      expect(tiny.bytes.length).toBe(1 + bytes.length);
      expect(hex(tiny.bytes.subarray(0, tiny.length))).toBe(`09${hex(bytes)}`);
    });
  }
});

