/**
 * The signing thread's key table and error area (sim/signer.ts): a key that is not ed25519 never
 * reaches the thread, even one whose PKCS#8 export has an ed25519 key's length (x25519: signing
 * with it throws at once, as signBytes throws); keys registered after the thread failed do not
 * overwrite the failure's reason; the waited time is bounded by the wall time around the read.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, signBytes } from '@faultline/protocol';
import { WorkerSigner } from '@faultline/runtime/sim';
import { untilReady } from './worker-signer-kit.ts';

describe('WorkerSigner keys and errors', () => {
  it('an x25519 key (a 48-byte PKCS#8 export, but no signing key) is refused at once, as signBytes refuses it; the thread goes on', () => {
    const signer = new WorkerSigner();
    try {
      untilReady(signer);
      const { privateKey } = generateKeyPairSync('x25519');
      expect(privateKey.export({ format: 'der', type: 'pkcs8' })).toHaveLength(48);
      expect(() => signBytes(privateKey, new Uint8Array([1]))).toThrow();
      expect(() => signer.sign(privateKey, new Uint8Array([1]))).toThrow();
      expect(signer.stats.jobs).toBe(0);
      const key = deriveKeyPair(51, 'validator-after-x25519').privateKey;
      expect(Buffer.from(signer.sign(key, new Uint8Array([2]))()).equals(Buffer.from(signBytes(key, new Uint8Array([2]))))).toBe(true);
    } finally {
      signer.close();
    }
  });

  it('keys registered after a failure leave its reason whole', () => {
    const signer = new WorkerSigner({ failAtJob: 0, timeoutMs: 60_000 });
    untilReady(signer);
    const failed = signer.sign(deriveKeyPair(52, 'validator-0').privateKey, new Uint8Array([3]));
    // Wait for the failure to be written (the thread leaves its loop after it).
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      try {
        failed();
      } catch {
        break;
      }
    }
    for (let i = 1; i <= 4; i++) signer.sign(deriveKeyPair(52, `validator-${i}`).privateKey, new Uint8Array([i]));
    expect(() => failed()).toThrow(/signing worker failed: Error: planted failure \(testing seam\) at job 0\n/);
    const fresh = new WorkerSigner({ failAtJob: 0, timeoutMs: 60_000 });
    untilReady(fresh);
    const first = fresh.sign(deriveKeyPair(53, 'validator-0').privateKey, new Uint8Array([3]));
    for (let i = 1; i <= 4; i++) fresh.sign(deriveKeyPair(53, `validator-${i}`).privateKey, new Uint8Array([i]));
    expect(() => first()).toThrow(/signing worker failed: Error: planted failure \(testing seam\) at job 0\n    at /);
    signer.close();
    fresh.close();
  });

  it('the time a read waited is at most the wall time around it', () => {
    const signer = new WorkerSigner();
    try {
      untilReady(signer);
      const key = deriveKeyPair(54, 'validator-wait').privateKey;
      const reads = Array.from({ length: 200 }, (_, i) => signer.sign(key, new Uint8Array([i & 0xff, i >> 8])));
      const started = process.hrtime.bigint();
      reads[199]!();
      const wall = Number(process.hrtime.bigint() - started);
      expect(signer.stats.waited).toBe(1);
      expect(signer.stats.waitedNs).toBeGreaterThan(0);
      expect(signer.stats.waitedNs).toBeLessThanOrEqual(wall);
    } finally {
      signer.close();
    }
  });
});
