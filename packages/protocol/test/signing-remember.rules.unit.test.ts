/**
 * rememberVerification (signing.ts): a verification made on another thread, put into this
 * thread's memo, answers verifyBytes for exactly that key, bytes and signature — true or false,
 * whatever ed25519 would say (the memo is trusted: replay's judge thread hands over only what its
 * own verifyBytes answered) — and nothing else: other bytes, another signature or another key are
 * verified afresh; a signature that is not 64 bytes, remembered or not, is refused (verifyBytes
 * checks its length before the memo).
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, rememberVerification, signBytes, verifyBytes } from '@faultline/protocol';

describe('rememberVerification', () => {
  it('answers verifyBytes for that key, bytes and signature only', () => {
    const keys = deriveKeyPair(21, 'oracle-remember');
    const bytes = new TextEncoder().encode('report 1');
    const forged = new Uint8Array(64).fill(7);
    expect(verifyBytes(keys.publicKey, Uint8Array.from(bytes), forged)).toBe(false);
    // Remembered as true (as another thread would hand over its answer): now a lookup.
    rememberVerification(keys.publicKey, bytes, forged, true);
    expect(verifyBytes(keys.publicKey, Uint8Array.from(bytes), Uint8Array.from(forged))).toBe(true);
    // Other bytes, or another key: verified afresh.
    expect(verifyBytes(keys.publicKey, new TextEncoder().encode('report 2'), forged)).toBe(false);
    expect(verifyBytes(deriveKeyPair(21, 'oracle-other').publicKey, bytes, forged)).toBe(false);
    // A valid signature remembered as false answers false.
    const signature = signBytes(keys.privateKey, new TextEncoder().encode('report 3'));
    rememberVerification(keys.publicKey, new TextEncoder().encode('report 3'), signature, false);
    expect(verifyBytes(keys.publicKey, new TextEncoder().encode('report 3'), signature)).toBe(false);
  });

  it('a signature that is not 64 bytes is refused, remembered or not', () => {
    const keys = deriveKeyPair(22, 'oracle-short');
    const bytes = new TextEncoder().encode('short');
    const short = new Uint8Array(63).fill(1);
    rememberVerification(keys.publicKey, bytes, short, true);
    expect(verifyBytes(keys.publicKey, bytes, short)).toBe(false);
    // Its first 63 bytes and one more: a 64-byte signature the memo does not hold, verified afresh.
    const long = new Uint8Array(64).fill(1);
    expect(verifyBytes(keys.publicKey, bytes, long)).toBe(false);
  });
});
