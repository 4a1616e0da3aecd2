/**
 * The compiled decoder reads a string of up to 16 bytes whose bytes are all ASCII with one
 * String.fromCharCode call of its bytes (decode.ts, ascii); any other string, and any string with a
 * byte of 128 or more, through protobufjs' strict UTF-8 reader. Both give protobufjs' string, and
 * invalid UTF-8 is still refused — at every length from 0 to 20 and with the odd byte at every place.
 */
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, decodeMessage, encodeMessage, pb } from '@faultline/protocol';

/** Envelope bytes with `sender` set to exactly these bytes (field 2, wire type 2), then a body. */
function envelopeWithSender(sender: Uint8Array): Uint8Array {
  const body = encodeMessage('Envelope', { seq: 1, ping: {} } as never);
  return Uint8Array.from([0x12, sender.length, ...sender, ...body]);
}

const ascii = (n: number, first = 33) => Uint8Array.from({ length: n }, (_, i) => first + ((i * 7) % 60));
const expected = (frame: Uint8Array) => (pb.Envelope.decode(frame) as { sender: string }).sender;

describe('short strings', () => {
  it('ASCII strings of 0 to 20 bytes: protobufjs\' string, each byte in its place', () => {
    for (let n = 0; n <= 20; n++) {
      for (const first of [33, 48, 65]) {
        const bytes = ascii(n, first);
        const frame = envelopeWithSender(bytes);
        const decoded = decodeMessage('Envelope', frame);
        expect(decoded.ok).toBe(true);
        const sender = (decoded as { value: { sender: string } }).value.sender;
        expect(sender).toBe(expected(frame));
        expect(sender).toBe(String.fromCharCode(...bytes));
        expect(sender.length).toBe(n);
      }
    }
  });

  it('the lowest and highest ASCII bytes (0 and 127) at every place of every length', () => {
    for (let n = 1; n <= 17; n++) {
      for (let at = 0; at < n; at++) {
        for (const byte of [0, 127]) {
          const bytes = ascii(n);
          bytes[at] = byte;
          const frame = envelopeWithSender(bytes);
          const decoded = decodeMessage('Envelope', frame);
          expect((decoded as { value: { sender: string } }).value.sender).toBe(expected(frame));
        }
      }
    }
  });

  it('a two-byte UTF-8 character at every place of every length up to 17: protobufjs\' string', () => {
    for (let n = 2; n <= 17; n++) {
      for (let at = 0; at + 1 < n; at++) {
        const bytes = ascii(n);
        bytes[at] = 0xc3; // é
        bytes[at + 1] = 0xa9;
        const frame = envelopeWithSender(bytes);
        const decoded = decodeMessage('Envelope', frame);
        expect(decoded.ok).toBe(true);
        const sender = (decoded as { value: { sender: string } }).value.sender;
        expect(sender).toBe(expected(frame));
        expect(sender).toContain('é');
        expect(sender.length).toBe(n - 1);
      }
    }
  });

  it('a byte that is not UTF-8 (0xff, or a lone continuation byte 0x80) at every place: refused, as protobufjs\' strict read refuses it', () => {
    for (let n = 1; n <= 17; n++) {
      for (let at = 0; at < n; at++) {
        for (const byte of [0xff, 0x80]) {
          const bytes = ascii(n);
          bytes[at] = byte;
          const result = decodeEnvelope(envelopeWithSender(bytes));
          expect(result.ok).toBe(false);
        }
      }
    }
  });

  it('strings in nested messages and repeated fields too (a tx\'s client id, a block\'s proposer)', () => {
    for (const id of ['', 'a', 'trader-17', 'validator-12345', 'sixteen-chars-id', 'seventeen-chars-i', 'é-trader']) {
      const tx = decodeMessage('Transaction', encodeMessage('Transaction', { clientId: id, nonce: 1, placeOrder: { accountId: id } }));
      expect(tx.ok).toBe(true);
      expect((tx as { value: { clientId: string; placeOrder: { accountId: string } } }).value.clientId).toBe(id);
      expect((tx as { value: { placeOrder: { accountId: string } } }).value.placeOrder.accountId).toBe(id);
    }
  });
});
