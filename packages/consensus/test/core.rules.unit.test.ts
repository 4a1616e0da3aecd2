/**
 * Rules of the consensus core around Algorithm 1, one focused test each: recovery from the
 * write-ahead log (chain, round, lock, own proposal and votes of the current height only),
 * block sync (height order, stop at the first bad block, the next height at once), messages of
 * the next height (held, then applied; "behind" asked for), timeouts of another step or height,
 * re-sent own messages, and the Byzantine behaviours the simulator relies on. Four validators:
 * f = 1, quorum 3; proposers at height 1: round 0 validator-2, round 1 validator-3.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, encodeMessage, pb, type faultline } from '@faultline/protocol';
import { blockHash, certificateHash, hex, signProposal, signVote, type CoreEffect } from '@faultline/consensus';
import { chainHeights, commitsIn, IDS, KEY_SEED, makeCore, persistedIn, proposalsIn, ScriptedNet, votesIn } from './core-harness.ts';

const MS = 1_000;
const S = 1_000_000;
const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;
const PRECOMMIT = pb.VoteType.VOTE_TYPE_PRECOMMIT;
const nil = new Uint8Array(0);

function vote(id: string, type: number, round: number, blockHash: Uint8Array | null | undefined, height = 1): faultline.v1.IVote {
  return signVote({ type, height, round, blockHash: blockHash ?? nil, validatorId: id, timestampUs: 1 }, deriveKeyPair(KEY_SEED, id).privateKey);
}
const rejections = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'rejected' ? [e.reason] : []));
const kinds = (effects: readonly CoreEffect[]) => effects.map((e) => e.kind);
const tx = (nonce: number) => encodeMessage('Transaction', { clientId: 'trader-1', nonce });

/** A healthy four-validator network run until every validator has committed `heights` blocks. */
let healthy: { chain: faultline.v1.ICommittedBlock[]; proposals: faultline.v1.IProposal[] } | undefined;
function healthyRun(): NonNullable<typeof healthy> {
  if (!healthy) {
    const net = new ScriptedNet(IDS, (id) => makeCore(id));
    net.start();
    for (let t = 0; t < 60 * S && net.core('validator-2').committedHeight < 3; t += 100 * MS) net.runUntil(t);
    healthy = { chain: net.core('validator-2').blocksFrom(1, 3), proposals: net.effects.flatMap((e) => proposalsIn([e.effect])) };
  }
  return healthy;
}
function healthyChain(heights: number): faultline.v1.ICommittedBlock[] {
  return healthyRun().chain.slice(0, heights);
}

describe('recovery from the write-ahead log', () => {
  it('rebuilds the chain from committed records in height order, ignoring a repeated or out-of-order one', () => {
    const chain = healthyChain(3);
    const core = makeCore('validator-1');
    core.restore([{ committed: chain[0] }, { committed: chain[0] }, { committed: chain[2] }, { committed: chain[1] }, { committed: chain[2] }]);
    expect(chainHeights(core)).toEqual([1, 2, 3]);
    expect(core.height).toBe(4);
    expect(core.committedHeight).toBe(3);
  });

  it('a recovered chain remembers its committed txs: the mempool refuses them again', () => {
    const block = { block: { header: { height: 1 }, txs: [tx(1)] } };
    const core = makeCore('validator-1');
    core.restore([{ committed: block }]);
    expect(core.mempool.add(tx(1))).toBe('committed');
    expect(core.mempool.add(tx(2))).toBe('added');
  });

  it('resumes in the highest round it voted in at the current height (votes of committed heights do not count)', () => {
    const chain = healthyChain(1);
    const core = makeCore('validator-1');
    core.restore([{ signedVote: vote('validator-1', PREVOTE, 7, nil, 1) }, { committed: chain[0] }, { signedVote: vote('validator-1', PREVOTE, 2, nil, 2) }, { signedVote: vote('validator-1', PRECOMMIT, 1, nil, 2) }]);
    expect(core.height).toBe(2);
    expect(core.round).toBe(2);
    const fresh = makeCore('validator-1');
    fresh.restore([{ committed: chain[0] }, { signedVote: vote('validator-1', PREVOTE, 7, nil, 1) }]);
    expect(fresh.round).toBe(0);
  });

  it('a restarted proposer re-sends the proposal it signed, never a second one, and logs nothing new for it', () => {
    const first = makeCore('validator-2');
    const wal = persistedIn(first.start(0));
    const signed = wal.find((record) => record.signedProposal)?.signedProposal;
    expect(signed).toBeDefined();
    const restarted = makeCore('validator-2');
    restarted.restore(wal);
    const effects = restarted.start(5 * S);
    expect(proposalsIn(effects)).toEqual([signed]);
    expect(persistedIn(effects).some((record) => record.signedProposal)).toBe(false);
  });

  it('restores the lock of the current height: as proposer of a later round it re-proposes its valid block with its valid round', () => {
    const block = proposalsIn(makeCore('validator-2').start(0))[0]!.block!;
    const lock = { height: 1, lockedRound: 0, lockedBlock: block, validRound: 0, validBlock: block };
    const v3 = makeCore('validator-3');
    v3.restore([{ lock }, { signedVote: vote('validator-3', PREVOTE, 1, nil, 1) }]);
    const proposal = proposalsIn(v3.start(5 * S))[0]!;
    expect(proposal.round).toBe(1);
    expect(proposal.polRound).toBe(0);
    expect(hex(proposal.block?.header?.txsHash)).toBe(hex(block.header?.txsHash));
    expect(proposal.block?.header?.proposerId).toBe('validator-2');
  });

  it('a lock of a committed height is not restored: the proposer of the next height proposes a fresh block', () => {
    const chain = healthyChain(1);
    const old = chain[0]!.block!;
    // validator-3 proposes height 2 round 0 (proposers shift by height).
    const v3 = makeCore('validator-3');
    v3.restore([{ committed: chain[0] }, { lock: { height: 1, lockedRound: 0, lockedBlock: old, validRound: 0, validBlock: old } }]);
    const proposal = proposalsIn(v3.start(5 * S))[0]!;
    expect(Number(proposal.height)).toBe(2);
    expect(proposal.polRound).toBe(-1);
    expect(Number(proposal.block?.header?.height)).toBe(2);
  });

  it('the votes it signed at the current height are re-sent after a restart; older ones are not', () => {
    const chain = healthyChain(1);
    const core = makeCore('validator-1');
    const current = vote('validator-1', PREVOTE, 0, nil, 2);
    core.restore([{ signedVote: vote('validator-1', PREVOTE, 0, nil, 1) }, { committed: chain[0] }, { signedVote: current }]);
    expect(core.ownMessagesOfCurrentHeight().votes).toEqual([current]);
  });
});

