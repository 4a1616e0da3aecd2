/**
 * Rule-level tests of the consensus core: each line of Algorithm 1 (Buchman, Kwon, Milosevic,
 * arXiv 1807.04938) the core implements, the timeouts per round, the round-skip rule, and the
 * signature checks on the way in — each a focused test that fails when its rule is removed,
 * not a simulation that may notice much later. Four validators: f = 1, a quorum is 3.
 * Proposers at height 1: round 0 validator-2, round 1 validator-3, round 2 validator-4.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, type faultline } from '@faultline/protocol';
import { blockHash, DYDX_TIMEOUTS, hex, signProposal, signVote, timeoutUs, type TendermintCore } from '@faultline/consensus';
import { chainHeights, commitsIn, KEY_SEED, makeCore, persistedIn, proposalsIn, timeoutsIn, votesIn } from './core-harness.ts';

const S = 1_000_000;
const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;
const PRECOMMIT = pb.VoteType.VOTE_TYPE_PRECOMMIT;
type Effects = ReturnType<TendermintCore['start']>;

/** A vote signed by `id` (any validator: the tests play the peers). */
function vote(id: string, type: number, round: number, blockHash: Uint8Array | string, height = 1): faultline.v1.IVote {
  const hash = typeof blockHash === 'string' ? Buffer.from(blockHash, 'hex') : blockHash;
  return signVote({ type, height, round, blockHash: hash, validatorId: id, timestampUs: 1 }, deriveKeyPair(KEY_SEED, id).privateKey);
}
const nil = new Uint8Array(0);
const myVotes = (effects: Effects) => votesIn(effects).map((v) => `${v.type === PREVOTE ? 'prevote' : 'precommit'}/${v.round}/${hex(v.blockHash) === '' ? 'nil' : hex(v.blockHash).slice(0, 8)}`);
const short = (hash: Uint8Array | null | undefined) => hex(hash).slice(0, 8);

/** validator-2's round-0 proposal of height 1 (a valid block). */
function proposalA(): faultline.v1.IProposal {
  return proposalsIn(makeCore('validator-2').start(0))[0]!;
}

/** validator-1 started at height 1, round 0 (not the proposer). */
function follower(options: Parameters<typeof makeCore>[1] = {}): TendermintCore {
  const core = makeCore('validator-1', options);
  core.start(0);
  return core;
}

describe('L11 StartRound and L21 the propose timeout', () => {
  it('the proposer of the round proposes a new block for this height and prevotes it; a follower only waits', () => {
    const proposer = makeCore('validator-2');
    const effects = proposer.start(0);
    const proposals = proposalsIn(effects);
    expect(proposals).toHaveLength(1);
    expect([Number(proposals[0]!.height), proposals[0]!.round, proposals[0]!.polRound]).toEqual([1, 0, -1]);
    expect(myVotes(effects)).toEqual([`prevote/0/${short(proposals[0]!.blockHash)}`]);
    // The proposal is logged before it is sent (a restarted proposer re-sends it, never a second).
    const persistIndex = effects.findIndex((e) => e.kind === 'persist' && e.record.signedProposal);
    const sendIndex = effects.findIndex((e) => e.kind === 'broadcast-proposal');
    expect(persistIndex).toBeGreaterThanOrEqual(0);
    expect(persistIndex).toBeLessThan(sendIndex);
    const followerEffects = makeCore('validator-1').start(0);
    expect(proposalsIn(followerEffects)).toEqual([]);
    expect(votesIn(followerEffects)).toEqual([]);
  });

  it('every validator schedules the propose timeout of the round, base + delta x round', () => {
    for (const id of ['validator-1', 'validator-2']) {
      const scheduled = timeoutsIn(makeCore(id).start(0));
      expect(scheduled).toContainEqual({ kind: 'timeout', step: 'propose', height: 1, round: 0, delayUs: DYDX_TIMEOUTS.proposeUs });
    }
  });

  it('a proposer with a valid value re-proposes it with its valid round (L15-L16)', () => {
    // validator-3 sees A and a polka for A in round 0 (validValue = A, validRound = 0), then round 1 is its turn.
    const v3 = makeCore('validator-3');
    v3.start(0);
    const a = proposalA();
    v3.onProposal(1, a, 'validator-2');
    for (const id of ['validator-1', 'validator-2']) v3.onVote(2, vote(id, PREVOTE, 0, a.blockHash!), id);
    const round1 = v3.onTimeout(3 * S, 'precommit', 1, 0);
    const reproposed = proposalsIn(round1)[0]!;
    expect([reproposed.round, reproposed.polRound, short(reproposed.blockHash)]).toEqual([1, 0, short(a.blockHash)]);
  });
});

