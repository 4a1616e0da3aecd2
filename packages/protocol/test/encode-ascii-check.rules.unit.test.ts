/**
 * The compiled encoder writes a string of up to 48 chars char by char and tests them all at once
 * after (encode.ts, wascii): a string with any char above 127 is given up and protobufjs writes
 * its UTF-8 — whatever the char (one that fits a byte, one above 255 whose low byte is ASCII, a
 * surrogate pair), wherever it stands, in a top-level or a nested message, allocating or appending.
 */
import { describe, expect, it } from 'vitest';
import { encodeEnvelope, encodeMessage, encodeMessageInto, pb } from '@faultline/protocol';

type Codec = { encode(m: unknown): { finish(): Uint8Array } };
const reference = (name: string, message: object) => Buffer.from((pb as unknown as Record<string, Codec>)[name]!.encode(message).finish()).toString('hex');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('strings with a char above 127', () => {
  const odd = ['\u0080', 'é', '\u00ff', '\u0100', '\u0141', '中', '😀'];
  it('at every place of strings of 1 to 50 chars: protobufjs\' UTF-8 bytes', () => {
    for (const length of [1, 2, 5, 9, 16, 17, 47, 48, 49, 50]) {
      for (let at = 0; at < length; at++) {
        for (const char of odd) {
          const id = 'a'.repeat(at) + char + 'b'.repeat(length - at - 1);
          const envelope = { sender: id, seq: 1, ping: {} };
          expect(hex(encodeEnvelope(envelope))).toBe(reference('Envelope', envelope));
          const tx = { clientId: 'c', nonce: 2, placeOrder: { accountId: id, marketId: 1 } };
          expect(hex(encodeMessage('Transaction', tx))).toBe(reference('Transaction', tx));
          const sink = { bytes: Buffer.alloc(4), length: 1 };
          encodeMessageInto('Transaction', tx, sink);
          expect(hex(sink.bytes.subarray(1, sink.length))).toBe(reference('Transaction', tx));
        }
      }
    }
  });

  it('ASCII strings, 127 included, are the compiled encoder\'s and protobufjs\' bytes alike', () => {
    for (const id of ['', 'x', '\u007f', 'trader-17', '\u0000\u007f~ ', 'z'.repeat(48), 'z'.repeat(49)]) {
      const envelope = { sender: id || 's', runId: id, seq: 1, ping: {} };
      expect(hex(encodeEnvelope(envelope))).toBe(reference('Envelope', envelope));
    }
  });

  it('an encode given up leaves the next one right (the scratch holds no stale bytes that matter)', () => {
    const first = { sender: 'ab中cd', seq: 1, ping: {} };
    const second = { sender: 'abxcd', seq: 1, ping: {} };
    expect(hex(encodeEnvelope(first))).toBe(reference('Envelope', first));
    expect(hex(encodeEnvelope(second))).toBe(reference('Envelope', second));
  });
});
