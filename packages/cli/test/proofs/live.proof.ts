/**
 * Live-only checks, proven on a live run: `faultline up` (through the CLI's testing seam) with one
 * service that publishes on a subject its broker user may not use. Stopped as soon as the
 * violation shows (SIGINT), with a generous cap; its summary's verdicts are the proof's.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Verdicts } from '@faultline/sim';
import type { Proof } from '../../../sim/test/proofs/proof.ts';
import { upUntil } from '../support/live-until.ts';

async function brokerRefusal(): Promise<Verdicts> {
  const out = mkdtempSync(join(tmpdir(), 'faultline-proof-broker-'));
  const calm = join(out, 'calm.json');
  writeFileSync(calm, JSON.stringify({ version: 1, faults: [] }));
  const run = await upUntil(['--scenario', 'live-smoke', '--nemesis', calm, '--duration', '600', '--seed', '2', '--out', join(out, 'run')], {
    // An oracle that also publishes a block: its user may publish its own transactions only.
    plant: { 'oracle-1': { publish: 'block.validator-1' } },
    until: /VIOLATION broker-permissions/,
    capMs: 180_000,
  });
  if (!run.match) throw new Error(`no broker-permissions violation within the cap; stderr: ${run.stderr.slice(-2_000)}`);
  if (run.status !== 1) throw new Error(`faultline up exited ${run.status}, not 1; stderr: ${run.stderr.slice(-2_000)}`);
  return (JSON.parse(readFileSync(join(out, 'run', 'summary.json'), 'utf8')) as { verdicts: Verdicts }).verdicts;
}

export const proofs: Proof[] = [
  {
    invariant: 'broker-permissions',
    by: 'variant',
    what: 'faultline up (live) with oracle-1 publishing on block.validator-1 through a test-only service entry: the broker refuses it, the run exits 1',
    run: brokerRefusal,
    timeoutMs: 240_000,
  },
];
