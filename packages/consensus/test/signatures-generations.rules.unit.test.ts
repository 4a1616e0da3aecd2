/**
 * The verification caches are two generations (TwoGenerationMap): in a simulation the shared cache
 * of a key holds 64 a generation, so a vote signed there is a hit until two generations of that
 * key's signatures have turned after it, then checked afresh — and still answered right: valid
 * stays valid, a tampered copy is refused before and after. A verifier's own cache (outside a
 * simulation) holds VERIFIED_GENERATION_MAX (25,000) a generation: a vote verified once is a hit after
 * thousands of others.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, publicKeyFromRaw, rememberOwnSignatures, rememberVerification, type faultline } from '@faultline/protocol';
import { SignatureVerifier, signVote, ValidatorSet, voteSignBytes } from '@faultline/consensus';
import { SHARED_GENERATION_MAX, VERIFIED_GENERATION_MAX } from '@faultline/consensus/testing';

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

/**
 * A vote "signed" cheaply: a forged signature (distinct cache slots) that the protocol's memo was
 * told is valid (rememberVerification), so a verifier's check of it is a memo hit, answered valid,
 * and remembered in the verifier's cache like a real one — to fill a cache past its generations.
 */
let forgedNext = 1;
function forgedValid(validatorId: string): faultline.v1.IVote {
  const signature = new Uint8Array(64).fill(5);
  const n = forgedNext++;
  signature[0] = n & 0xff;
  signature[1] = (n >> 8) & 0xff;
  signature[2] = (n >> 16) & 0xff;
  const vote = { ...fields(validatorId), signature };
  rememberVerification(publicKeyFromRaw(deriveKeyPair(SEED, validatorId).publicKeyRaw), voteSignBytes(vote), signature, true);
  return vote;
}

describe('verification caches: the generation each cache turns at', () => {
  it('in a simulation, a vote remembered by verification (not by signing) is in its key shared cache for 2 × 64 - 1 later ones, not 2 × 64', () => {
    rememberOwnSignatures(true);
    const verifier = new SignatureVerifier(validators);
    const tracked = forgedValid('validator-1');
    expect(verifier.verifyVote(tracked)).toBe(true);
    for (let i = 0; i < 2 * SHARED_GENERATION_MAX - 1; i++) expect(verifier.verifyVote(forgedValid('validator-1'))).toBe(true);
    const checks = verifier.checks;
    expect(verifier.verifyVote(tracked)).toBe(true);
    expect(verifier.checks).toBe(checks); // a hit
    expect(verifier.verifyVote(forgedValid('validator-1'))).toBe(true); // the second turn after it
    // Gone from the shared cache: checked against the protocol's memo, which no longer has it either (its
    // own generations are 64 in a simulation): a forged signature, refused.
    expect(verifier.verifyVote(tracked)).toBe(false);
  });

  it("outside a simulation, a verifier's own cache keeps a vote for 2 × 25,000 - 1 later ones, not 2 × 25,000", () => {
    expect(VERIFIED_GENERATION_MAX).toBe(25_000);
    const generation = VERIFIED_GENERATION_MAX;
    const verifier = new SignatureVerifier(validators);
    const tracked = forgedValid('validator-2');
    expect(verifier.verifyVote(tracked)).toBe(true);
    for (let i = 0; i < 2 * generation - 1; i++) verifier.verifyVote(forgedValid(ids[i % 4]!));
    expect(verifier.checks).toBe(2 * generation);
    expect(verifier.verifyVote(tracked)).toBe(true);
    expect(verifier.checks).toBe(2 * generation); // a hit
    verifier.verifyVote(forgedValid('validator-3')); // the second turn after it
    // Gone from the cache: checked again (and answered by the protocol's memo, whose generations
    // for validator-2 have not turned twice in its 12,500 later answers).
    expect(verifier.verifyVote(tracked)).toBe(true);
    expect(verifier.checks).toBe(2 * generation + 2);
  }, 60_000);
});
