/** What the signing thread's tests (worker-signer*.rules.unit.test.ts) share. */
import type { WorkerSigner } from '@faultline/runtime/sim';

/** Spins until the worker runs its loop (jobs go to it only then). */
export function untilReady(signer: WorkerSigner): void {
  const deadline = Date.now() + 20_000;
  while (!signer.ready) if (Date.now() > deadline) throw new Error('worker never ready');
}

/** Blocks this thread for `ms` (the worker goes on). */
export function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The same bytes. */
export const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));
