/**
 * Rules of Algorithm 1's upon-clauses as the core applies them: every rule that holds after an
 * input fires in the same call (L22 then L36 then L49; L34 then L44 then L47; L47 then L55), L34
 * only in the prevote step and once per round, a polka seen before the prevote step acted on when
 * the step is reached, messages of a height too far ahead dropped, a proposal from the wrong
 * proposer refused by name, a block whose previous-block hash is short refused. Four validators:
 * f = 1, quorum 3; proposers at height h, round r: IDS[(h + r) % 4].
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, type faultline } from '@faultline/protocol';
import { blockHash, hex, signProposal, signVote, type CoreEffect } from '@faultline/consensus';
import { commitsIn, IDS, KEY_SEED, makeCore, proposalsIn, ScriptedNet, timeoutsIn, votesIn } from './core-harness.ts';

const S = 1_000_000;
const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;
const PRECOMMIT = pb.VoteType.VOTE_TYPE_PRECOMMIT;
const nil = new Uint8Array(0);
const key = (id: string) => deriveKeyPair(KEY_SEED, id).privateKey;

function vote(id: string, type: number, round: number, blockHash: Uint8Array | null | undefined, height = 1): faultline.v1.IVote {
  return signVote({ type, height, round, blockHash: blockHash ?? nil, validatorId: id, timestampUs: 1 }, key(id));
}
const rejections = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'rejected' ? [e.reason] : []));
const voted = (effects: readonly CoreEffect[]) => votesIn(effects).map((v) => [v.type === PREVOTE ? 'prevote' : 'precommit', hex(v.blockHash) === '' ? 'nil' : hex(v.blockHash)]);
/** validator-2's proposal at height 1, round 0. */
const proposalOfV2 = () => proposalsIn(makeCore('validator-2').start(0))[0]!;

let healthy: faultline.v1.ICommittedBlock[] | undefined;
function firstBlock(): faultline.v1.ICommittedBlock[] {
  if (!healthy) {
    const net = new ScriptedNet(IDS, (id) => makeCore(id));
    net.start();
    for (let t = 0; t < 60 * S && net.core('validator-2').committedHeight < 1; t += 100_000) net.runUntil(t);
    healthy = net.core('validator-2').blocksFrom(1, 1);
  }
  return healthy;
}

describe('every rule that holds fires in the same call', () => {
  it('the proposal arriving last: prevote (L22), lock and precommit (L36), commit (L49) at once', () => {
    const proposal = proposalOfV2();
    const core = makeCore('validator-1');
    core.start(0);
    for (const id of ['validator-2', 'validator-3', 'validator-4']) core.onVote(S, vote(id, PREVOTE, 0, proposal.blockHash), id);
    for (const id of ['validator-2', 'validator-3']) core.onVote(S, vote(id, PRECOMMIT, 0, proposal.blockHash), id);
    const effects = core.onProposal(S, proposal, 'validator-2');
    expect(voted(effects)).toEqual([
      ['prevote', hex(proposal.blockHash)],
      ['precommit', hex(proposal.blockHash)],
    ]);
    expect(commitsIn(effects)).toHaveLength(1);
  });

  it('a proof-of-lock proposal arriving last: prevote (L28), then lock and precommit (L36) at once', () => {
    const b = proposalOfV2();
    // validator-3 proposes round 1 with block B and the proof-of-lock round 0.
    const proposal = signProposal({ height: 1, round: 1, polRound: 0, block: b.block, blockHash: b.blockHash, proposerId: 'validator-3', timestampUs: 1 }, key('validator-3'));
    const core = makeCore('validator-1');
    core.start(0);
    core.onTimeout(3 * S, 'propose', 1, 0);
    for (const id of ['validator-2', 'validator-3', 'validator-4']) core.onVote(3 * S, vote(id, PREVOTE, 0, b.blockHash), id);
    core.onTimeout(4 * S, 'prevote', 1, 0);
    core.onTimeout(5 * S, 'precommit', 1, 0);
    expect(core.round).toBe(1);
    for (const id of ['validator-3', 'validator-4']) core.onVote(5 * S, vote(id, PREVOTE, 1, b.blockHash), id);
    expect(voted(core.onProposal(5 * S, proposal, 'validator-3'))).toEqual([
      ['prevote', hex(b.blockHash)],
      ['precommit', hex(b.blockHash)],
    ]);
  });

  it('the propose timeout with nil votes held: prevote nil, the prevote timeout (L34), precommit nil (L44) and the precommit timeout (L47) at once', () => {
    const core = makeCore('validator-1');
    core.start(0);
    for (const id of ['validator-3', 'validator-4']) core.onVote(S, vote(id, PREVOTE, 0, nil), id);
    for (const id of ['validator-3', 'validator-4']) core.onVote(S, vote(id, PRECOMMIT, 0, nil), id);
    const effects = core.onTimeout(3 * S, 'propose', 1, 0);
    expect(voted(effects)).toEqual([
      ['prevote', 'nil'],
      ['precommit', 'nil'],
    ]);
    expect(timeoutsIn(effects).map((t) => [t.step, t.round])).toEqual([
      ['prevote', 0],
      ['precommit', 0],
    ]);
  });

  it('2f+1 precommits of round 0 and f+1 validators in round 1, replayed at the new height: the precommit timeout (L47), then round 1 (L55)', () => {
    const core = makeCore('validator-1');
    core.start(0);
    for (const id of ['validator-2', 'validator-3', 'validator-4']) core.onVote(S, vote(id, PRECOMMIT, 0, nil, 2), id);
    for (const id of ['validator-2', 'validator-3']) core.onVote(S, vote(id, PREVOTE, 1, nil, 2), id);
    const effects = core.onSyncedBlocks(2 * S, firstBlock(), 'validator-2');
    expect(core.height).toBe(2);
    expect(timeoutsIn(effects).some((t) => t.step === 'precommit' && t.height === 2 && t.round === 0)).toBe(true);
    expect(core.round).toBe(1);
  });
});

