/**
 * committedBlockFrameHeight: the height a CommittedBlock envelope frame carries, read without
 * decoding it — exact or absent. Its one rule: whenever it answers a height and the frame
 * decodes, the decoded envelope is a committed block of exactly that height (a copy dropped by
 * its height is one the decoded copy would have been dropped for). Frames are built here by hand
 * (tag, length, value), not by the encoder alone, to make the layouts an encoder never writes.
 */
import { describe, expect } from 'vitest';
import { it } from '@fast-check/vitest';
import fc from 'fast-check';
import { committedBlockFrameHeight, decodeEnvelope, encodeEnvelope, encodeMessage, type faultline } from '@faultline/protocol';

const runs = Number(process.env['FAULTLINE_PROP_RUNS'] ?? 200);

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
const bytesField = (field: number, value: ArrayLike<number>) => [...tag(field, 2), ...varint(value.length), ...Array.from(value)];
const varintField = (field: number, value: number) => [...tag(field, 0), ...varint(value)];
const frameOf = (...parts: number[][]) => new Uint8Array(parts.flat());

const TXS = [encodeMessage('Transaction', { clientId: 'load-1', nonce: 5, placeOrder: { accountId: 'load-1', marketId: 1, side: 1, type: 1, timeInForce: 1, priceTicks: 30_000, sizeLots: 1 } })];
const HASH = new Uint8Array(32).fill(7);

function committed(height: number): faultline.v1.ICommittedBlock {
  return {
    block: { header: { height, round: 1, proposerId: 'validator-2', prevBlockHash: HASH, timeUs: 1_000_000, txsHash: HASH, txCount: 1, lastCommitHash: HASH }, txs: TXS, lastCommit: { height: height - 1, round: 0, blockHash: HASH } },
    certificate: { height, round: 1, blockHash: HASH, precommits: [{ type: 2, height, round: 1, blockHash: HASH, validatorId: 'validator-1', timestampUs: 5, signature: HASH }] },
  };
}
const envelopeHead = [...bytesField(1, Buffer.from('run')), ...bytesField(2, Buffer.from('validator-1')), ...varintField(3, 9), ...varintField(4, 40)];
const committedBytes = (height: number) => [...encodeMessage('CommittedBlock', committed(height))];
const headerBytes = (height: number) => [...encodeMessage('BlockHeader', committed(height).block?.header ?? {})];

/** What the decoder says the frame is: the committed block's height, or why it is none. */
function decodedHeight(frame: Uint8Array): number | 'undecodable' | 'other body' {
  const decoded = decodeEnvelope(frame);
  if (!decoded.ok) return 'undecodable';
  if (!decoded.value.committedBlock) return 'other body';
  return Number(decoded.value.committedBlock.block?.header?.height ?? 0);
}

describe('committedBlockFrameHeight: the plain frames', () => {
  it.each([1, 2, 127, 128, 300, 16_384, 2 ** 32 + 5, 2 ** 48, 2 ** 49 - 1])('answers the height of an encoded block message (%d), as decoding does', (height) => {
    const frame = encodeEnvelope({ runId: 'run', sender: 'validator-3', seq: 12, lamport: 44, sentAtUs: 99, committedBlock: committed(height) });
    expect(committedBlockFrameHeight(frame)).toBe(height);
    expect(decodedHeight(frame)).toBe(height);
  });

  it('answers for a frame with the envelope fields after the body, and for a header holding only its height', () => {
    expect(committedBlockFrameHeight(frameOf(bytesField(23, committedBytes(6)), envelopeHead))).toBe(6);
    const bare = frameOf(envelopeHead, bytesField(23, bytesField(1, bytesField(1, varintField(1, 77)))));
    expect(committedBlockFrameHeight(bare)).toBe(77);
    expect(decodedHeight(bare)).toBe(77);
  });

  it('answers within a view of a larger buffer (a socket chunk), from the view alone', () => {
    const frame = encodeEnvelope({ runId: 'run', sender: 'validator-3', seq: 12, lamport: 44, sentAtUs: 99, committedBlock: committed(9) });
    const chunk = new Uint8Array(frame.length + 20).fill(0xff);
    chunk.set(frame, 10);
    expect(committedBlockFrameHeight(chunk.subarray(10, 10 + frame.length))).toBe(9);
  });
});

