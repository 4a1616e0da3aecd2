/**
 * The verification memo of signing.ts, observed through what it answers: rememberVerification
 * puts an answer in it (true for a forged signature, false for a valid one), so a lookup answers
 * differently from node:crypto and shows whether the memo was consulted.
 * - signBytes with rememberOwnSignatures on records its signature as valid (replacing an answer
 *   remembered for those bytes and that signature: ed25519 signing is deterministic, so the same
 *   key and bytes give the same signature); off, it records nothing.
 * - a key's memo is two generations of 25,000 answers (64 in a simulation): an answer is found
 *   until two generations have turned after it.
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

  // A fresh key's memo, its first answer tracked: two generations of G answers each
  // (TwoGenerationMap), so the tracked answer is found after 2G - 1 later answers and is gone
  // after 2G — G = 25,000 outside a simulation (half the old bound of 50,000, which replay's
  // look-ahead relies on), 64 while own signatures are remembered (a simulation).
  const generations = (seed: number, generation: number) => {
    const keys = deriveKeyPair(seed, `validator-bound-${seed}`);
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
    // true only while remembered: afresh, a forged signature does not verify.
    const remembered = () => verifyBytes(keys.publicKey, bytes, tracked);
    rememberVerification(keys.publicKey, bytes, tracked, true);
    for (let i = 0; i < 2 * generation - 1; i++) rememberVerification(keys.publicKey, bytes, forged(), true);
    expect(remembered()).toBe(true);
    rememberVerification(keys.publicKey, bytes, forged(), true); // the second turn: its generation dropped
    expect(remembered()).toBe(false);
  };

  it('outside a simulation a key memo finds an answer for 49,999 later answers and forgets it at the 50,000th', () => {
    generations(52, 25_000);
  });

  it('in a simulation (own signatures remembered) a key memo finds an answer for 127 later answers and forgets it at the 128th', () => {
    const previous = rememberOwnSignatures(true);
    try {
      generations(53, 64);
    } finally {
      rememberOwnSignatures(previous);
    }
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
