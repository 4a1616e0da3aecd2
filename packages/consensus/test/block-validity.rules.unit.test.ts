/**
 * Rules of a proposed block's validity at height 2 and of the Byzantine proposers' blocks: the
 * block limits (count and bytes: at the limit valid, one over refused by name), the last commit
 * checked against our own previous block and with every signature verified, the `equivocate`
 * proposer's second block (empty, a different block whatever the round, no proof-of-lock, to the
 * other half of the peers), `forge-sync`'s made-up blocks (only the next height; a quorum of
 * distinct validators; timed after the block), re-sent proposals of this height only, and the
 * counters. Four validators: f = 1, quorum 3; proposers at height h, round r: IDS[(h + r) % 4].
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, encodeMessage, pb, type faultline } from '@faultline/protocol';
import { blockHash, certificateHash, hex, medianTimeUs, signProposal, signVote, type CoreEffect } from '@faultline/consensus';
import { IDS, KEY_SEED, makeCore, proposalsIn, ScriptedNet } from './core-harness.ts';

const S = 1_000_000;
const PRECOMMIT = pb.VoteType.VOTE_TYPE_PRECOMMIT;
const key = (id: string) => deriveKeyPair(KEY_SEED, id).privateKey;
const rejections = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'rejected' ? [e.reason] : []));
const tx = (nonce: number) => encodeMessage('Transaction', { clientId: 'client-1', nonce, deposit: { accountId: 'client-1', amount: 1 } });

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

/** validator-3's honest proposal at height 2, round 0, with its block's last commit replaced (header fields that follow from it recomputed, signed again). */
function height2Proposal(lastCommit?: faultline.v1.ICommitCertificate): faultline.v1.IProposal {
  const v3 = makeCore('validator-3');
  v3.restore([{ committed: firstBlock()[0] }]);
  const honest = proposalsIn(v3.start(S))[0]!;
  if (!lastCommit) return honest;
  const header = { ...honest.block!.header!, lastCommitHash: certificateHash(lastCommit), timeUs: medianTimeUs(lastCommit) };
  return signProposal({ ...honest, block: { ...honest.block, header, lastCommit }, blockHash: blockHash(header), signature: null }, key('validator-3'));
}
function judgedAtHeight2(proposal: faultline.v1.IProposal): string[] {
  const core = makeCore('validator-1');
  core.restore([{ committed: firstBlock()[0] }]);
  core.start(S);
  return rejections(core.onProposal(S, proposal, 'validator-3'));
}

describe('the last commit of a block', () => {
  it('must certify our own previous block: a quorum of valid precommits for another block of height 1 is refused', () => {
    expect(judgedAtHeight2(height2Proposal())).toEqual([]);
    const other = new Uint8Array(32).fill(5);
    const precommits = ['validator-1', 'validator-2', 'validator-3'].map((id) => signVote({ type: PRECOMMIT, height: 1, round: 0, blockHash: other, validatorId: id, timestampUs: 5 }, key(id)));
    const [reason] = judgedAtHeight2(height2Proposal({ height: 1, round: 0, blockHash: other, precommits }));
    expect(reason).toMatch(/^invalid block proposed by validator-3: last commit: /);
  });

  it('must carry valid signatures: the real certificate with every signature spoiled is refused', () => {
    const real = firstBlock()[0]!.certificate!;
    const spoiled = { ...real, precommits: real.precommits!.map((vote) => ({ ...vote, signature: Uint8Array.from(vote.signature!, (byte, i) => (i === 0 ? byte ^ 0xff : byte)) })) };
    const [reason] = judgedAtHeight2(height2Proposal(spoiled));
    expect(reason).toMatch(/^invalid block proposed by validator-3: last commit: /);
  });
});

