/**
 * signatures.ts rule by rule: what a vote's and a proposal's signature covers, and what the
 * verifier refuses — with and without its cache (found by mutation testing: the cache and the
 * sign bytes were covered only by whole-network tests).
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, rememberOwnSignatures, type faultline } from '@faultline/protocol';
import { proposalSignBytes, SignatureVerifier, signProposal, signVote, voteSignBytes } from '@faultline/consensus';
import { KEY_SEED, validatorSet } from './core-harness.ts';

const validators = validatorSet();
const key = (id: string) => deriveKeyPair(KEY_SEED, id).privateKey;
const hash = (n: number) => new Uint8Array(32).fill(n);
const vote = (fields: Partial<faultline.v1.IVote> = {}, signer = 'validator-2'): faultline.v1.IVote =>
  signVote({ type: pb.VoteType.VOTE_TYPE_PREVOTE, height: 3, round: 1, blockHash: hash(1), validatorId: 'validator-2', timestampUs: 5, ...fields }, key(signer));
const proposal = (fields: Partial<faultline.v1.IProposal> = {}): faultline.v1.IProposal =>
  signProposal({ height: 3, round: 1, polRound: -1, proposerId: 'validator-1', blockHash: hash(2), block: { header: { height: 3 } }, ...fields }, key('validator-1'));

describe.each([true, false])('SignatureVerifier (cache %s)', (useCache) => {
  it('accepts a vote signed by its validator, again and again', () => {
    const verifier = new SignatureVerifier(validators, useCache);
    const v = vote();
    expect(verifier.verifyVote(v)).toBe(true);
    expect(verifier.verifyVote(v)).toBe(true);
  });

  it('refuses a vote changed after signing (every field but the signature is covered), also after the original was verified', () => {
    const verifier = new SignatureVerifier(validators, useCache);
    const v = vote();
    expect(verifier.verifyVote(v)).toBe(true);
    for (const change of [{ height: 4 }, { round: 2 }, { blockHash: hash(9) }, { timestampUs: 6 }, { type: pb.VoteType.VOTE_TYPE_PRECOMMIT }]) {
      expect(verifier.verifyVote({ ...v, ...change }), JSON.stringify(change)).toBe(false);
    }
  });

  it('refuses a vote claimed by another validator, by an unknown one, or without a 64-byte signature', () => {
    const verifier = new SignatureVerifier(validators, useCache);
    const v = vote();
    expect(verifier.verifyVote(v)).toBe(true);
    expect(verifier.verifyVote({ ...v, validatorId: 'validator-3' })).toBe(false);
    expect(verifier.verifyVote(vote({ validatorId: 'validator-9' }))).toBe(false);
    expect(verifier.verifyVote({ ...v, validatorId: undefined })).toBe(false);
    expect(verifier.verifyVote({ ...v, signature: null })).toBe(false);
    expect(verifier.verifyVote({ ...v, signature: v.signature!.subarray(0, 63) })).toBe(false);
    const tampered = Uint8Array.from(v.signature!);
    tampered[10]! ^= 1;
    expect(verifier.verifyVote({ ...v, signature: tampered })).toBe(false);
    expect(verifier.verifyVote({ ...v, signature: tampered })).toBe(false); // a refusal is never remembered as valid
  });

  it('refuses a signature that shares the cache slot (its first bytes) of a verified one, and a verified signature whose bytes were changed in place afterwards', () => {
    const verifier = new SignatureVerifier(validators, useCache);
    const v = vote();
    expect(verifier.verifyVote(v)).toBe(true);
    const sameSlot = Uint8Array.from(v.signature!);
    sameSlot[63]! ^= 1; // the first four bytes, the slot, unchanged
    expect(verifier.verifyVote({ ...v, signature: sameSlot })).toBe(false);
    const reused = vote({ round: 7 });
    expect(verifier.verifyVote(reused)).toBe(true);
    reused.signature![40]! ^= 1; // the cache keeps its own copy of what it verified
    expect(verifier.verifyVote(reused)).toBe(false);
    expect(verifier.verifyVote(v)).toBe(true);
  });

  it('a proposal signature covers everything but the block and the signature', () => {
    const verifier = new SignatureVerifier(validators, useCache);
    const p = proposal();
    expect(verifier.verifyProposal(p)).toBe(true);
    expect(verifier.verifyProposal({ ...p, block: { header: { height: 99 } } })).toBe(true);
    for (const change of [{ height: 4 }, { round: 2 }, { polRound: 0 }, { blockHash: hash(9) }, { proposerId: 'validator-2' }]) {
      expect(verifier.verifyProposal({ ...p, ...change }), JSON.stringify(change)).toBe(false);
    }
    // A vote's signature is not a proposal's.
    expect(verifier.verifyProposal({ ...p, signature: vote({ validatorId: 'validator-1' }).signature })).toBe(false);
  });
});

describe('the verification cache', () => {
  it('a vote seen again costs a lookup, not a verification; a refused one is verified again', () => {
    const verifier = new SignatureVerifier(validators);
    const v = vote();
    verifier.verifyVote(v);
    verifier.verifyVote(v);
    expect([verifier.checks, verifier.hits]).toEqual([1, 1]);
    const bad = { ...v, round: 7 };
    verifier.verifyVote(bad);
    verifier.verifyVote(bad);
    expect([verifier.checks, verifier.hits]).toEqual([3, 1]);
  });
});

describe('the verification cache, against a replay', () => {
  it('a verified signature replayed over longer bytes that begin with the signed ones is refused', () => {
    const verifier = new SignatureVerifier(validators);
    // Without a timestamp (field 6, the last one signed) a vote's bytes are a prefix of the same vote with one.
    const v = signVote({ type: pb.VoteType.VOTE_TYPE_PREVOTE, height: 3, round: 1, blockHash: hash(1), validatorId: 'validator-2' }, key('validator-2'));
    expect(verifier.verifyVote(v)).toBe(true);
    expect(verifier.verifyVote({ ...v, timestampUs: 5 })).toBe(false);
  });
});

describe('sign bytes', () => {
  it('leave out the signature (and a proposal its block) and nothing else', () => {
    const v = vote();
    expect(voteSignBytes(v)).toEqual(voteSignBytes({ ...v, signature: new Uint8Array(64).fill(7) }));
    expect(voteSignBytes(v)).not.toEqual(voteSignBytes({ ...v, round: 0 }));
    const p = proposal();
    expect(proposalSignBytes(p)).toEqual(proposalSignBytes({ ...p, block: null, signature: null }));
    expect(proposalSignBytes(p)).not.toEqual(proposalSignBytes({ ...p, polRound: 0 }));
  });
});

describe('the verification cache in a simulation (rememberOwnSignatures on)', () => {
  it('is shared by every verifier of the process: a vote one verified is a hit for another; a changed field or signature is still checked and refused', () => {
    const previous = rememberOwnSignatures(true);
    try {
      const v = vote({ round: 11, timestampUs: 77 });
      const first = new SignatureVerifier(validators);
      const second = new SignatureVerifier(validators);
      expect(first.verifyVote(v)).toBe(true);
      expect(second.verifyVote(v)).toBe(true);
      expect([second.checks, second.hits]).toEqual([0, 1]);
      expect(second.verifyVote({ ...v, timestampUs: 78 })).toBe(false);
      expect(second.verifyVote({ ...v, validatorId: 'validator-3' })).toBe(false);
      const tampered = Uint8Array.from(v.signature!);
      tampered[63]! ^= 1;
      expect(second.verifyVote({ ...v, signature: tampered })).toBe(false);
      expect(second.verifyVote(v)).toBe(true);
      // A verifier without its cache checks every time, shared or not.
      const uncached = new SignatureVerifier(validators, false);
      expect(uncached.verifyVote(v)).toBe(true);
      expect([uncached.checks, uncached.hits]).toEqual([1, 0]);
    } finally {
      rememberOwnSignatures(previous);
    }
  });
});

describe('rules found by mutation testing (session 17)', () => {
  it.each([true, false])('unknown fields are signed: a vote carrying one verifies only as signed (cache %s)', (useCache) => {
    const verifier = new SignatureVerifier(validators, useCache);
    const v = vote();
    expect(verifier.verifyVote(v)).toBe(true);
    // Field 15, varint 1: a field this build does not know, kept by the decoder in $unknowns.
    const unknown = [Uint8Array.of(0x78, 0x01)];
    expect(voteSignBytes({ ...v, $unknowns: unknown } as faultline.v1.IVote)).not.toEqual(voteSignBytes(v));
    expect(verifier.verifyVote({ ...v, $unknowns: unknown } as faultline.v1.IVote)).toBe(false);
    const signedWith = vote({ $unknowns: unknown } as Partial<faultline.v1.IVote>);
    expect(verifier.verifyVote(signedWith)).toBe(true);
    expect(verifier.verifyVote({ ...signedWith, $unknowns: [Uint8Array.of(0x78, 0x02)] } as faultline.v1.IVote)).toBe(false);
  });

  it("a vote's signature is not a proposal's, even over the same values in the same cache slot", () => {
    const verifier = new SignatureVerifier(validators);
    const v = vote({ validatorId: 'validator-1' }, 'validator-1');
    expect(verifier.verifyVote(v)).toBe(true);
    const lookalike: faultline.v1.IProposal = { height: v.height, round: v.round, polRound: v.type, proposerId: 'validator-1', blockHash: v.blockHash, timestampUs: v.timestampUs, signature: v.signature };
    expect(verifier.verifyProposal(lookalike)).toBe(false);
  });

  it('a verified block hash with a byte appended is refused (the cache compares lengths)', () => {
    const verifier = new SignatureVerifier(validators);
    const v = vote();
    expect(verifier.verifyVote(v)).toBe(true);
    expect(verifier.verifyVote({ ...v, blockHash: Uint8Array.of(...v.blockHash!, 0) })).toBe(false);
  });

  it('remembers every vote it verified, not only the last; nil votes and unset fields (undefined or null) too', () => {
    const verifier = new SignatureVerifier(validators);
    const votes = [vote(), vote({ round: 2 }), vote({ blockHash: undefined, timestampUs: undefined }), vote({ round: 4, blockHash: null, timestampUs: null })];
    for (const v of votes) expect(verifier.verifyVote(v)).toBe(true);
    for (const v of votes) expect(verifier.verifyVote(v)).toBe(true);
    expect([verifier.checks, verifier.hits]).toEqual([4, 4]);
  });

  it('a value that is not a plain number (a Long-like object) is verified afresh every time: changed in place after a check, it is refused', () => {
    const verifier = new SignatureVerifier(validators);
    const timestampUs = { low: 5, high: 0, unsigned: false };
    const v = { ...vote(), timestampUs } as unknown as faultline.v1.IVote;
    expect(verifier.verifyVote(v)).toBe(true);
    timestampUs.low = 6;
    expect(verifier.verifyVote(v)).toBe(false);
  });
});
