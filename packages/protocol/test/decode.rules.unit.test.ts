/**
 * The decoder's rules one by one: every integer a safe JS integer inside its wire type's range,
 * every enum value one the schema names, at most one member of a oneof, the failing field named
 * by its full path (nested messages and repeated elements), frame limits, and DecodeError's
 * mapping of reader exceptions. The validator is also judged on plain objects: decoding alone
 * cannot produce an out-of-range int32 or uint32 (the reader truncates them), but the validator's
 * contract is the range, whoever built the message.
 */
import { describe, expect, it, vi } from 'vitest';
import { DecodeError, decodeEnvelope, decodeMessage, encodeEnvelope, encodeMessage, ENVELOPE_BODY_NAMES, FRAME_BYTES_MAX, receivedTxBytes } from '@faultline/protocol';
import { envelopeBodyNames, fieldIds, validatorFor } from '../src/validate.ts';
import { schemaTypes } from '../src/schema-types.ts';

const failure = (result: { ok: boolean; error?: DecodeError }) => (result.ok ? undefined : { kind: result.error!.kind, path: result.error!.path, message: result.error!.message });

describe('integer ranges per wire type', () => {
  const order = (priceTicks: number) => decodeEnvelope(encodeEnvelope({ sender: 'a', seq: 1, tx: { placeOrder: { priceTicks } } }));

  it('int64: the safe integers, negative ones included, and nothing beyond', () => {
    expect(order(Number.MAX_SAFE_INTEGER).ok).toBe(true);
    expect(order(Number.MIN_SAFE_INTEGER).ok).toBe(true);
    expect(failure(order(2 ** 53))).toEqual({
      kind: 'out-of-range',
      path: 'tx.placeOrder.priceTicks',
      message: 'tx.placeOrder.priceTicks = 9007199254740992 is not a safe integer',
    });
    expect(failure(order(-(2 ** 53)))?.kind).toBe('out-of-range');
  });

  it('uint64: safe and non-negative', () => {
    const tx = (nonce: number) => decodeMessage('Transaction', encodeMessage('Transaction', { clientId: 'c', nonce }));
    expect(tx(Number.MAX_SAFE_INTEGER).ok).toBe(true);
    expect(failure(tx(2 ** 53))).toEqual({ kind: 'out-of-range', path: 'nonce', message: 'nonce = 9007199254740992 is not a safe non-negative integer' });
    const check = validatorFor('Transaction');
    expect(check({ nonce: 0 }, '')).toBeUndefined();
    expect(check({ nonce: -1 }, '')?.message).toBe('nonce = -1 is not a safe non-negative integer');
    expect(check({ nonce: 1.5 }, '')?.kind).toBe('out-of-range');
  });

  it('int32: integers from -2^31 to 2^31 - 1', () => {
    const check = validatorFor('Proposal');
    expect(check({ polRound: -(2 ** 31) }, '')).toBeUndefined();
    expect(check({ polRound: 2 ** 31 - 1 }, '')).toBeUndefined();
    expect(check({ polRound: 2 ** 31 }, '')?.message).toBe('polRound = 2147483648 is not an int32');
    expect(check({ polRound: -(2 ** 31) - 1 }, '')?.kind).toBe('out-of-range');
    expect(check({ polRound: 0.5 }, '')?.kind).toBe('out-of-range');
    expect(decodeMessage('Proposal', encodeMessage('Proposal', { polRound: -1 })).ok).toBe(true);
  });

  it('uint32: integers from 0 to 2^32 - 1', () => {
    const check = validatorFor('Vote');
    expect(check({ round: 0 }, '')).toBeUndefined();
    expect(check({ round: 2 ** 32 - 1 }, '')).toBeUndefined();
    expect(check({ round: 2 ** 32 }, '')?.message).toBe('round = 4294967296 is not a uint32');
    expect(check({ round: -1 }, '')?.kind).toBe('out-of-range');
  });

  it('sint64: the safe integers', () => {
    const check = validatorFor('HedgerWalTrade');
    expect(check({ signedLots: -5 }, '')).toBeUndefined();
    expect(check({ signedLots: 2 ** 60 }, '')?.message).toBe(`signedLots = ${2 ** 60} is not a safe integer`);
  });

  it('strings, bytes and booleans are left to the reader', () => {
    expect(validatorFor('Envelope')({ sender: 5, runId: 7 }, '')).toBeUndefined();
  });
});