describe('re-sending own messages', () => {
  it('the proposal of this height and the votes of this round and the previous one', () => {
    const v2 = makeCore('validator-2');
    v2.start(0);
    // Rounds 1-3 pass with a nil prevote each (precommit timeout, then propose timeout).
    for (const round of [1, 2, 3]) {
      v2.onTimeout(10 * S, 'precommit', 1, round - 1);
      v2.onTimeout(10 * S, 'propose', 1, round);
    }
    expect(v2.round).toBe(3);
    const { proposals, votes } = v2.ownMessagesOfCurrentHeight();
    expect(proposals.map((p) => p.round)).toEqual([0]);
    expect(votes.map((v) => v.round)).toEqual([2, 3]);
  });

  it('a withholding validator re-sends nothing', () => {
    const v2 = makeCore('validator-2', { byzantine: 'withhold' });
    v2.start(0);
    v2.onTimeout(3 * S, 'propose', 1, 0);
    expect(v2.ownMessagesOfCurrentHeight()).toEqual({ proposals: [], votes: [] });
  });
});

describe('block sync', () => {
  it('applies synced blocks in height order whatever order they came in, and starts the next height at once', () => {
    const chain = healthyChain(3);
    const core = makeCore('validator-1');
    core.start(0);
    const effects = core.onSyncedBlocks(1 * S, [chain[2]!, chain[0]!, chain[1]!], 'validator-2');
    expect(chainHeights(core)).toEqual([1, 2, 3]);
    expect(core.counters.synced).toBe(3);
    expect(core.height).toBe(4);
    expect(core.round).toBe(0);
    expect(effects.filter((e) => e.kind === 'step' && e.step === 'propose').map((e) => (e.kind === 'step' ? e.height : 0))).toEqual([2, 3, 4]);
    expect(commitsIn(effects)).toHaveLength(3);
    expect(persistedIn(effects).filter((record) => record.committed)).toHaveLength(3);
  });

  it('a synced block whose certificate does not verify is refused, naming the height and the peer; what follows it is not applied', () => {
    const chain = healthyChain(3);
    const core = makeCore('validator-1');
    core.start(0);
    const forged = { ...chain[1]!, certificate: { ...chain[1]!.certificate, precommits: chain[1]!.certificate!.precommits!.slice(0, 2) } };
    const effects = core.onSyncedBlocks(1 * S, [chain[0]!, forged, chain[2]!], 'validator-4');
    expect(chainHeights(core)).toEqual([1]);
    expect(rejections(effects)).toHaveLength(1);
    expect(rejections(effects)[0]).toMatch(/^synced block 2 from validator-4: /);
    expect(effects.find((e) => e.kind === 'rejected')).toMatchObject({ from: 'validator-4' });
  });

  it('a synced block whose certificate verifies but whose txs are not the header\'s is refused (the block is judged too, not only its certificate)', () => {
    const block1 = structuredClone(healthyChain(1)[0]!);
    block1.block!.txs = [tx(1)];
    const core = makeCore('validator-1');
    core.start(0);
    expect(rejections(core.onSyncedBlocks(1, [block1], 'validator-3'))).toEqual(['synced block 1 from validator-3: tx count does not match']);
    expect(core.committedHeight).toBe(0);
  });

  it('blocks of other heights are skipped; a block without a header is refused', () => {
    const chain = healthyChain(2);
    const core = makeCore('validator-1');
    core.start(0);
    expect(commitsIn(core.onSyncedBlocks(1, [chain[1]!], 'validator-2'))).toEqual([]);
    expect(rejections(core.onSyncedBlocks(1, [{ block: { txs: [] }, certificate: chain[0]!.certificate } as never], 'validator-2'))).toEqual([]);
    expect(chainHeights(core)).toEqual([]);
  });

  it('serves blocks from a height, at most the count asked and the sync limit, from height 1 when asked for less', () => {
    const chain = healthyChain(3);
    const core = makeCore('validator-1', { limits: { syncBlocksMax: 2 } });
    core.restore(chain.map((committed) => ({ committed })));
    expect(core.blocksFrom(2, 50).map((b) => Number(b.block?.header?.height))).toEqual([2, 3]);
    expect(core.blocksFrom(1, 50).map((b) => Number(b.block?.header?.height))).toEqual([1, 2]);
    expect(core.blocksFrom(0, 1).map((b) => Number(b.block?.header?.height))).toEqual([1]);
    expect(core.blocksFrom(4, 50)).toEqual([]);
  });

  it('a peer status above our committed height asks to sync from it; equal or below does not', () => {
    const core = makeCore('validator-1');
    core.restore(healthyChain(2).map((committed) => ({ committed })));
    expect(core.onStatus('validator-3', 3)).toEqual([{ kind: 'behind', peer: 'validator-3', height: 3 }]);
    expect(core.onStatus('validator-3', 2)).toEqual([]);
  });
});

