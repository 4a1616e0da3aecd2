/**
 * Consensus invariants in the simulator: validators alone, a planted consensus variant under a
 * fault schedule (the consensus package's own rule-level tests are in packages/consensus/test).
 */
import { runConsensus } from '@faultline/sim';
import { crashAfterPrevote, lateProposals, lateTxGossip } from '../consensus-schedules.ts';
import type { Proof } from './proof.ts';

const S = 1_000_000;

export const proofs: Proof[] = [
  {
    invariant: 'consensus-agreement',
    by: 'variant',
    what: 'quorum of 2f instead of 2f+1: a 2|2 split brain for 15 s forks the chain',
    run: () =>
      runConsensus({
        validators: 4,
        seed: 0,
        durationUs: 25 * S,
        variant: 'quorum-2f',
        faults: { version: 1, faults: [{ kind: 'partition', atUs: 3 * S, durationUs: 15 * S, groups: [['validator-1', 'validator-2'], ['validator-3', 'validator-4']] }] },
      }).verdicts,
  },
  {
    invariant: 'chain-integrity',
    by: 'variant',
    what: 'no-commit-guard: proposals 0.7 s late to one validator (delay-kind) — it commits a height twice (the wedge of issue 13)',
    run: () => runConsensus({ ...lateProposals, seed: 1, variant: 'no-commit-guard' }).verdicts,
  },
  {
    invariant: 'validators-catch-up',
    by: 'variant',
    what: 'no-commit-guard: proposals 0.7 s late to one validator — the wedged validator refuses every later block and never catches up',
    run: () => runConsensus({ ...lateProposals, seed: 1, variant: 'no-commit-guard' }).verdicts,
  },
  {
    invariant: 'validity',
    by: 'variant',
    what: 'mempool-forgets-committed: validators gossip txs 2 s late (delay-kind) — the late copies are committed again',
    run: () => runConsensus({ ...lateTxGossip, seed: 1, variant: 'mempool-forgets-committed' }).verdicts,
  },
  {
    invariant: 'certificates-valid',
    by: 'variant',
    what: 'skip-cert-verify against a forge-sync peer (its blocks under 2f+1 precommits that carry its own signature): the validators commit them',
    run: () => runConsensus({ validators: 4, seed: 5, durationUs: 6 * S, byzantine: { 'validator-3': 'forge-sync' }, variant: 'skip-cert-verify' }).verdicts,
  },
  {
    invariant: 'no-equivocation',
    by: 'variant',
    what: 'no-persist-before-vote: a validator crashed right after prevoting, restarted without its vote, prevotes nil at the same round',
    run: () => runConsensus({ ...crashAfterPrevote, seed: 1, variant: 'no-persist-before-vote' }).verdicts,
  },
];
