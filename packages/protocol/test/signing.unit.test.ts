import { describe, expect, it } from 'vitest';
import { deriveKeyPair, publicKeyFromRaw, signBytes, verifyBytes } from '@faultline/protocol';

describe('ed25519 signing', () => {
  it('derives the same key pair from the same seed and label, different ones otherwise', () => {
    const a = deriveKeyPair(7, 'oracle-1');
    expect(Buffer.from(deriveKeyPair(7, 'oracle-1').publicKeyRaw)).toEqual(Buffer.from(a.publicKeyRaw));
    expect(Buffer.from(deriveKeyPair(8, 'oracle-1').publicKeyRaw)).not.toEqual(Buffer.from(a.publicKeyRaw));
    expect(Buffer.from(deriveKeyPair(7, 'oracle-2').publicKeyRaw)).not.toEqual(Buffer.from(a.publicKeyRaw));
  });

  it('verifies a signature with the raw public key and rejects tampering without throwing', () => {
    const keys = deriveKeyPair(1, 'validator-1');
    const message = new TextEncoder().encode('prevote h=1 r=0');
    const signature = signBytes(keys.privateKey, message);
    const publicKey = publicKeyFromRaw(keys.publicKeyRaw);
    expect(verifyBytes(publicKey, message, signature)).toBe(true);
    const tampered = signature.slice();
    tampered[0] = (tampered[0] ?? 0) ^ 1;
    expect(verifyBytes(publicKey, message, tampered)).toBe(false);
    expect(verifyBytes(publicKey, message, new Uint8Array(3))).toBe(false);
    expect(verifyBytes(publicKeyFromRaw(deriveKeyPair(1, 'validator-2').publicKeyRaw), message, signature)).toBe(false);
  });
});
