/**
 * Planted bugs that need an exact message order, driven through the consensus core by hand.
 * Each scenario passes on the real code and fails on the broken variant.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb } from '@faultline/protocol';
import { hex, signVote } from '@faultline/consensus';
import type { ConsensusVariant } from '@faultline/consensus/testing';
import { commitsIn, makeCore, persistedIn, proposalsIn, votesIn } from './core-harness.ts';

const S = 1_000_000;

describe('a validator killed right after voting (persist before vote)', () => {
  function restartAfterPrevote(variant?: ConsensusVariant): string[] {
    // validator-2 proposes height 1, round 0, and prevotes its block.
    const proposer = makeCore('validator-2');
    const proposal = proposalsIn(proposer.start(0))[0]!;
    const victim = makeCore('validator-1', variant ? { variant } : {});
    const wal = persistedIn(victim.start(0));
    const before = victim.onProposal(10, proposal, 'validator-2');
    wal.push(...persistedIn(before));
    const signed = votesIn(before).map((vote) => `${vote.round}/${vote.type}/${hex(vote.blockHash)}`);
    // Crash: a new incarnation rebuilds from the log; the proposal is not heard again, so the
    // propose timeout fires.
    const restarted = makeCore('validator-1', variant ? { variant } : {});
    restarted.restore(wal);
    restarted.start(2 * S);
    const after = restarted.onTimeout(2 * S, 'propose', 1, 0);
    return [...signed, ...votesIn(after).map((vote) => `${vote.round}/${vote.type}/${hex(vote.blockHash)}`)];
  }

  const conflicting = (votes: string[]) => {
    const byStep = new Map<string, string>();
    return votes.some((vote) => {
      const [round, type, hash] = vote.split('/');
      const key = `${round}/${type}`;
      const previous = byStep.get(key);
      byStep.set(key, hash as string);
      return previous !== undefined && previous !== hash;
    });
  };

  it('never signs a second, different vote for one step after restart', () => {
    expect(conflicting(restartAfterPrevote())).toBe(false);
  });

  it('catches the planted bug: without the log, the restarted validator prevotes nil after prevoting the block', () => {
    expect(conflicting(restartAfterPrevote('no-persist-before-vote'))).toBe(true);
  });
});

describe('the lock (Tendermint L22/L28) against a Byzantine validator', () => {
  /**
   * Round 0: validator-2 proposes A. validator-1, validator-2 and Byzantine validator-4 prevote A;
   * validator-1 sees the polka, locks on A and precommits; validator-4 precommits A to
   * validator-1 only, and validator-2's precommit reaches validator-1 too: validator-1 commits A.
   * validator-3 saw nothing of round 0. Round 1: validator-3 proposes B (it is not locked).
   * validator-2 is locked on A and must prevote nil; with the lock ignored it prevotes B, which
   * with validator-3 and validator-4 is a polka for B, and validator-3 commits B: a fork.
   */
  function forkAttempt(variant?: ConsensusVariant): { committedByV1: string; committedByV3: string } {
    const options = variant ? { variant } : {};
    const v1 = makeCore('validator-1', options);
    const v2 = makeCore('validator-2', options);
    const v3 = makeCore('validator-3', options);
    const byzantineKey = deriveKeyPair(11, 'validator-4').privateKey;
    const byzantine = (type: number, round: number, blockHash: Uint8Array) =>
      signVote({ type, height: 1, round, blockHash, validatorId: 'validator-4', timestampUs: 5 }, byzantineKey);
    const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;
    const PRECOMMIT = pb.VoteType.VOTE_TYPE_PRECOMMIT;
    const find = (effects: ReturnType<typeof v1.start>, type: number) => votesIn(effects).find((vote) => vote.type === type)!;

    // Round 0: validator-2 proposes A and prevotes it; validator-1 prevotes A.
    v1.start(0);
    v3.start(0);
    const v2Start = v2.start(0);
    const proposalA = proposalsIn(v2Start)[0]!;
    const hashA = proposalA.blockHash!;
    const v2PrevoteA = find(v2Start, PREVOTE);
    const v1PrevoteA = find(v1.onProposal(1, proposalA, 'validator-2'), PREVOTE);
    // validator-2 sees the polka (itself, validator-1, validator-4): locks A, precommits A.
    v2.onVote(2, v1PrevoteA, 'validator-1');
    const v2PrecommitA = find(v2.onVote(2, byzantine(PREVOTE, 0, hashA), 'validator-4'), PRECOMMIT);
    // validator-1 sees the same polka and the precommits of validator-2 and validator-4: commits A.
    v1.onVote(3, v2PrevoteA, 'validator-2');
    v1.onVote(3, byzantine(PREVOTE, 0, hashA), 'validator-4');
    v1.onVote(4, v2PrecommitA, 'validator-2');
    const v1Commits = commitsIn(v1.onVote(4, byzantine(PRECOMMIT, 0, hashA), 'validator-4'));

    // validator-3 heard nothing of round 0; it and validator-2 time out into round 1.
    v3.onTimeout(1 * S, 'propose', 1, 0);
    v3.onTimeout(2 * S, 'prevote', 1, 0);
    const v3Round1 = v3.onTimeout(3 * S, 'precommit', 1, 0);
    v2.onTimeout(3 * S, 'precommit', 1, 0);
    expect([v2.round, v3.round]).toEqual([1, 1]);
    // Round 1: validator-3 proposes B and prevotes it.
    const proposalB = proposalsIn(v3Round1)[0]!;
    const hashB = proposalB.blockHash!;
    const v3PrevoteB = find(v3Round1, PREVOTE);
    // validator-2 is locked on A: it must prevote nil. With the lock ignored it prevotes B.
    const v2PrevoteRound1 = find(v2.onProposal(4 * S, proposalB, 'validator-3'), PREVOTE);
    // Everyone hears everyone in round 1 (validator-4 prevotes and precommits B).
    v2.onVote(5 * S, v3PrevoteB, 'validator-3');
    const v2PrecommitRound1 = votesIn(v2.onVote(5 * S, byzantine(PREVOTE, 1, hashB), 'validator-4')).find((vote) => vote.type === PRECOMMIT);
    v3.onVote(5 * S, v2PrevoteRound1, 'validator-2');
    v3.onVote(5 * S, byzantine(PREVOTE, 1, hashB), 'validator-4');
    const v3Commits = [
      ...(v2PrecommitRound1 ? commitsIn(v3.onVote(6 * S, v2PrecommitRound1, 'validator-2')) : []),
      ...commitsIn(v3.onVote(6 * S, byzantine(PRECOMMIT, 1, hashB), 'validator-4')),
    ];
    return { committedByV1: hex(v1Commits[0]?.certificate?.blockHash), committedByV3: hex(v3Commits[0]?.certificate?.blockHash) };
  }

  it('keeps agreement: the locked validator prevotes nil, so B never commits', () => {
    const { committedByV1, committedByV3 } = forkAttempt();
    expect(committedByV1).not.toBe('');
    expect(committedByV3).toBe('');
  });

  it('catches the planted bug: ignoring the lock lets a second block commit at the same height', () => {
    const { committedByV1, committedByV3 } = forkAttempt('ignore-lock');
    expect(committedByV1).not.toBe('');
    expect(committedByV3).not.toBe('');
    expect(committedByV3).not.toBe(committedByV1);
  });
});
