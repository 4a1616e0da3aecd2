/**
 * signVote / signProposal in a simulation (sharingVerifications): the message signed is put in the
 * shared verification cache of the key that signed it, so the first peer to check it finds it there
 * (a hit: no sign bytes encoded, no check) — and only there: a message in another validator's name
 * signed with this key (forge-sync) is checked against the claimed signer's key afresh and refused;
 * outside a simulation nothing is remembered; a message with unknown fields, or signed with a key
 * made outside the protocol's key functions, is checked afresh (and verifies).
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, rememberOwnSignatures, type faultline } from '@faultline/protocol';
import { SignatureVerifier, signProposal, signVote, ValidatorSet } from '@faultline/consensus';

const SEED = 'remember-signed';
const ids = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const validators = new ValidatorSet(ids.map((id) => ({ id, publicKeyRaw: deriveKeyPair(SEED, id).publicKeyRaw })));
const key = (id: string) => deriveKeyPair(SEED, id).privateKey;
const hash = (n: number) => new Uint8Array(32).fill(n);
let height = 100;
/** A vote never signed before in this file (its own height). */
const fields = (validatorId = 'validator-2'): faultline.v1.IVote => ({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height: height++, round: 0, blockHash: hash(3), validatorId, timestampUs: 7 });

afterEach(() => {
  rememberOwnSignatures(false);
});

describe('a message signed in a simulation is remembered as verified under the key that signed it', () => {
  it('a vote and a proposal: the first check is a hit', () => {
    rememberOwnSignatures(true);
    const verifier = new SignatureVerifier(validators);
    const vote = signVote(fields(), key('validator-2'));
    expect(verifier.verifyVote(vote)).toBe(true);
    expect({ hits: verifier.hits, checks: verifier.checks }).toEqual({ hits: 1, checks: 0 });
    // A decoded copy (another object, equal fields and bytes) hits too.
    expect(verifier.verifyVote({ ...vote, blockHash: Uint8Array.from(vote.blockHash!), signature: Uint8Array.from(vote.signature!) })).toBe(true);
    expect(verifier.checks).toBe(0);
    const proposal = signProposal({ height: height++, round: 1, polRound: 0, proposerId: 'validator-1', blockHash: hash(4), block: { header: { height } }, timestampUs: 9 }, key('validator-1'));
    expect(verifier.verifyProposal(proposal)).toBe(true);
    expect({ hits: verifier.hits, checks: verifier.checks }).toEqual({ hits: 3, checks: 0 });
    // Changed after signing: not the remembered fields, checked and refused.
    expect(verifier.verifyVote({ ...vote, timestampUs: 8 })).toBe(false);
    expect(verifier.verifyProposal({ ...proposal, polRound: -1 })).toBe(false);
    expect(verifier.checks).toBe(2);
  });

  it("a vote in another validator's name signed with this key (forge-sync) is checked under the claimed signer's key and refused", () => {
    rememberOwnSignatures(true);
    const verifier = new SignatureVerifier(validators);
    const forged = signVote(fields('validator-3'), key('validator-1'));
    expect(verifier.verifyVote(forged)).toBe(false);
    expect(verifier.checks).toBe(1);
    // Claimed by its real signer instead: a different message (the signer is signed), refused too.
    expect(verifier.verifyVote({ ...forged, validatorId: 'validator-1' })).toBe(false);
  });

  it('outside a simulation nothing is remembered: the first check verifies, also once the process shares its checks', () => {
    const verifier = new SignatureVerifier(validators);
    const vote = signVote(fields(), key('validator-2'));
    expect(verifier.verifyVote(vote)).toBe(true);
    expect({ hits: verifier.hits, checks: verifier.checks }).toEqual({ hits: 0, checks: 1 });
    const unseen = signVote(fields('validator-3'), key('validator-3'));
    rememberOwnSignatures(true);
    const shared = new SignatureVerifier(validators);
    expect(shared.verifyVote(unseen)).toBe(true);
    expect({ hits: shared.hits, checks: shared.checks }).toEqual({ hits: 0, checks: 1 });
  });

  it('a message without a signer id, signed with a registered key (a validator whose id is empty): remembered under that id', () => {
    rememberOwnSignatures(true);
    const set = new ValidatorSet([{ id: '', publicKeyRaw: deriveKeyPair(SEED, 'nameless').publicKeyRaw }, ...ids.map((id) => ({ id, publicKeyRaw: deriveKeyPair(SEED, id).publicKeyRaw }))]);
    const verifier = new SignatureVerifier(set);
    const { validatorId: _id, ...anonymous } = fields();
    expect(verifier.verifyVote(signVote(anonymous, deriveKeyPair(SEED, 'nameless').privateKey))).toBe(true);
    expect(verifier.verifyProposal(signProposal({ height: height++, round: 0, polRound: -1, blockHash: hash(6), timestampUs: 3 }, deriveKeyPair(SEED, 'nameless').privateKey))).toBe(true);
    expect({ hits: verifier.hits, checks: verifier.checks }).toEqual({ hits: 2, checks: 0 });
  });

  it('unknown fields, or a key made outside the protocol: checked afresh (and valid)', () => {
    rememberOwnSignatures(true);
    const verifier = new SignatureVerifier(validators);
    const withUnknowns = signVote({ ...fields(), $unknowns: [new Uint8Array([0x98, 0x06, 0x01])] } as faultline.v1.IVote, key('validator-2'));
    expect(verifier.verifyVote(withUnknowns)).toBe(true);
    expect(verifier.checks).toBe(1);
    // Without its unknown fields it is other sign bytes under the same signature: not found, checked, refused.
    const { $unknowns: _unknowns, ...bare } = withUnknowns as faultline.v1.IVote & { $unknowns?: unknown };
    expect(verifier.verifyVote(bare)).toBe(false);
    expect(verifier.checks).toBe(2);
    // A block hash given as base64 (the encoder takes it, same bytes): not remembered — its entry
    // could not hold what was signed; a copy with an empty hash under its signature is refused.
    const base64 = signVote({ ...fields(), blockHash: Buffer.from(hash(5)).toString('base64') as unknown as Uint8Array }, key('validator-2'));
    expect(verifier.verifyVote({ ...base64, blockHash: new Uint8Array(0) })).toBe(false);
    expect(verifier.verifyVote({ ...base64, blockHash: hash(5) })).toBe(true);
    expect(verifier.checks).toBe(4);
    const outside = generateKeyPairSync('ed25519');
    const raw = new Uint8Array(outside.publicKey.export({ format: 'der', type: 'spki' }).subarray(12));
    const set = new ValidatorSet([{ id: 'validator-x', publicKeyRaw: raw }]);
    const outsideVerifier = new SignatureVerifier(set);
    const vote = signVote(fields('validator-x'), outside.privateKey);
    expect(outsideVerifier.verifyVote(vote)).toBe(true);
    expect({ hits: outsideVerifier.hits, checks: outsideVerifier.checks }).toEqual({ hits: 0, checks: 1 });
    // Once verified, it is in the cache: a hit.
    expect(outsideVerifier.verifyVote(vote)).toBe(true);
    expect(outsideVerifier.hits).toBe(1);
  });
});