describe('committedBlockFrameHeight: every other layout answers undefined (the frame is decoded)', () => {
  const cases: Array<[string, Uint8Array]> = [
    ['no bytes', new Uint8Array(0)],
    ['another body (a vote)', encodeEnvelope({ runId: 'run', sender: 'validator-1', seq: 1, lamport: 1, sentAtUs: 1, vote: { type: 1, height: 5, round: 0, validatorId: 'validator-1' } })],
    ['a block response (sync)', encodeEnvelope({ runId: 'run', sender: 'validator-1', seq: 1, lamport: 1, sentAtUs: 1, blockResponse: { blocks: [committed(5)] } })],
    ['the envelope fields only', frameOf(envelopeHead)],
    ['committed_block twice (merged by the decoder)', frameOf(envelopeHead, bytesField(23, committedBytes(5)), bytesField(23, committedBytes(6)))],
    ['committed_block and another body', frameOf(envelopeHead, bytesField(23, committedBytes(5)), bytesField(21, []))],
    ['an unknown envelope field', frameOf(envelopeHead, bytesField(23, committedBytes(5)), varintField(99, 1))],
    ['an envelope field between the header fields and the bodies (6)', frameOf(envelopeHead, varintField(6, 1), bytesField(23, committedBytes(5)))],
    ['committed_block as a varint', frameOf(envelopeHead, varintField(23, 5))],
    ['no block', frameOf(envelopeHead, bytesField(23, bytesField(2, [])))],
    ['the block twice', frameOf(envelopeHead, bytesField(23, [...bytesField(1, bytesField(1, varintField(1, 5))), ...bytesField(1, bytesField(1, varintField(1, 6)))]))],
    ['the block as a varint', frameOf(envelopeHead, bytesField(23, varintField(1, 5)))],
    ['an unknown committed-block field', frameOf(envelopeHead, bytesField(23, [...bytesField(1, bytesField(1, varintField(1, 5))), ...varintField(3, 1)]))],
    ['no header', frameOf(envelopeHead, bytesField(23, bytesField(1, bytesField(2, [1, 2, 3]))))],
    ['the header twice', frameOf(envelopeHead, bytesField(23, bytesField(1, [...bytesField(1, headerBytes(5)), ...bytesField(1, headerBytes(6))])))],
    ['the header as a varint', frameOf(envelopeHead, bytesField(23, bytesField(1, varintField(1, 5))))],
    ['an unknown block field', frameOf(envelopeHead, bytesField(23, bytesField(1, [...bytesField(1, headerBytes(5)), ...varintField(4, 1)])))],
    ['no height', frameOf(envelopeHead, bytesField(23, bytesField(1, bytesField(1, varintField(2, 3)))))],
    ['the height twice (the last one decoded)', frameOf(envelopeHead, bytesField(23, bytesField(1, bytesField(1, [...varintField(1, 5), ...varintField(1, 6)]))))],
    ['the height length-delimited', frameOf(envelopeHead, bytesField(23, bytesField(1, bytesField(1, bytesField(1, [5])))))],
    ['the height as fixed64', frameOf(envelopeHead, bytesField(23, bytesField(1, bytesField(1, [...tag(1, 1), 5, 0, 0, 0, 0, 0, 0, 0]))))],
    ['a height of 2^49 (7 varint bytes and more)', frameOf(envelopeHead, bytesField(23, bytesField(1, bytesField(1, varintField(1, 2 ** 49)))))],
    ['an unknown header field', frameOf(envelopeHead, bytesField(23, bytesField(1, bytesField(1, [...varintField(1, 5), ...varintField(9, 1)]))))],
    ['a group in the header', frameOf(envelopeHead, bytesField(23, bytesField(1, bytesField(1, [...varintField(1, 5), ...tag(2, 3), ...tag(2, 4)]))))],
    ['a varint running past the header', frameOf(envelopeHead, bytesField(23, bytesField(1, bytesField(1, [...varintField(1, 5), ...tag(2, 0), 0x80]))))],
    ['a length running past the frame', frameOf(envelopeHead, tag(23, 2), varint(500), committedBytes(5))],
    ['a field 0', frameOf([0, 0], envelopeHead, bytesField(23, committedBytes(5)))],
  ];
  it.each(cases)('%s', (_name, frame) => {
    expect(committedBlockFrameHeight(frame)).toBeUndefined();
  });

  it('cut anywhere inside, a frame answers undefined (every cut leaves a length or a varint open)', () => {
    const frame = encodeEnvelope({ runId: 'run', sender: 'validator-3', seq: 12, lamport: 44, sentAtUs: 99, committedBlock: committed(3) });
    const bodyStart = frame.length - committedBytes(3).length;
    for (let cut = bodyStart - 2; cut < frame.length; cut++) expect(committedBlockFrameHeight(frame.subarray(0, cut))).toBeUndefined();
  });
});

