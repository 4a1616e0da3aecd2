/**
 * The verification caches are two generations (TwoGenerationMap): in a simulation the shared cache
 * of a key holds 64 a generation, so a vote signed there is a hit until two generations of that
 * key's signatures have turned after it, then checked afresh — and still answered right: valid
 * stays valid, a tampered copy is refused before and after. A verifier's own cache (outside a
 * simulation) holds VERIFIED_CACHE_MAX / 2 a generation: a vote verified once is a hit after
 * thousands of others.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, rememberOwnSignatures, type faultline } from '@faultline/protocol';
import { SignatureVerifier, signVote, ValidatorSet } from '@faultline/consensus';
import { SHARED_GENERATION_MAX } from '@faultline/consensus/testing';

const SEED = 'generations';
const ids = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const validators = new ValidatorSet(ids.map((id) => ({ id, publicKeyRaw: deriveKeyPair(SEED, id).publicKeyRaw })));
const key = (id: string) => deriveKeyPair(SEED, id).privateKey;
let height = 1;
const fields = (validatorId: string): faultline.v1.IVote => ({ type: pb.VoteType.VOTE_TYPE_PREVOTE, height: height++, round: 0, blockHash: new Uint8Array(32).fill(9), validatorId, timestampUs: 3 });

afterEach(() => {
  rememberOwnSignatures(false);
});

describe('verification caches as two generations', () => {
  it('in a simulation: a hit through 2 × 64 - 1 later signatures of its key, checked afresh (and valid) after; a tampered copy refused throughout', () => {
    expect(SHARED_GENERATION_MAX).toBe(64);
    rememberOwnSignatures(true);
    const verifier = new SignatureVerifier(validators);
    const vote = signVote(fields('validator-3'), key('validator-3'));
    const tampered = { ...vote, round: 1 };
    for (let i = 0; i < 2 * SHARED_GENERATION_MAX - 1; i++) signVote(fields('validator-3'), key('validator-3'));
    // Another key's signatures do not turn this key's generations.
    for (let i = 0; i < 3 * SHARED_GENERATION_MAX; i++) signVote(fields('validator-4'), key('validator-4'));
    expect(verifier.verifyVote(vote)).toBe(true);
    expect(verifier.verifyVote(tampered)).toBe(false);
    expect({ hits: verifier.hits, checks: verifier.checks }).toEqual({ hits: 1, checks: 1 });
    signVote(fields('validator-3'), key('validator-3')); // the second turn after it
    expect(verifier.verifyVote(vote)).toBe(true);
    expect(verifier.verifyVote(tampered)).toBe(false);
    expect({ hits: verifier.hits, checks: verifier.checks }).toEqual({ hits: 1, checks: 3 });
    // Verified afresh, it is remembered again.
    expect(verifier.verifyVote(vote)).toBe(true);
    expect(verifier.hits).toBe(2);
  });

  it("outside a simulation a verifier's own cache keeps a vote through thousands of later ones", () => {
    const verifier = new SignatureVerifier(validators);
    const vote = signVote(fields('validator-2'), key('validator-2'));
    expect(verifier.verifyVote(vote)).toBe(true);
    for (let i = 0; i < 300; i++) expect(verifier.verifyVote(signVote(fields(ids[i % 4]!), key(ids[i % 4]!)))).toBe(true);
    expect(verifier.verifyVote(vote)).toBe(true);
    expect({ hits: verifier.hits, checks: verifier.checks }).toEqual({ hits: 1, checks: 301 });
  });
});
