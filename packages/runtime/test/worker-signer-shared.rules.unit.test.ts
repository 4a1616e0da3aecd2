/**
 * The signing thread shared by a JS thread's simulations (sim/signer.ts sharedSigner, leases) and
 * its wake-ups: a lease counts only its own jobs, settle() reads every job still out and adds the
 * lease's counts to closedSignerTotals once, a settled lease refuses to sign, a closed or dead
 * shared thread is replaced; a worker that sleeps is woken by a post (and only then: a worker
 * that polls or naps takes jobs without a wake), with the poll on or off, after any idle time; a
 * read that must wait wakes a napping worker; FAULTLINE_SIM_SIGNER_SPIN_US and _NAP_US are parsed
 * or refused by name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deriveKeyPair, signBytes } from '@faultline/protocol';
import { closedSignerTotals, sharedSigner, signerNapUs, signerSpinUs, WorkerSigner } from '@faultline/runtime/sim';
import { sleep, same, untilReady } from './worker-signer-kit.ts';

const key = deriveKeyPair(43, 'validator-shared').privateKey;

function bytesOf(index: number, length = 80): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (index * 7 + i) & 0xff);
}

afterEach(() => {
  delete process.env['FAULTLINE_SIM_SIGNER_SPIN_US'];
  delete process.env['FAULTLINE_SIM_SIGNER_NAP_US'];
});

describe('the shared signing thread and its leases', () => {
  it('one thread per JS thread until it is closed; then a new one', () => {
    const first = sharedSigner();
    expect(sharedSigner()).toBe(first);
    first.close();
    expect(first.unusable).toBe(true);
    const second = sharedSigner();
    expect(second).not.toBe(first);
    expect(second.unusable).toBe(false);
    expect(sharedSigner()).toBe(second);
  });

  it('closing another signer leaves the shared thread shared', () => {
    const shared = sharedSigner();
    const other = new WorkerSigner();
    other.close();
    expect(sharedSigner()).toBe(shared);
    expect(shared.unusable).toBe(false);
  });

  it('a thread that died is replaced, and its lease reads throw naming the exit', async () => {
    const dying = new WorkerSigner({ timeoutMs: 60_000, crashAtJob: 0 });
    untilReady(dying);
    const lease = dying.lease();
    const read = lease.sign(key, bytesOf(1));
    await dying.whenExited();
    expect(dying.unusable).toBe(true);
    expect(() => read()).toThrow(/the worker thread has exited/);
    expect(() => lease.settle()).not.toThrow();
    dying.close();
  });

  it('leases count their own jobs; settle reads every job out, adds its counts to the totals once, and ends the lease', () => {
    const signer = new WorkerSigner();
    try {
      untilReady(signer);
      const before = closedSignerTotals();
      const a = signer.lease();
      const b = signer.lease();
      const readsA = Array.from({ length: 20 }, (_, i) => a.sign(key, bytesOf(i)));
      const readsB = Array.from({ length: 5 }, (_, i) => b.sign(key, bytesOf(100 + i)));
      expect(a.stats.jobs).toBe(20);
      expect(b.stats.jobs).toBe(5);
      expect(signer.stats.jobs).toBe(25);
      expect(closedSignerTotals()).toEqual(before);
      a.settle();
      // Every job out was read (b's too: they share the ring), each counted in its own lease.
      expect(a.stats.reads).toBe(20);
      expect(b.stats.reads).toBe(5);
      const afterA = closedSignerTotals();
      expect(afterA.jobs - before.jobs).toBe(20);
      expect(afterA.reads - before.reads).toBe(20);
      a.settle();
      expect(closedSignerTotals()).toEqual(afterA);
      expect(() => a.sign(key, bytesOf(1))).toThrow('signing worker: sign after the lease settled');
      readsA.forEach((read, i) => expect(same(read(), signBytes(key, bytesOf(i)))).toBe(true));
      readsB.forEach((read, i) => expect(same(read(), signBytes(key, bytesOf(100 + i)))).toBe(true));
      // Another lease of the same thread still signs.
      const c = signer.lease();
      expect(same(c.sign(key, bytesOf(200))(), signBytes(key, bytesOf(200)))).toBe(true);
      b.settle();
      c.settle();
      expect(closedSignerTotals().jobs - before.jobs).toBe(26);
    } finally {
      signer.close();
    }
  });

  it('a lease signing before the thread is up signs here, counted in the lease', () => {
    const signer = new WorkerSigner();
    try {
      const lease = signer.lease();
      const read = lease.sign(key, bytesOf(3));
      expect(lease.stats).toMatchObject({ jobs: 0, signedHere: 1 });
      expect(same(read(), signBytes(key, bytesOf(3)))).toBe(true);
      lease.settle();
    } finally {
      signer.close();
    }
  });
});

describe('wake-ups', () => {
  for (const spinUs of [0, 5_000]) {
    it(`spinUs ${spinUs}: jobs posted after idle gaps of 0–60 ms are all answered; a sleeping worker is woken per job`, () => {
      const signer = new WorkerSigner({ spinUs, timeoutMs: 20_000 });
      try {
        untilReady(signer);
        for (const [i, gapMs] of [0, 1, 3, 20, 60, 0, 0, 10].entries()) {
          sleep(gapMs);
          const read = signer.sign(key, bytesOf(300 + i));
          expect(same(read(), signBytes(key, bytesOf(300 + i)))).toBe(true);
        }
        // A 60 ms gap outlasts any poll: the worker slept and was woken at least then.
        expect(signer.wakes).toBeGreaterThanOrEqual(1);
        if (spinUs === 0) expect(signer.wakes).toBeGreaterThanOrEqual(4);
      } finally {
        signer.close();
      }
    });
  }

  it('a polling worker takes jobs posted within its poll without a wake', () => {
    const signer = new WorkerSigner({ spinUs: 1_000_000, timeoutMs: 20_000 });
    try {
      untilReady(signer);
      // The worker is up and polling (it has not slept since it started: no job yet, within 1 s).
      const wakesBefore = signer.wakes;
      for (let i = 0; i < 50; i++) {
        const read = signer.sign(key, bytesOf(400 + i));
        expect(same(read(), signBytes(key, bytesOf(400 + i)))).toBe(true);
      }
      expect(signer.wakes).toBe(wakesBefore);
    } finally {
      signer.close();
    }
  });

  it('a napping worker takes jobs posted during its naps without a wake, and sleeps until woken after its naps', () => {
    const signer = new WorkerSigner({ napUs: 20_000, timeoutMs: 20_000 });
    try {
      untilReady(signer);
      const wakesBefore = signer.wakes;
      for (let i = 0; i < 20; i++) {
        const read = signer.sign(key, bytesOf(600 + i));
        sleep(25);
        expect(same(read(), signBytes(key, bytesOf(600 + i)))).toBe(true);
      }
      // Each job came within its naps (20 ms naps, 40 of them: ~800 ms): no post woke the thread
      // (one sleeping between jobs would be woken 20 times; a stall of this thread past its naps, at
      // most once or twice under load).
      expect(signer.wakes - wakesBefore).toBeLessThanOrEqual(2);
      // Its naps without a job are over long before 3 s: it sleeps until a post wakes it.
      sleep(3_000);
      const asleep = signer.wakes;
      expect(same(signer.sign(key, bytesOf(700))(), signBytes(key, bytesOf(700)))).toBe(true);
      expect(signer.wakes).toBe(asleep + 1);
    } finally {
      signer.close();
    }
  });

  it('a read that must wait wakes a napping worker: with 1 s naps a signature is read long before the nap ends', () => {
    const signer = new WorkerSigner({ napUs: 1_000_000, timeoutMs: 20_000 });
    try {
      untilReady(signer);
      // Let the worker enter a nap (it naps as soon as it has no job).
      sleep(50);
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const read = signer.sign(key, bytesOf(800 + i));
        expect(same(read(), signBytes(key, bytesOf(800 + i)))).toBe(true);
        expect(performance.now() - started).toBeLessThan(500);
        sleep(50);
      }
      expect(signer.stats.waited).toBeGreaterThanOrEqual(1);
    } finally {
      signer.close();
    }
  });

  it('close() stops a polling worker at once (its poll watches the stop word)', async () => {
    const signer = new WorkerSigner({ spinUs: 1_000_000 });
    untilReady(signer);
    signer.sign(key, bytesOf(500))();
    const started = Date.now();
    signer.close();
    await signer.whenExited();
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('FAULTLINE_SIM_SIGNER_SPIN_US: the fallback when unset or empty, an integer 0–1,000,000, anything else refused by name', () => {
    expect(signerSpinUs(7)).toBe(7);
    process.env['FAULTLINE_SIM_SIGNER_SPIN_US'] = '';
    expect(signerSpinUs(7)).toBe(7);
    process.env['FAULTLINE_SIM_SIGNER_SPIN_US'] = '0';
    expect(signerSpinUs(7)).toBe(0);
    process.env['FAULTLINE_SIM_SIGNER_SPIN_US'] = '1000000';
    expect(signerSpinUs(7)).toBe(1_000_000);
    for (const bad of ['-1', '1000001', '2.5', 'fast', '1e3x']) {
      process.env['FAULTLINE_SIM_SIGNER_SPIN_US'] = bad;
      expect(() => signerSpinUs(7)).toThrow(`FAULTLINE_SIM_SIGNER_SPIN_US must be an integer from 0 to 1000000 (got '${bad}')`);
    }
  });

  it('FAULTLINE_SIM_SIGNER_NAP_US: the same rules, its own name; a signer built without options takes both', () => {
    expect(signerNapUs(3)).toBe(3);
    process.env['FAULTLINE_SIM_SIGNER_NAP_US'] = '50';
    expect(signerNapUs(3)).toBe(50);
    process.env['FAULTLINE_SIM_SIGNER_NAP_US'] = '-5';
    expect(() => signerNapUs(3)).toThrow("FAULTLINE_SIM_SIGNER_NAP_US must be an integer from 0 to 1000000 (got '-5')");
    process.env['FAULTLINE_SIM_SIGNER_NAP_US'] = '70';
    process.env['FAULTLINE_SIM_SIGNER_SPIN_US'] = '30';
    const signer = new WorkerSigner();
    try {
      const control = (signer as unknown as { view: { control: Int32Array } }).view.control;
      expect([control[9], control[11]]).toEqual([30, 70]);
    } finally {
      signer.close();
    }
  });
});
