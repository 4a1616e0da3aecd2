/**
 * ed25519 keys, signatures and verification, shared by validators, oracles and the venue's
 * signature checks. Keys are node:crypto KeyObjects; signing and verifying run on libsodium
 * (ed25519.ts: the same signatures as node:crypto's, ~40 % cheaper). Keys derive
 * deterministically from a 32-byte seed so a run's keys are a function of its seed; the seed
 * becomes the private key through the fixed PKCS#8 DER prefix for ed25519 (RFC 8410).
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { ed25519Sign, ed25519Verify, PKCS8_ED25519_PREFIX, SPKI_ED25519_PREFIX } from './ed25519.ts';
import { TwoGenerationMap } from './two-generation-map.ts';

export interface SigningKeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** The raw 32-byte public key, as registered in genesis and carried on the wire. */
  readonly publicKeyRaw: Uint8Array;
}

/**
 * A key pair from a run seed and a label (e.g. "validator-1"): the same inputs, the same keys.
 * Remembered by its derivation string (which names the inputs exactly): every validator and
 * execution replica of a simulation derives every validator's keys at its start, ~40 derivations
 * a venue run of which a handful differ, and node:crypto's DER import costs ~1 ms a key cold.
 * While remembered, the same inputs give the same KeyObjects (immutable); the raw public key is a
 * fresh copy for each caller. The memo is bounded (cleared when full): a campaign of many seeds
 * derives new keys again.
 */
export function deriveKeyPair(runSeed: number | bigint | string, label: string): SigningKeyPair {
  const input = `faultline-key\u0000${String(runSeed)}\u0000${label}`;
  let pair = derived.get(input);
  if (pair === undefined) {
    pair = keyPairFromSeed(createHash('sha256').update(input).digest());
    if (derived.size >= DERIVED_KEY_PAIRS_MAX) derived.clear();
    derived.set(input, pair);
  }
  return { privateKey: pair.privateKey, publicKey: pair.publicKey, publicKeyRaw: Uint8Array.from(pair.publicKeyRaw) };
}

/** The bound of deriveKeyPair's memo (key pairs remembered at once). */
export const DERIVED_KEY_PAIRS_MAX = 64;
const derived = new Map<string, SigningKeyPair>();

export function keyPairFromSeed(seed32: Uint8Array): SigningKeyPair {
  if (seed32.length !== 32) throw new RangeError(`ed25519 seed must be 32 bytes, got ${seed32.length}`);
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed32]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey);
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  const publicKeyRaw = new Uint8Array(spki.subarray(SPKI_ED25519_PREFIX.length));
  rawPublicKeyOf.set(privateKey, publicKeyRaw);
  return { privateKey, publicKey, publicKeyRaw };
}

/** The raw public key of every private key made here (see rememberOwnSignatures). */
const rawPublicKeyOf = new WeakMap<KeyObject, Uint8Array>();

/**
 * The public key of a private key made here (keyPairFromSeed, deriveKeyPair), as the shared
 * KeyObject publicKeyFromRaw gives for its raw bytes (the one verifiers of the process look up);
 * undefined for a private key made elsewhere.
 */
export function publicKeyOfPrivate(privateKey: KeyObject): KeyObject | undefined {
  const known = publicOfPrivate.get(privateKey);
  // The key publicKeyFromRaw gave, while its map has not been cleared since: what it would give now.
  if (known !== undefined && known.generation === publicKeysGeneration) return known.key;
  const raw = rawPublicKeyOf.get(privateKey);
  if (raw === undefined) return undefined;
  const key = publicKeyFromRaw(raw);
  publicOfPrivate.set(privateKey, { key, generation: publicKeysGeneration });
  return key;
}

/**
 * publicKeyOfPrivate's answers, per private key, with the clear of publicKeys they were given
 * in: a signature in a simulation asked publicKeyFromRaw twice (its memo's key, the consensus
 * cache's), each a string of the raw key made for the lookup (~1 % of an empty-block run).
 */
const publicOfPrivate = new WeakMap<KeyObject, { key: KeyObject; generation: number }>();
let rememberingOwn = false;

/**
 * While on, a signature made by signBytes is remembered as valid in the verification memo of
 * its public key, so verifying it in this process is a lookup. Sound because an ed25519
 * signature is valid for its own key and bytes by construction (the memo's key is the
 * signature and the bytes, so a signature replayed over other bytes, or bytes signed by another
 * key, is still verified afresh). The simulator turns it on while it runs: there every actor
 * shares one process, and the first verification of each vote was the one left (~20 % of a
 * consensus run). Off by default, so a bench that signs its own workload and then times the
 * engine's verification (apply-block, hunt) still measures it. Returns the previous setting.
 */
export function rememberOwnSignatures(on: boolean): boolean {
  const previous = rememberingOwn;
  rememberingOwn = on;
  return previous;
}

/**
 * Is this process a simulation's (rememberOwnSignatures on)? Verification caches may then be
 * shared by every actor of the process, as the memo below is: a check one actor made holds for
 * all (same key, same bytes, same signature).
 */
export function sharingVerifications(): boolean {
  return rememberingOwn;
}

