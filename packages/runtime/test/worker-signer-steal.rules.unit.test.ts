/**
 * Stealing (sim/signer.ts, FAULTLINE_SIM_SIGNER_STEAL): a read of a job the worker has not taken
 * signs it here instead of waiting, and the worker skips it — every job signed exactly once, by one
 * side, to the bytes signBytes gives; a read never waits for a job nobody started (a late or
 * napping worker costs the reader a signature, not a wait); a job the worker took is waited for
 * as before, never signed twice; off, nothing changes. The switch is parsed or refused by name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deriveKeyPair, signBytes } from '@faultline/protocol';
import { signerSteal, WorkerSigner } from '@faultline/runtime/sim';
import { sleep, same, untilReady } from './worker-signer-kit.ts';

const key = deriveKeyPair(47, 'validator-steal').privateKey;

function bytesOf(index: number, length = 80): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (index * 13 + i) & 0xff);
}

afterEach(() => {
  delete process.env['FAULTLINE_SIM_SIGNER_STEAL'];
});

describe('a reader takes back the jobs the worker has not taken', () => {
  it('a worker stalled on a job it took: that job is waited for (and times out), every later one is signed here at once, counted as stolen, in the lease too', () => {
    const signer = new WorkerSigner({ steal: true, stallAtJob: 0, timeoutMs: 300 });
    try {
      untilReady(signer);
      const lease = signer.lease();
      const taken = lease.sign(key, bytesOf(0));
      // The worker claims job 0 and stops: a claimed job is never taken back (no second signer).
      const claim = (signer as unknown as { view: { claim: Int32Array } }).view.claim;
      const deadline = Date.now() + 20_000;
      while (Atomics.load(claim, 0) !== 1 && Date.now() < deadline) sleep(1);
      expect(() => taken()).toThrow(/no signature for job 0 after 300 ms/);
      const started = Date.now();
      for (let i = 1; i <= 5; i++) {
        const read = lease.sign(key, bytesOf(i));
        expect(same(read(), signBytes(key, bytesOf(i)))).toBe(true);
      }
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(signer.stats).toMatchObject({ jobs: 6, reads: 6, stolen: 5, waited: 1, signedHere: 0 });
      expect(lease.stats).toMatchObject({ jobs: 6, reads: 6, stolen: 5, waited: 1, signedHere: 0 });
    } finally {
      signer.close();
    }
  });

  it('the same stall without steal is waited for (and times out): the switch is what answers', () => {
    const signer = new WorkerSigner({ steal: false, stallAtJob: 0, timeoutMs: 200 });
    try {
      untilReady(signer);
      const read = signer.sign(key, bytesOf(1));
      expect(() => read()).toThrow(/no signature for job 0 after 200 ms/);
      expect(signer.stats.stolen).toBe(0);
    } finally {
      signer.close();
    }
  });

  it('jobs read long after they were posted are the worker\'s: none stolen, none skipped', () => {
    const signer = new WorkerSigner({ steal: true });
    try {
      untilReady(signer);
      const reads = Array.from({ length: 20 }, (_, i) => signer.sign(key, bytesOf(100 + i)));
      const deadline = Date.now() + 20_000;
      // Until the worker has answered all 20 (its done words), then read.
      const done = (signer as unknown as { view: { done: Int32Array } }).view.done;
      while (Atomics.load(done, 19) !== 20 && Date.now() < deadline) sleep(5);
      reads.forEach((read, i) => expect(same(read(), signBytes(key, bytesOf(100 + i)))).toBe(true));
      expect(signer.stats).toMatchObject({ jobs: 20, reads: 20, stolen: 0, waited: 0 });
      expect(signer.skips).toBe(0);
    } finally {
      signer.close();
    }
  });

  it('a napping worker: 600 jobs (beyond two rings) read at once are all signed here, and the worker, waking, skips every one and signs none', () => {
    const signer = new WorkerSigner({ steal: true, napUs: 300_000, timeoutMs: 20_000 });
    try {
      untilReady(signer);
      sleep(50); // into a nap: a post does not wake it
      for (let i = 0; i < 600; i++) expect(same(signer.sign(key, bytesOf(200 + i))(), signBytes(key, bytesOf(200 + i)))).toBe(true);
      expect(signer.stats).toMatchObject({ jobs: 600, reads: 600, stolen: 600, waited: 0 });
      // The worker wakes from its nap (≤ 300 ms) and finds each job claimed — by the claim of its
      // own job or of a later job in the same slot (a slot is reused only once its job was read).
      const deadline = Date.now() + 20_000;
      while (signer.skips < 600 && Date.now() < deadline) sleep(20);
      expect(signer.skips).toBe(600);
      // It signed none of them: every done word is still unset.
      const done = (signer as unknown as { view: { done: Int32Array } }).view.done;
      expect(done.every((word) => word === 0)).toBe(true);
      // And it goes on signing what it takes: a job read after it is answered is the worker's.
      const read = signer.sign(key, bytesOf(900));
      while (Atomics.load(done, 600 % 256) !== 601 && Date.now() < deadline) sleep(5);
      expect(same(read(), signBytes(key, bytesOf(900)))).toBe(true);
      expect(signer.stats.stolen).toBe(600);
    } finally {
      signer.close();
    }
  });

  it('reads racing the worker: 1,500 jobs each read at once, each signed by exactly one side (stolen = skipped), every signature right', () => {
    const signer = new WorkerSigner({ steal: true, spinUs: 2_000, timeoutMs: 20_000 });
    try {
      untilReady(signer);
      for (let i = 0; i < 1_500; i++) {
        const bytes = bytesOf(i, 60 + (i % 40));
        expect(same(signer.sign(key, bytes)(), signBytes(key, bytes))).toBe(true);
      }
      const { stolen } = signer.stats;
      // The worker reaches every job (it polls), so it has skipped exactly the stolen ones by then.
      const done = (signer as unknown as { view: { done: Int32Array } }).view.done;
      const deadline = Date.now() + 20_000;
      const posted = signer.sign(key, bytesOf(9_999));
      while (Atomics.load(done, 1_500 % 256) !== 1_501 && signer.stats.reads < 1_501 && Date.now() < deadline) sleep(1);
      posted();
      if (signer.stats.stolen === stolen) expect(signer.skips).toBe(stolen);
      else expect(signer.skips).toBe(stolen + 1);
    } finally {
      signer.close();
    }
  });

  it('FAULTLINE_SIM_SIGNER_STEAL: the fallback when unset or empty, 0 or 1, anything else refused by name; a signer built without options takes it', () => {
    expect(signerSteal(false)).toBe(false);
    expect(signerSteal(true)).toBe(true);
    process.env['FAULTLINE_SIM_SIGNER_STEAL'] = '';
    expect(signerSteal(true)).toBe(true);
    process.env['FAULTLINE_SIM_SIGNER_STEAL'] = '1';
    expect(signerSteal(false)).toBe(true);
    process.env['FAULTLINE_SIM_SIGNER_STEAL'] = '0';
    expect(signerSteal(true)).toBe(false);
    for (const bad of ['yes', 'true', '2', ' 1']) {
      process.env['FAULTLINE_SIM_SIGNER_STEAL'] = bad;
      expect(() => signerSteal(false)).toThrow(`FAULTLINE_SIM_SIGNER_STEAL must be 0 or 1 (got '${bad}')`);
    }
    process.env['FAULTLINE_SIM_SIGNER_STEAL'] = '1';
    const signer = new WorkerSigner({ stallAtJob: 0, timeoutMs: 300 });
    try {
      untilReady(signer);
      signer.sign(key, bytesOf(6));
      expect(same(signer.sign(key, bytesOf(7))(), signBytes(key, bytesOf(7)))).toBe(true);
      expect(signer.stats.stolen).toBe(1);
    } finally {
      signer.close();
    }
  });
});
