/** Rules of signing.ts that the round-trip tests do not pin down (found by mutation testing). */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, keyPairFromSeed, publicKeyFromRaw, rememberOwnSignatures, sharingVerifications, signBytes, verifyBytes } from '@faultline/protocol';

describe('signing rules', () => {
  it('a seed or raw public key of any length but 32 bytes is refused, naming the length', () => {
    expect(() => keyPairFromSeed(new Uint8Array(31))).toThrow(new RangeError('ed25519 seed must be 32 bytes, got 31'));
    expect(() => keyPairFromSeed(new Uint8Array(33))).toThrow(/got 33/);
    expect(keyPairFromSeed(new Uint8Array(32)).publicKeyRaw).toHaveLength(32);
    expect(() => publicKeyFromRaw(new Uint8Array(31))).toThrow(new RangeError('ed25519 public key must be 32 bytes, got 31'));
  });

  it('one KeyObject per raw key: actors registering the same key share it', () => {
    const raw = deriveKeyPair(3, 'validator-1').publicKeyRaw;
    expect(publicKeyFromRaw(Uint8Array.from(raw))).toBe(publicKeyFromRaw(Uint8Array.from(raw)));
    expect(publicKeyFromRaw(deriveKeyPair(3, 'validator-2').publicKeyRaw)).not.toBe(publicKeyFromRaw(raw));
  });

  it('a key node:crypto cannot verify with is a false, never a throw', () => {
    const keys = deriveKeyPair(4, 'oracle-1');
    const message = new TextEncoder().encode('price');
    const signature = signBytes(keys.privateKey, message);
    const x25519 = generateKeyPairSync('x25519').publicKey;
    expect(verifyBytes(x25519, message, signature)).toBe(false);
    expect(verifyBytes(x25519, message, signature)).toBe(false); // and the memo remembers false
  });

  it('the verification memo compares the bytes whole: a valid signature over a prefix or an extension of the signed bytes is verified afresh (false)', () => {
    const keys = deriveKeyPair(5, 'validator-3');
    const publicKey = publicKeyFromRaw(keys.publicKeyRaw);
    const message = new TextEncoder().encode('precommit h=5 r=0 block=abcdef');
    const signature = signBytes(keys.privateKey, message);
    expect(verifyBytes(publicKey, message, signature)).toBe(true); // remembered
    expect(verifyBytes(publicKey, message.subarray(0, 10), signature)).toBe(false);
    expect(verifyBytes(publicKey, Uint8Array.from([...message, 0]), signature)).toBe(false);
    expect(verifyBytes(publicKey, message, signature)).toBe(true);
  });

  it('outside a simulation nothing is shared: remembering own signatures is off until turned on, and the switch returns the previous setting', () => {
    expect(sharingVerifications()).toBe(false);
    expect(rememberOwnSignatures(true)).toBe(false);
    expect(sharingVerifications()).toBe(true);
    expect(rememberOwnSignatures(false)).toBe(true);
    expect(sharingVerifications()).toBe(false);
  });
});

