import { describe, expect, it } from 'vitest';
import { deriveKeyPair, publicKeyFromRaw, rememberOwnSignatures, signBytes, verifyBytes } from '@faultline/protocol';

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

  it('remembering own signatures (the simulator) keeps every rejection: other bytes, other key, tampering', () => {
    const previous = rememberOwnSignatures(true);
    try {
      const keys = deriveKeyPair(2, 'validator-1');
      const publicKey = publicKeyFromRaw(keys.publicKeyRaw);
      const message = new TextEncoder().encode('precommit h=2 r=0');
      const signature = signBytes(keys.privateKey, message);
      expect(verifyBytes(publicKey, message, signature)).toBe(true);
      // The same signature replayed over other bytes, or claimed for another key, is checked afresh.
      expect(verifyBytes(publicKey, new TextEncoder().encode('precommit h=2 r=1'), signature)).toBe(false);
      expect(verifyBytes(publicKeyFromRaw(deriveKeyPair(2, 'validator-2').publicKeyRaw), message, signature)).toBe(false);
      const tampered = signature.slice();
      tampered[63] = (tampered[63] ?? 0) ^ 0x80;
      expect(verifyBytes(publicKey, message, tampered)).toBe(false);
    } finally {
      rememberOwnSignatures(previous);
    }
  });
});
