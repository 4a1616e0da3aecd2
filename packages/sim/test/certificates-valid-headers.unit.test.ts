/**
 * certificates-valid recognises a header hashed before at its height by a copy of every field its
 * encoding holds (certificates-valid.ts, HashedHeader) instead of encoding each validator's copy.
 * A header equal in every field passes without a new hash; one field different — in another
 * object or in the judged object changed in place — is hashed afresh and failed against its
 * certificate; a header with unknown fields is never recognised; another height's header is not
 * taken for this one's. Likewise a block's txs, compared byte for byte with a copy of those that
 * hashed to the header at that height instead of hashed again: one byte different, reordered, one
 * more or less, or changed in place after judging — each failed.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, encodeMessage, pb, signBytes, type faultline } from '@faultline/protocol';
import { CertificatesValidMonitor } from '../src/invariants/certificates-valid.ts';

const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const SEED = 11;
const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());
const EMPTY_TXS_HASH = sha256(new Uint8Array(0));

function precommit(id: string, height: number, blockHash: Uint8Array): faultline.v1.IVote {
  const vote = { type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height, round: 0, blockHash, validatorId: id, timestampUs: 5_000 + height };
  return { ...vote, signature: signBytes(deriveKeyPair(SEED, id).privateKey, encodeMessage('Vote', vote)) };
}

type Header = faultline.v1.IBlockHeader;

function header(height: number): Header {
  return { height, round: 1, proposerId: 'validator-2', prevBlockHash: sha256(new Uint8Array([height - 1])), timeUs: 1_000 * height, txsHash: EMPTY_TXS_HASH, txCount: 0, lastCommitHash: sha256(new Uint8Array([height, 7])) };
}

/** A committed block whose certificate signs `signed`'s hash, carrying the header `carried`. */
function committed(signed: Header, carried: Header = signed): faultline.v1.ICommittedBlock {
  const height = Number(signed.height);
  const hash = sha256(encodeMessage('BlockHeader', signed));
  return { block: { header: carried, txs: [] }, certificate: { height, round: 0, blockHash: hash, precommits: IDS.slice(0, 3).map((id) => precommit(id, height, hash)) } };
}

const monitor = () => new CertificatesValidMonitor(IDS.map((id) => ({ id, publicKeyRaw: deriveKeyPair(SEED, id).publicKeyRaw })));
const publish = (m: CertificatesValidMonitor, from: string, block: faultline.v1.ICommittedBlock) => m.observe({ timeUs: 1, from, subject: `block.${from}`, envelope: { committedBlock: block } });
const details = (m: CertificatesValidMonitor) => m.violations().map((v) => v.detail);

describe('certificates-valid: headers recognised by their fields', () => {
  it('equal copies of a header from every validator pass', () => {
    const m = monitor();
    const original = header(4);
    for (const id of IDS) publish(m, id, committed(original, structuredClone(original)));
    publish(m, 'validator-1', committed(original));
    expect(details(m)).toEqual([]);
  });

  const changes: Array<[string, (h: Header) => void]> = [
    ['height', (h) => void (h.height = 5)],
    ['round', (h) => void (h.round = 2)],
    ['proposer', (h) => void (h.proposerId = 'validator-3')],
    ['previous block hash', (h) => void (h.prevBlockHash = sha256(new Uint8Array([99])))],
    ['previous block hash, one byte in place', (h) => void (h.prevBlockHash as Uint8Array).set([((h.prevBlockHash as Uint8Array)[3] ?? 0) ^ 1], 3)],
    ['previous block hash removed', (h) => void (h.prevBlockHash = null)],
    ['time', (h) => void (h.timeUs = 4_001)],
    ['tx count', (h) => void (h.txCount = 1)],
    ['txs hash', (h) => void (h.txsHash = sha256(new Uint8Array([1])))],
    ['last commit hash', (h) => void (h.lastCommitHash = sha256(new Uint8Array([2])))],
    ['last commit hash, one byte in place', (h) => void (h.lastCommitHash as Uint8Array).set([((h.lastCommitHash as Uint8Array)[0] ?? 0) ^ 1], 0)],
  ];

  it.each(changes)('a copy with its %s changed, under the certificate of the original, is failed', (_name, change) => {
    const m = monitor();
    const original = header(4);
    publish(m, 'validator-1', committed(original));
    const changed = structuredClone(original);
    change(changed);
    publish(m, 'validator-2', committed(original, changed));
    expect(details(m)).toHaveLength(1);
    expect(details(m)[0]).toMatch(/^validator-2 committed block \d: (certificate for another block hash than its header’s|txs do not hash to the header|certificate for height 4)$/);
  });

  it.each(changes)('the judged header changed in place (its %s) afterwards is failed', (_name, change) => {
    const m = monitor();
    const original = header(4);
    const block = committed(original);
    publish(m, 'validator-1', block);
    change(original);
    publish(m, 'validator-2', block);
    expect(details(m)).toHaveLength(1);
  });

  it('a header with unknown fields is hashed afresh (its bytes differ: failed), and is never remembered', () => {
    const m = monitor();
    const original = header(4);
    publish(m, 'validator-1', committed(original));
    const withUnknowns = { ...structuredClone(original), $unknowns: [new Uint8Array([0x48, 0x01])] } as Header;
    publish(m, 'validator-2', committed(original, withUnknowns));
    expect(details(m)).toEqual([expect.stringMatching(/^validator-2 committed block 4: certificate for another block hash/)]);
    // Signed with its unknown fields, it passes (hashed from its own bytes), again and again.
    publish(m, 'validator-3', committed(withUnknowns));
    publish(m, 'validator-4', committed(withUnknowns));
    expect(details(m)).toHaveLength(1);
  });

  it('a header equal to one of another height is not recognised at this height', () => {
    const m = monitor();
    publish(m, 'validator-1', committed(header(4)));
    publish(m, 'validator-1', committed(header(5)));
    const moved = { ...header(4), height: 5 };
    publish(m, 'validator-2', committed(header(5), moved));
    expect(details(m)).toEqual([expect.stringMatching(/^validator-2 committed block 5: certificate for another block hash/)]);
  });

  it('two different valid headers at one height are each recognised (the second is not taken for the first)', () => {
    const m = monitor();
    const a = header(6);
    const b = { ...header(6), round: 3 };
    publish(m, 'validator-1', committed(a));
    publish(m, 'validator-2', committed(b));
    publish(m, 'validator-3', committed(a, structuredClone(a)));
    publish(m, 'validator-4', committed(b, structuredClone(b)));
    publish(m, 'validator-3', committed(a, structuredClone(b)));
    expect(details(m)).toEqual([expect.stringMatching(/^validator-3 committed block 6: certificate for another block hash/)]);
  });
});

