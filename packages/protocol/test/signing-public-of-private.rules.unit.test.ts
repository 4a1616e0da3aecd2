/**
 * publicKeyOfPrivate (signing.ts): for a private key made by keyPairFromSeed or deriveKeyPair, the
 * shared public KeyObject of its raw key (publicKeyFromRaw's, the object verifiers look up); for a
 * private key made elsewhere, undefined.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, keyPairFromSeed, publicKeyFromRaw, publicKeyOfPrivate } from '@faultline/protocol';

describe('publicKeyOfPrivate', () => {
  it("a key made here: publicKeyFromRaw's object for its raw public key", () => {
    const derived = deriveKeyPair(61, 'validator-1');
    expect(publicKeyOfPrivate(derived.privateKey)).toBe(publicKeyFromRaw(derived.publicKeyRaw));
    const seeded = keyPairFromSeed(new Uint8Array(32).fill(9));
    expect(publicKeyOfPrivate(seeded.privateKey)).toBe(publicKeyFromRaw(seeded.publicKeyRaw));
    expect(publicKeyOfPrivate(seeded.privateKey)).not.toBe(publicKeyOfPrivate(derived.privateKey));
  });

  it('a key made elsewhere: undefined', () => {
    expect(publicKeyOfPrivate(generateKeyPairSync('ed25519').privateKey)).toBeUndefined();
  });
});
