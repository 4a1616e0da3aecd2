/**
 * The monitors' scratchEncoding (invariants/scratch-encoding.ts): the protocol's bytes
 * (encodeMessage's) as a view valid until the next call — for a length met before, and after a
 * message larger than the scratch made it grow.
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage, pb, type faultline } from '@faultline/protocol';
import { scratchEncoding } from '../src/invariants/scratch-encoding.ts';

const vote = (timestampUs: number, fill = 1, validatorId = 'validator-1'): faultline.v1.IVote => ({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height: 7, round: 0, blockHash: new Uint8Array(32).fill(fill), validatorId, timestampUs, signature: new Uint8Array(64).fill(fill) });
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe("the monitors' scratchEncoding", () => {
  it("gives encodeMessage's bytes, a length met before showing the latest message", () => {
    const header: faultline.v1.IBlockHeader = { height: 3, round: 1, proposerId: 'validator-2', prevBlockHash: new Uint8Array(32).fill(4), timeUs: 123_456, txsHash: new Uint8Array(32).fill(5), txCount: 0, lastCommitHash: new Uint8Array(32).fill(6) };
    expect(same(scratchEncoding('BlockHeader', header), encodeMessage('BlockHeader', header))).toBe(true);
    const first = Uint8Array.from(scratchEncoding('Vote', vote(11, 1)));
    const second = scratchEncoding('Vote', vote(12, 2));
    expect(second.length).toBe(first.length);
    expect(same(second, encodeMessage('Vote', vote(12, 2)))).toBe(true);
    expect(same(first, encodeMessage('Vote', vote(11, 1)))).toBe(true);
  });

  it('after a message larger than the scratch: the right bytes, for it and for a length met before it grew', () => {
    const length = scratchEncoding('Vote', vote(21, 3)).length;
    // A vote whose validator id is 5,000 characters passes the 4 KB the scratch starts with.
    const large = vote(5, 5, 'v'.repeat(5_000));
    const largeBytes = scratchEncoding('Vote', large);
    expect(largeBytes.length).toBeGreaterThan(4096);
    expect(same(largeBytes, encodeMessage('Vote', large))).toBe(true);
    const again = scratchEncoding('Vote', vote(22, 4));
    expect(again.length).toBe(length);
    expect(same(again, encodeMessage('Vote', vote(22, 4)))).toBe(true);
  });
});
