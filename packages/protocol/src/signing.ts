/**
 * ed25519 keys, signatures and verification (node:crypto), shared by validators, oracles and
 * the venue's signature checks. Keys derive deterministically from a 32-byte seed so a run's
 * keys are a function of its seed; the seed becomes the private key through the fixed PKCS#8
 * DER prefix for ed25519 (RFC 8410).
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface SigningKeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** The raw 32-byte public key, as registered in genesis and carried on the wire. */
  readonly publicKeyRaw: Uint8Array;
}

/** A key pair from a run seed and a label (e.g. "validator-1"): the same inputs, the same keys. */
export function deriveKeyPair(runSeed: number | bigint | string, label: string): SigningKeyPair {
  const seed32 = createHash('sha256').update(`faultline-key\u0000${String(runSeed)}\u0000${label}`).digest();
  return keyPairFromSeed(seed32);
}

export function keyPairFromSeed(seed32: Uint8Array): SigningKeyPair {
  if (seed32.length !== 32) throw new RangeError(`ed25519 seed must be 32 bytes, got ${seed32.length}`);
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed32]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey);
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return { privateKey, publicKey, publicKeyRaw: new Uint8Array(spki.subarray(SPKI_ED25519_PREFIX.length)) };
}

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new RangeError(`ed25519 public key must be 32 bytes, got ${raw.length}`);
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: 'der', type: 'spki' });
}

export function signBytes(privateKey: KeyObject, bytes: Uint8Array): Uint8Array {
  return new Uint8Array(sign(null, bytes, privateKey));
}

/** False (never a throw) for a malformed or wrong signature. */
export function verifyBytes(publicKey: KeyObject, bytes: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  try {
    return verify(null, bytes, publicKey, signature);
  } catch {
    return false;
  }
}
