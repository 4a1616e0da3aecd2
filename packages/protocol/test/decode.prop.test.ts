/**
 * The compiled decoder (src/decode.ts) against the reference — protobufjs' static decoder, then
 * the validator (decodeWithProtobufjs) — on every message type: frames of random messages, two
 * frames of one type concatenated (protobufjs merges repeated message fields, keeps the last
 * scalar, appends repeated ones; two oneof members are rejected), and corrupted frames (a byte
 * changed, cut short, bytes inserted, random bytes). For each frame: where the reference accepts,
 * the compiled decoder gives up or returns the same message — same prototype, same own
 * properties in the same order, the same values and byte-array types; where the reference
 * rejects, it gives up, and decodeMessage returns the reference's rejection (kind, path and
 * message). It never throws. And it must take most valid frames, so it cannot pass by giving up.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import protobuf from 'protobufjs/minimal.js';
import { decodeEnvelope, decodeMessage, pb, receivedTxBytes } from '@faultline/protocol';
import { decodeWithProtobufjs } from '../src/codec.ts';
import { fastDecode, fastDecodedTypes } from '../src/decode.ts';
import { difference } from './decoded-difference.ts';
import { messageOf, types } from './schema-arbitraries.ts';

type Codec = { encode(m: unknown): { finish(): Uint8Array } };
type Name = Parameters<typeof decodeMessage>[0];
const codecOf = (name: string) => (pb as unknown as Record<string, Codec>)[name] as Codec;
const runs = Number(process.env['FAULTLINE_PROP_RUNS'] ?? 30);


const stats = { frames: 0, referenceAccepted: 0, fastTook: 0 };

/** The compiled decoder and decodeMessage agree with the reference on one frame. */
function agrees(name: Name, frame: Uint8Array): void {
  stats.frames++;
  const reference = decodeWithProtobufjs(name, frame);
  let fast: object | undefined;
  expect(() => (fast = fastDecode(name, frame))).not.toThrow();
  if (reference.ok) {
    stats.referenceAccepted++;
    if (fast !== undefined) {
      stats.fastTook++;
      expect(difference(fast, reference.value)).toBe('');
    }
  } else {
    expect(fast).toBeUndefined();
  }
  const result = decodeMessage(name, frame);
  if (reference.ok) {
    expect(result.ok).toBe(true);
    if (result.ok) expect(difference(result.value, reference.value)).toBe('');
  } else {
    expect(result.ok).toBe(false);
    if (!result.ok) expect({ kind: result.error.kind, path: result.error.path, message: result.error.message }).toEqual({
      kind: reference.error.kind,
      path: reference.error.path,
      message: reference.error.message,
    });
  }
}

const corrupt = (frame: Uint8Array) =>
  fc.oneof(
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })).map(([at, xor]) => {
      if (frame.length === 0) return frame;
      const bytes = Uint8Array.from(frame);
      bytes[at % frame.length] = (bytes[at % frame.length] ?? 0) ^ xor;
      return bytes;
    }),
    fc.nat().map((cut) => frame.subarray(0, frame.length === 0 ? 0 : cut % frame.length)),
    fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 6 })).map(([at, insert]) => {
      const where = at % (frame.length + 1);
      return Uint8Array.from([...frame.subarray(0, where), ...insert, ...frame.subarray(where)]);
    }),
  );

describe('compiled decoder', () => {
  it('covers every message type of the schema', () => {
    const messages = Object.entries(types).filter(([, type]) => type.fields).map(([name]) => name);
    expect([...fastDecodedTypes()].sort()).toEqual(messages.sort());
  });

  it('decodes what protobufjs decodes and rejects nothing itself, on every type: whole, doubled and corrupted frames, Buffer and Uint8Array', () => {
    for (const name of fastDecodedTypes() as Name[]) {
      const frames = messageOf(name).map((message) => codecOf(name).encode(message).finish());
      fc.assert(
        fc.property(frames, frames, (first, second) => {
          agrees(name, first); // a Buffer: protobufjs reads it with its BufferReader
          agrees(name, Uint8Array.from(first));
          agrees(name, Uint8Array.from([...first, ...second]));
        }),
        { numRuns: runs, seed: 15 },
      );
      fc.assert(
        fc.property(frames.chain((frame) => corrupt(frame)), (frame) => agrees(name, frame)),
        { numRuns: runs, seed: 16 },
      );
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 64 }), (frame) => agrees(name, frame)),
        { numRuns: Math.ceil(runs / 3), seed: 17 },
      );
    }
    // Most frames the reference accepts are the compiled decoder's (the rest: merged duplicates).
    expect(stats.fastTook / stats.referenceAccepted).toBeGreaterThan(0.8);
    expect(stats.referenceAccepted / stats.frames).toBeGreaterThan(0.2); // the frames are not all rejects
  });

  it("a decoded tx envelope's received tx bytes are the frame's tx field, whichever decoder read it; none when it occurs twice (the tx is their merge)", () => {
    // The reference: the frame scanned field by field with protobufjs' reader.
    const txFields = (frame: Uint8Array) => {
      const reader = protobuf.Reader.create(frame);
      const found: Uint8Array[] = [];
      while (reader.pos < reader.len) {
        const tag = reader.uint32();
        if (tag === ((10 << 3) | 2)) found.push(Uint8Array.from(reader.bytes()));
        else reader.skipType(tag & 7);
      }
      return found;
    };
    let withTx = 0;
    // One body per tx (a random Transaction mostly sets several oneof members: rejected).
    const tx = fc.record({ clientId: fc.string({ maxLength: 8 }), nonce: fc.nat(), placeOrder: messageOf('PlaceOrder') }, { requiredKeys: ['placeOrder'] });
    const frames = tx.map((body) => codecOf('Envelope').encode({ sender: 's', seq: 1, tx: body }).finish());
    fc.assert(
      fc.property(frames, frames, fc.boolean(), (first, second, doubled) => {
        const frame = doubled ? Uint8Array.from([...first, ...second]) : first; // doubled: protobufjs merges the two txs
        const result = decodeEnvelope(frame);
        if (!result.ok || result.value.body !== 'tx') return;
        withTx++;
        const fields = txFields(frame);
        if (fields.length === 1) expect(Buffer.from(receivedTxBytes(result.value)!).equals(fields[0]!)).toBe(true);
        else expect(receivedTxBytes(result.value)).toBeUndefined();
      }),
      { numRuns: runs * 4, seed: 18 },
    );
    expect(withTx).toBeGreaterThan(runs);
  });

  it('hands back strings and byte fields as protobufjs does: non-ASCII, invalid UTF-8, empty', () => {
    const ping = (bytes: number[]) => Uint8Array.from([(2 << 3) | 2, bytes.length, ...bytes]);
    agrees('Ping', ping([0xc3, 0xa9])); // 'é'
    agrees('Ping', ping([0xc3])); // invalid UTF-8: the reference's rejection
    agrees('Ping', ping([]));
    expect(fastDecode('Ping', ping([0xc3, 0xa9]))).toMatchObject({ replyTo: 'é' });
  });
});