describe('messages of the next height', () => {
  it('a vote of the next height is held (and a sync asked for) until the height starts, then counted', () => {
    const chain = healthyChain(1);
    const core = makeCore('validator-1');
    core.start(0);
    const future = vote('validator-3', PREVOTE, 0, nil, 2);
    const effects = core.onVote(1, future, 'validator-3');
    expect(effects).toEqual([{ kind: 'behind', peer: 'validator-3', height: 1 }]);
    core.onSyncedBlocks(2, [chain[0]!], 'validator-3');
    expect(core.height).toBe(2);
    // The held vote counts at height 2: two more nil prevotes make 2f+1 with its own.
    core.onTimeout(3 * S, 'propose', 2, 0);
    core.onVote(3 * S, vote('validator-4', PREVOTE, 0, nil, 2), 'validator-4');
    expect(core.step).toBe('precommit');
  });

  it('a held vote with a bad signature is refused on arrival; one beyond the next height is not kept', () => {
    const core = makeCore('validator-1');
    core.start(0);
    const forged = { ...vote('validator-3', PREVOTE, 0, nil, 2), validatorId: 'validator-4' };
    expect(rejections(core.onVote(1, forged, 'validator-4'))[0]).toMatch(/bad signature from validator-4/);
    const far = core.onVote(1, vote('validator-3', PREVOTE, 0, nil, 3), 'validator-3');
    expect(far).toEqual([{ kind: 'behind', peer: 'validator-3', height: 2 }]);
  });

  it('a proposal of the next height is held and judged when the height starts', () => {
    const chain = healthyChain(2);
    const core = makeCore('validator-1');
    core.start(0);
    // Height 2's proposal in the healthy run, delivered early.
    const proposal2 = healthyRun().proposals.find((p) => Number(p.height) === 2 && p.round === 0)!;
    expect(kinds(core.onProposal(1, proposal2, 'validator-3'))).toEqual(['behind']);
    const effects = core.onSyncedBlocks(2, [chain[0]!], 'validator-2');
    // It prevotes the held proposal of height 2 as soon as height 2 starts.
    expect(votesIn(effects).map((v) => [Number(v.height), v.type, hex(v.blockHash)])).toEqual([[2, PREVOTE, hex(proposal2.blockHash)]]);
  });

  it('during the commit wait it asks nobody for blocks', () => {
    const net = new ScriptedNet(IDS, (id) => makeCore(id));
    net.start();
    for (let t = 0; t < 10 * S && net.core('validator-1').step !== 'commit'; t += MS) net.runUntil(t);
    const v1 = net.core('validator-1');
    expect(v1.step).toBe('commit');
    expect(v1.onVote(net.nowUs, vote('validator-3', PREVOTE, 0, nil, 2), 'validator-3')).toEqual([]);
  });
});

describe('timeouts of another step, round or height', () => {
  it('do nothing', () => {
    const v1 = makeCore('validator-1');
    v1.start(0);
    expect(v1.onTimeout(1, 'prevote', 1, 0)).toEqual([]); // still in propose
    expect(v1.onTimeout(1, 'propose', 2, 0)).toEqual([]); // another height
    expect(v1.onTimeout(1, 'propose', 1, 1)).toEqual([]); // another round
    expect(v1.onTimeout(1, 'commit', 1, 0)).toEqual([]); // not in the commit wait
    expect(v1.step).toBe('propose');
    v1.onTimeout(1, 'propose', 1, 0);
    expect(v1.step).toBe('prevote');
    expect(v1.onTimeout(2, 'propose', 1, 0)).toEqual([]); // propose timeout in the prevote step
    v1.onTimeout(3, 'prevote', 1, 0);
    expect(v1.step).toBe('precommit');
    expect(v1.onTimeout(4, 'prevote', 1, 0)).toEqual([]); // prevote timeout in the precommit step
    expect(v1.round).toBe(0);
  });
});

describe('Byzantine behaviours (the simulator\'s adversaries)', () => {
  it('withhold: proposes nothing and sends no vote, though it still logs what it signs', () => {
    const v2 = makeCore('validator-2', { byzantine: 'withhold' });
    const effects = [...v2.start(0), ...v2.onTimeout(3 * S, 'propose', 1, 0)];
    expect(proposalsIn(effects)).toEqual([]);
    expect(votesIn(effects)).toEqual([]);
    expect(persistedIn(effects).filter((record) => record.signedVote)).toHaveLength(1);
  });

  it('double-vote: a vote for the block to half the peers and a nil vote to the other half', () => {
    const v2 = makeCore('validator-2', { byzantine: 'double-vote' });
    const broadcasts = v2.start(0).flatMap((e) => (e.kind === 'broadcast-vote' ? [e] : []));
    expect(broadcasts.map((b) => [b.to, hex(b.vote.blockHash) === '' ? 'nil' : 'block'])).toEqual([
      [['validator-1', 'validator-3'], 'block'],
      [['validator-4'], 'nil'],
    ]);
  });

  it('replay: re-sends its last three votes after each new one', () => {
    const v1 = makeCore('validator-1', { byzantine: 'replay' });
    v1.start(0);
    const first = votesIn(v1.onTimeout(3 * S, 'propose', 1, 0));
    expect(first).toHaveLength(1); // nothing to replay yet
    // Two more nil prevotes: 2f+1 nil, so it precommits nil (L44) and replays its prevote after it.
    const second = ['validator-3', 'validator-4'].flatMap((id) => votesIn(v1.onVote(3 * S, vote(id, PREVOTE, 0, nil), id)));
    expect(second.map((v) => v.type)).toEqual([PRECOMMIT, PREVOTE]);
    expect(second[1]).toEqual(first[0]);
  });
});