describe('the prevote timeout (L34)', () => {
  it('is not scheduled before the prevote step, however many prevotes arrive', () => {
    const core = makeCore('validator-1');
    core.start(0);
    const effects = ['validator-2', 'validator-3', 'validator-4'].flatMap((id) => core.onVote(S, vote(id, PREVOTE, 0, nil), id));
    expect(core.step).toBe('propose');
    expect(timeoutsIn(effects)).toEqual([]);
  });

  it('is scheduled once in each round that sees 2f+1 prevotes of no one value', () => {
    const core = makeCore('validator-1');
    core.start(0);
    const other = new Uint8Array(32).fill(9);
    const prevoteTimeouts: number[] = [];
    for (const round of [0, 1]) {
      if (round > 0) core.onTimeout(5 * S, 'precommit', 1, round - 1);
      const effects = [
        ...core.onTimeout(5 * S, 'propose', 1, round),
        ...core.onVote(5 * S, vote('validator-2', PREVOTE, round, nil), 'validator-2'),
        ...core.onVote(5 * S, vote('validator-3', PREVOTE, round, other), 'validator-3'),
        ...core.onVote(5 * S, vote('validator-4', PREVOTE, round, other), 'validator-4'),
      ];
      prevoteTimeouts.push(...timeoutsIn(effects).filter((t) => t.step === 'prevote').map((t) => t.round));
    }
    expect(prevoteTimeouts).toEqual([0, 1]);
  });
});

describe('a polka seen in the propose step', () => {
  it('changes nothing until the prevote step, where the validator locks and precommits the block (L36)', () => {
    // validator-2's round-0 proposal claiming a proof-of-lock round that is not before its own: neither L22 nor L28 applies.
    const honest = proposalOfV2();
    const proposal = signProposal({ ...honest, polRound: 0, signature: null }, key('validator-2'));
    const core = makeCore('validator-1');
    core.start(0);
    const early = [core.onProposal(S, proposal, 'validator-2'), ...['validator-2', 'validator-3', 'validator-4'].map((id) => core.onVote(S, vote(id, PREVOTE, 0, proposal.blockHash), id))].flat();
    expect(core.step).toBe('propose');
    expect(early.filter((e) => e.kind === 'persist' || e.kind === 'broadcast-vote')).toEqual([]);
    const effects = core.onTimeout(3 * S, 'propose', 1, 0);
    expect(voted(effects)).toEqual([
      ['prevote', 'nil'],
      ['precommit', hex(proposal.blockHash)],
    ]);
    expect(effects.some((e) => e.kind === 'persist' && e.record.lock?.lockedRound === 0)).toBe(true);
  });
});

describe('messages of other heights and proposers', () => {
  it('a vote more than futureHeightsMax heights ahead is dropped, one height ahead is held and replayed', () => {
    const core = makeCore('validator-1');
    core.start(0);
    core.onVote(S, vote('validator-3', PREVOTE, 0, nil, 3), 'validator-3');
    core.onVote(S, vote('validator-4', PREVOTE, 0, nil, 2), 'validator-4');
    const effects = core.onSyncedBlocks(2 * S, firstBlock(), 'validator-2');
    expect(core.height).toBe(2);
    // The held height-3 vote, replayed at height 2, would ask validator-3 for height 2 again.
    expect(effects.filter((e) => e.kind === 'behind')).toEqual([]);
    // The height-2 vote was replayed: with two more nil prevotes validator-1 reaches a nil polka at once.
    core.onTimeout(5 * S, 'propose', 2, 0);
    expect(voted(core.onVote(5 * S, vote('validator-2', PREVOTE, 0, nil, 2), 'validator-2'))).toEqual([['precommit', 'nil']]);
  });

  it('a proposal from a validator that is not the round\'s proposer is refused, naming both', () => {
    const honest = proposalOfV2();
    const forged = signProposal({ ...honest, proposerId: 'validator-3', signature: null }, key('validator-3'));
    const core = makeCore('validator-1');
    core.start(0);
    expect(rejections(core.onProposal(S, forged, 'validator-3'))).toEqual(['proposal from validator-3, not the proposer of round 0']);
  });

  it('a block whose previous-block hash is empty (a prefix of the real one) is refused', () => {
    const chain = firstBlock();
    // validator-3 proposes height 2, round 0.
    const v3 = makeCore('validator-3');
    v3.restore([{ committed: chain[0] }]);
    const honest = proposalsIn(v3.start(S))[0]!;
    const header = { ...honest.block!.header!, prevBlockHash: nil };
    const forged = signProposal({ ...honest, block: { ...honest.block, header }, blockHash: blockHash(header), signature: null }, key('validator-3'));
    const core = makeCore('validator-1');
    core.restore([{ committed: chain[0] }]);
    core.start(S);
    expect(rejections(core.onProposal(S, honest, 'validator-3'))).toEqual([]);
    const again = makeCore('validator-1');
    again.restore([{ committed: chain[0] }]);
    again.start(S);
    expect(rejections(again.onProposal(S, forged, 'validator-3'))).toEqual(['invalid block proposed by validator-3: wrong previous block hash']);
  });
});
