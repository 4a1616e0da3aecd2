/**
 * rememberOwnSignature (signing.ts): an own signature made on another thread (the simulator's
 * signing worker) is put in the verification memo of the signing key's public key as valid, as
 * signBytes puts one it makes while rememberOwnSignatures is on — so verifyBytes answers from the
 * memo for exactly that key, bytes and signature (the memo is trusted: a "signature" remembered
 * this way answers true without ed25519) and verifies anything else afresh. A private key not made
 * by the protocol's key functions is not remembered, as by signBytes; the memo holds copies.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, publicKeyOfPrivate, rememberOwnSignature, verifyBytes } from '@faultline/protocol';

const text = (s: string) => new TextEncoder().encode(s);

describe('rememberOwnSignature', () => {
  it("remembers the signature as valid under the signing key's public key, for those bytes only", () => {
    const keys = deriveKeyPair(31, 'validator-remember-own');
    // The KeyObject verifiers look up for a raw key (publicKeyFromRaw's): the memo is per KeyObject.
    const publicKey = publicKeyOfPrivate(keys.privateKey)!;
    const bytes = text('vote 1');
    // Not a real signature: found in the memo, so answered true without ed25519 (the caller's word).
    const other = new Uint8Array(64).fill(10);
    rememberOwnSignature(keys.privateKey, text('vote 1'), other);
    expect(verifyBytes(publicKey, Uint8Array.from(bytes), Uint8Array.from(other))).toBe(true);
    // Other bytes, another key: verified afresh (and fail).
    expect(verifyBytes(publicKey, text('vote 2'), other)).toBe(false);
    expect(verifyBytes(publicKeyOfPrivate(deriveKeyPair(31, 'validator-other').privateKey)!, bytes, other)).toBe(false);
  });

  it('keeps copies: changing the arrays afterwards changes nothing remembered', () => {
    const keys = deriveKeyPair(32, 'validator-copies');
    const bytes = text('vote 3');
    const handedBytes = Uint8Array.from(bytes);
    const publicKey = publicKeyOfPrivate(keys.privateKey)!;
    const forged = new Uint8Array(64).fill(12);
    const handedForged = Uint8Array.from(forged);
    rememberOwnSignature(keys.privateKey, handedBytes, handedForged);
    handedForged[10] = 0;
    handedBytes[0] = 0;
    // What was handed over is remembered (a stand-in signature answers true) ...
    expect(verifyBytes(publicKey, bytes, forged)).toBe(true);
    // ... and not what the arrays became: those are verified afresh (ed25519 says no).
    expect(verifyBytes(publicKey, handedBytes, handedForged)).toBe(false);
  });

  it('a private key made elsewhere is not remembered', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const stand = new Uint8Array(64).fill(11);
    rememberOwnSignature(privateKey, text('vote 4'), stand);
    expect(verifyBytes(publicKey, text('vote 4'), stand)).toBe(false);
  });
});
