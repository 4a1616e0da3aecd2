/**
 * The `amnesia` Byzantine validator (forgets its lock, proposes fresh blocks with no
 * proof-of-lock, precommits only its own blocks) with one validator's outgoing link failing: the
 * cut-off validator commits B, the others — locked on B, with 2f B precommits and the amnesic
 * nil — move to later rounds and are offered the amnesic proposer's fresh block. The correct core
 * keeps its lock; the planted `ignore-lock` commits the fresh block: two blocks at one height.
 */
import { describe, expect, it } from 'vitest';
import { runConsensus } from '@faultline/sim';

const S = 1_000_000;
const run = (variant?: 'ignore-lock') =>
  runConsensus({
    validators: 4,
    seed: 3,
    durationUs: 20 * S,
    byzantine: { 'validator-2': 'amnesia' },
    ...(variant ? { variant } : {}),
    faults: { version: 1, faults: [{ kind: 'one-way', atUs: 4 * S, durationUs: 8 * S, from: ['validator-1'], to: ['validator-2', 'validator-3', 'validator-4'] }] },
  });

describe('an amnesic proposer and one validator unheard for 8 s', () => {
  it('the correct validators keep their lock: one chain, every validator caught up after the link heals', () => {
    const summary = run();
    expect(summary.violations).toEqual([]);
    expect(summary.height).toBeGreaterThan(15);
  });

  it('with ignore-lock planted the locked validators commit the fresh block: consensus-agreement and chain-integrity fail by name', () => {
    const summary = run('ignore-lock');
    expect(summary.verdicts['consensus-agreement']?.status).toBe('failed');
    expect(summary.verdicts['chain-integrity']?.status).toBe('failed');
  });
});
