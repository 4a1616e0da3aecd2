/**
 * Rules for a validator a height or two behind its peers in its commit wait (live, fast blocks: a
 * validator whose messages reach it ~10 ms late; BENCHMARKS.md "Session 37 stall"):
 * - future messages are held from the height it is deciding — in the commit wait of h, that is
 *   h + 1 — so the proposal and votes of h + 2 that reach it there are replayed when it gets to
 *   h + 2, and their sender's claim (it committed h + 1) is passed on as `behind`. Measured from h
 *   they were dropped without a word: it started h + 2 with none of them and sat it out until a
 *   peer's status made it sync (0.45–1 s when it was the next proposer, whom every peer waits for);
 * - synced blocks that reach it in the commit wait of h, h + 1 among them, end the wait and are
 *   applied: they were skipped ("a synced copy of the decided height changes nothing"), and the
 *   answer to a request made from the wait was lost.
 * Four validators, f = 1, quorum 3; validator-1, the proposer of height 4, hears heights 1–3 only
 * after the other three have decided them.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, type faultline } from '@faultline/protocol';
import { signVote, type TendermintCore } from '@faultline/consensus';
import { commitsIn, decidedWithoutValidatorOne, deliverSent, KEY_SEED, makeCore, proposalsIn, votesIn, type SentMessage } from './core-harness.ts';

/** Heights 1–3 decided by validators 2–4 alone (validator-1 hears nothing): every proposal and vote they sent, in order, by height; `blocks`: validator-2's chain. */
function threeHeightsWithoutValidatorOne(blocks: faultline.v1.ICommittedBlock[] = []): Map<number, SentMessage[]> {
  const decided = decidedWithoutValidatorOne(3);
  blocks.push(...decided.blocks);
  return decided.byHeight;
}

const deliver = deliverSent;

describe('future messages are held from the height being decided', () => {
  it('in the commit wait of height 1, the messages of heights 3 and 2 are held: the input completing height 2 decides 2 and 3, no sync needed, and validator-1 proposes height 4', () => {
    const byHeight = threeHeightsWithoutValidatorOne();
    const v1 = makeCore('validator-1');
    v1.start(0);
    const S = 1_000_000;
    expect(commitsIn(deliver(v1, byHeight.get(1) ?? [], S))).toHaveLength(1);
    expect([v1.height, v1.step]).toEqual([1, 'commit']);
    // Height 3's messages first (two above the height decided: dropped before rule 1), then height 2's.
    const three = deliver(v1, byHeight.get(3) ?? [], S);
    // Height 3's senders committed height 2, the height after the one being decided: passed on.
    const behind = three.filter((e) => e.kind === 'behind');
    expect(behind.length).toBeGreaterThan(0);
    for (const claim of behind) expect(claim).toMatchObject({ kind: 'behind', height: 2 });
    expect(commitsIn(three)).toEqual([]);
    expect([v1.height, v1.step]).toEqual([1, 'commit']); // two above: they decide nothing yet, the wait goes on
    // Height 2's proposal and 2f+1 precommits end the wait of 1 (next-height-held) and decide 2; 3's held messages then end
    // the wait of 2 and decide 3 — in the same input (with 3's messages dropped, only 2).
    const two = deliver(v1, byHeight.get(2) ?? [], S + 1);
    expect(commitsIn(two).map((c) => Number(c.block?.header?.height))).toEqual([2, 3]);
    expect([v1.height, v1.step]).toEqual([3, 'commit']);
    // And its own height starts when the wait of 3 ends: the proposal of height 4, round 0.
    const four = v1.onTimeout(S + 2, 'commit', 3, v1.round);
    expect(proposalsIn(four).map((p) => [Number(p.height), p.round ?? 0])).toEqual([[4, 0]]);
  });

  it('in the commit wait of height 1, a vote of height 4 claims height 3 (two past the chain: a sync at once)', () => {
    const byHeight = threeHeightsWithoutValidatorOne();
    const v1 = makeCore('validator-1');
    v1.start(0);
    deliver(v1, byHeight.get(1) ?? [], 1);
    expect(v1.step).toBe('commit');
    const vote = signVote({ type: pb.VoteType.VOTE_TYPE_PREVOTE, height: 4, round: 0, blockHash: new Uint8Array(32).fill(4), validatorId: 'validator-2', timestampUs: 1 }, deriveKeyPair(KEY_SEED, 'validator-2').privateKey);
    expect(v1.onVote(2, vote, 'validator-2')).toEqual([{ kind: 'behind', peer: 'validator-2', height: 3 }]);
  });

  it('before the commit (deciding height 1), a message of height 2 is held and claims height 1; one of height 3 claims height 2 and is not held', () => {
    const byHeight = threeHeightsWithoutValidatorOne();
    const v1 = makeCore('validator-1');
    v1.start(0);
    const two = (byHeight.get(2) ?? []).filter((m) => m.kind === 'proposal');
    const claims2 = deliver(v1, two, 1).filter((e) => e.kind === 'behind');
    expect(claims2).toEqual([{ kind: 'behind', peer: two[0]?.from, height: 1 }]);
    const three = (byHeight.get(3) ?? []).filter((m) => m.kind === 'proposal');
    const claims3 = deliver(v1, three, 1).filter((e) => e.kind === 'behind');
    expect(claims3).toEqual([{ kind: 'behind', peer: three[0]?.from, height: 2 }]);
    // Height 1 decided, its wait over: height 2's proposal was held (replayed: a prevote for it), height 3's was not (no proposal of 3 after 2 is decided).
    deliver(v1, byHeight.get(1) ?? [], 2);
    expect(v1.step).toBe('commit');
    const started = v1.onTimeout(3, 'commit', 1, v1.round);
    expect(votesIn(started).map((v) => [Number(v.height), v.type])).toContainEqual([2, pb.VoteType.VOTE_TYPE_PREVOTE]);
  });
});

