/**
 * signVote and signProposal copy the message with Object.assign instead of `{ ...message, signature }`
 * (V8's slow path for a spread followed by more properties): the signed message must be what the
 * spread made — the same own keys in the same order, the same values, the same prototype — for a
 * literal, a message that already holds the field (in the middle), a message whose signature is a
 * getter (read once, as the spread read it), unknown fields, a decoded protobuf message (its
 * defaults on the prototype not copied), symbols, and an own "__proto__" key (JSON.parse makes one:
 * a spread defines it as a key, so the copy must not set the prototype). proposalSignBytes encodes
 * what the spread encoded.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, encodeMessage, pb, signBytes, type faultline } from '@faultline/protocol';
import { proposalSignBytes, signProposal, signVote, voteSignBytes } from '../src/signatures.ts';

const keys = deriveKeyPair(5, 'validator-copy');

/** What the spread made (the code before), signed the same way. */
function spreadVote(vote: faultline.v1.IVote): faultline.v1.IVote {
  return { ...vote, signature: signBytes(keys.privateKey, voteSignBytes(vote)) };
}

function shapeOf(value: object): { keys: string[]; symbols: symbol[]; proto: unknown; entries: Array<[string, unknown]> } {
  return { keys: Reflect.ownKeys(value).filter((k): k is string => typeof k === 'string'), symbols: Object.getOwnPropertySymbols(value), proto: Object.getPrototypeOf(value), entries: Object.entries(value) };
}

const vote = (): faultline.v1.IVote => ({ type: pb.VoteType.VOTE_TYPE_PREVOTE, height: 7, round: 1, blockHash: new Uint8Array([1, 2, 3]), validatorId: 'validator-copy', timestampUs: 99 });

describe('signed messages are the spread copy', () => {
  const cases: Array<[string, () => faultline.v1.IVote]> = [
    ['a literal', vote],
    ['a vote holding signature: null in the middle', () => ({ type: 1, height: 2, signature: null, round: 0, blockHash: new Uint8Array(0), validatorId: 'validator-copy', timestampUs: 5 })],
    ['unknown fields and a symbol', () => Object.assign(vote(), { $unknowns: [new Uint8Array([8, 1])], [Symbol.for('tag')]: 'x' })],
    ['a decoded protobuf vote', () => pb.Vote.decode(encodeMessage('Vote', vote()))],
    ['an own "__proto__" key (JSON.parse)', () => Object.assign(JSON.parse('{"__proto__": {"evil": true}, "type": 1, "height": 3}') as faultline.v1.IVote, { validatorId: 'validator-copy' })],
  ];
  for (const [name, make] of cases) {
    it(`signVote: ${name}`, () => {
      const signed = signVote(make(), keys.privateKey);
      const expected = spreadVote(make());
      expect(shapeOf(signed)).toEqual(shapeOf(expected));
      expect(Object.getPrototypeOf(signed)).toBe(Object.prototype);
      expect((signed as { evil?: unknown }).evil).toBeUndefined();
    });
  }

  it('a signature getter on the input is read once, as the spread read it, and the copy holds its value as data', () => {
    let reads = 0;
    const input = vote();
    Object.defineProperty(input, 'signature', { enumerable: true, get: () => (reads++, new Uint8Array([9])) });
    const signed = signVote(input, keys.privateKey);
    expect(reads).toBe(1);
    expect(Object.getOwnPropertyDescriptor(signed, 'signature')?.get).toBeUndefined();
    expect(Object.keys(signed)).toEqual(['type', 'height', 'round', 'blockHash', 'validatorId', 'timestampUs', 'signature']);
  });

  it('signProposal and proposalSignBytes: the keys, values and bytes the spread gave; the input untouched', () => {
    const block: faultline.v1.IBlock = { header: { height: 4, round: 0, proposerId: 'validator-copy', timeUs: 10 }, txs: [] };
    const proposal: faultline.v1.IProposal = { height: 4, round: 0, polRound: -1, blockHash: new Uint8Array([4, 4]), proposerId: 'validator-copy', timestampUs: 11, block };
    const bytes = proposalSignBytes(proposal);
    expect(Buffer.from(bytes).equals(Buffer.from(encodeMessage('Proposal', { ...proposal, block: null, signature: new Uint8Array(0) })))).toBe(true);
    expect(proposal.block).toBe(block);
    expect('signature' in proposal).toBe(false);
    const signed = signProposal(proposal, keys.privateKey);
    expect(shapeOf(signed)).toEqual(shapeOf({ ...proposal, signature: signBytes(keys.privateKey, bytes) }));
    const json = JSON.parse('{"__proto__": {"evil": true}, "height": 4, "proposerId": "validator-copy"}') as faultline.v1.IProposal;
    expect(Buffer.from(proposalSignBytes(json)).equals(Buffer.from(encodeMessage('Proposal', { ...json, block: null, signature: new Uint8Array(0) })))).toBe(true);
    expect((signProposal(json, keys.privateKey) as { evil?: unknown }).evil).toBeUndefined();
  });
});