describe('L22-L27: a proposal with no valid round', () => {
  it('prevotes the block when it is valid and the validator is not locked', () => {
    const a = proposalA();
    expect(myVotes(follower().onProposal(1, a, 'validator-2'))).toEqual([`prevote/0/${short(a.blockHash)}`]);
  });

  it('prevotes nil when the block is invalid', () => {
    const bad = proposalsIn(makeCore('validator-2', { byzantine: 'invalid-block' }).start(0))[0]!;
    const v1 = follower();
    const effects = v1.onProposal(1, bad, 'validator-2');
    expect(myVotes(effects)).toEqual(['prevote/0/nil']);
    expect(effects.some((e) => e.kind === 'rejected' && e.reason.includes('txs hash does not match'))).toBe(true);
  });

  it('ignores a proposal from a validator that is not the round’s proposer, or with a bad signature', () => {
    expect(proposalsIn(makeCore('validator-3').start(0))).toEqual([]);
    const a = proposalA();
    const forged = signProposal({ ...a, signature: null }, deriveKeyPair(KEY_SEED, 'validator-3').privateKey);
    const v1 = follower();
    expect(votesIn(v1.onProposal(1, forged, 'validator-2'))).toEqual([]);
    const wrongProposer = signProposal({ ...a, proposerId: 'validator-3', signature: null }, deriveKeyPair(KEY_SEED, 'validator-3').privateKey);
    expect(votesIn(v1.onProposal(1, wrongProposer, 'validator-3'))).toEqual([]);
    expect(v1.step).toBe('propose');
  });
});

describe('L28-L33: a proposal with a valid round', () => {
  /** validator-1 in round 1 gets validator-3's re-proposal of A with polRound 0. */
  function round1Reproposal() {
    const a = proposalA();
    const v3 = makeCore('validator-3');
    v3.start(0);
    v3.onProposal(1, a, 'validator-2');
    for (const id of ['validator-1', 'validator-2']) v3.onVote(2, vote(id, PREVOTE, 0, a.blockHash!), id);
    const reproposal = proposalsIn(v3.onTimeout(3 * S, 'precommit', 1, 0))[0]!;
    const v1 = follower();
    v1.onTimeout(3 * S, 'precommit', 1, 0);
    expect(v1.round).toBe(1);
    return { a, reproposal, v1 };
  }

  it('prevotes the block once 2f+1 prevotes of the valid round for it are in (not before)', () => {
    const { a, reproposal, v1 } = round1Reproposal();
    expect(votesIn(v1.onProposal(4 * S, reproposal, 'validator-3'))).toEqual([]);
    v1.onVote(4 * S, vote('validator-2', PREVOTE, 0, a.blockHash!), 'validator-2');
    v1.onVote(4 * S, vote('validator-3', PREVOTE, 0, a.blockHash!), 'validator-3');
    expect(myVotes(v1.onVote(4 * S, vote('validator-4', PREVOTE, 0, a.blockHash!), 'validator-4'))).toEqual([`prevote/1/${short(a.blockHash)}`]);
  });
});

describe('L34-L35, L44-L46, L57-L64: prevote quorums and the prevote/propose timeouts', () => {
  it('L34: 2f+1 prevotes of any kind in the prevote step schedule the prevote timeout, once', () => {
    const a = proposalA();
    const v1 = follower();
    v1.onProposal(1, a, 'validator-2');
    expect(timeoutsIn(v1.onVote(2, vote('validator-2', PREVOTE, 0, a.blockHash!), 'validator-2'))).toEqual([]);
    const scheduled = timeoutsIn(v1.onVote(2, vote('validator-3', PREVOTE, 0, nil), 'validator-3'));
    expect(scheduled).toEqual([{ kind: 'timeout', step: 'prevote', height: 1, round: 0, delayUs: DYDX_TIMEOUTS.prevoteUs }]);
    expect(timeoutsIn(v1.onVote(2, vote('validator-4', PREVOTE, 0, nil), 'validator-4')).filter((t) => t.step === 'prevote')).toEqual([]);
  });

  it('L44: 2f+1 nil prevotes in the prevote step make it precommit nil', () => {
    const v1 = follower();
    v1.onTimeout(1 * S, 'propose', 1, 0);
    v1.onVote(2 * S, vote('validator-2', PREVOTE, 0, nil), 'validator-2');
    expect(myVotes(v1.onVote(2 * S, vote('validator-3', PREVOTE, 0, nil), 'validator-3'))).toEqual(['precommit/0/nil']);
  });

  it('L57: the propose timeout of the current round in the propose step prevotes nil; a stale one does nothing', () => {
    const v1 = follower();
    expect(v1.onTimeout(1 * S, 'propose', 1, 1)).toEqual([]);
    expect(myVotes(v1.onTimeout(1 * S, 'propose', 1, 0))).toEqual(['prevote/0/nil']);
    expect(v1.onTimeout(1 * S, 'propose', 1, 0)).toEqual([]);
  });

  it('L61: the prevote timeout in the prevote step precommits nil', () => {
    const v1 = follower();
    v1.onTimeout(1 * S, 'propose', 1, 0);
    expect(myVotes(v1.onTimeout(2 * S, 'prevote', 1, 0))).toEqual(['precommit/0/nil']);
    expect(v1.step).toBe('precommit');
  });
});

