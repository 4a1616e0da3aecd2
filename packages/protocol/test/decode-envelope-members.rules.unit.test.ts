/**
 * The compiled decoder reads the Envelope body's message members through a table of per-member
 * readers found by tag (decode.ts, TABLED_ONEOF), not a case each in d_Envelope. What a case did,
 * the table must do: every member taken as protobufjs decodes it (and its tx's byte range kept),
 * a second member of the body or a member twice given up (protobufjs merges or keeps the last; the
 * validator then refuses), and a tag the table has no reader for given up — a member's field with
 * the wrong wire type, a field number beyond the table, between its entries, or past 2^31.
 */
import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs/minimal.js';
import { decodeEnvelope, encodeMessage, ENVELOPE_BODY_NAMES } from '@faultline/protocol';
import { decodeWithProtobufjs } from '../src/codec.ts';
import { envelopeTxRange, fastDecode } from '../src/decode.ts';
import { schemaTypes } from '../src/schema-types.ts';

const fields = schemaTypes.Envelope!.fields!;
const head = Uint8Array.from([0x0a, 1, 0x72, 0x12, 1, 0x73, 0x18, 7]); // runId "r", sender "s", seq 7
/** The bytes of a field: its tag (id, wire type) and, for wire type 2, its length and bytes. */
const field = (id: number, wireType: number, bytes: Uint8Array = new Uint8Array()) => {
  const w = protobuf.Writer.create().uint32(((id << 3) | wireType) >>> 0);
  return wireType === 2 ? w.bytes(bytes).finish() : w.uint32(1).finish();
};
const frame = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
/** An empty message of each member's type is the simplest valid member (every field at its default). */
const member = (name: string) => field(fields[name]!.id, 2, encodeMessage(fields[name]!.type as Parameters<typeof encodeMessage>[0], {}));

describe("the compiled decoder's table of Envelope body members", () => {
  it('is needed once a type: no type has two oneofs of 16 members or more (decode.ts refuses to build one)', () => {
    const large = Object.entries(schemaTypes).filter(([, t]) => Object.values(t.oneofs ?? {}).filter((o) => o.oneof.length >= 16).length > 0);
    expect(large.map(([name]) => name)).toEqual(['Envelope']);
    expect(Object.values(schemaTypes.Envelope!.oneofs ?? {}).map((o) => o.oneof.length)).toEqual([25]);
  });

  it('takes every message member as protobufjs does, alone and after the header', () => {
    for (const name of ENVELOPE_BODY_NAMES) {
      for (const bytes of [member(name), frame(head, member(name))]) {
        const reference = decodeWithProtobufjs('Envelope', bytes);
        const fast = fastDecode('Envelope', bytes) as Record<string, unknown> | undefined;
        expect(reference.ok, name).toBe(true);
        expect(fast, name).toBeDefined();
        expect(JSON.stringify(fast)).toBe(JSON.stringify(reference.ok ? reference.value : undefined));
        expect(Object.keys(fast!)).toContain(name);
      }
    }
  });

  it("keeps a tx's byte range, and none for another member", () => {
    const tx = encodeMessage('Transaction', { clientId: 'c', nonce: 3 });
    const bytes = frame(head, field(fields.tx!.id, 2, tx));
    expect(fastDecode('Envelope', bytes)).toBeDefined();
    const range = envelopeTxRange();
    expect(range && Buffer.from(bytes.subarray(range[0], range[1])).equals(Buffer.from(tx))).toBe(true);
    expect(fastDecode('Envelope', frame(head, member('ping')))).toBeDefined();
    expect(envelopeTxRange()).toBeUndefined();
  });

  it('gives up on two members, on one member twice, and the decode then refuses them as before', () => {
    for (const bytes of [frame(member('ping'), member('pong')), frame(member('vote'), head, member('proposal')), frame(member('ping'), member('ping'))]) {
      expect(fastDecode('Envelope', bytes)).toBeUndefined();
    }
    expect(decodeEnvelope(frame(head, member('ping'), member('pong')))).toMatchObject({ ok: false, error: { path: 'body' } });
  });

  it('gives up on a tag with no reader: a member with the wrong wire type, an unknown field between, beyond and far past the members', () => {
    const ids = Object.values(fields).map((f) => f.id);
    const unknown = [Math.max(...ids) + 1, 12, 99, 2 ** 28 - 1].filter((id) => !ids.includes(id));
    expect(unknown.length).toBe(4);
    const tags = [field(fields.vote!.id, 0), field(fields.vote!.id, 1 as number), ...unknown.map((id) => field(id, 2, Uint8Array.of(1)))];
    for (const tag of tags) {
      expect(fastDecode('Envelope', frame(head, tag)), Buffer.from(tag).toString('hex')).toBeUndefined();
    }
  });
});
