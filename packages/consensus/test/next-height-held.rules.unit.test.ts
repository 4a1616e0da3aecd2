/**
 * The commit wait of h ends at once when the messages held for h + 1 decide it: a proposal and
 * 2f+1 precommits of one round for its block (L49's condition). Its peers have decided h + 1, so
 * the validator is a height behind them; waiting out the commit wait (for txs and late
 * precommits: no vote or lock depends on it) cost one commit wait per height held, two or three
 * after a burst of late messages (live, fast blocks on a loaded machine: BENCHMARKS.md "Session
 * 37 stall", "What is left"). Four validators, f = 1, quorum 3; validator-1 hears heights 1 and 2
 * only after the other three decided them. A burst of two held heights: future-heights.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, type faultline } from '@faultline/protocol';
import { signVote, type CoreEffect, type TendermintCore } from '@faultline/consensus';
import { commitsIn, decidedWithoutValidatorOne, deliverSent, KEY_SEED, makeCore, timeoutsIn, type SentMessage } from './core-harness.ts';

const deliver = deliverSent;

const heights = (effects: readonly CoreEffect[]) => commitsIn(effects).map((c) => Number(c.block?.header?.height));
const isPrecommit = (m: SentMessage) => m.kind === 'vote' && m.vote.type === pb.VoteType.VOTE_TYPE_PRECOMMIT;
const isProposal = (m: SentMessage) => m.kind === 'proposal';

describe('the commit wait ends when the held messages decide the next height', () => {
  const { byHeight } = decidedWithoutValidatorOne(2);
  const of = (height: number) => byHeight.get(height) ?? [];

  /** validator-1 in the commit wait of height 1. */
  function inCommitWaitOfOne(): TendermintCore {
    const v1 = makeCore('validator-1');
    v1.start(0);
    expect(heights(deliver(v1, of(1), 1_000))).toEqual([1]);
    expect([v1.height, v1.step]).toEqual([1, 'commit']);
    return v1;
  }

  it("height 2's proposal and 2f+1 precommits in the wait of 1: 2 is decided by the input that completes them, and its own wait is armed", () => {
    const v1 = inCommitWaitOfOne();
    const effects = deliver(v1, of(2), 2_000);
    expect(heights(effects)).toEqual([2]);
    expect([v1.height, v1.step, v1.committedHeight]).toEqual([2, 'commit', 2]);
    expect(timeoutsIn(effects).filter((t) => t.step === 'commit').map((t) => t.height)).toEqual([2]);
  });

  it('the precommits without the proposal: the wait goes on', () => {
    const v1 = inCommitWaitOfOne();
    expect(heights(deliver(v1, of(2).filter((m) => !isProposal(m)), 2_000))).toEqual([]);
    expect([v1.height, v1.step]).toEqual([1, 'commit']);
  });

  it('the proposal and 2f precommits: the wait goes on; the last precommit ends it', () => {
    const v1 = inCommitWaitOfOne();
    const precommits = of(2).filter(isPrecommit);
    expect(precommits.length).toBe(3);
    expect(heights(deliver(v1, [...of(2).filter(isProposal), ...precommits.slice(0, 2)], 2_000))).toEqual([]);
    expect([v1.height, v1.step]).toEqual([1, 'commit']);
    expect(heights(deliver(v1, precommits.slice(2), 3_000))).toEqual([2]);
  });

  it("2f+1 prevotes of height 2 and its proposal (no precommit): the wait goes on", () => {
    const v1 = inCommitWaitOfOne();
    const prevotes = of(2).filter((m) => m.kind === 'vote' && m.vote.type === pb.VoteType.VOTE_TYPE_PREVOTE);
    expect(prevotes.length).toBe(3);
    expect(heights(deliver(v1, [...of(2).filter(isProposal), ...prevotes], 2_000))).toEqual([]);
    expect([v1.height, v1.step]).toEqual([1, 'commit']);
  });

  it("2f+1 precommits of one round counted per round: two of round 0 and one of round 1 for the same block do not end the wait", () => {
    const v1 = inCommitWaitOfOne();
    const precommits = of(2).filter(isPrecommit);
    const third = precommits[2]!.kind === 'vote' ? precommits[2]!.vote : undefined;
    const voter = third?.validatorId ?? '';
    const roundOne = signVote({ ...third, round: 1, signature: new Uint8Array(0) } as faultline.v1.IVote, deriveKeyPair(KEY_SEED, voter).privateKey);
    deliver(v1, [...of(2).filter(isProposal), ...precommits.slice(0, 2), { kind: 'vote', vote: roundOne, from: voter }], 2_000);
    expect([v1.height, v1.step]).toEqual([1, 'commit']);
  });

  it("a held proposal of height 2 for another block than the precommits': the wait goes on", () => {
    const v1 = inCommitWaitOfOne();
    const other = of(2).filter(isProposal).map((m) => (m.kind === 'proposal' ? { ...m, proposal: { ...m.proposal, blockHash: new Uint8Array(32).fill(7) } } : m));
    deliver(v1, [...other, ...of(2).filter(isPrecommit)], 2_000);
    expect([v1.height, v1.step]).toEqual([1, 'commit']);
  });

  it('a held proposal that does not verify: the wait ends, nothing is decided, the proposal is refused', () => {
    const v1 = inCommitWaitOfOne();
    const forged = of(2).filter(isProposal).map((m) => (m.kind === 'proposal' ? { ...m, proposal: { ...m.proposal, signature: new Uint8Array(64) } } : m));
    const effects = deliver(v1, [...forged, ...of(2).filter(isPrecommit)], 2_000);
    expect(heights(effects)).toEqual([]);
    expect(effects.filter((e) => e.kind === 'rejected').map((e) => e.kind === 'rejected' && e.reason)).toEqual([expect.stringContaining('bad signature')]);
    expect([v1.height, v1.committedHeight]).toEqual([2, 1]);
  });
});
