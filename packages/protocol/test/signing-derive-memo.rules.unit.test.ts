/**
 * deriveKeyPair's memo (signing.ts): the keys are a function of the derivation string
 * `faultline-key\0<seed>\0<label>` (SHA-256 of it is the ed25519 seed), recomputed here from
 * that definition; the same inputs give the same KeyObjects while remembered, the raw public key a
 * fresh copy each call; the memo holds DERIVED_KEY_PAIRS_MAX pairs and is cleared when a new
 * pair would pass that bound.
 */
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKeyPair } from '@faultline/protocol';
import { DERIVED_KEY_PAIRS_MAX } from '../src/signing.ts';

/** The raw public key of the derivation's seed, through node:crypto's JWK import (not keyPairFromSeed). */
function expectedRaw(seed: number | bigint | string, label: string): string {
  const d = createHash('sha256').update(`faultline-key\u0000${String(seed)}\u0000${label}`).digest();
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), d]);
  const jwk = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ format: 'jwk' });
  return Buffer.from(jwk.x as string, 'base64url').toString('hex');
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

let fresh = 0;
/** A label no other call of this file derives. */
const label = () => `memo-${process.pid}-${fresh++}`;

describe('deriveKeyPair memo', () => {
  it('keys are those of SHA-256 of the derivation string, for number, bigint and string seeds (a fixed vector too)', () => {
    expect(hex(deriveKeyPair(1, 'validator-1').publicKeyRaw)).toBe('77fffd93e95e01799efe3792d2b3276d5f8b564acd5f3b316718bd23c9a00577');
    expect(hex(deriveKeyPair('seed-x', 'oracle-2').publicKeyRaw)).toBe('b0dcff5c42eecc0fd6f617933c36309bea8481db7765faa338bb0f23d154fdf3');
    for (const [seed, name] of [[7, 'oracle-1'], [7n, 'oracle-1'], ['7', 'validator-2'], [0, ''], [12345678901234567890n, 'execution-1']] as const) {
      const pair = deriveKeyPair(seed, name);
      expect(hex(pair.publicKeyRaw)).toBe(expectedRaw(seed, name));
      // Twice: the remembered pair is the same keys.
      expect(hex(deriveKeyPair(seed, name).publicKeyRaw)).toBe(expectedRaw(seed, name));
      expect(hex(Buffer.from(pair.publicKey.export({ format: 'jwk' }).x as string, 'base64url'))).toBe(expectedRaw(seed, name));
    }
  });

  it('the same inputs give the same KeyObjects; other inputs other ones; the raw key is a fresh copy each call', () => {
    const a = deriveKeyPair(31, 'validator-1');
    const again = deriveKeyPair(31, 'validator-1');
    expect(again.privateKey).toBe(a.privateKey);
    expect(again.publicKey).toBe(a.publicKey);
    expect(again.publicKeyRaw).not.toBe(a.publicKeyRaw);
    // A seed's string names it: 31, 31n and '31' are one derivation.
    expect(deriveKeyPair(31n, 'validator-1').privateKey).toBe(a.privateKey);
    expect(deriveKeyPair('31', 'validator-1').privateKey).toBe(a.privateKey);
    expect(deriveKeyPair(32, 'validator-1').privateKey).not.toBe(a.privateKey);
    expect(deriveKeyPair(31, 'validator-2').privateKey).not.toBe(a.privateKey);
    // A caller changing its copy changes no one else's.
    const expected = hex(a.publicKeyRaw);
    a.publicKeyRaw.fill(0);
    expect(hex(deriveKeyPair(31, 'validator-1').publicKeyRaw)).toBe(expected);
    expect(hex(again.publicKeyRaw)).toBe(expected);
  });

  it(`holds ${DERIVED_KEY_PAIRS_MAX} pairs: cleared when a new pair would pass the bound, then derived again (the same keys)`, () => {
    const remembered = (seed: number, name: string, privateKey: unknown) => deriveKeyPair(seed, name).privateKey === privateKey;
    // Phase 1: new pairs until the first one is forgotten — the memo was just cleared, and holds the last pair only.
    const first = label();
    const firstKey = deriveKeyPair(41, first).privateKey;
    expect(remembered(41, first, firstKey)).toBe(true);
    let steps = 0;
    while (remembered(41, first, firstKey)) {
      deriveKeyPair(41, label());
      steps++;
      expect(steps).toBeLessThanOrEqual(DERIVED_KEY_PAIRS_MAX);
    }
    // Asking for `first` again put it back (size 2). From here, exactly DERIVED_KEY_PAIRS_MAX - 2 new pairs fill the memo.
    const tracked = deriveKeyPair(41, first);
    for (let i = 0; i < DERIVED_KEY_PAIRS_MAX - 2; i++) deriveKeyPair(41, label());
    expect(remembered(41, first, tracked.privateKey)).toBe(true);
    // One more new pair: the memo is full, so it is cleared first.
    deriveKeyPair(41, label());
    const after = deriveKeyPair(41, first);
    expect(after.privateKey).not.toBe(tracked.privateKey);
    expect(hex(after.publicKeyRaw)).toBe(hex(tracked.publicKeyRaw));
  });
});
