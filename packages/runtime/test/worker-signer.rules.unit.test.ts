/**
 * The simulator's signing thread (sim/signer.ts): the same signatures as signing here, a loud
 * failure (never a hang, never a wrong signature) when the worker errs or dies, and a thread that
 * stops when it is closed and never keeps the process alive.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, signBytes, verifyBytes } from '@faultline/protocol';
import { WorkerSigner } from '../src/sim/signer.ts';
import { untilReady } from './worker-signer-kit.ts';

const keys = [deriveKeyPair(7, 'validator-1'), deriveKeyPair(7, 'validator-2'), deriveKeyPair(8, 'oracle-1')];

function bytesOf(index: number, length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (index * 31 + i * 7) & 0xff);
}

describe('WorkerSigner', () => {
  it('gives every job the signature signBytes gives, read in any order, beyond one ring of jobs in flight', () => {
    const signer = new WorkerSigner();
    try {
      untilReady(signer);
      const jobs: Array<{ key: number; bytes: Uint8Array; read: () => Uint8Array }> = [];
      // 600 jobs unread at once: more than the ring's 256 slots, so slots are reused while their jobs are unread.
      for (let i = 0; i < 600; i++) {
        const key = i % keys.length;
        const bytes = bytesOf(i, 1 + (i % 300));
        jobs.push({ key, bytes, read: signer.sign(keys[key]!.privateKey, bytes) });
      }
      // Read back to front, each twice: the second read is the same array.
      for (const job of [...jobs].reverse()) {
        const signature = job.read();
        expect(Buffer.from(signature).equals(Buffer.from(signBytes(keys[job.key]!.privateKey, job.bytes)))).toBe(true);
        expect(job.read()).toBe(signature);
      }
      expect(signer.stats.jobs).toBe(600);
      expect(signer.stats.signedHere).toBe(0);
      expect(signer.stats.reads).toBe(600);
    } finally {
      signer.close();
    }
  });

  it('signs here, at once, before the worker is ready and for sign bytes larger than a slot: the same signatures', () => {
    const signer = new WorkerSigner();
    try {
      const early = bytesOf(1, 90);
      const read = signer.sign(keys[0]!.privateKey, early);
      if (signer.stats.signedHere === 1) expect(signer.stats.jobs).toBe(0);
      expect(Buffer.from(read()).equals(Buffer.from(signBytes(keys[0]!.privateKey, early)))).toBe(true);
      untilReady(signer);
      const large = bytesOf(2, 513);
      const here = signer.stats.signedHere;
      const readLarge = signer.sign(keys[1]!.privateKey, large);
      expect(signer.stats.signedHere).toBe(here + 1);
      expect(Buffer.from(readLarge()).equals(Buffer.from(signBytes(keys[1]!.privateKey, large)))).toBe(true);
      const fits = bytesOf(3, 512);
      const readFits = signer.sign(keys[1]!.privateKey, fits);
      expect(signer.stats.signedHere).toBe(here + 1);
      expect(Buffer.from(readFits()).equals(Buffer.from(signBytes(keys[1]!.privateKey, fits)))).toBe(true);
    } finally {
      signer.close();
    }
  });

  it('a signature read while the process remembers own signatures is in the verification memo, as signBytes puts it', async () => {
    const { rememberOwnSignatures } = await import('@faultline/protocol');
    const signer = new WorkerSigner();
    try {
      untilReady(signer);
      const bytes = bytesOf(9, 80);
      const previous = rememberOwnSignatures(true);
      let read: () => Uint8Array;
      try {
        read = signer.sign(keys[2]!.privateKey, bytes);
      } finally {
        rememberOwnSignatures(previous);
      }
      const signature = read();
      // The memo answers without node:crypto: a valid entry for exactly these bytes and this signature.
      expect(verifyBytes(keys[2]!.publicKey, bytes, signature)).toBe(true);
      expect(verifyBytes(keys[2]!.publicKey, bytesOf(10, 80), signature)).toBe(false);
    } finally {
      signer.close();
    }
  });

  it('a worker that fails is a throw with its reason at the read, at once again at a second read, and close() does not throw', () => {
    const signer = new WorkerSigner({ failAtJob: 2, timeoutMs: 60_000 });
    untilReady(signer);
    const reads = [0, 1, 2, 3].map((i) => signer.sign(keys[0]!.privateKey, bytesOf(i, 64)));
    expect(Buffer.from(reads[0]!()).equals(Buffer.from(signBytes(keys[0]!.privateKey, bytesOf(0, 64))))).toBe(true);
    expect(Buffer.from(reads[1]!()).equals(Buffer.from(signBytes(keys[0]!.privateKey, bytesOf(1, 64))))).toBe(true);
    const started = Date.now();
    expect(() => reads[2]!()).toThrow(/signing worker failed: .*planted failure \(testing seam\) at job 2/);
    expect(() => reads[3]!()).toThrow(/signing worker failed/);
    expect(() => reads[2]!()).toThrow(/signing worker failed/);
    // Found through the buffer, not by waiting out the 60 s bound.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(() => signer.close()).not.toThrow();
  });

  it('a worker that stops answering is a throw after the bound, naming it, never a hang; again at once at a second read', () => {
    const signer = new WorkerSigner({ timeoutMs: 300, stallAtJob: 1 });
    untilReady(signer);
    const first = signer.sign(keys[0]!.privateKey, bytesOf(5, 64));
    const read = signer.sign(keys[0]!.privateKey, bytesOf(6, 64));
    expect(Buffer.from(first()).equals(Buffer.from(signBytes(keys[0]!.privateKey, bytesOf(5, 64))))).toBe(true);
    const started = Date.now();
    expect(() => read()).toThrow(/signing worker: no signature for job 1 after 300 ms — the worker thread died or hangs/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    const again = Date.now();
    expect(() => read()).toThrow(/no signature for job 1/);
    expect(Date.now() - again).toBeLessThan(250);
    expect(() => signer.close()).not.toThrow();
  });

  it('a worker that has exited is a throw naming it, not a wait', async () => {
    const signer = new WorkerSigner({ timeoutMs: 60_000 });
    untilReady(signer);
    await signer.killForTest();
    await signer.whenExited();
    const read = signer.sign(keys[0]!.privateKey, bytesOf(5, 64));
    const started = Date.now();
    expect(() => read()).toThrow(/signing worker: no signature for job 0 after 60000 ms — the worker thread has exited/);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(() => signer.close()).not.toThrow();
  });

  it('close() answers the jobs still out, then stops the thread; signing after it is refused', async () => {
    const signer = new WorkerSigner();
    untilReady(signer);
    const bytes = bytesOf(4, 100);
    const read = signer.sign(keys[1]!.privateKey, bytes);
    signer.close();
    // The signature owed was read out before the thread stopped.
    expect(signer.stats.reads).toBe(1);
    expect(Buffer.from(read()).equals(Buffer.from(signBytes(keys[1]!.privateKey, bytes)))).toBe(true);
    expect(signer.stats.reads).toBe(1);
    await signer.whenExited();
    expect(() => signer.sign(keys[1]!.privateKey, bytes)).toThrow(/sign after close/);
    signer.close();
  });

  it('a signer never closed does not keep the process alive', () => {
    const script = `
      import { WorkerSigner } from ${JSON.stringify(fileURLToPath(new URL('../src/sim/signer.ts', import.meta.url)))};
      import { deriveKeyPair } from '@faultline/protocol';
      const signer = new WorkerSigner();
      const deadline = Date.now() + 20000;
      while (!signer.ready && Date.now() < deadline);
      const read = signer.sign(deriveKeyPair(1, 'v').privateKey, new Uint8Array([1, 2, 3]));
      console.log('signed', read().length, signer.stats.jobs);
    `;
    const started = Date.now();
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000, cwd: fileURLToPath(new URL('..', import.meta.url)) });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('signed 64 1');
    expect(child.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