function txsHashOf(txs: Uint8Array[]): Uint8Array {
  const hash = createHash('sha256');
  for (const tx of txs) hash.update(Buffer.from([0, 0, 0, tx.length])).update(tx);
  return new Uint8Array(hash.digest());
}

function withTxs(height: number, txs: Uint8Array[]): faultline.v1.ICommittedBlock {
  const signed = { ...header(height), txsHash: txsHashOf(txs), txCount: txs.length };
  const block = committed(signed);
  block.block!.txs = txs;
  return block;
}

describe('certificates-valid: txs recognised by their bytes', () => {
  const txs = () => [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5]), new Uint8Array([6])];

  it('the same txs in other objects, from every validator, pass', () => {
    const m = monitor();
    const original = withTxs(8, txs());
    for (const id of IDS) publish(m, id, structuredClone(original));
    publish(m, 'validator-1', original);
    expect(details(m)).toEqual([]);
  });

  const changes: Array<[string, (t: Uint8Array[]) => Uint8Array[]]> = [
    ['one byte of a tx', (t) => (t[1]!.set([9], 0), t)],
    ['the last byte of the last tx', (t) => (t[2]!.set([7], 0), t)],
    ['two txs swapped', (t) => [t[1]!, t[0]!, t[2]!]],
    ['a tx dropped', (t) => t.slice(0, 2)],
    ['a tx added', (t) => [...t, new Uint8Array([8])]],
    ['a tx one byte longer', (t) => [t[0]!, new Uint8Array([4, 5, 0]), t[2]!]],
  ];

  it.each(changes)('a copy with %s is failed', (_name, change) => {
    const m = monitor();
    const original = withTxs(8, txs());
    publish(m, 'validator-1', original);
    const copy = structuredClone(original);
    copy.block!.txs = change(copy.block!.txs as Uint8Array[]);
    publish(m, 'validator-2', copy);
    expect(details(m)).toEqual(['validator-2 committed block 8: txs do not hash to the header']);
  });

  it('the judged txs changed in place afterwards are failed', () => {
    const m = monitor();
    const original = withTxs(8, txs());
    publish(m, 'validator-1', original);
    original.block!.txs![0]!.set([0], 1);
    publish(m, 'validator-2', original);
    expect(details(m)).toEqual(['validator-2 committed block 8: txs do not hash to the header']);
  });

  it('txs remembered at one height are not taken at another, and old heights are forgotten without harm', () => {
    const m = monitor();
    for (let height = 1; height <= 20; height++) publish(m, 'validator-1', withTxs(height, txs()));
    for (let height = 1; height <= 20; height++) publish(m, 'validator-2', withTxs(height, txs()));
    expect(details(m)).toEqual([]);
    const other = withTxs(21, txs());
    publish(m, 'validator-1', other);
    const moved = structuredClone(other);
    moved.block!.txs = [new Uint8Array([1, 2, 3])];
    publish(m, 'validator-3', moved);
    expect(details(m)).toEqual(['validator-3 committed block 21: txs do not hash to the header']);
  });
});

describe('certificates-valid: the memos are two small generations, and a late block is judged as an early one', () => {
  it('a validator publishing an old height after hundreds of later ones: the valid block passes, a forged precommit, a changed header and a short certificate fail', () => {
    const m = monitor();
    const early = header(3);
    const block = committed(early);
    for (const id of IDS.slice(0, 3)) publish(m, id, structuredClone(block));
    // Hundreds of later heights from everyone: every memo (votes 64 a generation, headers 16) has turned past height 3.
    for (let height = 4; height < 300; height++) {
      const later = committed(header(height));
      for (const id of IDS) publish(m, id, later);
    }
    expect(details(m)).toEqual([]);
    publish(m, 'validator-4', structuredClone(block));
    expect(details(m)).toEqual([]);
    const forged = structuredClone(block);
    const signature = forged.certificate!.precommits![1]!.signature as Uint8Array;
    signature[10] = (signature[10] ?? 0) ^ 1;
    publish(m, 'validator-4', forged);
    expect(details(m)).toEqual(["validator-4 committed block 3: validator-2's precommit signature does not verify"]);
    const changed = structuredClone(block);
    changed.block!.header!.timeUs = 1;
    publish(m, 'validator-3', changed);
    const short = structuredClone(block);
    short.certificate!.precommits = short.certificate!.precommits!.slice(0, 2);
    publish(m, 'validator-2', short);
    expect(details(m).slice(1)).toEqual(['validator-3 committed block 3: certificate for another block hash than its header’s', 'validator-2 committed block 3: 2 of 4 validators signed, not more than two thirds']);
  });
});
