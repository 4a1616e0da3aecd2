/**
 * signVote / signProposal with a host's signer (the simulator's signing thread): the message
 * carries its signature as a read-only field fetched at its first read and never before; every
 * reader gets the bytes signing here gives; the first read puts the message in the shared
 * verification cache exactly when signing here would have (sharingVerifications() at signing
 * time, not at reading time); a core with a signer signs its votes and proposals through it and
 * counts its own vote without reading the signature.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deriveKeyPair, encodeMessage, pb, rememberOwnSignatures, signBytes, type DeferredSignature, type faultline, type Signer } from '@faultline/protocol';
import { DYDX_TIMEOUTS, SignatureVerifier, signProposal, signVote, TendermintCore, ValidatorSet, voteSignBytes } from '@faultline/consensus';
import type { KeyObject } from 'node:crypto';

const SEED = 'deferred-signature';
const ids = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const validators = new ValidatorSet(ids.map((id) => ({ id, publicKeyRaw: deriveKeyPair(SEED, id).publicKeyRaw })));
const key = (id: string) => deriveKeyPair(SEED, id).privateKey;
let height = 500;
const fields = (validatorId = 'validator-2'): faultline.v1.IVote => ({ type: pb.VoteType.VOTE_TYPE_PREVOTE, height: height++, round: 0, blockHash: new Uint8Array(32).fill(9), validatorId, timestampUs: 11 });

/** A signer that signs here but counts the jobs and the reads of their signatures. */
function countingSigner(): { signer: Signer; jobs: Uint8Array[]; reads: number[] } {
  const jobs: Uint8Array[] = [];
  const reads: number[] = [];
  const signer: Signer = (privateKey: KeyObject, bytes: Uint8Array): DeferredSignature => {
    const index = jobs.length;
    jobs.push(Uint8Array.from(bytes));
    return () => {
      reads.push(index);
      return signBytes(privateKey, bytes);
    };
  };
  return { signer, jobs, reads };
}

afterEach(() => {
  rememberOwnSignatures(false);
});

describe('a deferred signature', () => {
  it('is read from the signer at the first read of the field only, once, and gives the bytes signing here gives', () => {
    const { signer, jobs, reads } = countingSigner();
    const vote = signVote(fields(), key('validator-2'), signer);
    expect(jobs).toHaveLength(1);
    expect(Buffer.from(jobs[0]!).equals(Buffer.from(voteSignBytes(vote)))).toBe(true);
    expect(reads).toEqual([]);
    const signature = vote.signature;
    expect(reads).toEqual([0]);
    expect(vote.signature).toBe(signature);
    expect(reads).toEqual([0]);
    const here = signVote({ ...fields(), height: vote.height }, key('validator-2'));
    expect(Buffer.from(signature!).equals(Buffer.from(here.signature!))).toBe(true);
    // Encoders and spreads see a plain field: the same bytes as the message signed here.
    expect(Buffer.from(encodeMessage('Vote', vote)).equals(Buffer.from(encodeMessage('Vote', here)))).toBe(true);
    expect({ ...vote }).toEqual(here);
  });

  it('is read-only and enumerable', () => {
    const { signer } = countingSigner();
    const vote = signVote(fields(), key('validator-2'), signer);
    expect(Object.keys(vote)).toContain('signature');
    expect(() => {
      (vote as { signature: Uint8Array }).signature = new Uint8Array(64);
    }).toThrow(TypeError);
  });

  it('a proposal: the same, its sign bytes without the block', () => {
    const { signer, jobs, reads } = countingSigner();
    const fieldsOf = (): faultline.v1.IProposal => ({ height: 600, round: 1, polRound: -1, proposerId: 'validator-1', blockHash: new Uint8Array(32).fill(4), block: { header: { height: 600 } }, timestampUs: 5 });
    const proposal = signProposal(fieldsOf(), key('validator-1'), signer);
    expect(jobs).toHaveLength(1);
    expect(reads).toEqual([]);
    const here = signProposal(fieldsOf(), key('validator-1'));
    expect(Buffer.from(proposal.signature!).equals(Buffer.from(here.signature!))).toBe(true);
    expect(reads).toEqual([0]);
    expect(Buffer.from(encodeMessage('Proposal', proposal)).equals(Buffer.from(encodeMessage('Proposal', here)))).toBe(true);
  });

  it('signed while the process shares verifications and read after: remembered at the first read (the first check is a hit)', () => {
    const { signer } = countingSigner();
    rememberOwnSignatures(true);
    const vote = signVote(fields(), key('validator-2'), signer);
    const proposal = signProposal({ height: height++, round: 0, polRound: -1, proposerId: 'validator-3', blockHash: new Uint8Array(32).fill(2), timestampUs: 1 }, key('validator-3'), signer);
    rememberOwnSignatures(false);
    void vote.signature;
    void proposal.signature;
    rememberOwnSignatures(true);
    const verifier = new SignatureVerifier(validators);
    expect(verifier.verifyVote(vote)).toBe(true);
    expect(verifier.verifyProposal(proposal)).toBe(true);
    expect({ hits: verifier.hits, checks: verifier.checks }).toEqual({ hits: 2, checks: 0 });
  });

  it('signed while the process does not share verifications and read while it does: not remembered (checked afresh, valid)', () => {
    const { signer } = countingSigner();
    const vote = signVote(fields(), key('validator-2'), signer);
    rememberOwnSignatures(true);
    void vote.signature;
    const verifier = new SignatureVerifier(validators);
    expect(verifier.verifyVote(vote)).toBe(true);
    expect({ hits: verifier.hits, checks: verifier.checks }).toEqual({ hits: 0, checks: 1 });
  });

  it("a vote in another validator's name (forge-sync) signed through a signer is still refused under the claimed signer's key", () => {
    const { signer } = countingSigner();
    rememberOwnSignatures(true);
    const forged = signVote(fields('validator-3'), key('validator-1'), signer);
    void forged.signature;
    const verifier = new SignatureVerifier(validators);
    expect(verifier.verifyVote(forged)).toBe(false);
  });
});

describe('a core with a signer', () => {
  it('signs its proposal and votes through it and counts its own vote without reading the signature', () => {
    const { signer, jobs, reads } = countingSigner();
    const proposer = validators.proposer(1, 0);
    const core = new TendermintCore({ validatorId: proposer, validators, keys: deriveKeyPair(SEED, proposer), timeouts: DYDX_TIMEOUTS, genesisTimeUs: 0, signer });
    const effects = core.start(0);
    const proposals = effects.filter((e) => e.kind === 'broadcast-proposal');
    const votes = effects.filter((e) => e.kind === 'broadcast-vote');
    // The proposer of height 1 round 0 proposes and prevotes its own proposal.
    expect(proposals).toHaveLength(1);
    expect(votes).toHaveLength(1);
    expect(jobs).toHaveLength(2);
    expect(reads).toEqual([]);
    const vote = (votes[0] as { vote: faultline.v1.IVote }).vote;
    expect(vote.validatorId).toBe(proposer);
    expect(Buffer.from(vote.signature!).equals(Buffer.from(signBytes(key(proposer), voteSignBytes(vote))))).toBe(true);
  });
});
