/**
 * scratchEncoding (scratch-encoding.ts): encodeMessage's bytes, as a view of one buffer valid
 * until the next call — also after a message larger than the buffer made it grow (views of the
 * old buffer are not handed out again), and for a message of a length met before.
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage, pb, type faultline } from '@faultline/protocol';
import { scratchEncoding } from '../src/scratch-encoding.ts';

const vote = (timestampUs: number, fill = 1): faultline.v1.IVote => ({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height: 7, round: 0, blockHash: new Uint8Array(32).fill(fill), validatorId: 'validator-1', timestampUs, signature: new Uint8Array(64).fill(fill) });
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe('scratchEncoding', () => {
  it("gives encodeMessage's bytes for each type it takes", () => {
    const header: faultline.v1.IBlockHeader = { height: 3, round: 1, proposerId: 'validator-2', prevBlockHash: new Uint8Array(32).fill(4), timeUs: 123_456, txsHash: new Uint8Array(32).fill(5), txCount: 0, lastCommitHash: new Uint8Array(32).fill(6) };
    expect(same(scratchEncoding('BlockHeader', header), encodeMessage('BlockHeader', header))).toBe(true);
    expect(same(scratchEncoding('Vote', vote(11)), encodeMessage('Vote', vote(11)))).toBe(true);
    const certificate: faultline.v1.ICommitCertificate = { height: 7, round: 0, blockHash: new Uint8Array(32).fill(1), precommits: [vote(11), vote(12)] };
    expect(same(scratchEncoding('CommitCertificate', certificate), encodeMessage('CommitCertificate', certificate))).toBe(true);
    const proposal: faultline.v1.IProposal = { height: 7, round: 0, polRound: -1, blockHash: new Uint8Array(32).fill(2), proposerId: 'validator-1', timestampUs: 9, signature: new Uint8Array(0) };
    expect(same(scratchEncoding('Proposal', proposal), encodeMessage('Proposal', proposal))).toBe(true);
  });

  it('a message of a length met before: its own bytes (the view per length shows the latest)', () => {
    const first = scratchEncoding('Vote', vote(11, 1));
    const firstBytes = Uint8Array.from(first);
    const second = scratchEncoding('Vote', vote(12, 2));
    expect(second.length).toBe(first.length);
    expect(same(second, encodeMessage('Vote', vote(12, 2)))).toBe(true);
    expect(same(firstBytes, encodeMessage('Vote', vote(11, 1)))).toBe(true);
  });

  it('after a message larger than the scratch: the right bytes, for it and for a message of a length met before it grew', () => {
    const small = scratchEncoding('Vote', vote(21, 3));
    const length = small.length;
    // ~130 bytes a precommit: 100 of them pass the 4 KB the scratch starts with.
    const large: faultline.v1.ICommitCertificate = { height: 7, round: 0, blockHash: new Uint8Array(32).fill(1), precommits: Array.from({ length: 100 }, (_, i) => vote(1_000 + i)) };
    const largeBytes = scratchEncoding('CommitCertificate', large);
    expect(largeBytes.length).toBeGreaterThan(4096);
    expect(same(largeBytes, encodeMessage('CommitCertificate', large))).toBe(true);
    const again = scratchEncoding('Vote', vote(22, 4));
    expect(again.length).toBe(length);
    expect(same(again, encodeMessage('Vote', vote(22, 4)))).toBe(true);
  });
});
