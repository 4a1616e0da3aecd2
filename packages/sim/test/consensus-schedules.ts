/**
 * Fault schedules under which each planted consensus variant shows (shared by the registry's
 * proofs, which run the variant, and the controls in consensus-planted.test.ts, which run the
 * correct code under the same schedule and must pass).
 */
import { COMETBFT_TIMEOUTS } from '@faultline/consensus';
import { pb } from '@faultline/protocol';
import type { FaultSchedule } from '@faultline/runtime';
import type { ConsensusRunOptions } from '@faultline/sim';

const S = 1_000_000;

/**
 * The wedge of issue 13: validator-1 gets proposals 0.7 s late (votes on time) for 8 s. With
 * CometBFT's timeouts it sees 2f+1 precommits first (L47: precommit timeout in 1 s), commits when
 * the proposal arrives (L49), and the timeout fires inside its 1 s commit wait. Why not dYdX's
 * (commit wait 0.5 s), as until session 38: 2f+1 precommits for a block whose proposal it lacks
 * now make a validator ask a precommitter for the block after one commit wait (consensus test
 * lost-proposal) — with dYdX's the synced block came at ~0.5 s, before the proposal, and the wedge
 * (a proposal later than 0.5 s, so that the 1 s timeout falls inside the wait) could not form;
 * with a 1 s commit wait the proposal at 0.7 s comes first, as the wedge needs.
 */
export const lateProposals: Omit<ConsensusRunOptions, 'seed'> = {
  validators: 4,
  durationUs: 45 * S,
  timeouts: COMETBFT_TIMEOUTS,
  faults: { version: 1, faults: [{ kind: 'delay-kind', atUs: 2 * S, durationUs: 8 * S, messageKind: 'proposal', delayUs: 700_000, to: ['validator-1'] }] },
};

/** Validators gossip client txs 2 s late for 5 s: copies arrive after the tx was committed. */
export const lateTxGossip: Omit<ConsensusRunOptions, 'seed'> = {
  validators: 4,
  durationUs: 20 * S,
  faults: { version: 1, faults: [{ kind: 'delay-kind', atUs: 2 * S, durationUs: 5 * S, messageKind: 'tx', delayUs: 2 * S, from: ['validator-*'] }] },
};

/**
 * validator-2 crashes right after its first prevote for a block at height >= 3 and restarts
 * 0.1 s later; validator-3 is cut off and proposals reach validator-2 3 s late meanwhile, so the
 * height stalls and the restarted validator-2 times out into a nil prevote at the same round —
 * a second, different vote unless it logged the first before sending it.
 */
export const crashAfterPrevote: Omit<ConsensusRunOptions, 'seed'> = {
  validators: 4,
  durationUs: 45 * S,
  prepare: (sim) => {
    let done = false;
    sim.observePublishes((message) => {
      const vote = message.envelope.vote;
      if (done || message.from !== 'validator-2' || !vote || vote.type !== pb.VoteType.VOTE_TYPE_PREVOTE) return;
      if (Number(vote.height) < 3 || (vote.blockHash?.length ?? 0) === 0) return;
      done = true;
      const now = message.timeUs;
      const faults: FaultSchedule['faults'] = [
        { kind: 'partition', atUs: now, durationUs: 5 * S, groups: [['validator-3'], ['validator-1', 'validator-2', 'validator-4', 'client-1']] },
        { kind: 'crash', atUs: now + 1, durationUs: 100_000, actors: ['validator-2'] },
        { kind: 'delay-kind', atUs: now, durationUs: 5 * S, messageKind: 'proposal', delayUs: 3 * S, to: ['validator-2'] },
      ];
      sim.schedule({ version: 1, faults });
    });
  },
};
