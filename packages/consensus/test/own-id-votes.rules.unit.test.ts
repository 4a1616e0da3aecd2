/**
 * A vote naming this validator that comes from elsewhere is a peer's message like any other: its
 * signature is verified (only the votes the core casts itself skip the check). Before, the check
 * looked at the vote's validator id alone, so a Byzantine peer could put a vote in this validator's
 * name, never signed by it, into its own tally — and into the certificate of a block it commits.
 * Four validators: validator-2 proposes height 1 round 0; validator-3 is the core under test.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb } from '@faultline/protocol';
import { signVote } from '@faultline/consensus';
import { KEY_SEED, commitsIn, makeCore, proposalsIn } from './core-harness.ts';

const PRECOMMIT = pb.VoteType.VOTE_TYPE_PRECOMMIT;
const proposal = proposalsIn(makeCore('validator-2').start(0))[0]!;
const precommit = (id: string, key = id) => ({ ...signVote({ type: PRECOMMIT, height: 1, round: 0, blockHash: proposal.blockHash!, validatorId: id, timestampUs: 1 }, deriveKeyPair(KEY_SEED, key).privateKey), validatorId: id });

describe('a vote in this validator\'s name from a peer', () => {
  it('with a bad signature is refused, not counted: two peers\' precommits and a forged own one make no quorum', () => {
    const core = makeCore('validator-3');
    core.start(0);
    core.onVote(1, precommit('validator-1'), 'validator-1');
    core.onVote(1, precommit('validator-2'), 'validator-2');
    const effects = core.onVote(1, precommit('validator-3', 'validator-4'), 'validator-4');
    expect(effects).toContainEqual({ kind: 'rejected', reason: 'vote with a bad signature from validator-3', from: 'validator-4' });
    // The proposal arrives: no commit on two precommits (the forged one would have made three).
    expect(commitsIn(core.onProposal(2, proposal, 'validator-2'))).toEqual([]);
    expect(core.committedHeight).toBe(0);
  });

  it('with its own valid signature (a peer relaying it) is counted', () => {
    const signer = makeCore('validator-3');
    signer.start(0);
    const core = makeCore('validator-3');
    core.start(0);
    core.onVote(1, precommit('validator-1'), 'validator-1');
    core.onVote(1, precommit('validator-2'), 'validator-2');
    expect(core.onVote(1, precommit('validator-3'), 'validator-4').filter((e) => e.kind === 'rejected')).toEqual([]);
    expect(commitsIn(core.onProposal(2, proposal, 'validator-2'))).toHaveLength(1);
  });

  it('a peer\'s vote is verified whatever the sender it is passed with: a bad one named validator-4, passed as from validator-3 itself, is refused', () => {
    const core = makeCore('validator-3');
    core.start(0);
    const effects = core.onVote(1, precommit('validator-4', 'validator-1'), 'validator-3');
    expect(effects).toContainEqual({ kind: 'rejected', reason: 'vote with a bad signature from validator-4', from: 'validator-3' });
  });

  it('a forged vote in this validator\'s name passed as from this validator itself (a spoofed envelope sender) is refused, not counted', () => {
    const core = makeCore('validator-3');
    core.start(0);
    core.onVote(1, precommit('validator-1'), 'validator-1');
    core.onVote(1, precommit('validator-2'), 'validator-2');
    const effects = core.onVote(1, precommit('validator-3', 'validator-4'), 'validator-3');
    expect(effects).toContainEqual({ kind: 'rejected', reason: 'vote with a bad signature from validator-3', from: 'validator-3' });
    expect(commitsIn(core.onProposal(2, proposal, 'validator-2'))).toEqual([]);
    expect(core.committedHeight).toBe(0);
  });

  it('a forged vote in this validator\'s name for a later height, passed as from this validator itself, is refused before it is kept for that height', () => {
    const core = makeCore('validator-3');
    core.start(0);
    const later = { ...signVote({ type: PRECOMMIT, height: 2, round: 0, blockHash: proposal.blockHash!, validatorId: 'validator-3', timestampUs: 1 }, deriveKeyPair(KEY_SEED, 'validator-4').privateKey), validatorId: 'validator-3' };
    expect(core.onVote(1, later, 'validator-3')).toContainEqual({ kind: 'rejected', reason: 'vote with a bad signature from validator-3', from: 'validator-3' });
  });
});