describe('transactions on the way in', () => {
  it('a full mempool and an oversized tx are refused with the reason; a duplicate is dropped quietly', () => {
    const core = makeCore('validator-1', { limits: { mempoolTxsMax: 1, txBytesMax: 64 } });
    expect(rejections(core.onTx(1, tx(1), false))).toEqual([]);
    expect(rejections(core.onTx(1, tx(1), false))).toEqual([]);
    expect(rejections(core.onTx(1, tx(2), false))).toEqual(['tx full']);
    expect(rejections(core.onTx(1, new Uint8Array(65), false, true))).toEqual(['tx oversized']);
    expect(rejections(core.onTx(1, new Uint8Array(65), false))).toEqual(['tx oversized']);
  });

  it('bytes the caller checked are not decoded again', () => {
    const core = makeCore('validator-1');
    expect(rejections(core.onTx(1, Uint8Array.from([0xff, 0xff]), false, true))).toEqual([]);
    expect(rejections(core.onTx(1, Uint8Array.from([0xff, 0xff, 0xff]), false))[0]).toMatch(/^undecodable tx: /);
  });

  it('unchecked bytes of exactly the size limit are still decoded (garbage refused as undecodable)', () => {
    const core = makeCore('validator-1', { limits: { txBytesMax: 8 } });
    expect(rejections(core.onTx(1, new Uint8Array(8).fill(0xff), false))[0]).toMatch(/^undecodable tx: /);
  });
});

