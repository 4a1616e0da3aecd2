/**
 * The signing thread's edges (sim/signer.ts): its counts (jobs, signatures made here, first reads,
 * reads that waited and for how long; every closed signer's summed once), keys it does not take
 * (not ed25519, or more than its table holds: signed here, the same bytes), slots reused while
 * their jobs were read long ago, close() twice and close() with a job that can no longer be
 * answered, a thread that dies of an uncaught error (no unhandled error in the process: a throw at
 * the read naming it), and a simulation's World closing its signer.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, signBytes } from '@faultline/protocol';
import { closedSignerTotals, Simulation, WorkerSigner } from '@faultline/runtime/sim';
import { sleep, same, untilReady } from './worker-signer-kit.ts';

const key = deriveKeyPair(41, 'validator-counts').privateKey;

function bytesOf(index: number, length = 80): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (index * 13 + i) & 0xff);
}

describe('WorkerSigner counts and edges', () => {
  it('the first sign, at once after the constructor, is made here (the thread is not up yet)', () => {
    const signer = new WorkerSigner();
    try {
      const read = signer.sign(key, bytesOf(1));
      expect(signer.stats).toMatchObject({ jobs: 0, signedHere: 1 });
      expect(same(read(), signBytes(key, bytesOf(1)))).toBe(true);
      expect(signer.stats.reads).toBe(0);
    } finally {
      signer.close();
    }
  });

  it('a read of a signature long made does not wait; a read right behind 200 jobs does, and its wait is counted', () => {
    const signer = new WorkerSigner();
    try {
      untilReady(signer);
      const early = signer.sign(key, bytesOf(2));
      sleep(300);
      expect(same(early(), signBytes(key, bytesOf(2)))).toBe(true);
      expect(signer.stats).toMatchObject({ jobs: 1, reads: 1, waited: 0, waitedNs: 0 });
      const reads = Array.from({ length: 200 }, (_, i) => signer.sign(key, bytesOf(100 + i)));
      // The last job is signed ~200 signatures after it was posted: its read waits.
      expect(same(reads[199]!(), signBytes(key, bytesOf(299)))).toBe(true);
      expect(signer.stats.waited).toBe(1);
      expect(signer.stats.waitedNs).toBeGreaterThan(0);
      expect(signer.stats.reads).toBe(2);
      for (const read of reads) read();
      expect(signer.stats.reads).toBe(201);
      expect(signer.stats.waited).toBe(1);
    } finally {
      signer.close();
    }
  });

  it('slots reused after their jobs were read: each job read exactly once (600 jobs, each read at once)', () => {
    const signer = new WorkerSigner();
    try {
      untilReady(signer);
      for (let i = 0; i < 600; i++) expect(same(signer.sign(key, bytesOf(i))(), signBytes(key, bytesOf(i)))).toBe(true);
      expect(signer.stats).toMatchObject({ jobs: 600, reads: 600 });
    } finally {
      signer.close();
    }
    // close() read nothing more.
    expect(signer.stats.reads).toBe(600);
  });

  it('a key that is not ed25519 is signed here, with its own algorithm, as signBytes signs', () => {
    const signer = new WorkerSigner();
    try {
      untilReady(signer);
      const { privateKey } = generateKeyPairSync('ed448');
      const read = signer.sign(privateKey, bytesOf(3));
      expect(signer.stats).toMatchObject({ jobs: 0, signedHere: 1 });
      expect(same(read(), signBytes(privateKey, bytesOf(3)))).toBe(true);
    } finally {
      signer.close();
    }
  });

  it('the key table holds 256 keys: the 257th key is signed here, the first 256 on the thread', () => {
    const signer = new WorkerSigner();
    try {
      untilReady(signer);
      const keys = Array.from({ length: 257 }, (_, i) => deriveKeyPair(42, `validator-${i}`).privateKey);
      const reads = keys.map((k, i) => signer.sign(k, bytesOf(i)));
      expect(signer.stats).toMatchObject({ jobs: 256, signedHere: 1 });
      // A key seen before still goes to the thread.
      signer.sign(keys[5]!, bytesOf(5));
      expect(signer.stats.jobs).toBe(257);
      keys.forEach((k, i) => expect(same(reads[i]!(), signBytes(k, bytesOf(i)))).toBe(true));
    } finally {
      signer.close();
    }
  });

  it('every closed signer adds its counts once to closedSignerTotals, also when closed twice', () => {
    const before = closedSignerTotals();
    const signer = new WorkerSigner();
    untilReady(signer);
    signer.sign(key, bytesOf(7))();
    signer.sign(key, bytesOf(8));
    const here = signer.sign(generateKeyPairSync('ed448').privateKey, bytesOf(9));
    here();
    // Not added before it closes.
    expect(closedSignerTotals()).toEqual(before);
    signer.close();
    signer.close();
    const after = closedSignerTotals();
    expect(after.jobs - before.jobs).toBe(2);
    expect(after.signedHere - before.signedHere).toBe(1);
    expect(after.reads - before.reads).toBe(2);
    expect(after.waited - before.waited).toBe(signer.stats.waited);
    expect(after.waitedNs - before.waitedNs).toBe(signer.stats.waitedNs);
  });

  it('close() with a job that can no longer be answered (the thread stalls) returns; the job throws at its read', () => {
    const signer = new WorkerSigner({ timeoutMs: 300, stallAtJob: 0 });
    untilReady(signer);
    const stalled = signer.sign(key, bytesOf(10));
    const behind = signer.sign(key, bytesOf(11));
    const started = Date.now();
    expect(() => signer.close()).not.toThrow();
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(() => stalled()).toThrow(/no signature for job 0 after 300 ms/);
    // close() stopped at the first job it could not read: the one behind it was not waited for, and now cannot be answered.
    expect(() => behind()).toThrow(/no signature for job 1/);
  });

  it('a thread that dies of an uncaught error: no unhandled error in the process, and the read throws naming the exit', async () => {
    const signer = new WorkerSigner({ timeoutMs: 60_000, crashAtJob: 0 });
    untilReady(signer);
    const read = signer.sign(key, bytesOf(12));
    await signer.whenExited();
    expect(() => read()).toThrow(/no signature for job 0 after 60000 ms — the worker thread has exited/);
    expect(() => signer.close()).not.toThrow();
  });

  it("a simulation's World closes its signer", async () => {
    const sim = new Simulation({ seed: 1, signing: 'worker' });
    expect(sim.signerForActors()).toBeDefined();
    await sim.asWorld().close();
    expect(sim.signerForActors()).toBeUndefined();
  });
});