describe('the block limits', () => {
  /** validator-2's proposal at height 1, round 0, carrying three txs. */
  const proposal = () => {
    const v2 = makeCore('validator-2');
    for (const nonce of [1, 2, 3]) v2.onTx(0, tx(nonce), true, true);
    return proposalsIn(v2.start(0))[0]!;
  };
  const judged = (limits: { blockTxsMax?: number; blockBytesMax?: number }) => {
    const core = makeCore('validator-1', { limits });
    core.start(0);
    return rejections(core.onProposal(S, proposal(), 'validator-2'));
  };

  it('a block of exactly blockTxsMax txs is valid, one more is refused by name', () => {
    expect(judged({ blockTxsMax: 3 })).toEqual([]);
    expect(judged({ blockTxsMax: 2 })).toEqual(['invalid block proposed by validator-2: 3 txs exceed the block limit']);
  });

  it('a block of exactly blockBytesMax bytes of txs is valid, one byte less of limit refuses it by name', () => {
    const bytes = [1, 2, 3].reduce((sum, nonce) => sum + tx(nonce).length, 0);
    expect(judged({ blockBytesMax: bytes })).toEqual([]);
    expect(judged({ blockBytesMax: bytes - 1 })).toEqual([`invalid block proposed by validator-2: ${bytes} bytes of txs exceed the block limit`]);
  });
});

describe('the equivocate proposer', () => {
  it('sends its fresh block to one half of the peers and an empty second block with no proof-of-lock to the other', () => {
    const v2 = makeCore('validator-2', { byzantine: 'equivocate' });
    for (const nonce of [1, 2]) v2.onTx(0, tx(nonce), true, true);
    const sent = v2.start(0).flatMap((e) => (e.kind === 'broadcast-proposal' ? [e] : []));
    expect(sent.map((e) => [e.to, e.proposal.block?.txs?.length, e.proposal.polRound])).toEqual([
      [['validator-1', 'validator-3'], 2, -1],
      [['validator-4'], 0, -1],
    ]);
  });

  it('the two blocks differ in every round, also with an empty mempool (validator-3 equivocates in round 1)', () => {
    const v3 = makeCore('validator-3', { byzantine: 'equivocate' });
    v3.start(0);
    const sent = proposalsIn(v3.onTimeout(5 * S, 'precommit', 1, 0));
    expect(sent).toHaveLength(2);
    expect(hex(sent[0]?.blockHash)).not.toBe(hex(sent[1]?.blockHash));
  });
});

describe('forge-sync', () => {
  it('makes up only the next height\'s block, under precommits of a quorum of distinct validators, ours first, timed after the block', () => {
    const core = makeCore('validator-1', { byzantine: 'forge-sync' });
    expect(core.blocksFrom(0, 50)).toEqual([]);
    expect(core.blocksFrom(2, 50)).toEqual([]);
    const [forged] = core.blocksFrom(1, 50);
    expect(Number(forged?.block?.header?.height)).toBe(1);
    expect(forged?.certificate?.precommits?.map((vote) => vote.validatorId)).toEqual(['validator-1', 'validator-2', 'validator-3']);
    // The clock reads 0, the block's time is 0: each precommit is timed 1 µs after it.
    expect(forged?.certificate?.precommits?.map((vote) => Number(vote.timestampUs))).toEqual([1, 1, 1]);
    core.start(5 * S);
    expect(core.blocksFrom(1, 50)[0]?.certificate?.precommits?.map((vote) => Number(vote.timestampUs))).toEqual([5 * S, 5 * S, 5 * S]);
  });
});

describe('own messages and counters', () => {
  it('the proposal re-sent is of the current height only', () => {
    const v2 = makeCore('validator-2');
    expect(proposalsIn(v2.start(0))).toHaveLength(1);
    expect(v2.ownMessagesOfCurrentHeight().proposals).toHaveLength(1);
    v2.onSyncedBlocks(S, firstBlock(), 'validator-3');
    expect(v2.height).toBe(2);
    expect(v2.ownMessagesOfCurrentHeight().proposals).toEqual([]);
  });

  it('counts rejections and rounds started; a rejection without a sender names none', () => {
    const core = makeCore('validator-1', { limits: { txBytesMax: 8 } });
    core.start(0);
    core.onTimeout(5 * S, 'precommit', 1, 0);
    expect(core.counters.roundsStarted).toBe(2);
    const effects = core.onTx(S, new Uint8Array(9), true, true);
    expect(effects).toStrictEqual([{ kind: 'rejected', reason: 'tx oversized' }]);
    expect(core.counters.rejected).toBe(1);
  });
});