describe('a proposed block is a valid value only when every header field checks out (height 2)', () => {
  /** validator-1 at height 2 (height 1 committed), and height 2's round-0 proposal with `tamper` applied, re-hashed and re-signed by its proposer. */
  function judge(tamper: (block: faultline.v1.IBlock) => void): { effects: CoreEffect[]; prevotes: string[] } {
    const base = healthyRun().proposals.find((p) => Number(p.height) === 2 && p.round === 0)!;
    const block = structuredClone(base.block!);
    tamper(block);
    const proposerId = base.proposerId!;
    const proposal = signProposal({ ...base, block, blockHash: blockHash(block.header ?? {}), signature: null }, deriveKeyPair(KEY_SEED, proposerId).privateKey);
    const core = makeCore('validator-1');
    core.restore([{ committed: healthyChain(1)[0] }]);
    core.start(2 * S);
    const effects = core.onProposal(2 * S, proposal, proposerId);
    return { effects, prevotes: votesIn(effects).map((v) => (hex(v.blockHash) === '' ? 'nil' : 'block')) };
  }
  const problem = (effects: readonly CoreEffect[]) => rejections(effects).map((reason) => reason.replace(/^invalid block proposed by validator-\d: /, ''));

  it('the untouched block is prevoted', () => {
    const { effects, prevotes } = judge(() => undefined);
    expect(rejections(effects)).toEqual([]);
    expect(prevotes).toEqual(['block']);
  });

  const cases: Array<[string, (block: faultline.v1.IBlock) => void, string | RegExp]> = [
    ['another height', (b) => void (b.header!.height = 3), 'block for height 3'],
    ['another previous block', (b) => void (b.header!.prevBlockHash = new Uint8Array(32).fill(1)), 'wrong previous block hash'],
    // Hashes compare by length too (found by mutation testing: a prefix of the right hash, or none, matched its first bytes).
    ['the first half of the previous block\'s hash', (b) => void (b.header!.prevBlockHash = b.header!.prevBlockHash!.slice(0, 16)), 'wrong previous block hash'],
    ['no previous block hash', (b) => void (b.header!.prevBlockHash = new Uint8Array(0)), 'wrong previous block hash'],
    ['a tx count that is not the txs\'', (b) => void (b.header!.txCount = (b.header!.txCount ?? 0) + 1), 'tx count does not match'],
    ['a txs hash that is not the txs\'', (b) => void (b.header!.txsHash = new Uint8Array(32).fill(2)), 'txs hash does not match'],
    ['a last commit hash that is not the last commit\'s', (b) => void (b.header!.lastCommitHash = new Uint8Array(32).fill(3)), 'last commit hash does not match'],
    [
      'a last commit of 2 precommits (no quorum), hashed right',
      (b) => {
        b.lastCommit = { ...b.lastCommit, precommits: b.lastCommit!.precommits!.slice(0, 2) };
        b.header!.lastCommitHash = certificateHash(b.lastCommit);
      },
      /^last commit: /,
    ],
    ['a time that is not the median of the last commit', (b) => void (b.header!.timeUs = Number(b.header!.timeUs) + 1), 'block time is not the median of the last commit'],
  ];
  for (const [name, tamper, expected] of cases) {
    it(`${name}: refused with the reason, and prevoted nil`, () => {
      const { effects, prevotes } = judge(tamper);
      expect(problem(effects)).toEqual([expect.stringMatching(typeof expected === 'string' ? `^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : expected)]);
      expect(prevotes).toEqual(['nil']);
    });
  }

  it('a block no later than the previous one: refused even with a well-formed last commit (precommits timed at the previous block)', () => {
    const previous = healthyChain(1)[0]!;
    const previousTime = Number(previous.block!.header!.timeUs);
    const { effects, prevotes } = judge((b) => {
      const precommits = previous.certificate!.precommits!.map((p) => signVote({ ...p, timestampUs: previousTime, signature: null }, deriveKeyPair(KEY_SEED, p.validatorId!).privateKey));
      b.lastCommit = { ...previous.certificate, precommits };
      b.header!.lastCommitHash = certificateHash(b.lastCommit);
      b.header!.timeUs = previousTime;
    });
    expect(problem(effects)).toEqual(['block time not after the previous block']);
    expect(prevotes).toEqual(['nil']);
  });

  it('a proposal whose block does not hash to its block hash is refused as such', () => {
    const base = healthyRun().proposals.find((p) => Number(p.height) === 1 && p.round === 0)!;
    const core = makeCore('validator-1');
    core.start(0);
    const proposal = signProposal({ ...base, blockHash: new Uint8Array(32).fill(9), signature: null }, deriveKeyPair(KEY_SEED, base.proposerId!).privateKey);
    expect(rejections(core.onProposal(1, proposal, base.proposerId!))).toEqual(['proposal block does not match its hash']);
    expect(votesIn(core.onTimeout(3 * S, 'propose', 1, 0)).map((v) => hex(v.blockHash))).toEqual(['']);
  });

  it('a vote of no known type is refused', () => {
    const core = makeCore('validator-1');
    core.start(0);
    expect(rejections(core.onVote(1, vote('validator-2', 0, 0, nil), 'validator-2'))).toEqual(['vote of unknown type']);
  });
});

describe('the buffer of next-height messages is bounded', () => {
  it('holds at most 1,000 messages: the 1,001st is dropped, not judged when the height starts', () => {
    const chain = healthyChain(1);
    const core = makeCore('validator-1');
    core.start(0);
    // 1,001 validly signed prevotes of height 2, rounds 0..1000: all but the first 51 rounds are
    // too far ahead once height 2 starts, so the rejections count the held ones beyond round 50.
    for (let round = 0; round <= 1_000; round++) core.onVote(1, vote('validator-3', PREVOTE, round, nil, 2), 'validator-3');
    const effects = core.onSyncedBlocks(2, [chain[0]!], 'validator-3');
    expect(rejections(effects).filter((reason) => reason.startsWith('vote for round'))).toHaveLength(1_000 - 51);
  });
});

describe('construction', () => {
  it('a core for a validator outside the set is a programming error, named', () => {
    expect(() => makeCore('validator-9')).toThrow('consensus: validator-9 is not in the validator set');
  });

  it('the planted quorum-2f variant takes 2f votes for a quorum: 4 of 7 (f = 2), where 5 are needed', () => {
    const seven = Array.from({ length: 7 }, (_, i) => `validator-${i + 1}`);
    /** How many nil prevotes (its own first) it takes to precommit nil (L44). */
    const votesToPrecommit = (core: ReturnType<typeof makeCore>) => {
      core.start(0);
      core.onTimeout(3 * S, 'propose', 1, 0); // its own nil prevote
      let count = 1;
      for (const id of seven.slice(1)) {
        if (core.step === 'precommit') break;
        core.onVote(3 * S, vote(id, PREVOTE, 0, nil), id);
        count++;
      }
      return count;
    };
    expect(votesToPrecommit(makeCore('validator-1', { ids: seven }))).toBe(5);
    expect(votesToPrecommit(makeCore('validator-1', { ids: seven, variant: 'quorum-2f' }))).toBe(4);
  });
});

describe('what a signature covers', () => {
  it('a proposal changed after signing (its round or block hash) no longer verifies: refused as a bad signature', () => {
    const base = healthyRun().proposals.find((p) => Number(p.height) === 1 && p.round === 0)!;
    const core = makeCore('validator-1');
    core.start(0);
    const moved = { ...base, polRound: 0 };
    expect(rejections(core.onProposal(1, moved, base.proposerId!))).toEqual([`proposal with a bad signature from ${base.proposerId}`]);
    const otherBlock = signProposal({ ...base, signature: null, blockHash: new Uint8Array(32).fill(5) }, deriveKeyPair(KEY_SEED, base.proposerId!).privateKey);
    const spliced = { ...base, signature: otherBlock.signature };
    expect(rejections(core.onProposal(1, spliced, base.proposerId!))).toEqual([`proposal with a bad signature from ${base.proposerId}`]);
    expect(rejections(core.onProposal(1, base, base.proposerId!))).toEqual([]);
  });
});

describe('messages of a height already committed (found by mutation testing)', () => {
  it('a late proposal or vote of a committed height changes nothing: no rejection, no vote, not counted', () => {
    const chain = healthyChain(2);
    const core = makeCore('validator-1');
    core.start(0);
    core.onSyncedBlocks(1, [chain[0]!, chain[1]!], 'validator-2');
    expect(core.height).toBe(3);
    const proposal1 = healthyRun().proposals.find((p) => Number(p.height) === 1 && p.round === 0)!;
    expect(core.onProposal(2, proposal1, proposal1.proposerId!)).toEqual([]);
    for (const id of IDS.slice(1)) {
      expect(core.onVote(3, vote(id, PREVOTE, 0, proposal1.blockHash, 1), id)).toEqual([]);
      expect(core.onVote(3, vote(id, PRECOMMIT, 0, proposal1.blockHash, 1), id)).toEqual([]);
    }
    expect(core.height).toBe(3);
    expect(chainHeights(core)).toEqual([1, 2]);
  });
});

describe("Algorithm 1 line 28: a proposal with a proof-of-lock round (found by mutation testing)", () => {
  /** validator-1 in round 1 of height 1; height 1's block re-proposed in round 1 with `polRound`, and 3 prevotes for it in `prevoteRound`. */
  function reproposed(polRound: number, prevoteRound: number, tamper?: (block: faultline.v1.IBlock) => void): string[] {
    const base = healthyRun().proposals.find((p) => Number(p.height) === 1 && p.round === 0)!;
    const block = structuredClone(base.block!);
    tamper?.(block);
    const hash = blockHash(block.header ?? {});
    const core = makeCore('validator-1');
    core.start(0);
    core.onTimeout(1, 'precommit', 1, 0);
    expect(core.round).toBe(1);
    for (const id of ['validator-2', 'validator-3', 'validator-4']) core.onVote(2, vote(id, PREVOTE, prevoteRound, hash), id);
    const proposerId = makeCore('validator-2').validators.proposer(1, 1);
    const proposal = signProposal({ ...base, round: 1, polRound, proposerId, block, blockHash: hash, signature: null }, deriveKeyPair(KEY_SEED, proposerId).privateKey);
    return votesIn(core.onProposal(3, proposal, proposerId)).filter((v) => v.round === 1 && v.type === PREVOTE).map((v) => (hex(v.blockHash) === '' ? 'nil' : 'block'));
  }

  it('a POL of an earlier round (0 < 1) with 2f+1 prevotes: the block is prevoted', () => {
    expect(reproposed(0, 0)).toEqual(['block']);
  });

  it('a POL round that is not earlier than the proposal round (1, not < 1) is no proof: no prevote on arrival', () => {
    expect(reproposed(1, 1)).toEqual([]);
  });

  it('an invalid block with a POL is prevoted nil', () => {
    expect(reproposed(0, 0, (block) => { block.header!.height = 7; })).toEqual(['nil']);
  });
});

describe('rules found by mutation testing (session 16)', () => {
  const base = () => healthyRun().proposals.find((p) => Number(p.height) === 1 && p.round === 0)!;
  /** Height 1's healthy block (or a variant of it) proposed in `round` by that round's proposer, with `polRound`. */
  function proposalOf(round: number, polRound = -1, tamper?: (block: faultline.v1.IBlock) => void): faultline.v1.IProposal {
    const block = structuredClone(base().block!);
    tamper?.(block);
    const proposerId = makeCore('validator-1').validators.proposer(1, round);
    return signProposal({ ...base(), round, polRound, proposerId, block, blockHash: blockHash(block.header ?? {}), signature: null }, deriveKeyPair(KEY_SEED, proposerId).privateKey);
  }
  /** Another valid block of height 1 (its header round differs, so its hash does). */
  const otherBlock = (block: faultline.v1.IBlock) => {
    block.header!.round = 1_000;
  };
  const prevotesOf = (effects: readonly CoreEffect[], round: number) =>
    votesIn(effects).filter((v) => v.round === round && v.type === PREVOTE).map((v) => (hex(v.blockHash) === '' ? 'nil' : hex(v.blockHash)));
  /** validator-1 locked on height 1's block in `round` (its prevote, two more, its precommit), then moved on to `round + 1`. */
  function lockedIn(round: number) {
    const core = makeCore('validator-1');
    core.start(0);
    for (let r = 0; r < round; r++) core.onTimeout(1, 'precommit', 1, r);
    const proposal = proposalOf(round);
    expect(prevotesOf(core.onProposal(2, proposal, proposal.proposerId!), round)).toEqual([hex(proposal.blockHash)]);
    const effects = [...core.onVote(3, vote('validator-2', PREVOTE, round, proposal.blockHash), 'validator-2'), ...core.onVote(3, vote('validator-3', PREVOTE, round, proposal.blockHash), 'validator-3')];
    expect(votesIn(effects).map((v) => [v.type, hex(v.blockHash)])).toEqual([[PRECOMMIT, hex(proposal.blockHash)]]);
    core.onTimeout(4, 'precommit', 1, round);
    expect(core.round).toBe(round + 1);
    return { core, locked: hex(proposal.blockHash) };
  }

  it('a proposal or vote at most futureRoundsMax (50) rounds ahead is taken; one more is refused as too far ahead', () => {
    const core = makeCore('validator-1');
    core.start(0);
    const at = (round: number) => proposalOf(round);
    // (Votes and a proposal of round 50 from two validators make f+1 senders: it then joins round 50, so the refusals come first.)
    expect(rejections(core.onVote(1, vote('validator-3', PREVOTE, 51, nil), 'validator-3'))).toEqual(['vote for round 51 too far ahead']);
    expect(rejections(core.onProposal(1, at(51), at(51).proposerId!))).toEqual(['proposal for round 51 too far ahead']);
    expect(rejections(core.onVote(1, vote('validator-3', PREVOTE, 50, nil), 'validator-3'))).toEqual([]);
    expect(core.round).toBe(0);
    expect(rejections(core.onProposal(1, at(50), at(50).proposerId!))).toEqual([]);
    expect(core.round).toBe(50);
    // The bound counts from the current round: in round 1, round 51 is 50 ahead.
    const later = makeCore('validator-1');
    later.start(0);
    later.onTimeout(2, 'precommit', 1, 0);
    expect(rejections(later.onVote(3, vote('validator-3', PREVOTE, 51, nil), 'validator-3'))).toEqual([]);
    expect(rejections(later.onVote(3, vote('validator-3', PREVOTE, 52, nil), 'validator-3'))).toEqual(['vote for round 52 too far ahead']);
  });

  it('the first proposal of a round wins: a second one from the same proposer replaces nothing', () => {
    const core = makeCore('validator-1');
    core.start(0);
    const first = proposalOf(0);
    const second = proposalOf(0, -1, otherBlock);
    expect(hex(second.blockHash)).not.toBe(hex(first.blockHash));
    expect(prevotesOf(core.onProposal(1, first, 'validator-2'), 0)).toEqual([hex(first.blockHash)]);
    expect(core.onProposal(2, second, 'validator-2')).toEqual([]);
    // 2f+1 precommits for the first block commit it: its proposal is still the one known.
    for (const id of ['validator-2', 'validator-3', 'validator-4']) core.onVote(3, vote(id, PRECOMMIT, 0, first.blockHash), id);
    expect(core.chain.map((c) => hex(blockHash(c.block!.header!)))).toEqual([hex(first.blockHash)]);
  });

  it('two different votes of one validator for one step are counted as an equivocation, with evidence', () => {
    const core = makeCore('validator-1');
    core.start(0);
    const block = proposalOf(0).blockHash;
    core.onVote(1, vote('validator-3', PREVOTE, 0, block), 'validator-3');
    expect(core.counters.equivocationsSeen).toBe(0);
    const effects = core.onVote(2, vote('validator-3', PREVOTE, 0, nil), 'validator-3');
    expect(core.counters.equivocationsSeen).toBe(1);
    expect(kinds(effects)).toContain('evidence');
  });

  it('Algorithm 1 line 22: a validator locked on a block prevotes it when it is proposed again without a POL round', () => {
    const { core, locked } = lockedIn(0);
    const again = proposalOf(1);
    expect(hex(again.blockHash)).toBe(locked);
    expect(prevotesOf(core.onProposal(5, again, again.proposerId!), 1)).toEqual([locked]);
    // Another block without a POL round: the lock holds, nil.
    const { core: other } = lockedIn(0);
    const fresh = proposalOf(1, -1, otherBlock);
    expect(prevotesOf(other.onProposal(5, fresh, fresh.proposerId!), 1)).toEqual(['nil']);
  });

  it('a proposal that completes a polka (2f prevotes for it heard first) is prevoted and precommitted in the same step (L22 then L36)', () => {
    const core = makeCore('validator-1');
    core.start(0);
    const proposal = proposalOf(0);
    for (const id of ['validator-3', 'validator-4']) expect(votesIn(core.onVote(1, vote(id, PREVOTE, 0, proposal.blockHash), id))).toEqual([]);
    const effects = core.onProposal(2, proposal, 'validator-2');
    expect(votesIn(effects).map((v) => [v.type, hex(v.blockHash)])).toEqual([[PREVOTE, hex(proposal.blockHash)], [PRECOMMIT, hex(proposal.blockHash)]]);
  });

  it('the same with a POL round (L28 then L36)', () => {
    const core = makeCore('validator-1');
    core.start(0);
    core.onTimeout(1, 'precommit', 1, 0);
    const proposal = proposalOf(1, 0);
    for (const id of ['validator-2', 'validator-3', 'validator-4']) core.onVote(2, vote(id, PREVOTE, 0, proposal.blockHash), id);
    for (const id of ['validator-2', 'validator-4']) expect(votesIn(core.onVote(3, vote(id, PREVOTE, 1, proposal.blockHash), id))).toEqual([]);
    const effects = core.onProposal(4, proposal, proposal.proposerId!);
    expect(votesIn(effects).map((v) => [v.round, v.type, hex(v.blockHash)])).toEqual([
      [1, PREVOTE, hex(proposal.blockHash)],
      [1, PRECOMMIT, hex(proposal.blockHash)],
    ]);
  });

  it('L34: the prevote timeout starts in the prevote step only (2f+1 prevotes heard in the propose step start nothing), once per round, in every round', () => {
    const core = makeCore('validator-1');
    core.start(0);
    const block = proposalOf(0).blockHash;
    const prevoteTimeouts = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'timeout' && e.step === 'prevote' ? [e.round] : []));
    // Round 0: a split (2 for the block, 1 nil) heard while still in propose.
    const heard = [...core.onVote(1, vote('validator-2', PREVOTE, 0, block), 'validator-2'), ...core.onVote(1, vote('validator-3', PREVOTE, 0, block), 'validator-3'), ...core.onVote(1, vote('validator-4', PREVOTE, 0, nil), 'validator-4')];
    expect(prevoteTimeouts(heard)).toEqual([]);
    expect(prevoteTimeouts(core.onTimeout(2, 'propose', 1, 0))).toEqual([0]);
    core.onTimeout(3, 'prevote', 1, 0);
    core.onTimeout(4, 'precommit', 1, 0);
    expect(core.round).toBe(1);
    // Round 1: the same split, heard in the prevote step.
    core.onTimeout(5, 'propose', 1, 1);
    expect(core.step).toBe('prevote');
    const round1 = [...core.onVote(6, vote('validator-2', PREVOTE, 1, block), 'validator-2'), ...core.onVote(6, vote('validator-3', PREVOTE, 1, block), 'validator-3')];
    expect(prevoteTimeouts(round1)).toEqual([1]);
    expect(prevoteTimeouts(core.onVote(7, vote('validator-4', PREVOTE, 1, nil), 'validator-4'))).toEqual([]);
  });

  it('L36: a polka heard in the propose step is acted on when the step reaches prevote (lock and precommit)', () => {
    const core = makeCore('validator-1');
    core.start(0);
    core.onTimeout(1, 'precommit', 1, 0);
    // Round 1's proposal claims a POL round 0 no prevote backs: no prevote on arrival (L28 needs the POL).
    const proposal = proposalOf(1, 0);
    expect(votesIn(core.onProposal(2, proposal, proposal.proposerId!))).toEqual([]);
    for (const id of ['validator-2', 'validator-3', 'validator-4']) expect(votesIn(core.onVote(3, vote(id, PREVOTE, 1, proposal.blockHash), id))).toEqual([]);
    expect(core.step).toBe('propose');
    // The propose timeout: it prevotes nil (L57), then the polka of round 1 for the block locks it and precommits it (L36).
    const effects = core.onTimeout(4, 'propose', 1, 1);
    expect(votesIn(effects).map((v) => [v.type, hex(v.blockHash)])).toEqual([[PREVOTE, ''], [PRECOMMIT, hex(proposal.blockHash)]]);
  });

  it('BFT time: a nil vote is timed after the previous block, even on a clock behind it', () => {
    const chain = healthyChain(2);
    const previousTime = Number(chain[1]!.block!.header!.timeUs);
    expect(previousTime).toBeGreaterThan(10);
    const core = makeCore('validator-1');
    core.restore(chain.map((committed) => ({ committed })));
    core.start(5);
    const [prevote] = votesIn(core.onTimeout(5, 'propose', 3, 0));
    expect(hex(prevote!.blockHash)).toBe('');
    expect(Number(prevote!.timestampUs)).toBe(previousTime + 1);
  });

  describe('the rules settle: every rule an input enables is applied in the same step', () => {
    it('prevote (L22), polka (L36), commit (L49): the proposal arrives last', () => {
      const core = makeCore('validator-1');
      core.start(0);
      const proposal = proposalOf(0);
      for (const id of ['validator-2', 'validator-3']) core.onVote(1, vote(id, PRECOMMIT, 0, proposal.blockHash), id);
      for (const id of ['validator-3', 'validator-4']) core.onVote(1, vote(id, PREVOTE, 0, proposal.blockHash), id);
      const effects = core.onProposal(2, proposal, 'validator-2');
      expect(commitsIn(effects).map((c) => hex(c.certificate!.blockHash))).toEqual([hex(proposal.blockHash)]);
    });

    it('nil precommit (L44), then the precommit timeout (L47)', () => {
      const core = makeCore('validator-1');
      core.start(0);
      for (const id of ['validator-2', 'validator-3']) core.onVote(1, vote(id, PRECOMMIT, 0, nil), id);
      for (const id of ['validator-2', 'validator-3']) core.onVote(1, vote(id, PREVOTE, 0, nil), id);
      const effects = core.onTimeout(2, 'propose', 1, 0);
      expect(votesIn(effects).map((v) => [v.type, hex(v.blockHash)])).toEqual([[PREVOTE, ''], [PRECOMMIT, '']]);
      expect(effects.flatMap((e) => (e.kind === 'timeout' ? [e.step] : []))).toEqual(['prevote', 'precommit']);
    });

    it('held messages of the next height: the precommit timeout (L47), joining a later round (L55) and prevoting its proposal (L22), when the height starts', () => {
      const chain = healthyChain(1);
      const base2 = healthyRun().proposals.find((p) => Number(p.height) === 2 && p.round === 0)!;
      const proposerId = makeCore('validator-1').validators.proposer(2, 1);
      const proposal = signProposal({ ...base2, round: 1, polRound: -1, proposerId, signature: null }, deriveKeyPair(KEY_SEED, proposerId).privateKey);
      const core = makeCore('validator-1');
      core.start(0);
      for (const id of ['validator-2', 'validator-3', 'validator-4']) core.onVote(1, vote(id, PRECOMMIT, 0, nil, 2), id);
      core.onVote(1, vote('validator-3', PREVOTE, 1, proposal.blockHash, 2), 'validator-3');
      core.onProposal(1, proposal, proposerId);
      const effects = core.onSyncedBlocks(2, [chain[0]!], 'validator-2');
      expect(core.height).toBe(2);
      expect(core.round).toBe(1);
      expect(effects.some((e) => e.kind === 'timeout' && e.step === 'precommit' && e.round === 0)).toBe(true);
      expect(votesIn(effects).map((v) => [v.round, v.type, hex(v.blockHash)])).toEqual([[1, PREVOTE, hex(proposal.blockHash)]]);
    });
  });

  describe('Algorithm 1 line 28: lockedRound <= vr or the locked block itself', () => {
    /** A proposal in round 2 with POL round 0, and 2f+1 prevotes of round 0 for its block (validator-1 did not prevote in round 0). */
    function withPolOfRound0(core: ReturnType<typeof makeCore>, tamper?: (block: faultline.v1.IBlock) => void): string[] {
      const proposal = proposalOf(2, 0, tamper);
      for (const id of ['validator-2', 'validator-3', 'validator-4']) core.onVote(5, vote(id, PREVOTE, 0, proposal.blockHash), id);
      return prevotesOf(core.onProposal(6, proposal, proposal.proposerId!), 2);
    }

    it('locked in round 1 on the block re-proposed with a POL of round 0 (1 > 0): prevoted, it is the locked block', () => {
      const { core, locked } = lockedIn(1);
      expect(withPolOfRound0(core)).toEqual([locked]);
    });

    it('locked in round 1, another block with a POL of round 0 (1 > 0): the lock holds, nil', () => {
      const { core } = lockedIn(1);
      expect(withPolOfRound0(core, otherBlock)).toEqual(['nil']);
    });

    it('locked in round 1, another block with a POL of round 1 itself (1 <= 1): the POL frees it, prevoted', () => {
      // Two polkas in one round take more than f equivocators: the lock comes from the log (a restart), the polka from votes heard since.
      const { core: first, locked } = lockedIn(1);
      const restarted = makeCore('validator-1');
      restarted.restore([{ lock: { height: 1, lockedRound: 1, lockedBlock: proposalOf(1).block, validRound: 1, validBlock: proposalOf(1).block } }, { signedVote: vote('validator-1', PRECOMMIT, 1, Buffer.from(locked, 'hex')) }]);
      expect(first.round).toBe(2);
      restarted.start(4);
      restarted.onTimeout(4, 'precommit', 1, 1);
      expect(restarted.round).toBe(2);
      const proposal = proposalOf(2, 1, otherBlock);
      for (const id of ['validator-2', 'validator-3', 'validator-4']) restarted.onVote(5, vote(id, PREVOTE, 1, proposal.blockHash), id);
      expect(prevotesOf(restarted.onProposal(6, proposal, proposal.proposerId!), 2)).toEqual([hex(proposal.blockHash)]);
    });
  });
});
