/**
 * The compiled encoder copies a message out of its scratch buffer into a buffer of exactly its
 * size, up to 1 KiB through a view of the scratch kept per size (encode.ts, copyOut), above that
 * with Buffer#copy. Each result is its own copy: a later message of the same size, written into
 * the same scratch, leaves an earlier result as it was; every result is a Buffer of protobufjs' bytes.
 */
import { describe, expect, it } from 'vitest';
import { encodeEnvelope, encodeMessage, pb } from '@faultline/protocol';

type Codec = { encode(m: unknown): { finish(): Uint8Array } };
const reference = (name: string, message: object) => Buffer.from((pb as unknown as Record<string, Codec>)[name]!.encode(message).finish()).toString('hex');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const ping = (runId: string) => ({ runId, sender: 's', seq: 1, ping: {} });

describe('the copy out of the scratch', () => {
  it('messages of the same size, one after another: each result keeps its own bytes', () => {
    const first = encodeEnvelope(ping('aaaa'));
    const second = encodeEnvelope(ping('bbbb'));
    expect(first.length).toBe(second.length);
    expect(hex(first)).toBe(reference('Envelope', ping('aaaa')));
    expect(hex(second)).toBe(reference('Envelope', ping('bbbb')));
    expect(first.buffer === second.buffer && first.byteOffset === second.byteOffset).toBe(false);
  });

  it('sizes around the 1 KiB bound (views) and past it (Buffer#copy), each twice: protobufjs\' bytes, own copies, Buffers', () => {
    for (const length of [0, 1, 60, 500, 1000, 1010, 1011, 1012, 1013, 1014, 1020, 1030, 2000, 4000]) {
      const results: Array<[Uint8Array, string]> = [];
      for (const fill of ['x', 'y']) {
        const message = ping(fill.repeat(length));
        const bytes = encodeEnvelope(message);
        expect(Buffer.isBuffer(bytes)).toBe(true);
        expect(hex(bytes)).toBe(reference('Envelope', message));
        results.push([bytes, reference('Envelope', message)]);
      }
      for (const [bytes, expected] of results) expect(hex(bytes)).toBe(expected);
    }
  });

  it('the envelope right at 1 KiB and either side of it', () => {
    const base = encodeEnvelope(ping('')).length;
    for (const size of [1023, 1024, 1025]) {
      // runId adds its tag, a length of two varint bytes (128 chars and more) and its chars.
      const message = ping('z'.repeat(size - base - 3));
      const bytes = encodeEnvelope(message);
      expect(bytes.length).toBe(size);
      expect(hex(bytes)).toBe(reference('Envelope', message));
      const again = encodeEnvelope(ping('w'.repeat(size - base - 3)));
      expect(hex(bytes)).toBe(reference('Envelope', message));
      expect(again.length).toBe(size);
    }
    expect(hex(encodeMessage('Envelope', ping('q')))).toBe(reference('Envelope', ping('q')));
  });
});