describe('L36-L43: a polka for a valid proposal', () => {
  it('in the prevote step: locks the block, logs the lock, precommits it', () => {
    const a = proposalA();
    const v1 = follower();
    v1.onProposal(1, a, 'validator-2');
    v1.onVote(2, vote('validator-2', PREVOTE, 0, a.blockHash!), 'validator-2');
    const effects = v1.onVote(2, vote('validator-3', PREVOTE, 0, a.blockHash!), 'validator-3');
    expect(myVotes(effects)).toEqual([`precommit/0/${short(a.blockHash)}`]);
    const lock = persistedIn(effects).find((r) => r.lock)?.lock;
    expect([lock?.lockedRound, lock?.validRound, short(blockHash(lock?.lockedBlock?.header ?? {}))]).toEqual([0, 0, short(a.blockHash)]);
    // The lock is logged before the precommit goes out.
    expect(effects.findIndex((e) => e.kind === 'persist' && e.record.lock)).toBeLessThan(effects.findIndex((e) => e.kind === 'broadcast-vote'));
  });

  it('2f prevotes are not a polka', () => {
    const a = proposalA();
    const v1 = follower();
    v1.onProposal(1, a, 'validator-2');
    expect(votesIn(v1.onVote(2, vote('validator-2', PREVOTE, 0, a.blockHash!), 'validator-2')).filter((v) => v.type === PRECOMMIT)).toEqual([]);
  });

  it('the planted quorum-2f variant takes 2f prevotes for a polka', () => {
    const a = proposalA();
    const v1 = follower({ variant: 'quorum-2f' });
    v1.onProposal(1, a, 'validator-2');
    expect(myVotes(v1.onVote(2, vote('validator-2', PREVOTE, 0, a.blockHash!), 'validator-2'))).toContain(`precommit/0/${short(a.blockHash)}`);
  });

  it('in the precommit step: updates the valid value only (no second precommit)', () => {
    const a = proposalA();
    const v1 = follower();
    v1.onTimeout(1 * S, 'propose', 1, 0);
    v1.onTimeout(2 * S, 'prevote', 1, 0); // precommitted nil
    v1.onProposal(3 * S, a, 'validator-2');
    for (const id of ['validator-2', 'validator-3']) v1.onVote(3 * S, vote(id, PREVOTE, 0, a.blockHash!), id);
    const effects = v1.onVote(3 * S, vote('validator-4', PREVOTE, 0, a.blockHash!), 'validator-4');
    expect(votesIn(effects)).toEqual([]);
    const lock = persistedIn(effects).find((r) => r.lock)?.lock;
    expect([lock?.lockedRound, lock?.validRound]).toEqual([-1, 0]);
  });
});

describe('L47-L48, L65: precommit quorums and the precommit timeout', () => {
  it('L47: 2f+1 precommits of any kind schedule the precommit timeout, once per round', () => {
    const v1 = follower();
    v1.onVote(1, vote('validator-2', PRECOMMIT, 0, nil), 'validator-2');
    v1.onVote(1, vote('validator-3', PRECOMMIT, 0, nil), 'validator-3');
    const scheduled = timeoutsIn(v1.onVote(1, vote('validator-4', PRECOMMIT, 0, nil), 'validator-4'));
    expect(scheduled.filter((t) => t.step === 'precommit')).toEqual([{ kind: 'timeout', step: 'precommit', height: 1, round: 0, delayUs: DYDX_TIMEOUTS.precommitUs }]);
  });

  it('L65: the precommit timeout starts the next round, whose timeouts are longer by one delta', () => {
    const v1 = follower();
    const effects = v1.onTimeout(3 * S, 'precommit', 1, 0);
    expect([v1.round, v1.step]).toEqual([1, 'propose']);
    expect(timeoutsIn(effects)).toContainEqual({ kind: 'timeout', step: 'propose', height: 1, round: 1, delayUs: DYDX_TIMEOUTS.proposeUs + DYDX_TIMEOUTS.proposeDeltaUs });
    expect(timeoutUs(DYDX_TIMEOUTS, 'prevote', 2)).toBe(DYDX_TIMEOUTS.prevoteUs + 2 * DYDX_TIMEOUTS.prevoteDeltaUs);
    expect(timeoutUs(DYDX_TIMEOUTS, 'precommit', 3)).toBe(DYDX_TIMEOUTS.precommitUs + 3 * DYDX_TIMEOUTS.precommitDeltaUs);
    expect(timeoutUs(DYDX_TIMEOUTS, 'commit', 5)).toBe(DYDX_TIMEOUTS.commitUs);
  });
});

