/**
 * A proposal naming this validator as its proposer that the core did not just sign itself is a
 * peer's message like any other: its signature is verified. Before, the check trusted the sender
 * it was passed with, and a proposal kept for a later height is passed on with its proposer's id
 * as its sender: a Byzantine peer's forged proposal in this validator's name for a round of the
 * next height was taken as this validator's own, unverified — and it would have shut out the
 * proposal this validator makes itself when that round comes (the first proposal of a round wins).
 * Four validators: validator-2 proposes height 1 round 0; validator-3 (the core under test)
 * proposes height 2 rounds 0 and 4.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb } from '@faultline/protocol';
import { signProposal, signVote } from '@faultline/consensus';
import { KEY_SEED, commitsIn, makeCore, proposalsIn } from './core-harness.ts';

const PRECOMMIT = pb.VoteType.VOTE_TYPE_PRECOMMIT;
const proposal = proposalsIn(makeCore('validator-2').start(0))[0]!;
const precommit = (id: string) => signVote({ type: PRECOMMIT, height: 1, round: 0, blockHash: proposal.blockHash!, validatorId: id, timestampUs: 1 }, deriveKeyPair(KEY_SEED, id).privateKey);
/** A proposal in validator-3's name, signed with validator-4's key. */
const forged = (height: number, round: number) => signProposal({ ...proposal, height, round, proposerId: 'validator-3', signature: null }, deriveKeyPair(KEY_SEED, 'validator-4').privateKey);
const badSignature = { kind: 'rejected', reason: 'proposal with a bad signature from validator-3' };

describe('a proposal in this validator\'s name that it did not sign just now', () => {
  it('passed as from this validator itself (a spoofed sender) is refused', () => {
    const core = makeCore('validator-3');
    core.start(0);
    // validator-3 proposes height 1 round 1 (the sorted ids, shifted by height + round: (1 + 1) % 4 = 2).
    const effects = core.onProposal(1, forged(1, 1), 'validator-3');
    expect(effects).toContainEqual({ ...badSignature, from: 'validator-3' });
  });

  it('sent by a peer for a round of the next height is refused when that height starts, not kept as this validator\'s own', () => {
    const core = makeCore('validator-3');
    core.start(0);
    expect(core.onProposal(1, forged(2, 4), 'validator-4').filter((e) => e.kind === 'rejected')).toEqual([]); // kept for height 2
    for (const id of ['validator-1', 'validator-2', 'validator-4']) core.onVote(1, precommit(id), id);
    expect(commitsIn(core.onProposal(2, proposal, 'validator-2'))).toHaveLength(1);
    // Height 2 starts after the commit timeout and takes up what was kept for it.
    const effects = core.onTimeout(500_002, 'commit', 1, 0);
    expect(effects).toContainEqual(expect.objectContaining(badSignature));
  });

  it('its own proposal, signed just now, is taken (the proposer of height 2 round 0 is validator-3)', () => {
    const core = makeCore('validator-3');
    core.start(0);
    for (const id of ['validator-1', 'validator-2', 'validator-4']) core.onVote(1, precommit(id), id);
    core.onProposal(2, proposal, 'validator-2');
    const effects = core.onTimeout(500_002, 'commit', 1, 0);
    expect(proposalsIn(effects).map((p) => [Number(p.height), p.round ?? 0, p.proposerId])).toEqual([[2, 0, 'validator-3']]);
    expect(effects.filter((e) => e.kind === 'rejected')).toEqual([]);
  });
});