describe('enums, oneofs, paths', () => {
  it('an enum value the schema does not name is out of range; every named one is accepted', () => {
    const check = validatorFor('Vote');
    expect(check({ type: 1 }, '')).toBeUndefined();
    expect(check({ type: 2 }, '')).toBeUndefined();
    expect(check({ type: 0 }, '')).toBeUndefined();
    expect(check({ type: 3 }, '')?.message).toBe('type = 3 is not a VoteType value');
    const bad = decodeEnvelope(encodeEnvelope({ sender: 'a', seq: 1, tx: { placeOrder: { side: 9 as never } } }));
    expect(failure(bad)).toMatchObject({ kind: 'out-of-range', path: 'tx.placeOrder.side' });
  });

  it('a repeated element is named by its index, a nested field by its dotted path', () => {
    const window = validatorFor('NonceWindow');
    expect(window({ seen: [1, 2] }, '')).toBeUndefined();
    expect(window({ seen: [1, 2 ** 60] }, '')?.path).toBe('seen[1]');
    const certificate = validatorFor('CommitCertificate');
    expect(certificate({ precommits: [{ height: 1 }, { height: 1, type: 7 }] }, '')?.path).toBe('precommits[1].type');
    expect(validatorFor('Block')({ header: { height: 2 ** 60 } }, '')?.path).toBe('header.height');
    expect(validatorFor('Block')({ header: { height: 2 ** 60 } }, 'body.block')?.path).toBe('body.block.header.height');
    const deep = decodeMessage('Block', encodeMessage('Block', { lastCommit: { precommits: [{}, { round: 1, height: 2 ** 60 }] } }));
    expect(failure(deep)?.path).toBe('lastCommit.precommits[1].height');
  });

  it('a nested message that is absent or null is not checked', () => {
    expect(validatorFor('Block')({ header: null, lastCommit: undefined, txs: null }, '')).toBeUndefined();
    expect(validatorFor('Block')(null, '')).toBeUndefined();
    expect(validatorFor('Block')(5, '')).toBeUndefined();
  });

  it('two members of a oneof are malformed, named by the oneof; one member is fine', () => {
    const check = validatorFor('Envelope');
    expect(check({ ping: { n: 1 } }, '')).toBeUndefined();
    const both = check({ ping: { n: 1 }, pong: { n: 1 } }, '');
    expect(both).toMatchObject({ kind: 'malformed', path: 'body', message: 'body = several members is not at most one member of oneof body' });
    expect(check({ ping: { n: 1 }, pong: null }, '')).toBeUndefined();
  });

  it('an unknown message type is a programming error, named', () => {
    expect(() => validatorFor('NoSuchMessage')).toThrow('validatorFor: no message type NoSuchMessage in the schema');
  });

  it('the envelope body names are the schema\'s oneof members', () => {
    expect(envelopeBodyNames()).toEqual(ENVELOPE_BODY_NAMES);
    expect(ENVELOPE_BODY_NAMES).toContain('ping');
    expect(ENVELOPE_BODY_NAMES).toContain('tx');
    expect(ENVELOPE_BODY_NAMES).not.toContain('sender');
  });
});

