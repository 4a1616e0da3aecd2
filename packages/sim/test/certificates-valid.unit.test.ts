/**
 * certificates-valid verifies a precommit's signature once and recognises the same precommit in
 * the certificates the other validators publish (certificates-valid.ts, VerifiedVote), and hashes
 * a header once per height. The memos must never pass what a judgement from scratch fails: here
 * a certificate is judged valid, then published again by
 * another validator as a copy with one thing changed — a vote's type, block hash, timestamp,
 * signer or signature, the header, the txs, the certificate's round — or the judged object itself
 * changed in place afterwards, and each is failed with the reason a fresh judgement gives.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, encodeMessage, pb, signBytes, type faultline } from '@faultline/protocol';
import { CertificatesValidMonitor } from '../src/invariants/certificates-valid.ts';

const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const SEED = 7;
const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());

function txsHash(txs: Uint8Array[]): Uint8Array {
  const hash = createHash('sha256');
  for (const tx of txs) hash.update(Buffer.from([0, 0, 0, tx.length])).update(tx);
  return new Uint8Array(hash.digest());
}

function precommit(id: string, height: number, blockHash: Uint8Array, timestampUs: number): faultline.v1.IVote {
  const vote = { type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height, round: 0, blockHash, validatorId: id, timestampUs };
  return { ...vote, signature: signBytes(deriveKeyPair(SEED, id).privateKey, encodeMessage('Vote', vote)) };
}

function committedBlock(height: number, txs: Uint8Array[] = [new Uint8Array([1, 2, 3])]): faultline.v1.ICommittedBlock {
  const header = { height, round: 0, proposerId: 'validator-1', timeUs: 1_000 * height, txsHash: txsHash(txs), txCount: txs.length };
  const hash = sha256(encodeMessage('BlockHeader', header));
  const precommits = IDS.slice(0, 3).map((id, index) => precommit(id, height, hash, 1_000 * height + index));
  return { block: { header, txs }, certificate: { height, round: 0, blockHash: hash, precommits } };
}

/** A deep copy (another validator's own objects, as decoded from the wire). */
const copy = (committed: faultline.v1.ICommittedBlock): faultline.v1.ICommittedBlock => structuredClone(committed);

function judged(): CertificatesValidMonitor {
  const monitor = new CertificatesValidMonitor(IDS.map((id) => ({ id, publicKeyRaw: deriveKeyPair(SEED, id).publicKeyRaw })));
  return monitor;
}

const publish = (monitor: CertificatesValidMonitor, from: string, committed: faultline.v1.ICommittedBlock) =>
  monitor.observe({ timeUs: 1, from, subject: `block.${from}`, envelope: { committedBlock: committed } });

const flip = (bytes: Uint8Array, at: number) => void bytes.set([(bytes[at] ?? 0) ^ 1], at);
const vote = (committed: faultline.v1.ICommittedBlock, index: number) => committed.certificate!.precommits![index]!;

describe('certificates-valid: a certificate judged valid once', () => {
  it('passes the same certificate in other objects, from every validator', () => {
    const monitor = judged();
    const original = committedBlock(5);
    for (const id of IDS) publish(monitor, id, copy(original));
    publish(monitor, 'validator-1', original);
    expect(monitor.violations()).toEqual([]);
  });

  const tampered: Array<[string, (c: faultline.v1.ICommittedBlock) => void, RegExp]> = [
    ['a precommit made a prevote', (c) => void (vote(c, 1).type = pb.VoteType.VOTE_TYPE_PREVOTE), /validator-2 is not a precommit/],
    ['a precommit for another block', (c) => void (vote(c, 0).blockHash = sha256(new Uint8Array([9]))), /validator-1's precommit is for another block/],
    ['a precommit retimed', (c) => void (vote(c, 2).timestampUs = 123), /validator-3's precommit signature does not verify/],
    ['a signature byte flipped', (c) => flip(vote(c, 0).signature!, 10), /validator-1's precommit signature does not verify/],
    ['a signer renamed', (c) => void (vote(c, 2).validatorId = 'validator-4'), /validator-4's precommit signature does not verify/],
    ['a signer counted twice', (c) => void (c.certificate!.precommits![2] = vote(c, 0)), /validator-1 counted twice/],
    ['a precommit dropped', (c) => void c.certificate!.precommits!.pop(), /2 of 4 validators signed/],
    ['the header changed', (c) => void (c.block!.header!.timeUs = 1), /another block hash than its header/],
    ['the txs changed', (c) => void (c.block!.txs = [new Uint8Array([1, 2, 4])]), /txs do not hash to the header/],
    ['the certificate round changed', (c) => void (c.certificate!.round = 1), /precommit is for 5\/0, not 5\/1/],
  ];

  it.each(tampered)('fails a copy with %s, as a fresh judgement does', (_, change, reason) => {
    const fresh = copy(committedBlock(5));
    change(fresh);
    const scratch = judged();
    publish(scratch, 'validator-2', fresh);
    expect(scratch.violations().map((v) => v.detail)).toEqual([expect.stringMatching(reason)]);

    const monitor = judged();
    publish(monitor, 'validator-1', committedBlock(5));
    publish(monitor, 'validator-2', fresh);
    expect(monitor.violations().map((v) => v.detail)).toEqual([expect.stringMatching(reason)]);
  });

  it('fails the judged object itself once it is changed in place and published again', () => {
    const monitor = judged();
    const original = committedBlock(6);
    publish(monitor, 'validator-1', original);
    flip(vote(original, 1).signature!, 0);
    publish(monitor, 'validator-1', original);
    expect(monitor.violations().map((v) => v.detail)).toEqual([expect.stringMatching(/validator-2's precommit signature does not verify/)]);
  });

  it('judges each height apart: the same precommits under another height fail', () => {
    const monitor = judged();
    const five = committedBlock(5);
    publish(monitor, 'validator-1', five);
    const moved = copy(five);
    moved.certificate!.height = 6;
    moved.block!.header!.height = 6;
    publish(monitor, 'validator-2', moved);
    expect(monitor.violations().map((v) => v.detail)).toEqual([expect.stringMatching(/another block hash than its header/)]);
  });
});
