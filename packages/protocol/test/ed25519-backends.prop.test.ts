/**
 * ed25519.ts: libsodium signs and verifies in this process (sodium-native is a dependency with
 * prebuilt binaries, so the fast path is the one the tests and benches run), its signatures are
 * node:crypto's byte for byte (RFC 8032 signing is deterministic: traces and pinned hashes do not
 * depend on the backend), and it agrees with node:crypto on every honest or tampered signature.
 * The one documented difference: a small-order public key, which OpenSSL lets "sign" by the
 * identity point, is refused. FAULTLINE_ED25519 picks the backend; a wrong value, or an addon that
 * does not load, is an error that says what to do.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ed25519Backend, ed25519Sign, publicKeyFromRaw, sodiumAddonPath, verifyBytes } from '@faultline/protocol';
import { chooseEd25519, ed25519Verify } from '../src/ed25519.ts';

const PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI = Buffer.from('302a300506032b6570032100', 'hex');
const privateFromSeed = (seed: Uint8Array) => createPrivateKey({ key: Buffer.concat([PKCS8, seed]), format: 'der', type: 'pkcs8' });
const rawPublic = (privateKey: ReturnType<typeof privateFromSeed>) =>
  new Uint8Array(createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI.length));

describe('ed25519 backends', () => {
  it('runs on libsodium here, and names its addon for another thread to load', () => {
    expect(ed25519Backend()).toEqual({ backend: 'libsodium' });
    const path = sodiumAddonPath();
    expect(path).toMatch(/sodium-native/);
    const addon = createRequire(import.meta.url)(path!) as { crypto_sign_detached: unknown };
    expect(typeof addon.crypto_sign_detached).toBe('function');
  });

  test.prop([fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 400 }), fc.nat(), fc.nat(7)], { numRuns: 200 })(
    "signs as node:crypto does, and both accept it and refuse it tampered (a signature bit, a message bit, another key)",
    (seed, message, at, bit) => {
      const privateKey = privateFromSeed(seed);
      const signature = ed25519Sign(privateKey, message);
      expect(Buffer.from(signature).toString('hex')).toBe(nodeSign(null, message, privateKey).toString('hex'));
      // A fresh public KeyObject each time: no memo of signing.ts answers for it.
      const publicKey = () => publicKeyFromRaw(rawPublic(privateKey));
      expect(verifyBytes(createPublicKey(privateKey), message, signature)).toBe(true);
      expect(verifyBytes(publicKey(), message, signature)).toBe(true);

      const flipped = Uint8Array.from(signature);
      flipped[at % 64]! ^= 1 << bit;
      expect(verifyBytes(publicKey(), message, flipped)).toBe(nodeVerify(null, message, createPublicKey(privateKey), flipped));
      expect(verifyBytes(publicKey(), message, flipped)).toBe(false);

      const otherMessage = Uint8Array.from([...message, at & 0xff]);
      expect(verifyBytes(publicKey(), otherMessage, signature)).toBe(false);

      const otherSeed = Uint8Array.from(seed);
      otherSeed[at % 32]! ^= 1 << bit;
      expect(verifyBytes(publicKeyFromRaw(rawPublic(privateFromSeed(otherSeed))), message, signature)).toBe(false);
    },
  );

  it('signs with a key made outside the protocol (generateKeyPairSync) as node:crypto does', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const message = new TextEncoder().encode('outside');
    expect(Buffer.from(ed25519Sign(privateKey, message))).toEqual(nodeSign(null, message, privateKey));
    expect(verifyBytes(publicKey, message, ed25519Sign(privateKey, message))).toBe(true);
  });

  it('leaves a key of another kind to node:crypto, as before libsodium: ed448 signs and verifies with its own algorithm, a public key cannot sign', () => {
    const ed448 = generateKeyPairSync('ed448');
    const ed = generateKeyPairSync('ed25519');
    const message = new TextEncoder().encode('another kind of key');
    const signature = ed25519Sign(ed448.privateKey, message);
    expect(Buffer.from(signature)).toEqual(nodeSign(null, message, ed448.privateKey));
    expect(signature.length).toBe(114);
    expect(verifyBytes(ed448.publicKey, message, signature)).toBe(false); // signing.ts refuses any signature not 64 bytes
    expect(() => ed25519Sign(ed.publicKey, message)).toThrow();
    expect(verifyBytes(ed448.publicKey, message, ed25519Sign(ed.privateKey, message))).toBe(false);
    expect(verifyBytes(ed.publicKey, message, new Uint8Array(63))).toBe(false);
  });

  it('refuses a valid signature with a byte more (libsodium alone would read its first 64 and accept it)', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const message = new TextEncoder().encode('length');
    const signature = ed25519Sign(privateKey, message);
    expect(ed25519Verify(publicKey, message, signature)).toBe(true);
    expect(ed25519Verify(publicKey, message, Uint8Array.from([...signature, 0]))).toBe(false);
    expect(ed25519Verify(publicKey, message, signature.subarray(0, 63))).toBe(false);
  });

  it('refuses a small-order public key "signing" with the identity point, which OpenSSL accepts', () => {
    const identity = new Uint8Array(32);
    identity[0] = 1;
    const signature = new Uint8Array(64);
    signature[0] = 1; // R = the identity point, S = 0: [S]B = R + [k]A holds for A of small order
    const message = new TextEncoder().encode('any message at all');
    const key = createPublicKey({ key: Buffer.concat([SPKI, identity]), format: 'der', type: 'spki' });
    expect(nodeVerify(null, message, key, signature)).toBe(true);
    expect(verifyBytes(publicKeyFromRaw(identity), message, signature)).toBe(false);
  });

  it('takes the backend from FAULTLINE_ED25519 (node, sodium) and refuses any other value', () => {
    const run = (value: string) =>
      execFileSync(process.execPath, ['--import', 'tsx', '-e', "import('@faultline/protocol').then((p) => console.log(JSON.stringify(p.ed25519Backend())))"], {
        env: { ...process.env, FAULTLINE_ED25519: value },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    expect(JSON.parse(run('node'))).toEqual({ backend: 'node:crypto', why: 'FAULTLINE_ED25519=node' });
    expect(JSON.parse(run('sodium'))).toEqual({ backend: 'libsodium' });
    expect(() => run('openssl')).toThrow(/FAULTLINE_ED25519 must be "sodium" or "node", got "openssl"/);
  });

  it('chooses by the value: node, sodium or unset, anything else refused; an addon that throws is an error naming npm ci', () => {
    const addon = { name: 'the addon' };
    let loads = 0;
    const load = () => (loads++, addon);
    expect(chooseEd25519('node', load)).toEqual({ sodium: undefined, why: 'FAULTLINE_ED25519=node' });
    expect(loads).toBe(0);
    for (const wanted of [undefined, '', 'sodium']) expect(chooseEd25519(wanted, load)).toEqual({ sodium: addon, why: undefined });
    expect(loads).toBe(3);
    for (const wanted of ['Node', 'libsodium', ' ', 'sodium ']) {
      expect(() => chooseEd25519(wanted, load)).toThrow(`FAULTLINE_ED25519 must be "sodium" or "node", got ${JSON.stringify(wanted)}`);
    }
    expect(loads).toBe(3);
    const missing = () => {
      throw new Error("Cannot find module 'sodium-native'\nRequire stack: ...");
    };
    expect(() => chooseEd25519(undefined, missing)).toThrow(
      "ed25519: the sodium-native addon did not load (Cannot find module 'sodium-native'); run `npm ci` in the repository (it is a dependency of @faultline/protocol), or set FAULTLINE_ED25519=node to sign and verify with node:crypto",
    );
    expect(() => chooseEd25519('sodium', missing)).toThrow(/did not load/);
    // A loader that throws something without a message (not an Error) still gets the sentence, not a TypeError of its own.
    expect(() =>
      chooseEd25519(undefined, () => {
        throw undefined;
      }),
    ).toThrow(/^ed25519: the sodium-native addon did not load \(undefined\); run `npm ci`/);
    expect(chooseEd25519('node', missing)).toEqual({ sodium: undefined, why: 'FAULTLINE_ED25519=node' });
  });

  it('says what to do when the addon does not load (node_modules without it), instead of running slower unsaid', () => {
    // A copy of ed25519.ts where no node_modules can be found: its require of sodium-native fails.
    const dir = mkdtempSync(join(tmpdir(), 'faultline-ed25519-'));
    try {
      copyFileSync(fileURLToPath(new URL('../src/ed25519.ts', import.meta.url)), join(dir, 'ed25519.ts'));
      writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
      const load = (env: Record<string, string>) =>
        execFileSync(process.execPath, ['--import', 'tsx', '-e', `import(${JSON.stringify(pathToFileURL(join(dir, 'ed25519.ts')).href)}).then((m) => console.log(JSON.stringify(m.ed25519Backend())))`], {
          env: { ...process.env, ...env },
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      expect(() => load({ FAULTLINE_ED25519: '' })).toThrow(/the sodium-native addon did not load .*run `npm ci`.*FAULTLINE_ED25519=node/s);
      expect(JSON.parse(load({ FAULTLINE_ED25519: 'node' }))).toEqual({ backend: 'node:crypto', why: 'FAULTLINE_ED25519=node' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
