/**
 * Every invariant in the registry is proven to fire: for each entry, the proofs registered in
 * ./proofs/ (a planted variant through a testing seam, a fault schedule, a tampered log, a
 * hostile peer) are run and must give the invariant the verdict `failed`, by name. An invariant
 * without a proof fails this test, and so does a proof of an invariant the registry does not know.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '@faultline/sim';
import type { Proof } from './proofs/proof.ts';

// The simulator's, replay's and the engine's proofs live here; the live-only ones beside the CLI
// that runs them (packages/cli/test/proofs: `faultline up` through the CLI's testing seam).
const dirs = [new URL('./proofs/', import.meta.url), new URL('../../cli/test/proofs/', import.meta.url)];
const proofs: Proof[] = [];
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.proof.ts')).sort()) {
    const module = (await import(new URL(file, dir).href)) as { proofs?: Proof[] };
    proofs.push(...(module.proofs ?? []));
  }
}

/**
 * Invariants whose proof is being written right now, with who writes it. This list only shrinks;
 * it is empty when issue 13 is done.
 */
const PENDING: Readonly<Record<string, string>> = {};

describe('the invariant registry: every invariant proven to fire', () => {
  it('every invariant has a proof (or is pending with an owner), and every proof names a registered invariant', () => {
    const names = new Set(REGISTRY.map((e) => e.name));
    const proven = new Set(proofs.map((p) => p.invariant));
    expect([...proven].filter((name) => !names.has(name)), 'proofs of unknown invariants').toEqual([]);
    expect(REGISTRY.filter((e) => !proven.has(e.name) && !(e.name in PENDING)).map((e) => e.name), 'invariants without a proof').toEqual([]);
    expect(Object.keys(PENDING).filter((name) => proven.has(name)), 'pending invariants that now have a proof: take them off PENDING').toEqual([]);
  });

  for (const entry of REGISTRY) {
    const mine = proofs.filter((p) => p.invariant === entry.name);
    if (mine.length === 0) it.todo(`${entry.name}: proof pending (${PENDING[entry.name] ?? 'nobody'})`);
    for (const proof of mine) {
      it(`${entry.name} fails under ${proof.by}: ${proof.what}`, async () => {
        const verdicts = await proof.run();
        expect(verdicts[entry.name], `no verdict named ${entry.name}`).toBeDefined();
        expect(verdicts[entry.name]?.status, JSON.stringify(verdicts[entry.name])).toBe('failed');
      }, proof.timeoutMs ?? 60_000);
    }
  }
});
