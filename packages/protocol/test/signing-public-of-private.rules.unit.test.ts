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

  it("asked again (remembered per private key): the same object, and after publicKeyFromRaw's map was cleared the new one it gives", () => {
    const pair = keyPairFromSeed(new Uint8Array(32).fill(23));
    const first = publicKeyOfPrivate(pair.privateKey);
    expect(publicKeyOfPrivate(pair.privateKey)).toBe(first);
    // Fill publicKeyFromRaw's map (10,000 raw keys) until the key is forgotten there.
    let n = 0;
    while (publicKeyFromRaw(pair.publicKeyRaw) === first) {
      const raw = new Uint8Array(32).fill(0x3c);
      raw[0] = n & 0xff;
      raw[1] = (n >> 8) & 0xff;
      n++;
      publicKeyFromRaw(raw);
      expect(n).toBeLessThanOrEqual(10_001);
    }
    const now = publicKeyFromRaw(pair.publicKeyRaw);
    expect(now).not.toBe(first);
    expect(publicKeyOfPrivate(pair.privateKey)).toBe(now);
  });

  it('a key made elsewhere: undefined', () => {
    expect(publicKeyOfPrivate(generateKeyPairSync('ed25519').privateKey)).toBeUndefined();
  });
});
