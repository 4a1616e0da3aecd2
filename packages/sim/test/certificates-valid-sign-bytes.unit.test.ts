/**
 * certificates-valid recomputes a precommit's signed bytes as the protocol defines them — the vote
 * encoded with its signature empty — from the vote's schema fields and its unknown fields, not from
 * whatever else the object holds; and it counts a certificate's distinct signers afresh for each
 * certificate (a list it reuses, emptied at each one).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, encodeMessage, pb, signBytes, type faultline } from '@faultline/protocol';
import { CertificatesValidMonitor } from '../src/invariants/certificates-valid.ts';

const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const SEED = 11;
const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());
const EMPTY_TXS_HASH = sha256(new Uint8Array(0));
type Vote = faultline.v1.IVote & { $unknowns?: Uint8Array[] };

/** A precommit whose signature covers `unknowns` (bytes of a field this schema does not know) when given. */
function precommit(id: string, height: number, blockHash: Uint8Array, unknowns?: Uint8Array[]): Vote {
  const vote: Vote = { type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height, round: 0, blockHash, validatorId: id, timestampUs: 1_000 * height };
  if (unknowns) vote.$unknowns = unknowns;
  return { ...vote, signature: signBytes(deriveKeyPair(SEED, id).privateKey, encodeMessage('Vote', vote)) };
}

function committedBlock(height: number, precommits: (hash: Uint8Array) => Vote[]): faultline.v1.ICommittedBlock {
  const header = { height, round: 0, proposerId: 'validator-1', timeUs: 1_000 * height, txsHash: EMPTY_TXS_HASH, txCount: 0 };
  const hash = sha256(encodeMessage('BlockHeader', header));
  return { block: { header, txs: [] }, certificate: { height, round: 0, blockHash: hash, precommits: precommits(hash) } };
}

const monitor = () => new CertificatesValidMonitor(IDS.map((id) => ({ id, publicKeyRaw: deriveKeyPair(SEED, id).publicKeyRaw })));
const publish = (m: CertificatesValidMonitor, from: string, committed: faultline.v1.ICommittedBlock) => m.observe({ timeUs: 1, from, subject: `block.${from}`, envelope: { committedBlock: committed } });
const details = (m: CertificatesValidMonitor) => m.violations().map((v) => v.detail);
/** An unknown field: number 15, varint 1 (a field a later schema might add). */
const UNKNOWN = [new Uint8Array([0x78, 0x01])];

describe('certificates-valid: the signed bytes of a precommit', () => {
  it('passes a precommit signed over its unknown fields too (they are part of its encoding)', () => {
    const m = monitor();
    publish(m, 'validator-1', committedBlock(3, (hash) => IDS.slice(0, 3).map((id) => precommit(id, 3, hash, UNKNOWN))));
    expect(details(m)).toEqual([]);
  });

  it('fails a precommit whose unknown fields were added after it was signed', () => {
    const m = monitor();
    publish(
      m,
      'validator-1',
      committedBlock(3, (hash) => IDS.slice(0, 3).map((id, index) => (index === 1 ? { ...precommit(id, 3, hash), $unknowns: UNKNOWN } : precommit(id, 3, hash)))),
    );
    expect(details(m)).toEqual([expect.stringMatching(/validator-2's precommit signature does not verify/)]);
  });

  it('fails a precommit whose unknown fields were dropped after it was signed over them', () => {
    const m = monitor();
    publish(
      m,
      'validator-1',
      committedBlock(3, (hash) =>
        IDS.slice(0, 3).map((id, index) => {
          const vote = precommit(id, 3, hash, UNKNOWN);
          if (index === 2) delete vote.$unknowns;
          return vote;
        }),
      ),
    );
    expect(details(m)).toEqual([expect.stringMatching(/validator-3's precommit signature does not verify/)]);
  });

  it('reads the schema fields only: other properties of a vote object change nothing', () => {
    const m = monitor();
    publish(m, 'validator-1', committedBlock(3, (hash) => IDS.slice(0, 3).map((id) => ({ ...precommit(id, 3, hash), relayedBy: 'validator-4', note: new Uint8Array([1]) }) as Vote)));
    expect(details(m)).toEqual([]);
  });
});

describe('certificates-valid: the signers of each certificate', () => {
  it('counts signers afresh for each certificate: one that failed after its first signer leaves nothing behind', () => {
    const m = monitor();
    // validator-1's certificate fails at its second precommit (another block), after counting validator-1.
    publish(m, 'validator-1', committedBlock(4, (hash) => [precommit('validator-1', 4, hash), precommit('validator-2', 4, sha256(new Uint8Array([7]))), precommit('validator-3', 4, hash)]));
    expect(details(m)).toEqual([expect.stringMatching(/validator-2's precommit is for another block/)]);
    // The next certificate starts with validator-1 again: not "counted twice".
    publish(m, 'validator-2', committedBlock(4, (hash) => IDS.slice(0, 3).map((id) => precommit(id, 4, hash))));
    expect(details(m)).toHaveLength(1);
  });

  it('needs more than two thirds of the set in distinct signers: three of four pass, a fourth repeated fails', () => {
    const m = monitor();
    publish(m, 'validator-1', committedBlock(5, (hash) => IDS.map((id) => precommit(id, 5, hash))));
    expect(details(m)).toEqual([]);
    publish(m, 'validator-2', committedBlock(6, (hash) => ['validator-1', 'validator-2', 'validator-2'].map((id) => precommit(id, 6, hash))));
    expect(details(m)).toEqual([expect.stringMatching(/validator-2 counted twice/)]);
    publish(m, 'validator-3', committedBlock(7, (hash) => ['validator-3', 'validator-4'].map((id) => precommit(id, 7, hash))));
    expect(details(m)).toEqual([expect.stringMatching(/validator-2 counted twice/), expect.stringMatching(/2 of 4 validators signed, not more than two thirds/)]);
  });
});