describe('synced blocks that reach a validator in its commit wait', () => {
  /** validator-1 in the commit wait of height 1 (decided from the others' messages), and validator-2's blocks 1–3. */
  function inCommitWaitOfOne(): { v1: TendermintCore; blocks: faultline.v1.ICommittedBlock[] } {
    const blocks: faultline.v1.ICommittedBlock[] = [];
    const byHeight = threeHeightsWithoutValidatorOne(blocks);
    const v1 = makeCore('validator-1');
    v1.start(0);
    deliver(v1, byHeight.get(1) ?? [], 1);
    expect([v1.height, v1.step]).toEqual([1, 'commit']);
    return { v1, blocks };
  }

  it('blocks 1–3 (a response to a request made from the wait): the wait ends, 2 and 3 are applied, height 4 starts and validator-1 proposes it (before: all three thrown away)', () => {
    const { v1, blocks } = inCommitWaitOfOne();
    const effects = v1.onSyncedBlocks(2, blocks, 'validator-2');
    expect(commitsIn(effects).map((c) => Number(c.block?.header?.height))).toEqual([2, 3]);
    expect([v1.height, v1.round, v1.committedHeight]).toEqual([4, 0, 3]);
    expect(proposalsIn(effects).map((p) => Number(p.height))).toEqual([4]);
  });

  it('only a copy of the decided height: nothing changes, the wait goes on', () => {
    const { v1, blocks } = inCommitWaitOfOne();
    expect(v1.onSyncedBlocks(2, blocks.slice(0, 1), 'validator-2')).toEqual([]);
    expect([v1.height, v1.step, v1.committedHeight]).toEqual([1, 'commit', 1]);
  });

  it('a block two above (3 without 2): nothing changes, the wait goes on', () => {
    const { v1, blocks } = inCommitWaitOfOne();
    expect(v1.onSyncedBlocks(2, blocks.slice(2), 'validator-2')).toEqual([]);
    expect([v1.height, v1.step, v1.committedHeight]).toEqual([1, 'commit', 1]);
  });

  it('a block of height 2 whose certificate does not verify: the wait ends (height 2 starts) but nothing is committed, and the sender is named', () => {
    const { v1, blocks } = inCommitWaitOfOne();
    const two = blocks[1]!;
    const forged = { ...two, certificate: { ...two.certificate, precommits: (two.certificate?.precommits ?? []).slice(0, 1) } };
    const effects = v1.onSyncedBlocks(2, [forged], 'validator-3');
    expect(commitsIn(effects)).toEqual([]);
    expect(effects.filter((e) => e.kind === 'rejected').map((e) => e.kind === 'rejected' && e.from)).toEqual(['validator-3']);
    expect([v1.height, v1.committedHeight]).toEqual([2, 1]);
  });
});
