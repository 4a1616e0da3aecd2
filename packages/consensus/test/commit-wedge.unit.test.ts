/**
 * The commit wedge (issue 13): a validator that sees 2f+1 precommits before the proposal
 * schedules the precommit timeout (L47); the proposal arrives and it commits (L49); the timeout
 * fires during the commit wait, starts round 1, and L49 fires again — the same height twice.
 * Its chain then reads 1, 1, 2; every later block is refused ("wrong previous block hash") and
 * it serves height 1 when asked for height 2. Stepped through the pure core on a scripted
 * network, with CometBFT's timeouts (precommit 1 s = commit wait 1 s: any commit after L47 is
 * exposed). The planted `no-commit-guard` variant is the code before the fix.
 */
import { describe, expect, it } from 'vitest';
import { COMETBFT_TIMEOUTS, hex } from '@faultline/consensus';
import type { ConsensusVariant } from '@faultline/consensus/testing';
import { chainHeights, commitsIn, IDS, makeCore, ScriptedNet, timeoutsIn } from './core-harness.ts';

const MS = 1_000;
const S = 1_000_000;

/** validator-2 proposes height 1; its proposal reaches validator-1 200 ms late (votes on time). */
function lateProposal(variant?: ConsensusVariant): ScriptedNet {
  const net = new ScriptedNet(IDS, (id) => makeCore(id, { timeouts: COMETBFT_TIMEOUTS, ...(variant ? { variant } : {}) }));
  net.extraDelayUs = ({ kind, to, height }) => (kind === 'proposal' && to === 'validator-1' && height === 1 ? 200 * MS : 0);
  net.start();
  return net;
}

describe('the commit wedge: a precommit timeout scheduled before the proposal arrived', () => {
  it('L47 then L49: validator-1 schedules the precommit timeout, then commits height 1 once', () => {
    const net = lateProposal();
    net.runUntil(50 * MS);
    const v1 = net.core('validator-1');
    const scheduled = net.effects.filter((e) => e.id === 'validator-1').flatMap((e) => timeoutsIn([e.effect]));
    expect(scheduled.some((t) => t.step === 'precommit' && t.height === 1 && t.round === 0)).toBe(true);
    expect(v1.committedHeight).toBe(0);
    net.runUntil(300 * MS);
    expect(chainHeights(v1)).toEqual([1]);
  });

  it('the precommit timeout firing in the commit wait does nothing: one commit of height 1, and the chain grows 1, 2, 3', () => {
    const net = lateProposal();
    net.runUntil(8 * S);
    const v1 = net.core('validator-1');
    const v1Commits = net.effects.filter((e) => e.id === 'validator-1').flatMap((e) => commitsIn([e.effect]));
    expect(v1Commits.filter((c) => Number(c.block?.header?.height) === 1)).toHaveLength(1);
    const heights = chainHeights(v1);
    expect(heights.length).toBeGreaterThanOrEqual(3);
    expect(heights).toEqual(heights.map((_, index) => index + 1));
    // Every validator holds the same chain, and serves height 2 when asked for height 2.
    for (const id of IDS) expect(chainHeights(net.core(id)).slice(0, 3)).toEqual([1, 2, 3]);
    expect(Number(v1.blocksFrom(2, 1)[0]?.block?.header?.height)).toBe(2);
    expect(v1.counters.rejected).toBe(0);
  });

  it('catches the planted no-commit-guard variant: height 1 committed twice, chain 1, 1, 2, later blocks refused', () => {
    const net = lateProposal('no-commit-guard');
    net.runUntil(8 * S);
    const v1 = net.core('validator-1');
    const heights = chainHeights(v1);
    expect(heights.slice(0, 2)).toEqual([1, 1]);
    // Asked for height 2, it serves its second copy of height 1.
    expect(Number(v1.blocksFrom(2, 1)[0]?.block?.header?.height)).toBe(1);
    const reasons = net.effects.filter((e) => e.id === 'validator-1').flatMap((e) => (e.effect.kind === 'rejected' ? [e.effect.reason] : []));
    expect(reasons.some((reason) => reason.includes('wrong previous block hash'))).toBe(true);
  });
});

describe('the commit guard: a committed height is never decided again', () => {
  /** validator-1 committed height 1 and waits out the commit timeout. */
  function inCommitWait(variant?: ConsensusVariant) {
    const net = new ScriptedNet(IDS, (id) => makeCore(id, { timeouts: COMETBFT_TIMEOUTS, ...(variant ? { variant } : {}) }));
    net.start();
    net.runUntil(100 * MS);
    const v1 = net.core('validator-1');
    expect(v1.step).toBe('commit');
    return { net, v1 };
  }

  for (const step of ['propose', 'prevote', 'precommit'] as const) {
    it(`a ${step} timeout of the committed height, any round, emits nothing`, () => {
      const { v1 } = inCommitWait();
      for (const round of [0, 1]) expect(v1.onTimeout(200 * MS, step, 1, round)).toEqual([]);
      expect(chainHeights(v1)).toEqual([1]);
      expect([v1.height, v1.round, v1.step]).toEqual([1, 0, 'commit']);
    });
  }

  it('a synced copy of the committed height during the commit wait is not committed again', () => {
    const { net, v1 } = inCommitWait();
    const copy = net.core('validator-2').blocksFrom(1, 1);
    expect(commitsIn(v1.onSyncedBlocks(200 * MS, copy, 'validator-2'))).toEqual([]);
    expect(chainHeights(v1)).toEqual([1]);
    const planted = inCommitWait('no-commit-guard');
    planted.v1.onSyncedBlocks(200 * MS, planted.net.core('validator-2').blocksFrom(1, 1), 'validator-2');
    expect(chainHeights(planted.v1)).toEqual([1, 1]);
  });

  it('late votes of the committed height are counted (for the certificate) but decide nothing', () => {
    const { net, v1 } = inCommitWait();
    const lateVote = net.effects.find((e) => e.id === 'validator-4' && e.effect.kind === 'broadcast-vote')!.effect;
    if (lateVote.kind !== 'broadcast-vote') throw new Error('unreachable');
    expect(commitsIn(v1.onVote(200 * MS, lateVote.vote, 'validator-4'))).toEqual([]);
    expect(hex(v1.chain[0]?.certificate?.blockHash)).not.toBe('');
  });

  it('the commit timeout of the committed height starts the next height exactly once', () => {
    const { v1 } = inCommitWait();
    v1.onTimeout(1_100 * MS, 'commit', 1, 0);
    expect([v1.height, v1.round]).toEqual([2, 0]);
    expect(v1.onTimeout(1_200 * MS, 'commit', 1, 0)).toEqual([]);
    expect(v1.height).toBe(2);
  });
});
