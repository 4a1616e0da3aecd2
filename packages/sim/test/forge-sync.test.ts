/**
 * The `forge-sync` Byzantine validator: it claims a height ahead in its status and answers every
 * sync request with a block of its own making under a certificate it cannot sign (2f+1
 * precommits naming the set, each with the forger's signature). Honest validators and execution
 * replicas refuse it by reason and keep going; with the planted `skip-cert-verify` (signatures
 * not checked) validators take it, and the simulator's `certificates-valid` says so by name.
 */
import { describe, expect, it } from 'vitest';
import type { ExecutionActor, ValidatorActor } from '@faultline/actors';
import { runConsensus } from '@faultline/sim';

const S = 1_000_000;

function reasonsOf(actors: Map<string, ValidatorActor> | undefined, id: string): string {
  return [...(actors?.get(id)?.counters.rejectReasons.keys() ?? [])].join('\n');
}

describe('a forge-sync validator', () => {
  it('is refused by every honest validator, by reason (a bad signature in the certificate), and the chain goes on', () => {
    let validators: Map<string, ValidatorActor> | undefined;
    const summary = runConsensus({ validators: 4, seed: 5, durationUs: 15 * S, byzantine: { 'validator-3': 'forge-sync' }, prepare: (_sim, actors) => (validators = actors) });
    expect(summary.agreement).toBe(true);
    expect(summary.chainIntegrity).toBe(true);
    expect(summary.height).toBeGreaterThan(10);
    for (const id of ['validator-1', 'validator-2', 'validator-4']) {
      expect(reasonsOf(validators, id)).toMatch(/synced block \d+ from validator-3: certificate vote from validator-\d has a bad signature/);
      expect(validators?.get(id)?.counters.syncRequests).toBeGreaterThan(5);
    }
    expect(summary.verdicts['certificates-valid']?.status).toBe('passed');
  });

  it('as the proposer too: its proposals are honest and commit, its sync answers are refused', () => {
    // validator-1 proposes heights 3, 7, 11, … at round 0 (round robin over the sorted ids).
    let validators: Map<string, ValidatorActor> | undefined;
    const summary = runConsensus({ validators: 4, seed: 6, durationUs: 12 * S, byzantine: { 'validator-1': 'forge-sync' }, prepare: (_sim, actors) => (validators = actors) });
    expect(summary.agreement).toBe(true);
    expect(summary.height).toBeGreaterThan(10);
    const proposers = new Set(validators?.get('validator-2')?.consensus.chain.map((c) => c.block?.header?.proposerId));
    expect(proposers.has('validator-1')).toBe(true);
    expect(reasonsOf(validators, 'validator-2')).toMatch(/from validator-1: certificate vote from validator-\d has a bad signature/);
  });

  it('with skip-cert-verify planted, validators take its blocks: certificates-valid fails by name in the simulator', () => {
    const summary = runConsensus({ validators: 4, seed: 5, durationUs: 10 * S, byzantine: { 'validator-3': 'forge-sync' }, variant: 'skip-cert-verify' });
    expect(summary.verdicts['certificates-valid']?.status).toBe('failed');
    expect(summary.violations.map((v) => v.invariant)).toContain('certificates-valid');
  });
});

export type { ExecutionActor };
