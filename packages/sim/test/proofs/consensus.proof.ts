/**
 * Consensus invariants in the simulator: validators alone, a planted consensus variant under a
 * fault schedule (the consensus package's own rule-level tests are in packages/consensus/test).
 */
import { runConsensus } from '@faultline/sim';
import type { Proof } from './proof.ts';
import { verdictsOf } from './verdicts-of.ts';

const S = 1_000_000;

export const proofs: Proof[] = [
  {
    invariant: 'consensus-agreement',
    by: 'variant',
    what: 'quorum of 2f instead of 2f+1: a 2|2 split brain for 15 s forks the chain',
    run: () => {
      const summary = runConsensus({
        validators: 4,
        seed: 0,
        durationUs: 25 * S,
        variant: 'quorum-2f',
        faults: { version: 1, faults: [{ kind: 'partition', atUs: 3 * S, durationUs: 15 * S, groups: [['validator-1', 'validator-2'], ['validator-3', 'validator-4']] }] },
      });
      return verdictsOf({ 'consensus-agreement': summary.agreement, validity: summary.validity, 'no-equivocation': summary.noEquivocation }, summary.violations);
    },
  },
];