describe('committedBlockFrameHeight: a height answered is the decoded height', () => {
  const base = encodeEnvelope({ runId: 'run', sender: 'validator-3', seq: 12, lamport: 44, sentAtUs: 99, committedBlock: committed(300) });
  const changed = fc.oneof(
    fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 1, max: 255 })).map(([at, xor]) => {
      const bytes = base.slice();
      bytes[at] = (bytes[at] ?? 0) ^ xor;
      return bytes;
    }),
    fc.tuple(fc.nat({ max: base.length }), fc.uint8Array({ minLength: 1, maxLength: 12 })).map(([at, insert]) => {
      const bytes = new Uint8Array(base.length + insert.length);
      bytes.set(base.subarray(0, at), 0);
      bytes.set(insert, at);
      bytes.set(base.subarray(at), at + insert.length);
      return bytes;
    }),
    fc.tuple(fc.nat({ max: base.length - 1 }), fc.nat({ max: 12 })).map(([at, count]) => new Uint8Array([...base.subarray(0, at), ...base.subarray(Math.min(base.length, at + count + 1))])),
  );

  it.prop([changed], { numRuns: runs * 10 })('changed frames: an answer is what the decoder makes of the frame (or it does not decode)', (frame) => {
    const height = committedBlockFrameHeight(frame);
    if (height === undefined) return;
    const decoded = decodedHeight(frame);
    if (decoded !== 'undecodable') expect(decoded).toBe(height);
  });

  const part = fc.oneof(
    fc.constant(envelopeHead),
    fc.constant(varintField(4, 1)),
    fc.nat({ max: 2 ** 20 }).map((h) => bytesField(23, committedBytes(h))),
    fc.nat({ max: 2 ** 20 }).map((h) => bytesField(23, bytesField(1, bytesField(1, varintField(1, h))))),
    fc.nat({ max: 2 ** 20 }).map((h) => bytesField(23, bytesField(1, [...bytesField(1, varintField(1, h)), ...bytesField(1, varintField(2, 1))]))),
    fc.nat({ max: 2 ** 20 }).map((h) => bytesField(23, bytesField(1, bytesField(1, [...varintField(1, h), ...varintField(1, h + 1)])))),
    fc.constant(bytesField(23, bytesField(2, []))),
    fc.constant(bytesField(21, [])),
  );
  it.prop([fc.array(part, { minLength: 1, maxLength: 4 })], { numRuns: runs * 5 })('frames of repeated and mixed parts: an answer is the decoded height', (parts) => {
    const frame = frameOf(envelopeHead, ...parts);
    const height = committedBlockFrameHeight(frame);
    if (height === undefined) return;
    expect(decodedHeight(frame)).toBe(height);
  });
});
