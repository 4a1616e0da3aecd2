/**
 * Rule: a validator catching up on a height replays every message of it that it held back, and
 * the rules then settle however many rounds those messages span (checkRules' pass bound is a bug
 * alarm, never a limit an honest network can reach). Four validators, f = 1, quorum 3.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, type faultline } from '@faultline/protocol';
import { DEFAULT_LIMITS, signVote, type CoreEffect } from '@faultline/consensus';
import { IDS, KEY_SEED, makeCore, proposalsIn, ScriptedNet } from './core-harness.ts';

const S = 1_000_000;
const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;
const PRECOMMIT = pb.VoteType.VOTE_TYPE_PRECOMMIT;
const nil = new Uint8Array(0);

function vote(id: string, type: number, round: number, blockHash: Uint8Array | null | undefined, height: number): faultline.v1.IVote {
  return signVote({ type, height, round, blockHash: blockHash ?? nil, validatorId: id, timestampUs: 1 }, deriveKeyPair(KEY_SEED, id).privateKey);
}

function firstBlock(): faultline.v1.ICommittedBlock[] {
  const net = new ScriptedNet(IDS, (id) => makeCore(id));
  net.start();
  for (let t = 0; t < 60 * S && net.core('validator-2').committedHeight < 1; t += 100_000) net.runUntil(t);
  return net.core('validator-2').blocksFrom(1, 1);
}

describe('catching up on a height held back for many rounds', () => {
  it('validator-1, still at height 1, holds every round height 2 went through (validator-4 down); synced block 1, it replays them all and settles in the last round', () => {
    const chain = firstBlock();
    // validator-2 and validator-3 at height 2: each proposes in its rounds, both prevote the round's proposal (nil when none) and precommit nil.
    const peers = new Map(['validator-2', 'validator-3'].map((id) => [id, makeCore(id)]));
    const proposals = new Map<number, faultline.v1.IProposal>();
    const collect = (effects: readonly CoreEffect[]) => {
      for (const proposal of proposalsIn(effects)) proposals.set(proposal.round ?? 0, proposal);
    };
    for (const peer of peers.values()) {
      peer.restore([{ committed: chain[0] }]);
      collect(peer.start(S));
    }
    const lastRound = DEFAULT_LIMITS.futureRoundsMax;
    const v1 = makeCore('validator-1');
    v1.start(0);
    for (let round = 0; round <= lastRound; round++) {
      if (round > 0) for (const peer of peers.values()) collect(peer.onTimeout(S, 'precommit', 2, round - 1));
      const proposal = proposals.get(round);
      if (proposal) v1.onProposal(S, proposal, proposal.proposerId ?? '');
      for (const id of peers.keys()) v1.onVote(S, vote(id, PREVOTE, round, proposal?.blockHash, 2), id);
      for (const id of peers.keys()) v1.onVote(S, vote(id, PRECOMMIT, round, nil, 2), id);
    }
    expect(v1.height).toBe(1);
    const effects = v1.onSyncedBlocks(2 * S, chain, 'validator-2');
    expect(effects.some((e) => e.kind === 'commit')).toBe(true);
    expect(v1.height).toBe(2);
    expect(v1.round).toBe(lastRound);
  });
});
