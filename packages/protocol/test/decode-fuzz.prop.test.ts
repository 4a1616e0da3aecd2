/**
 * Bad input into every decoder: random bytes and mutated valid frames never throw, and either
 * decode to a fully validated message or return a typed DecodeError with a meaningful kind.
 */
import { describe, expect } from 'vitest';
import { it, test } from '@fast-check/vitest';
import fc from 'fast-check';
import { DecodeError, decodeEnvelope, decodeMessage, encodeEnvelope, encodeMessage, FRAME_BYTES_MAX } from '@faultline/protocol';
import descriptor from '../src/generated/faultline.json' with { type: 'json' };

const types = (descriptor as { nested: { faultline: { nested: { v1: { nested: Record<string, { fields?: unknown }> } } } } }).nested.faultline.nested.v1
  .nested;
const MESSAGE_TYPES = Object.keys(types).filter((name) => types[name]?.fields) as Parameters<typeof decodeMessage>[0][];
const KINDS = ['oversized', 'truncated', 'malformed', 'unknown-body', 'out-of-range', 'missing-field'];
const runs = Number(process.env['FAULTLINE_PROP_RUNS'] ?? 200);

const validOrder = encodeEnvelope({
  runId: 'run',
  sender: 'trader-1',
  seq: 7,
  lamport: 9,
  sentAtUs: 123_456,
  tx: { clientId: 'trader-1', nonce: 3, placeOrder: { accountId: 'trader-1', marketId: 1, side: 1, type: 1, timeInForce: 1, priceTicks: 100_000, sizeLots: 5 } },
});

const mutated = fc.oneof(
  fc.tuple(fc.nat({ max: validOrder.length - 1 }), fc.integer({ min: 1, max: 255 })).map(([at, xor]) => {
    const bytes = validOrder.slice();
    bytes[at] = (bytes[at] ?? 0) ^ xor;
    return bytes;
  }),
  fc.nat({ max: validOrder.length - 1 }).map((cut) => validOrder.subarray(0, cut)),
  fc.tuple(fc.nat({ max: validOrder.length }), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, insert]) => {
    const bytes = new Uint8Array(validOrder.length + insert.length);
    bytes.set(validOrder.subarray(0, at), 0);
    bytes.set(insert, at);
    bytes.set(validOrder.subarray(at), at + insert.length);
    return bytes;
  }),
);

function expectTyped(result: ReturnType<typeof decodeMessage>): void {
  if (result.ok) return;
  expect(result.error).toBeInstanceOf(DecodeError);
  expect(KINDS).toContain(result.error.kind);
  expect(result.error.message.length).toBeGreaterThan(5);
}

describe('decoders under bad input', () => {
  test.prop([fc.constantFrom(...MESSAGE_TYPES), fc.uint8Array({ maxLength: 256 })], { numRuns: runs })(
    'every message decoder returns a value or a typed error on random bytes, never throws',
    (typeName, bytes) => {
      expectTyped(decodeMessage(typeName, bytes));
    },
  );

  test.prop([mutated], { numRuns: runs })('a mutated order envelope decodes validated or fails typed; a valid result re-encodes stably', (bytes) => {
    const result = decodeEnvelope(bytes);
    expectTyped(result);
    if (result.ok) {
      const again = encodeEnvelope(result.value);
      const second = decodeEnvelope(again);
      expect(second.ok).toBe(true);
      if (second.ok) expect(encodeEnvelope(second.value)).toEqual(again);
    }
  });

  it('names an unknown oneof body (a field from a newer schema) as unknown-body', () => {
    // Field 200, length-delimited, empty: a body this build does not know.
    const frame = new Uint8Array([...encodeEnvelope({ sender: 'a', seq: 1 }), (200 << 3) | 2, 0x01, 0x00]);
    const result = decodeEnvelope(frame);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('unknown-body');
  });

  it('names an enum value outside the schema and a uint64 beyond 2^53 as out-of-range', () => {
    const badSide = decodeEnvelope(encodeEnvelope({ sender: 'a', tx: { placeOrder: { side: 9 as never } } }));
    expect(!badSide.ok && badSide.error.kind).toBe('out-of-range');
    const bigNonce = decodeMessage('Transaction', encodeMessage('Transaction', { clientId: 'c', nonce: 2 ** 60 }));
    expect(!bigNonce.ok && bigNonce.error.kind).toBe('out-of-range');
    expect(!bigNonce.ok && bigNonce.error.path).toBe('nonce');
  });

  it('rejects an oversized frame before parsing it', () => {
    const result = decodeEnvelope(new Uint8Array(FRAME_BYTES_MAX + 1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('oversized');
  });

  it('reports a huge length prefix as truncated, with its offset', () => {
    // Field 10 (tx), length 2^28: far beyond the frame.
    const result = decodeEnvelope(new Uint8Array([(10 << 3) | 2, 0x80, 0x80, 0x80, 0x80, 0x01]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('truncated');
  });
});
