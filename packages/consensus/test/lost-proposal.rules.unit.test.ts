/**
 * A validator holding 2f+1 precommits of its height for a block whose proposal never reached it
 * (a lost proposal) asks a precommitter for the block, once a height: it raises `behind` (the
 * precommitter, this height), which the validator core turns into a sync request after one commit
 * wait if the block has not come meanwhile. Before, it raised nothing and waited for a peer's
 * status (1 s) or the next height's messages — which never come when it is the next proposer
 * (its peers wait for it). CometBFT's reactor does the same in its own way: enterCommit, holding
 * +2/3 precommits for a block it does not know, sets up the block's part set from the commit's
 * BlockID and announces it (NewValidBlock); its peers' gossipDataRoutine then sends it the parts.
 * Four validators, f = 1, quorum 3; validator-1 hears height 1 from the other three.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb } from '@faultline/protocol';
import { signVote, type CoreEffect } from '@faultline/consensus';
import { commitsIn, decidedWithoutValidatorOne, deliverSent, KEY_SEED, makeCore, type SentMessage } from './core-harness.ts';

const twoHeightsWithoutValidatorOne = () => decidedWithoutValidatorOne(2);
const deliver = deliverSent;

const claims = (effects: readonly CoreEffect[]) => effects.filter((e) => e.kind === 'behind');
const isPrecommit = (m: SentMessage) => m.kind === 'vote' && m.vote.type === pb.VoteType.VOTE_TYPE_PRECOMMIT;

describe('2f+1 precommits for a block whose proposal never came', () => {
  const { byHeight, blocks } = twoHeightsWithoutValidatorOne();
  const votesOf = (height: number) => (byHeight.get(height) ?? []).filter((m) => m.kind === 'vote');

  it('ask a precommitter for it, once a height; the synced block commits the height', () => {
    const v1 = makeCore('validator-1');
    v1.start(0);
    const effects = deliver(v1, votesOf(1), 1_000);
    expect(commitsIn(effects)).toEqual([]);
    const asked = claims(effects);
    // One claim, of this height, naming a validator whose precommit is in the quorum.
    expect(asked).toHaveLength(1);
    const precommitters = votesOf(1).filter(isPrecommit).map((m) => m.kind === 'vote' && m.vote.validatorId);
    expect(asked[0]).toMatchObject({ kind: 'behind', height: 1 });
    expect(precommitters).toContain(asked[0]!.kind === 'behind' && asked[0]!.peer);
    // The same precommits again (re-sent with a status): no second claim at this height.
    expect(claims(deliver(v1, votesOf(1), 2_000))).toEqual([]);
    // The precommitter's answer commits height 1.
    expect(commitsIn(v1.onSyncedBlocks(3_000, blocks.slice(0, 1), 'validator-2')).map((c) => Number(c.block?.header?.height))).toEqual([1]);
    expect(v1.committedHeight).toBe(1);
  });

  it('its own precommit among the quorum (relayed back to it, as after a restart): the claim names a peer, never itself', () => {
    const v1 = makeCore('validator-1');
    v1.start(0);
    const precommits = votesOf(1).filter(isPrecommit);
    const blockHash = precommits[0]!.kind === 'vote' ? precommits[0]!.vote.blockHash : undefined;
    const own = signVote({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height: 1, round: 0, blockHash, validatorId: 'validator-1', timestampUs: 1 }, deriveKeyPair(KEY_SEED, 'validator-1').privateKey);
    const asked = claims(deliver(v1, [{ kind: 'vote', vote: own, from: 'validator-2' }, ...precommits.slice(0, 2)], 1_000));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ kind: 'behind', height: 1 });
    expect(asked[0]!.kind === 'behind' && asked[0]!.peer).not.toBe('validator-1');
  });

  it('the next height lost the same way asks again (once per height, not once)', () => {
    const v1 = makeCore('validator-1');
    v1.start(0);
    expect(claims(deliver(v1, votesOf(1), 1_000))).toHaveLength(1);
    v1.onSyncedBlocks(2_000, blocks.slice(0, 1), 'validator-2');
    v1.onTimeout(3_000, 'commit', 1, v1.round);
    expect(v1.height).toBe(2);
    expect(claims(deliver(v1, votesOf(2), 4_000))).toMatchObject([{ kind: 'behind', height: 2 }]);
  });

  it('with the proposal held, the precommits decide the height: no claim', () => {
    const v1 = makeCore('validator-1');
    v1.start(0);
    const effects = deliver(v1, byHeight.get(1) ?? [], 1_000);
    expect(claims(effects)).toEqual([]);
    expect(commitsIn(effects)).toHaveLength(1);
  });

  it('the proposal arriving after the claim decides the height as before (the claim changes no rule)', () => {
    const v1 = makeCore('validator-1');
    v1.start(0);
    expect(claims(deliver(v1, votesOf(1), 1_000))).toHaveLength(1);
    const proposal = (byHeight.get(1) ?? []).filter((m) => m.kind === 'proposal');
    expect(commitsIn(deliver(v1, proposal, 2_000))).toHaveLength(1);
    expect(v1.committedHeight).toBe(1);
  });

  it('fewer than 2f+1 precommits for the unknown block: no claim', () => {
    const v1 = makeCore('validator-1');
    v1.start(0);
    const votes = votesOf(1);
    const precommits = votes.filter(isPrecommit);
    expect(precommits.length).toBeGreaterThanOrEqual(3);
    expect(claims(deliver(v1, [...votes.filter((m) => !isPrecommit(m)), ...precommits.slice(0, 2)], 1_000))).toEqual([]);
  });
});
