/**
 * The ed25519 primitives under signing.ts: libsodium's (sodium-native, a prebuilt addon), or
 * node:crypto's with FAULTLINE_ED25519=node. Ed25519 signing is deterministic (RFC 8032), so
 * both give the same 64 bytes for the same key and message: traces, logs and pinned hashes do
 * not depend on which one ran. libsodium's is ~40 % cheaper on this project's machine (sign ~16 against ~27 µs,
 * verify ~43 against ~74 µs; BENCHMARKS.md "Session 30 integrator"), and consensus signs and
 * verifies on every height.
 *
 * Verification differs only on crafted inputs: libsodium also refuses a public key or a
 * signature's R of small order (and non-canonical encodings of them), which OpenSSL accepts when
 * the equation holds. Those are signatures nobody's key could be held to (a small-order key
 * "signs" many messages at once); refusing them is the stricter and safer answer, and every
 * process of a run uses the same backend. `FAULTLINE_ED25519=node` picks node:crypto (for a
 * one-tree A/B, or a machine without a prebuilt addon); read once, here.
 */
import { createRequire } from 'node:module';
import { sign as nodeSign, verify as nodeVerify, type KeyObject } from 'node:crypto';

interface Sodium {
  crypto_sign_seed_keypair(publicKey: Uint8Array, secretKey: Uint8Array, seed: Uint8Array): void;
  crypto_sign_detached(signature: Uint8Array, message: Uint8Array, secretKey: Uint8Array): void;
  crypto_sign_verify_detached(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
}

export type Ed25519Backend = 'libsodium' | 'node:crypto';

/**
 * The backend FAULTLINE_ED25519's value asks for: libsodium, unless it says node. An addon that
 * does not load is an error naming the fix, not a quiet fall back to node:crypto: a run ~40 %
 * slower on every signature with nothing said would mislead every figure taken from it (a
 * checkout whose node_modules predate the dependency is the usual cause). Exported for its test;
 * the module calls it once, below.
 */
export function chooseEd25519<S>(wanted: string | undefined, loadAddon: () => S): { sodium: S | undefined; why: string | undefined } {
  if (wanted === 'node') return { sodium: undefined, why: 'FAULTLINE_ED25519=node' };
  if (wanted !== undefined && wanted !== '' && wanted !== 'sodium') {
    throw new Error(`FAULTLINE_ED25519 must be "sodium" or "node", got ${JSON.stringify(wanted)}`);
  }
  try {
    return { sodium: loadAddon(), why: undefined };
  } catch (error) {
    throw new Error(
      `ed25519: the sodium-native addon did not load (${String((error as Error)?.message).split('\n')[0]}); ` +
        'run `npm ci` in the repository (it is a dependency of @faultline/protocol), or set FAULTLINE_ED25519=node to sign and verify with node:crypto',
    );
  }
}

// A runtime require (not an import) so a bundle leaves the addon in node_modules, where its
// prebuilt binaries are.
const loaded = chooseEd25519(process.env['FAULTLINE_ED25519'], () => createRequire(import.meta.url)('sodium-native') as Sodium);
const sodium = loaded.sodium;

/**
 * Where this process's libsodium addon is (a module path for another thread's `require`, so a
 * signing thread signs as this thread does), or undefined when node:crypto signs here.
 */
export function sodiumAddonPath(): string | undefined {
  return sodium === undefined ? undefined : createRequire(import.meta.url).resolve('sodium-native');
}

/** Which implementation signs and verifies in this process, and why node:crypto when it is. */
export function ed25519Backend(): { backend: Ed25519Backend; why?: string } {
  return sodium !== undefined ? { backend: 'libsodium' } : { backend: 'node:crypto', why: loaded.why! };
}

/** The fixed DER around an ed25519 key (RFC 8410): a PKCS#8 private key is this and its 32-byte seed. */
export const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
/** An SPKI public key is this and its 32 raw bytes. */
export const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** libsodium's 64-byte secret key (seed ‖ public key) of each private KeyObject, made once. */
const secretKeys = new WeakMap<KeyObject, Uint8Array>();
/** The raw 32 bytes of each public KeyObject, read once. */
const rawPublicKeys = new WeakMap<KeyObject, Uint8Array>();

/** libsodium's secret key for an ed25519 private key; undefined for any other key (node:crypto's to sign or refuse). */
function secretKeyOf(s: Sodium, privateKey: KeyObject): Uint8Array | undefined {
  let secret = secretKeys.get(privateKey);
  if (secret === undefined) {
    if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519') return undefined;
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    secret = new Uint8Array(64);
    s.crypto_sign_seed_keypair(new Uint8Array(32), secret, der.subarray(PKCS8_ED25519_PREFIX.length));
    secretKeys.set(privateKey, secret);
  }
  return secret;
}

function rawPublicKeyOf(publicKey: KeyObject): Uint8Array | undefined {
  let raw = rawPublicKeys.get(publicKey);
  if (raw === undefined) {
    if (publicKey.type !== 'public' || publicKey.asymmetricKeyType !== 'ed25519') return undefined;
    raw = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length));
    rawPublicKeys.set(publicKey, raw);
  }
  return raw;
}

/**
 * `privateKey`'s ed25519 signature of `bytes` (64 bytes, a fresh array). A key of another kind is
 * node:crypto's, as before libsodium: signed with its own algorithm (ed448) or refused with its throw.
 */
export function ed25519Sign(privateKey: KeyObject, bytes: Uint8Array): Uint8Array {
  const secret = sodium === undefined ? undefined : secretKeyOf(sodium, privateKey);
  if (secret === undefined) return new Uint8Array(nodeSign(null, bytes, privateKey));
  const signature = new Uint8Array(64);
  sodium!.crypto_sign_detached(signature, bytes, secret);
  return signature;
}

/**
 * Does `signature` verify for `bytes` under `publicKey`? False (never a throw) for anything
 * malformed. A key of another kind than ed25519 is node:crypto's to judge, as before libsodium.
 */
export function ed25519Verify(publicKey: KeyObject, bytes: Uint8Array, signature: Uint8Array): boolean {
  try {
    const raw = sodium === undefined ? undefined : rawPublicKeyOf(publicKey);
    if (raw === undefined) return nodeVerify(null, bytes, publicKey, signature);
    // libsodium reads the first 64 bytes of a longer array: the length is checked here.
    return signature.length === 64 && sodium!.crypto_sign_verify_detached(signature, bytes, raw);
  } catch {
    return false;
  }
}
