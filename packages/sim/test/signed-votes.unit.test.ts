/**
 * SignedVotes (no equivocation's record): a validator's second vote of one step is the same only
 * when it names the same block hash, byte for byte and in length (nil = absent = empty); steps,
 * rounds, heights and validators are apart; a late vote for an old height is still compared with
 * what was signed there, after thousands of later heights; each distinct hash is kept once.
 */
import { describe, expect, it } from 'vitest';
import { pb, type faultline } from '@faultline/protocol';
import { SignedVotes } from '../src/invariants/signed-votes.ts';

const PREVOTE = pb.VoteType.VOTE_TYPE_PREVOTE;
const PRECOMMIT = pb.VoteType.VOTE_TYPE_PRECOMMIT;
const hash = (n: number, length = 32) => new Uint8Array(length).fill(n);
const vote = (validatorId: string, height: number, round: number, type: number, blockHash: Uint8Array | null | undefined): faultline.v1.IVote => ({ validatorId, height, round, type, blockHash });

describe('SignedVotes', () => {
  it('the same hash again (another array, or a view into a larger buffer) is the same; another hash, a prefix or an extension of it is not', () => {
    const votes = new SignedVotes();
    expect(votes.firstOrSame(vote('v1', 1, 0, PREVOTE, hash(7)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 1, 0, PREVOTE, hash(7)))).toBe(true);
    const frame = new Uint8Array(40).fill(7);
    frame[0] = 1;
    expect(votes.firstOrSame(vote('v1', 1, 0, PREVOTE, frame.subarray(4, 36)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 1, 0, PREVOTE, hash(8)))).toBe(false);
    expect(votes.firstOrSame(vote('v1', 1, 0, PREVOTE, hash(7, 31)))).toBe(false);
    expect(votes.firstOrSame(vote('v1', 1, 0, PREVOTE, hash(7, 33)))).toBe(false);
    const oneByte = hash(7);
    oneByte[31] = 0;
    expect(votes.firstOrSame(vote('v1', 1, 0, PREVOTE, oneByte))).toBe(false);
  });

  it('nil is absent, null or empty alike, and differs from any block', () => {
    const votes = new SignedVotes();
    expect(votes.firstOrSame(vote('v1', 2, 0, PRECOMMIT, undefined))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 2, 0, PRECOMMIT, null))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 2, 0, PRECOMMIT, new Uint8Array(0)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 2, 0, PRECOMMIT, hash(0)))).toBe(false);
    expect(votes.firstOrSame(vote('v1', 3, 0, PRECOMMIT, hash(0)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 3, 0, PRECOMMIT, null))).toBe(false);
  });

  it('steps, rounds, heights and validators are apart', () => {
    const votes = new SignedVotes();
    expect(votes.firstOrSame(vote('v1', 4, 0, PREVOTE, hash(1)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 4, 0, PRECOMMIT, hash(2)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 4, 1, PREVOTE, hash(3)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 5, 0, PREVOTE, hash(4)))).toBe(true);
    expect(votes.firstOrSame(vote('v2', 4, 0, PREVOTE, hash(5)))).toBe(true);
    // Each step still holds its own hash.
    expect(votes.firstOrSame(vote('v1', 4, 0, PRECOMMIT, hash(1)))).toBe(false);
    expect(votes.firstOrSame(vote('v1', 4, 1, PREVOTE, hash(3)))).toBe(true);
    expect(votes.firstOrSame(vote('v2', 4, 0, PREVOTE, hash(1)))).toBe(false);
  });

  it('a late equivocating vote for an old height is caught after thousands of later heights; each hash is kept once for all validators', () => {
    const votes = new SignedVotes();
    const blockOf = (height: number) => {
      const bytes = new Uint8Array(32);
      new DataView(bytes.buffer).setUint32(0, height);
      return bytes;
    };
    for (let height = 1; height <= 3_000; height++) {
      for (const id of ['v1', 'v2', 'v3', 'v4']) {
        expect(votes.firstOrSame(vote(id, height, 0, PREVOTE, blockOf(height)))).toBe(true);
        expect(votes.firstOrSame(vote(id, height, 0, PRECOMMIT, blockOf(height)))).toBe(true);
      }
    }
    expect(votes.hashCount).toBe(3_001);
    expect(votes.firstOrSame(vote('v3', 12, 0, PRECOMMIT, blockOf(12)))).toBe(true);
    expect(votes.firstOrSame(vote('v3', 12, 0, PRECOMMIT, blockOf(13)))).toBe(false);
    expect(votes.firstOrSame(vote('v3', 12, 0, PRECOMMIT, null))).toBe(false);
    expect(votes.firstOrSame(vote('v3', 12, 0, PRECOMMIT, hash(99)))).toBe(false);
  });
});
