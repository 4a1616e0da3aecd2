/**
 * The core's own signatures (`signed`: each step's block hash) and own proposals are kept only from
 * the last committed height on: each commit applied (evolve) forgets the heights below it, live and
 * on recovery alike, so a long run holds two heights' worth however long it runs, a recovered core
 * still matches the live one, and the current height's are still there to refuse a second,
 * different signature and to re-send.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, type faultline } from '@faultline/protocol';
import { signVote } from '@faultline/consensus';
import { IDS, KEY_SEED, makeCore, ScriptedNet } from './core-harness.ts';

const S = 1_000_000;
const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;

const heightOf = (key: string) => Number(key.split('/')[0]);

function healthyRun(heights: number): ScriptedNet {
  const net = new ScriptedNet(IDS, (id) => makeCore(id));
  net.start();
  for (let t = 0; t < 600 * S && net.core('validator-1').committedHeight < heights; t += 100_000) net.runUntil(t);
  return net;
}

describe('own signatures and proposals below the last committed height are pruned', () => {
  it('a run of 40 heights keeps only the last committed height and the next, in every core', () => {
    const net = healthyRun(40);
    for (const [id, core] of net.cores) {
      const facts = core.durableFacts();
      const floor = core.committedHeight;
      expect(floor, id).toBeGreaterThanOrEqual(40);
      expect(facts.signed.length, id).toBeGreaterThan(0);
      for (const [key] of facts.signed) expect(heightOf(key), `${id} ${key}`).toBeGreaterThanOrEqual(floor);
      for (const entry of facts.ownProposals) expect(heightOf(entry), `${id} ${entry}`).toBeGreaterThanOrEqual(floor);
      // Two heights' worth: a healthy height is one round, a prevote and a precommit each.
      expect(facts.signed.length, id).toBeLessThanOrEqual(4);
      expect(facts.ownProposals.length, id).toBeLessThanOrEqual(2);
      // Every vote and proposal was logged (the pruning is of memory, not of the log).
      const logged = net.persisted(id);
      expect(logged.filter((record) => record.signedVote).length, id).toBeGreaterThanOrEqual(2 * floor);
    }
  });

  it('a core recovered from the log of a long run holds the same pruned facts as the live one', () => {
    const net = healthyRun(30);
    for (const [id, live] of net.cores) {
      const recovered = makeCore(id);
      recovered.restore(net.persisted(id));
      const want = live.durableFacts();
      const got = recovered.durableFacts();
      expect(got.signed, id).toEqual(want.signed);
      expect(got.ownProposals, id).toEqual(want.ownProposals);
      expect(got.chain, id).toEqual(want.chain);
    }
  });

  it('prunes at each commit applied: a vote of height 1 is gone once height 2 is committed, kept while only height 1 is', () => {
    const net = healthyRun(2);
    const blocks = net.core('validator-2').blocksFrom(1, 2) as faultline.v1.ICommittedBlock[];
    const core = makeCore('validator-1');
    const vote = (height: number) => signVote({ type: PREVOTE, height, round: 0, blockHash: new Uint8Array(0), validatorId: 'validator-1', timestampUs: 1 }, deriveKeyPair(KEY_SEED, 'validator-1').privateKey);
    core.evolve({ signedVote: vote(1) });
    core.evolve({ signedVote: vote(2) });
    core.evolve({ signedProposal: { height: 1, round: 0, blockHash: new Uint8Array(32).fill(1) } });
    core.evolve({ signedProposal: { height: 2, round: 3, blockHash: new Uint8Array(32).fill(2) } });
    core.evolve({ committed: blocks[0] });
    expect(core.durableFacts().signed.map(([key]) => key)).toEqual(['1/0/prevote', '2/0/prevote']);
    expect(core.durableFacts().ownProposals).toHaveLength(2);
    core.evolve({ committed: blocks[1] });
    expect(core.durableFacts().signed.map(([key]) => key)).toEqual(['2/0/prevote']);
    expect(core.durableFacts().ownProposals.map((entry) => entry.split(':')[0])).toEqual(['2/3']);
  });

  it('re-sends the own proposal of the current height only', () => {
    const net = healthyRun(12);
    for (const core of net.cores.values()) {
      for (const proposal of core.ownMessagesOfCurrentHeight().proposals) expect(Number(proposal.height)).toBe(core.height);
    }
  });
});