describe('L49-L54: the decision', () => {
  it('commits the proposal once 2f+1 precommits for it are in — in any round — with a certificate of those precommits', () => {
    const a = proposalA();
    const v1 = follower();
    v1.onTimeout(1 * S, 'precommit', 1, 0); // now in round 1: the decision of round 0 still counts
    v1.onProposal(2 * S, a, 'validator-2');
    v1.onVote(2 * S, vote('validator-2', PRECOMMIT, 0, a.blockHash!), 'validator-2');
    expect(commitsIn(v1.onVote(2 * S, vote('validator-3', PRECOMMIT, 0, a.blockHash!), 'validator-3'))).toEqual([]);
    const committed = commitsIn(v1.onVote(2 * S, vote('validator-4', PRECOMMIT, 0, a.blockHash!), 'validator-4'));
    expect(committed).toHaveLength(1);
    expect([Number(committed[0]!.certificate?.height), committed[0]!.certificate?.round, committed[0]!.certificate?.precommits?.length]).toEqual([1, 0, 3]);
    expect(chainHeights(v1)).toEqual([1]);
    expect(timeoutsIn(v1.onTimeout(3 * S, 'commit', 1, 0))).toContainEqual({ kind: 'timeout', step: 'propose', height: 2, round: 0, delayUs: DYDX_TIMEOUTS.proposeUs });
  });

  it('does not commit on 2f+1 precommits without the proposal, nor on nil precommits', () => {
    const a = proposalA();
    const v1 = follower();
    for (const id of ['validator-2', 'validator-3', 'validator-4']) v1.onVote(1, vote(id, PRECOMMIT, 0, a.blockHash!), id);
    expect(v1.committedHeight).toBe(0);
    const v1b = follower();
    v1b.onProposal(1, a, 'validator-2');
    for (const id of ['validator-2', 'validator-3', 'validator-4']) v1b.onVote(1, vote(id, PRECOMMIT, 0, nil), id);
    expect(v1b.committedHeight).toBe(0);
  });
});

describe('L55-L56: f+1 validators in a later round', () => {
  it('f+1 messages of a later round make the validator join it; f do not', () => {
    const v1 = follower();
    v1.onVote(1, vote('validator-2', PREVOTE, 3, nil), 'validator-2');
    expect(v1.round).toBe(0);
    v1.onVote(1, vote('validator-3', PRECOMMIT, 3, nil), 'validator-3');
    expect(v1.round).toBe(3);
  });
});

describe('votes on the way in', () => {
  it('rejects a vote with a bad signature, from an unknown validator, or too many rounds ahead', () => {
    const v1 = follower();
    const forged = { ...vote('validator-2', PREVOTE, 0, nil), validatorId: 'validator-3' };
    expect(v1.onVote(1, forged, 'validator-3').some((e) => e.kind === 'rejected' && e.reason.includes('bad signature'))).toBe(true);
    const stranger = vote('validator-2', PREVOTE, 0, nil);
    expect(v1.onVote(1, { ...stranger, validatorId: 'validator-9' }, 'validator-9').some((e) => e.kind === 'rejected' && e.reason.includes('unknown validator'))).toBe(true);
    expect(v1.onVote(1, vote('validator-2', PREVOTE, 51, nil), 'validator-2').some((e) => e.kind === 'rejected' && e.reason.includes('too far ahead'))).toBe(true);
  });

  it('two different votes of one validator for one step are evidence, counted once', () => {
    const a = proposalA();
    const v1 = follower();
    v1.onVote(1, vote('validator-2', PREVOTE, 0, a.blockHash!), 'validator-2');
    const effects = v1.onVote(1, vote('validator-2', PREVOTE, 0, nil), 'validator-2');
    expect(effects.filter((e) => e.kind === 'evidence')).toHaveLength(1);
    // The second vote does not count: 1 for A, 0 for nil.
    for (const id of ['validator-3', 'validator-4']) v1.onVote(1, vote(id, PREVOTE, 0, nil), id);
    v1.onTimeout(1 * S, 'propose', 1, 0); // its own nil prevote: now 3 nil (itself, 3, 4)
    expect(v1.step).toBe('precommit');
  });

  it('never signs two different votes for one step, even when its rules would (a restarted validator)', () => {
    const a = proposalA();
    const v1 = makeCore('validator-1');
    const wal = persistedIn(v1.start(0));
    wal.push(...persistedIn(v1.onProposal(1, a, 'validator-2')));
    const restarted = makeCore('validator-1');
    restarted.restore(wal);
    restarted.start(2 * S);
    expect(votesIn(restarted.onTimeout(2 * S, 'propose', 1, 0))).toEqual([]);
  });
});
