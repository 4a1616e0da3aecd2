/**
 * The compiled encoder (src/encode.ts) against protobufjs' static encoder, the reference: for
 * every message type, random messages built from the schema — defaults and non-defaults, negative,
 * huge and fractional 64-bit numbers, empty and repeated fields, protobufjs message instances,
 * decoded messages carrying unknown fields — encode to the same bytes. Values the fast path leaves
 * to protobufjs (non-ASCII strings, Long-like objects, base64 bytes) are mixed in too, and the
 * test checks that the fast path did take most messages, so it cannot pass by always falling back.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import protobuf from 'protobufjs/minimal.js';
import { encodeMessage, encodeMessageInto, pb } from '@faultline/protocol';
import { fastEncode, fastEncodedTypes } from '../src/encode.ts';
import { messageOf, types } from './schema-arbitraries.ts';

type Codec = { encode(m: unknown): { finish(): Uint8Array }; decode(b: Uint8Array): unknown; new (): Record<string, unknown> };
const codecOf = (name: string) => (pb as unknown as Record<string, Codec>)[name] as Codec;
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('compiled encoder', () => {
  it('covers every message type of the schema', () => {
    const messages = Object.entries(types).filter(([, type]) => type.fields).map(([name]) => name);
    expect([...fastEncodedTypes()].sort()).toEqual(messages.sort());
  });

  it('writes exactly the bytes protobufjs writes, for every message type', () => {
    let fast = 0;
    let total = 0;
    for (const name of fastEncodedTypes()) {
      fc.assert(
        fc.property(messageOf(name), (message) => {
          const reference = hex(codecOf(name).encode(message).finish());
          const direct = fastEncode(name, message);
          total++;
          if (direct) {
            fast++;
            expect(hex(direct)).toBe(reference);
          }
          expect(hex(encodeMessage(name as 'Envelope', message))).toBe(reference);
          // Appended to a sink that already holds bytes (and must grow): the same bytes after them, those kept.
          const sink = { bytes: Buffer.from([7, 7, 7, 9]), length: 3 };
          encodeMessageInto(name as 'Envelope', message, sink);
          expect(hex(sink.bytes.subarray(0, sink.length))).toBe(`070707${reference}`);
        }),
        { numRuns: 40, seed: 15 },
      );
    }
    expect(fast / total).toBeGreaterThan(0.5);
  });

  it('protobufjs message instances (defaults on the prototype) and decoded messages with unknown fields', () => {
    for (const name of fastEncodedTypes()) {
      const empty = new (codecOf(name))();
      expect(hex(fastEncode(name, empty) ?? new Uint8Array([255]))).toBe(hex(codecOf(name).encode(empty).finish()));
    }
    // A Transaction with an unknown field 99 (a newer sender's): decoded, then re-encoded with it.
    const writer = protobuf.Writer.create();
    writer.uint32((2 << 3) | 0).uint64(7); // nonce
    writer.uint32((99 << 3) | 2).string('future');
    const reader = protobuf.Reader.create(writer.finish());
    reader.discardUnknown = false; // protobufjs keeps unknown fields only when asked to
    const decoded = (codecOf('Transaction') as unknown as { decode(r: protobuf.Reader): Record<string, unknown> }).decode(reader);
    expect(decoded['$unknowns']).toBeDefined();
    const fastBytes = fastEncode('Transaction', decoded);
    expect(fastBytes).toBeDefined();
    expect(hex(fastBytes!)).toBe(hex(codecOf('Transaction').encode(decoded).finish()));
  });

  it('leaves to protobufjs what it does not take exactly: Long-like values, base64 bytes, non-ASCII strings', () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['Transaction', { clientId: 'a', nonce: { low: 5, high: 1, unsigned: true } }],
      ['Transaction', { clientId: 'a', nonce: '12' }],
      ['Vote', { validatorId: 'v', signature: 'AAEC' }],
      ['Ping', { replyTo: 'é' }],
    ];
    for (const [name, message] of cases) {
      expect(fastEncode(name, message)).toBeUndefined();
      expect(hex(encodeMessage(name as 'Envelope', message))).toBe(hex(codecOf(name).encode(message).finish()));
      const sink = { bytes: Buffer.from([1]), length: 1 };
      encodeMessageInto(name as 'Envelope', message, sink);
      expect(hex(sink.bytes.subarray(0, sink.length))).toBe(`01${hex(codecOf(name).encode(message).finish())}`);
    }
  });

  it('a malformed message throws as protobufjs does (a null element of a repeated message field)', () => {
    expect(fastEncode('CommitCertificate', { precommits: [null] })).toBeUndefined();
    expect(() => encodeMessage('CommitCertificate', { precommits: [null] as never })).toThrow();
  });
});

describe('64-bit varints read without LongBits (gen-proto)', () => {
  it('decode to the number protobufjs reads, at every length and at the end of the frame', () => {
    const value = fc.oneof(
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
      fc.maxSafeInteger(),
      fc.constantFrom(0, 127, 128, 2 ** 14 - 1, 2 ** 14, 2 ** 21 - 1, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 2 ** 35, -1, -(2 ** 28)),
    );
    fc.assert(
      fc.property(value, value, fc.boolean(), (nonce, submittedAtUs, last) => {
        // Field order decides whether a varint sits within four bytes of the frame's end.
        const writer = protobuf.Writer.create();
        if (!last) writer.uint32((2 << 3) | 0).uint64(nonce);
        writer.uint32((3 << 3) | 0).int64(submittedAtUs);
        if (last) writer.uint32((2 << 3) | 0).uint64(nonce);
        const bytes = writer.finish();
        const reference = protobuf.Reader.create(bytes);
        const expected: Record<number, number> = {};
        while (reference.pos < reference.len) {
          const tag = reference.uint32();
          expected[tag >>> 3] = Number(tag >>> 3 === 2 ? reference.uint64() : reference.int64());
        }
        const decoded = codecOf('Transaction').decode(bytes) as { nonce?: number; submittedAtUs?: number };
        expect(decoded.nonce ?? 0).toBe(expected[2]);
        expect(decoded.submittedAtUs ?? 0).toBe(expected[3]);
      }),
      { numRuns: 500, seed: 15 },
    );
  });
});