/** One KeyObject per raw key: actors that register the same key share it (and its memo). */
const publicKeys = new Map<string, KeyObject>();
/** Times publicKeys was cleared: a key it gave before a clear is not the one it gives after. */
let publicKeysGeneration = 0;

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new RangeError(`ed25519 public key must be 32 bytes, got ${raw.length}`);
  // One char per byte of a view (Buffer.from(raw) would copy it first): the map's key, exact.
  const hexKey = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  let key = publicKeys.get(hexKey);
  if (!key) {
    key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: 'der', type: 'spki' });
    if (publicKeys.size >= 10_000) {
      publicKeys.clear();
      publicKeysGeneration++;
    }
    publicKeys.set(hexKey, key);
  }
  return key;
}

export function signBytes(privateKey: KeyObject, bytes: Uint8Array): Uint8Array {
  const signature = ed25519Sign(privateKey, bytes);
  if (rememberingOwn) {
    const publicKey = publicKeyOfPrivate(privateKey);
    if (publicKey) remember(memoOf(publicKey), slotOf(signature), bytes, signature, true);
  }
  return signature;
}

/** A signature made elsewhere (another thread), its bytes read when first needed (waiting for them then if need be). */
export type DeferredSignature = () => Uint8Array;

/**
 * Signing as a host may offer it (the simulator's signing thread): `privateKey`'s signature of
 * `bytes`, the same bytes signBytes gives, made elsewhere and read when first needed. A domain
 * package takes one from its host and never makes a thread itself.
 */
export type Signer = (privateKey: KeyObject, bytes: Uint8Array) => DeferredSignature;

/**
 * Records an own signature made on another thread of this process (the simulator's signing
 * worker) as signBytes records one it makes while rememberOwnSignatures is on: `signature` must
 * be `privateKey`'s ed25519 signature of `bytes` (the caller's word; the signing thread ran
 * an ed25519 sign on exactly these). A key not made here is ignored, as by signBytes.
 */
export function rememberOwnSignature(privateKey: KeyObject, bytes: Uint8Array, signature: Uint8Array): void {
  const publicKey = publicKeyOfPrivate(privateKey);
  if (publicKey) remember(memoOf(publicKey), slotOf(signature), bytes, signature, true);
}

/**
 * Verification is a pure function of (key, bytes, signature), and in the simulator every actor
 * re-verifies the same votes, certificates and reports: a bounded memo per key turns the repeats
 * into a map lookup. An entry holds copies of the signature and the bytes, found by the
 * signature's first 30 bits (an ed25519 signature's bytes look random) and compared byte for
 * byte, so a valid signature replayed over other bytes is verified afresh (and fails). A slot
 * taken by another signature is replaced: a later miss, never a wrong answer. (It was keyed by
 * both in base64, one string per lookup.)
 */
const VERIFIED_MAX_PER_KEY = 50_000;
/**
 * The memo per key is two generations (TwoGenerationMap), of half that bound — replay's look-ahead
 * remembers answers many blocks before its main thread asks — or of 64 in a simulation
 * (rememberOwnSignatures on), where a signature is checked within a few heights of being made and
 * larger generations kept every entry past two scavenges (BENCHMARKS.md, "Session 31 sim").
 */
const VERIFIED_GENERATION_SIM = 64;
const verified = new WeakMap<KeyObject, TwoGenerationMap<number, MemoEntry>>();

interface MemoEntry {
  readonly signature: Uint8Array;
  readonly bytes: Uint8Array;
  readonly ok: boolean;
}

/** False (never a throw) for a malformed or wrong signature. */
export function verifyBytes(publicKey: KeyObject, bytes: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  const memo = memoOf(publicKey);
  const slot = slotOf(signature);
  const known = memo.get(slot);
  if (known !== undefined && sameBytes(known.signature, signature) && sameBytes(known.bytes, bytes)) return known.ok;
  const ok = ed25519Verify(publicKey, bytes, signature);
  remember(memo, slot, bytes, signature, ok);
  return ok;
}

/**
 * Records in this thread's memo a verification verifyBytes made on another thread of the same
 * process (same key, bytes and signature: the answer is a pure function of them), so verifying
 * them here is a lookup. Replay's judge thread verifies the oracle reports of blocks ahead of the
 * main thread and hands the answers over this way (packages/replay/src/oracle-lookahead.ts). (A
 * signature that is not 64 bytes is refused by verifyBytes before the memo, remembered or not.)
 */
export function rememberVerification(publicKey: KeyObject, bytes: Uint8Array, signature: Uint8Array, ok: boolean): void {
  remember(memoOf(publicKey), slotOf(signature), bytes, signature, ok);
}

function memoOf(publicKey: KeyObject): TwoGenerationMap<number, MemoEntry> {
  let memo = verified.get(publicKey);
  if (!memo) verified.set(publicKey, (memo = new TwoGenerationMap()));
  return memo;
}

function slotOf(signature: Uint8Array): number {
  return (signature[0]! | (signature[1]! << 8) | (signature[2]! << 16) | ((signature[3]! & 0x3f) << 24)) >>> 0;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function remember(memo: TwoGenerationMap<number, MemoEntry>, slot: number, bytes: Uint8Array, signature: Uint8Array, ok: boolean): void {
  // Copies: the caller's arrays may be views into a frame, or changed later.
  memo.set(slot, { signature: Uint8Array.from(signature), bytes: Uint8Array.from(bytes), ok }, rememberingOwn ? VERIFIED_GENERATION_SIM : VERIFIED_MAX_PER_KEY / 2);
}
