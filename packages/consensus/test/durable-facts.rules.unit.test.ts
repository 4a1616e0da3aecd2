/**
 * Rules of what the write-ahead log keeps (evolve) and how a restarted core goes on from it: the
 * recent votes kept for re-sending are bounded to the newest 64, `durableFacts` reports every
 * field in its documented order and form, the lock only while a height is being decided, a vote
 * signed before a crash is sent again unchanged (nil ones too), every commit is counted, and a nil
 * vote is timed after the previous block. Four validators: f = 1, quorum 3; proposers at height h,
 * round r: IDS[(h + r) % 4].
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, type faultline } from '@faultline/protocol';
import { hex, signVote } from '@faultline/consensus';
import { IDS, KEY_SEED, makeCore, persistedIn, ScriptedNet, votesIn } from './core-harness.ts';

const S = 1_000_000;
const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;
const PRECOMMIT = pb.VoteType.VOTE_TYPE_PRECOMMIT;
const nil = new Uint8Array(0);

function vote(id: string, type: number, round: number, blockHash: Uint8Array = nil, height = 1): faultline.v1.IVote {
  return signVote({ type, height, round, blockHash, validatorId: id, timestampUs: 1 }, deriveKeyPair(KEY_SEED, id).privateKey);
}
const hash = (byte: number) => new Uint8Array(32).fill(byte);

let healthy: faultline.v1.ICommittedBlock[] | undefined;
/** The first two blocks of a healthy four-validator run. */
function twoBlocks(): faultline.v1.ICommittedBlock[] {
  if (!healthy) {
    const net = new ScriptedNet(IDS, (id) => makeCore(id));
    net.start();
    for (let t = 0; t < 60 * S && net.core('validator-2').committedHeight < 2; t += 100_000) net.runUntil(t);
    healthy = net.core('validator-2').blocksFrom(1, 2);
  }
  return healthy;
}

describe('the votes kept for re-sending', () => {
  it('are the newest 64, oldest first, each as "height/round/type/block hash hex"', () => {
    const core = makeCore('validator-1');
    for (let round = 0; round < 70; round++) core.evolve({ signedVote: vote('validator-1', PREVOTE, round, round % 2 === 0 ? nil : hash(round)) });
    const kept = core.durableFacts().sentVotes;
    expect(kept).toHaveLength(64);
    expect(kept[0]).toBe(`1/6/${PREVOTE}/`);
    expect(kept[1]).toBe(`1/7/${PREVOTE}/${hex(hash(7))}`);
    expect(kept[63]).toBe(`1/69/${PREVOTE}/${hex(hash(69))}`);
  });
});

describe('durableFacts', () => {
  it('lists the signed steps sorted by key and the own proposals sorted, with their block hashes, whatever order they were logged in', () => {
    const core = makeCore('validator-1');
    const logged: Array<[number, number, number]> = [
      [1, 3, PRECOMMIT],
      [1, 10, PREVOTE],
      [1, 0, PREVOTE],
      [1, 2, PREVOTE],
      [1, 0, PRECOMMIT],
      [1, 1, PREVOTE],
    ];
    for (const [height, round, type] of logged) core.evolve({ signedVote: vote('validator-1', type, round, hash(round + 1), height) });
    const key = (round: number, type: number) => `1/${round}/${type === PREVOTE ? 'prevote' : 'precommit'}`;
    expect(core.durableFacts().signed).toEqual(
      logged.map(([, round, type]) => [key(round, type), hex(hash(round + 1))] as [string, string]).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    expect(core.durableFacts().signed.map(([k]) => k)).toEqual(['1/0/precommit', '1/0/prevote', '1/1/prevote', '1/10/prevote', '1/2/prevote', '1/3/precommit']);
    for (const round of [7, 3, 5]) core.evolve({ signedProposal: { height: 1, round, blockHash: hash(round) } });
    expect(core.durableFacts().ownProposals).toEqual([`1/3:${hex(hash(3))}`, `1/5:${hex(hash(5))}`, `1/7:${hex(hash(7))}`]);
  });

  it('reports the lock while the height is being decided, none once the chain holds it (the commit wait)', () => {
    const core = makeCore('validator-1');
    expect(core.durableFacts().lock).toEqual({ lockedRound: -1, lockedBlock: '', validRound: -1, validBlock: '' });
    core.evolve({ committed: twoBlocks()[0] });
    expect(core.height).toBe(1);
    expect(core.durableFacts().lock).toBeUndefined();
  });
});

describe('a restarted validator re-sends the nil votes it signed', () => {
  it('its nil prevote on the propose timeout and its nil precommit on the prevote timeout, the same step and value again', () => {
    const first = makeCore('validator-1');
    const wal = persistedIn([...first.start(0), ...first.onTimeout(3 * S, 'propose', 1, 0), ...first.onTimeout(4 * S, 'prevote', 1, 0)]);
    const signed = wal.flatMap((record) => (record.signedVote ? [record.signedVote] : []));
    expect(signed.map((v) => [v.type, hex(v.blockHash)])).toEqual([
      [PREVOTE, ''],
      [PRECOMMIT, ''],
    ]);
    const restarted = makeCore('validator-1');
    restarted.restore(wal);
    restarted.start(10 * S);
    const step = (v: faultline.v1.IVote) => [v.type, Number(v.height), v.round, hex(v.blockHash)];
    expect(votesIn(restarted.onTimeout(13 * S, 'propose', 1, 0)).map(step)).toEqual([[PREVOTE, 1, 0, '']]);
    expect(votesIn(restarted.onTimeout(14 * S, 'prevote', 1, 0)).map(step)).toEqual([[PRECOMMIT, 1, 0, '']]);
  });
});

describe('counters and vote times', () => {
  it('counts every commit, synced ones too', () => {
    const core = makeCore('validator-1');
    core.start(0);
    core.onSyncedBlocks(S, twoBlocks(), 'validator-2');
    expect(core.committedHeight).toBe(2);
    expect(core.counters.commits).toBe(2);
    expect(core.counters.synced).toBe(2);
  });

  it('a nil vote is timed after the previous block even when the clock reads earlier', () => {
    const chain = twoBlocks();
    const previousTimeUs = Number(chain[1]?.block?.header?.timeUs);
    expect(previousTimeUs).toBeGreaterThan(1);
    const core = makeCore('validator-1');
    core.restore(chain.map((committed) => ({ committed })));
    core.start(0);
    const [prevote] = votesIn(core.onTimeout(0, 'propose', 3, 0));
    expect(hex(prevote?.blockHash)).toBe('');
    expect(Number(prevote?.timestampUs)).toBe(previousTimeUs + 1);
  });
});
