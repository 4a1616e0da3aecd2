/**
 * blockHash and certificateHash remember their answer per header and certificate object
 * (hashing.ts's memos) and hand each caller its own copy: a caller that writes into the array it
 * got (a planted bug, a Byzantine builder reusing it as scratch) changes neither the next caller's
 * hash nor the remembered one. The hash itself is sha256 of the message's encoding, remembered or not.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeMessage } from '@faultline/protocol';
import { blockHash, certificateHash } from '@faultline/consensus';

const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());

describe('the header and certificate hash memos', () => {
  it("a block header's hash is sha256 of its encoding, and each caller's copy is its own", () => {
    const header = { height: 7, round: 1, proposerId: 'validator-2', prevBlockHash: new Uint8Array(32).fill(3), timeUs: 1_000, txsHash: new Uint8Array(32).fill(5), txCount: 2, lastCommitHash: new Uint8Array(32).fill(9) };
    const expected = sha256(encodeMessage('BlockHeader', header));
    const first = blockHash(header);
    expect(first).toEqual(expected);
    first.fill(0);
    const second = blockHash(header);
    expect(second).toEqual(expected);
    expect(second).not.toBe(first);
  });

  it("a commit certificate's hash is sha256 of its encoding, and each caller's copy is its own; none hashes to nothing", () => {
    const certificate = { height: 7, round: 0, blockHash: new Uint8Array(32).fill(1), precommits: [] };
    const expected = sha256(encodeMessage('CommitCertificate', certificate));
    const first = certificateHash(certificate);
    expect(first).toEqual(expected);
    first.fill(0);
    expect(certificateHash(certificate)).toEqual(expected);
    expect(certificateHash(null)).toEqual(new Uint8Array(0));
    expect(certificateHash(undefined)).toEqual(new Uint8Array(0));
  });
});
