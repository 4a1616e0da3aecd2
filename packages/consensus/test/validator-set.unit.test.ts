/**
 * The validator set, vote tallies, timeouts and the mempool's boundaries: small rules the
 * mutation run (npm run mutation) found unguarded, each pinned by a focused test.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, encodeMessage, pb } from '@faultline/protocol';
import { COMETBFT_TIMEOUTS, Mempool, signVote, timeoutUs, ValidatorSet } from '@faultline/consensus';
import { KEY_SEED, makeCore } from './core-harness.ts';

const member = (id: string) => ({ id, publicKeyRaw: deriveKeyPair(KEY_SEED, id).publicKeyRaw });
const set = (ids: string[], options?: { quorumOverride?: number }) => new ValidatorSet(ids.map(member), options);
const ids = (n: number) => Array.from({ length: n }, (_, i) => `validator-${i + 1}`);

describe('the validator set', () => {
  it('tolerates f = floor((n - 1) / 3) and needs a quorum above two thirds', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 10].map((n) => [set(ids(n)).f, set(ids(n)).quorum])).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 3],
      [1, 4],
      [1, 5],
      [2, 5],
      [3, 7],
    ]);
  });

  it('refuses an empty set, duplicate ids, and a quorum override only when asked', () => {
    expect(() => new ValidatorSet([])).toThrow('validator set: empty');
    expect(set(['validator-1']).n).toBe(1);
    expect(() => set(['validator-1', 'validator-1'])).toThrow('validator set: duplicate ids');
    // An override (the planted quorum-2f path) may break quorum intersection; that is its point.
    expect(set(ids(4), { quorumOverride: 2 }).quorum).toBe(2);
  });

  it('proposers go round robin over the sorted ids, shifted by height, whatever the input order', () => {
    const shuffled = set(['validator-3', 'validator-1', 'validator-4', 'validator-2']);
    expect(shuffled.ids).toEqual(ids(4));
    expect([0, 1, 2, 3, 4].map((round) => shuffled.proposer(1, round))).toEqual(['validator-2', 'validator-3', 'validator-4', 'validator-1', 'validator-2']);
    expect(shuffled.proposer(2, 0)).toBe('validator-3');
  });
});

describe('timeouts per round (CometBFT: propose 3 s, prevote and precommit 1 s, +0.5 s a round)', () => {
  it('each step has its own base and delta', () => {
    expect([0, 1, 2].map((r) => timeoutUs(COMETBFT_TIMEOUTS, 'propose', r))).toEqual([3_000_000, 3_500_000, 4_000_000]);
    expect([0, 1, 2].map((r) => timeoutUs(COMETBFT_TIMEOUTS, 'prevote', r))).toEqual([1_000_000, 1_500_000, 2_000_000]);
    expect(timeoutUs({ ...COMETBFT_TIMEOUTS, prevoteUs: 7, prevoteDeltaUs: 1, precommitUs: 9, precommitDeltaUs: 2 }, 'prevote', 1)).toBe(8);
    expect(timeoutUs({ ...COMETBFT_TIMEOUTS, prevoteUs: 7, prevoteDeltaUs: 1, precommitUs: 9, precommitDeltaUs: 2 }, 'precommit', 1)).toBe(11);
  });
});

describe('vote tallies', () => {
  it('2f+1 nil precommits are no block quorum: nothing commits, however many arrive', () => {
    const core = makeCore('validator-1');
    core.start(0);
    for (const id of ids(4).slice(1)) {
      const vote = signVote({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height: 1, round: 0, blockHash: new Uint8Array(0), validatorId: id, timestampUs: 1 }, deriveKeyPair(KEY_SEED, id).privateKey);
      core.onVote(1, vote, id);
      // A duplicate counts once and is no evidence of double signing.
      expect(core.onVote(1, vote, id).filter((e) => e.kind === 'evidence')).toEqual([]);
    }
    expect(core.counters.equivocationsSeen).toBe(0);
    expect(core.committedHeight).toBe(0);
  });
});

describe('the mempool boundaries', () => {
  const tx = (nonce: number) => encodeMessage('Transaction', { clientId: 'client-1', nonce, deposit: { accountId: 'a', amount: 1 } });

  it('accepts a tx of exactly the size limit, refuses one byte more', () => {
    const size = tx(1).length;
    expect(new Mempool(10, size).add(tx(1))).toBe('added');
    expect(new Mempool(10, size - 1).add(tx(1))).toBe('oversized');
  });

  it('the planted mempool-forgets-committed variant admits a committed tx again', () => {
    const forgetful = new Mempool(10, 1_000, false);
    forgetful.markCommitted([tx(1)]);
    expect(forgetful.add(tx(1))).toBe('added');
    const core = makeCore('validator-1', { variant: 'mempool-forgets-committed' });
    core.mempool.markCommitted([tx(2)]);
    expect(core.mempool.add(tx(2))).toBe('added');
  });
});
