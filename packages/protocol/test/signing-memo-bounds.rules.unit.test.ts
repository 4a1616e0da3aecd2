/**
 * The verification memo of signing.ts, observed through what it answers: rememberVerification
 * puts an answer in it (true for a forged signature, false for a valid one), so a lookup answers
 * differently from node:crypto and shows whether the memo was consulted.
 * - signBytes with rememberOwnSignatures on records its signature as valid (replacing an answer
 *   remembered for those bytes and that signature: ed25519 signing is deterministic, so the same
 *   key and bytes give the same signature); off, it records nothing.
 * - a key's memo holds 50,000 answers and is cleared when a new one would pass that bound.
 * - publicKeyFromRaw keeps one KeyObject per raw key (and with it that key's memo) for 10,000 raw
 *   keys, cleared when a new one would pass that bound.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, publicKeyFromRaw, rememberOwnSignatures, rememberVerification, signBytes, verifyBytes } from '@faultline/protocol';

const text = (s: string) => new TextEncoder().encode(s);

describe('verification memo', () => {
  it('signBytes remembers its own signature as valid only while remembering own signatures is on', () => {
    const keys = deriveKeyPair(51, 'validator-own');
    // The KeyObject actors verify with (one per raw key): its memo is the one signBytes records in.
    const publicKey = publicKeyFromRaw(keys.publicKeyRaw);
    const bytes = text('prevote h=1');
    const signature = signBytes(keys.privateKey, bytes);
    // Poisoned: the memo answers false for a valid signature.
    rememberVerification(publicKey, bytes, signature, false);
    expect(verifyBytes(publicKey, bytes, signature)).toBe(false);
    // Off (the default): signing again records nothing, the poisoned answer stays.
    expect(signBytes(keys.privateKey, bytes)).toEqual(signature);
    expect(verifyBytes(publicKey, bytes, signature)).toBe(false);
    // On: signing the same bytes again (the same signature) records it as valid.
    const previous = rememberOwnSignatures(true);
    try {
      expect(signBytes(keys.privateKey, bytes)).toEqual(signature);
    } finally {
      rememberOwnSignatures(previous);
    }
    expect(verifyBytes(publicKey, bytes, signature)).toBe(true);
  });

  it('a key memo holds 50,000 answers and is cleared when a new answer would pass the bound', () => {
    const MAX = 50_000;
    const keys = deriveKeyPair(52, 'validator-bound');
    const bytes = text('precommit');
    // Forged signatures with distinct memo slots (the slot is the first 30 bits).
    let next = 1;
    const forged = () => {
      const signature = new Uint8Array(64).fill(3);
      const n = next++;
      signature[0] = n & 0xff;
      signature[1] = (n >> 8) & 0xff;
      signature[2] = (n >> 16) & 0xff;
      return signature;
    };
    const tracked = forged();
    const remembered = () => verifyBytes(keys.publicKey, bytes, tracked);
    rememberVerification(keys.publicKey, bytes, tracked, true);
    expect(remembered()).toBe(true);
    // Phase 1: new answers until the tracked one is forgotten; its check then verified it afresh
    // (false) and remembered that: the memo holds the last answer and the tracked one.
    let steps = 0;
    while (remembered()) {
      rememberVerification(keys.publicKey, bytes, forged(), true);
      steps++;
      expect(steps).toBeLessThanOrEqual(MAX);
    }
    rememberVerification(keys.publicKey, bytes, tracked, true); // the same slot: replaced, still 2
    for (let i = 0; i < MAX - 2; i++) rememberVerification(keys.publicKey, bytes, forged(), true);
    expect(remembered()).toBe(true);
    rememberVerification(keys.publicKey, bytes, forged(), true); // full: cleared first
    expect(remembered()).toBe(false);
  });

  it('one KeyObject per raw key for 10,000 raw keys: another key does not evict it; cleared when a new key would pass the bound', () => {
    const MAX = 10_000;
    let next = 1;
    const fresh = () => {
      const raw = new Uint8Array(32).fill(0x5a);
      const n = next++;
      raw[0] = n & 0xff;
      raw[1] = (n >> 8) & 0xff;
      raw[2] = (n >> 16) & 0xff;
      return raw;
    };
    const rawA = fresh();
    const a = publicKeyFromRaw(rawA);
    // Another raw key, then the first again: the same object (its memo kept).
    publicKeyFromRaw(fresh());
    expect(publicKeyFromRaw(Uint8Array.from(rawA))).toBe(a);
    // Phase 1: new raw keys until the first is forgotten; asking for it again made it anew (the map: the last new key and it).
    let tracked = a;
    let steps = 0;
    while (publicKeyFromRaw(rawA) === tracked) {
      publicKeyFromRaw(fresh());
      steps++;
      expect(steps).toBeLessThanOrEqual(MAX);
    }
    tracked = publicKeyFromRaw(rawA);
    for (let i = 0; i < MAX - 2; i++) publicKeyFromRaw(fresh());
    expect(publicKeyFromRaw(rawA)).toBe(tracked);
    publicKeyFromRaw(fresh()); // full: cleared first
    const again = publicKeyFromRaw(rawA);
    expect(again).not.toBe(tracked);
    expect(again.export({ format: 'der', type: 'spki' })).toEqual(tracked.export({ format: 'der', type: 'spki' }));
  });
});
