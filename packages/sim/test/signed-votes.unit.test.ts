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

  it('a third step at a height, a round or type too large to pack, heights skipped and heights far ahead: each vote still judged against its own step', () => {
    const votes = new SignedVotes();
    expect(votes.firstOrSame(vote('v1', 1, 0, PREVOTE, hash(1)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 1, 0, PRECOMMIT, hash(1)))).toBe(true);
    // Beyond the height's two slots.
    expect(votes.firstOrSame(vote('v1', 1, 1, PREVOTE, hash(2)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 1, 1, PRECOMMIT, null))).toBe(true);
    // Not packable: a round of 16 or more, a type of 4 or more.
    expect(votes.firstOrSame(vote('v1', 2, 16, PREVOTE, hash(3)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 2, 0, 4, hash(3)))).toBe(true);
    // Heights skipped (their slots stay empty) and a height far past the slots' end.
    expect(votes.firstOrSame(vote('v1', 9, 0, PREVOTE, hash(4)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 50_000, 0, PREVOTE, hash(5)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 5, 0, PRECOMMIT, hash(6)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', -1, 0, PREVOTE, hash(7)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 1.5, 0, PREVOTE, hash(7)))).toBe(true);
    const again: Array<[number, number, number, Uint8Array | null]> = [
      [1, 0, PREVOTE, hash(1)], [1, 0, PRECOMMIT, hash(1)], [1, 1, PREVOTE, hash(2)], [1, 1, PRECOMMIT, null],
      [2, 16, PREVOTE, hash(3)], [2, 0, 4, hash(3)], [9, 0, PREVOTE, hash(4)], [50_000, 0, PREVOTE, hash(5)], [5, 0, PRECOMMIT, hash(6)], [-1, 0, PREVOTE, hash(7)], [1.5, 0, PREVOTE, hash(7)],
    ];
    for (const [height, round, type, blockHash] of again) {
      expect(votes.firstOrSame(vote('v1', height, round, type, blockHash))).toBe(true);
      expect(votes.firstOrSame(vote('v1', height, round, type, hash(99)))).toBe(false);
    }
    // Steps the record never saw are still new, wherever they would be kept.
    expect(votes.firstOrSame(vote('v1', 5, 0, PREVOTE, hash(8)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 50_000, 0, PRECOMMIT, hash(8)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 2, 0, PREVOTE, hash(8)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 2, 0, PREVOTE, hash(9)))).toBe(false);
  });

  it('hashes numbered past the packing bound: a step in a slot differs from them, and a step first kept as a triple is found before a free slot takes it', () => {
    const votes = new SignedVotes(3); // hash numbers 0 (nil), 1 and 2 pack
    expect(votes.firstOrSame(vote('v1', 1, 0, PREVOTE, hash(1)))).toBe(true); // number 1, a slot
    expect(votes.firstOrSame(vote('v1', 2, 0, PREVOTE, hash(2)))).toBe(true); // number 2, a slot
    expect(votes.firstOrSame(vote('v1', 1, 0, PREVOTE, hash(3)))).toBe(false); // number 3 against the slot's 1
    expect(votes.firstOrSame(vote('v1', 3, 0, PREVOTE, hash(4)))).toBe(true); // number 4: a triple, the slots of 3 left empty
    expect(votes.firstOrSame(vote('v1', 3, 0, PREVOTE, hash(4)))).toBe(true);
    expect(votes.firstOrSame(vote('v1', 3, 0, PREVOTE, null))).toBe(false); // nil packs, but its step is the triple's
    expect(votes.firstOrSame(vote('v1', 3, 0, PREVOTE, hash(1)))).toBe(false);
    expect(votes.firstOrSame(vote('v1', 3, 0, PRECOMMIT, hash(1)))).toBe(true); // another step: the free slot
    expect(votes.firstOrSame(vote('v1', 3, 0, PRECOMMIT, hash(4)))).toBe(false);
    expect(votes.hashCount).toBe(5);
  });
});