describe('frames', () => {
  it('a frame of exactly the limit is parsed, one byte more is oversized, with both sizes in the message', () => {
    const frame = encodeEnvelope({ sender: 'a', seq: 1, ping: { n: 1 } });
    expect(decodeEnvelope(frame, { bytesMax: frame.length }).ok).toBe(true);
    expect(failure(decodeEnvelope(frame, { bytesMax: frame.length - 1 }))).toEqual({
      kind: 'oversized',
      path: '',
      message: `Envelope: frame of ${frame.length} bytes exceeds the limit of ${frame.length - 1}`,
    });
    expect(decodeEnvelope(new Uint8Array(FRAME_BYTES_MAX)).ok).toBe(false);
    expect(failure(decodeEnvelope(new Uint8Array(FRAME_BYTES_MAX)))?.kind).not.toBe('oversized');
  });

  it('something that is not a byte array is malformed, never a throw', () => {
    expect(failure(decodeMessage('Vote', 'not bytes' as never))).toEqual({ kind: 'malformed', path: '', message: 'Vote: frame is not a byte array' });
  });

  it('an envelope without a body, or without a sender, is refused with a reason', () => {
    expect(failure(decodeEnvelope(encodeEnvelope({ sender: 'a', seq: 1 })))).toEqual({ kind: 'unknown-body', path: 'body', message: 'Envelope: no body is set' });
    const unknown = new Uint8Array([...encodeEnvelope({ sender: 'a', seq: 1 }), (200 << 3) | 2, 0x01, 0x00]);
    expect(failure(decodeEnvelope(unknown))?.message).toBe('Envelope: body is a field this build does not know (newer sender?)');
    expect(failure(decodeEnvelope(encodeEnvelope({ seq: 1, ping: { n: 1 } })))).toEqual({ kind: 'missing-field', path: 'sender', message: 'Envelope: sender is empty' });
  });

  it('a decoded tx envelope keeps its raw tx bytes, found past varint and other length-delimited fields', () => {
    const tx = encodeMessage('Transaction', { clientId: 'c', nonce: 4 });
    const result = decodeEnvelope(encodeEnvelope({ runId: 'r', sender: 'c', seq: 9, lamport: 3, sentAtUs: -5, tx: { clientId: 'c', nonce: 4 } }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(Buffer.from(receivedTxBytes(result.value) ?? []).toString('hex')).toBe(Buffer.from(tx).toString('hex'));
  });
});

describe('DecodeError', () => {
  it('a read past the end is truncated, with the offset protobufjs reports and the reader error as cause', () => {
    const cause = new RangeError('index out of range: 5 + 10 > 7');
    const error = DecodeError.fromReaderError(cause, 'Vote');
    expect(error).toMatchObject({ name: 'DecodeError', kind: 'truncated', offset: 5, path: '', message: 'Vote: frame ends inside a field (index out of range: 5 + 10 > 7)' });
    expect(error.cause).toBe(cause);
    expect(DecodeError.fromReaderError(new Error('index out of range'), 'Vote')).toMatchObject({ kind: 'truncated', offset: undefined });
    // Offsets of more than one digit (found by mutation testing: `(\d)` read 123 as 1).
    expect(DecodeError.fromReaderError(new Error('index out of range: 123 + 4 > 100'), 'Vote')).toMatchObject({ kind: 'truncated', offset: 123 });
  });

  it('any other reader error is malformed; a thrown non-error is named by its text', () => {
    expect(DecodeError.fromReaderError(new Error('invalid wire type 7 at offset 3'), 'Vote')).toMatchObject({ kind: 'malformed', message: 'Vote: invalid wire type 7 at offset 3', offset: undefined });
    expect(DecodeError.fromReaderError('boom', 'Vote')).toMatchObject({ kind: 'malformed', message: 'Vote: boom' });
    expect(new DecodeError({ kind: 'malformed', message: 'x' }).cause).toBeUndefined();
    expect('cause' in new DecodeError({ kind: 'malformed', message: 'x' })).toBe(false);
  });

  it("a frame cut inside a top-level string reports the offset where the field's bytes start", () => {
    const frame = encodeEnvelope({ sender: 'abcdef', seq: 1, ping: { n: 1 } });
    const result = decodeEnvelope(frame.subarray(0, 5)); // tag, length 6, then 3 of the 6 bytes
    expect(failure(result)?.kind).toBe('truncated');
    expect(!result.ok && result.error.offset).toBe(2);
  });
});

describe('unknown fields', () => {
  it('the field numbers of a message type are the schema\'s', () => {
    expect([...fieldIds('Ping')].sort()).toEqual([1, 2]);
    expect(fieldIds('NoSuchMessage').size).toBe(0);
  });

  it('an envelope whose only body is an unknown field says so; a known field without a body does not', () => {
    const head = encodeEnvelope({ sender: 'a', seq: 1 });
    expect(failure(decodeEnvelope(new Uint8Array([...head, (200 << 3) | 0, 0x01])))?.message).toBe('Envelope: body is a field this build does not know (newer sender?)');
    expect(failure(decodeEnvelope(encodeEnvelope({ sender: 'a', seq: 1, lamport: 4, runId: 'r' })))?.message).toBe('Envelope: no body is set');
  });
});

describe('validator rules (found by mutation testing, session 17)', () => {
  it('an absent or null repeated field is not checked; each element of a present one is, to its last', () => {
    expect(validatorFor('NonceWindow')({ seen: null }, '')).toBeUndefined();
    expect(validatorFor('NonceWindow')({ seen: undefined }, '')).toBeUndefined();
    expect(validatorFor('NonceWindow')({ seen: [] }, '')).toBeUndefined();
    expect(validatorFor('NonceWindow')({ seen: [1, 2, -1] }, '')?.path).toBe('seen[2]');
    expect(validatorFor('CommitCertificate')({ precommits: null }, '')).toBeUndefined();
    expect(validatorFor('CommitCertificate')({ precommits: [{ height: 1 }, { round: 2 }] }, '')).toBeUndefined();
  });

  it('a scalar that is null or absent is not checked; a present one is, whatever its neighbours', () => {
    expect(validatorFor('Vote')({ round: null, height: undefined }, '')).toBeUndefined();
    expect(validatorFor('Vote')({ round: 1, height: -1 }, '')?.path).toBe('height');
  });

  it('each type has its own compiled validator, compiled once', () => {
    expect(validatorFor('Vote')).toBe(validatorFor('Vote'));
    expect(validatorFor('Vote')({ height: -1 }, '')?.path).toBe('height');
    expect(validatorFor('Proposal')({ height: -1 }, '')?.path).toBe('height');
    expect(validatorFor('Proposal')({ polRound: -1 }, '')).toBeUndefined();
  });

  it('a validator compiles the types it nests: in a fresh module, with nothing compiled before, a nested field is checked', async () => {
    vi.resetModules();
    const fresh = await import('../src/validate.ts');
    expect(fresh.validatorFor('Block')({ header: { height: 2 ** 60 } }, '')?.path).toBe('header.height');
    expect(fresh.validatorFor('Block')({ lastCommit: { precommits: [{ height: 1 }, { type: 9 }] } }, '')?.path).toBe('lastCommit.precommits[1].type');
  });

  it('every message type of the schema gets a validator that accepts its empty message', () => {
    for (const name of Object.keys(pbTypes())) expect(validatorFor(name)({}, ''), name).toBeUndefined();
  });
});

function pbTypes(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schemaTypes).filter(([, type]) => type.fields));
}
