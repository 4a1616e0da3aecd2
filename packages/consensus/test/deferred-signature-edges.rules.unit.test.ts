/**
 * A deferred signature's edges (signatures.ts withDeferredSignature): the field cannot be deleted
 * or redefined (it is not configurable), and a vote or a proposal without a signer id, signed
 * through a host's signer while the process shares verifications, is remembered at its first read
 * under the empty id — as signing here remembers it (signatures-remember-signed.rules).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, rememberOwnSignatures, signBytes, type Signer } from '@faultline/protocol';
import { SignatureVerifier, signProposal, signVote, ValidatorSet } from '@faultline/consensus';

const SEED = 'deferred-edges';
const signer: Signer = (privateKey, bytes) => () => signBytes(privateKey, bytes);

afterEach(() => {
  rememberOwnSignatures(false);
});

describe('a deferred signature field', () => {
  it('cannot be deleted or redefined', () => {
    const vote = signVote({ type: pb.VoteType.VOTE_TYPE_PREVOTE, height: 3, round: 0, validatorId: 'validator-1', timestampUs: 1 }, deriveKeyPair(SEED, 'validator-1').privateKey, signer);
    expect(Object.getOwnPropertyDescriptor(vote, 'signature')?.configurable).toBe(false);
    expect(() => {
      delete (vote as { signature?: unknown }).signature;
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(vote, 'signature', { value: new Uint8Array(64) })).toThrow(TypeError);
    expect(vote.signature).toHaveLength(64);
  });

  it('a vote and a proposal without a signer id: remembered under the empty id at the first read', () => {
    const nameless = deriveKeyPair(SEED, 'nameless');
    const set = new ValidatorSet([{ id: '', publicKeyRaw: nameless.publicKeyRaw }, { id: 'validator-1', publicKeyRaw: deriveKeyPair(SEED, 'validator-1').publicKeyRaw }]);
    rememberOwnSignatures(true);
    const vote = signVote({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height: 9, round: 0, blockHash: new Uint8Array(32).fill(1), timestampUs: 4 }, nameless.privateKey, signer);
    const proposal = signProposal({ height: 9, round: 0, polRound: -1, blockHash: new Uint8Array(32).fill(2), timestampUs: 5 }, nameless.privateKey, signer);
    void vote.signature;
    void proposal.signature;
    const verifier = new SignatureVerifier(set);
    expect(verifier.verifyVote(vote)).toBe(true);
    expect(verifier.verifyProposal(proposal)).toBe(true);
    expect({ hits: verifier.hits, checks: verifier.checks }).toEqual({ hits: 2, checks: 0 });
  });
});
