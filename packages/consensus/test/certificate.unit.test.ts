/**
 * Commit certificates in every detail (verifyCertificate, committedBlockProblem, the BFT median
 * time) and the mempool's at-most-once rule — each check with a focused test that fails when
 * the check is removed.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, encodeMessage, pb, type faultline } from '@faultline/protocol';
import { blockHash, certificateHash, committedBlockProblem, medianTimeUs, Mempool, SignatureVerifier, signProposal, signVote, txsHash, verifyCertificate } from '@faultline/consensus';
import { IDS, KEY_SEED, makeCore, ScriptedNet, validatorSet, votesIn } from './core-harness.ts';

const validators = validatorSet();
const verifier = new SignatureVerifier(validators);

/** A real committed block of height 1 (four honest cores on the scripted network). */
function committedBlock(): faultline.v1.ICommittedBlock {
  const net = new ScriptedNet(IDS, (id) => makeCore(id));
  net.start();
  net.runUntil(200_000);
  const committed = net.core('validator-1').chain[0];
  if (!committed) throw new Error('no block committed');
  return committed;
}

const precommit = (id: string, fields: Partial<faultline.v1.IVote> = {}, signer = id): faultline.v1.IVote =>
  signVote({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height: 1, round: 0, validatorId: id, timestampUs: 10, ...fields }, deriveKeyPair(KEY_SEED, signer).privateKey);

describe('verifyCertificate', () => {
  const committed = committedBlock();
  const cert = committed.certificate!;
  const hash = cert.blockHash!;
  const check = (certificate: faultline.v1.ICommitCertificate | null, expected: { height: number; blockHash?: Uint8Array } = { height: 1, blockHash: hash }, checkSignatures = true) =>
    verifyCertificate(certificate, expected, validators, verifier, { checkSignatures });
  const withVotes = (precommits: faultline.v1.IVote[]) => ({ ...cert, precommits });
  const three = () => ['validator-1', 'validator-2', 'validator-3'].map((id) => precommit(id, { blockHash: hash }));

  it('accepts the certificate an honest network produced, and 2f+1 fresh precommits for the block', () => {
    expect(check(cert)).toBeUndefined();
    expect(check(withVotes(three()))).toBeUndefined();
  });

  it('rejects a missing certificate, another height, no block hash, another block', () => {
    expect(check(null)).toBe('missing certificate');
    expect(check(cert, { height: 2, blockHash: hash })).toMatch(/certificate for height 1, expected 2/);
    expect(check({ ...cert, blockHash: new Uint8Array(0) })).toBe('certificate without a block hash');
    expect(check(cert, { height: 1, blockHash: new Uint8Array(32).fill(1) })).toBe('certificate for another block');
  });

  it('rejects a prevote, a vote of another height or round, a vote for another block', () => {
    const votes = three();
    expect(check(withVotes([...votes.slice(1), precommit('validator-1', { blockHash: hash, type: pb.VoteType.VOTE_TYPE_PREVOTE })]))).toBe('certificate vote is not a precommit');
    expect(check(withVotes([...votes.slice(1), precommit('validator-1', { blockHash: hash, height: 2 })]))).toBe('certificate vote for another height or round');
    expect(check(withVotes([...votes.slice(1), precommit('validator-1', { blockHash: hash, round: 1 })]))).toBe('certificate vote for another height or round');
    expect(check(withVotes([...votes.slice(1), precommit('validator-1', { blockHash: new Uint8Array(32).fill(2) })]))).toBe('certificate vote for another block');
  });

  it('rejects an unknown signer, a signer counted twice, a bad signature, fewer than 2f+1', () => {
    const votes = three();
    expect(check(withVotes([...votes, precommit('validator-9', { blockHash: hash }, 'validator-1')]))).toBe('certificate vote from unknown validator validator-9');
    expect(check(withVotes([votes[0]!, votes[0]!, votes[1]!]))).toBe('certificate counts validator-1 twice');
    const forged = precommit('validator-3', { blockHash: hash }, 'validator-4');
    expect(check(withVotes([votes[0]!, votes[1]!, forged]))).toBe('certificate vote from validator-3 has a bad signature');
    // Signatures unchecked (the planted skip-cert-verify path) lets the forgery through.
    expect(check(withVotes([votes[0]!, votes[1]!, forged]), { height: 1, blockHash: hash }, false)).toBeUndefined();
    expect(check(withVotes(votes.slice(0, 2)))).toBe('certificate has 2 precommits, a quorum is 3');
  });

  it('committedBlockProblem: a block must match its certificate and its txs its header', () => {
    expect(committedBlockProblem(committed, 1, validators, verifier)).toBeUndefined();
    expect(committedBlockProblem({ ...committed, block: { ...committed.block, header: null } }, 1, validators, verifier)).toBe('block without a header');
    const extraTx = encodeMessage('Transaction', { clientId: 'c', nonce: 1, deposit: { accountId: 'a', amount: 1 } });
    expect(committedBlockProblem({ ...committed, block: { ...committed.block, txs: [...(committed.block?.txs ?? []), extraTx] } }, 1, validators, verifier)).toBe('txs do not match the header');
    const otherHeader = { ...committed.block!.header!, timeUs: 12345 };
    expect(blockHash(otherHeader)).not.toEqual(blockHash(committed.block!.header!));
    expect(committedBlockProblem({ ...committed, block: { ...committed.block, header: otherHeader } }, 1, validators, verifier)).toBe('certificate for another block');
    // An execution node checks the signatures too: a precommit signed by another key is refused.
    const precommits = [...(committed.certificate?.precommits ?? [])];
    precommits[0] = { ...precommits[0], signature: precommit(precommits[0]!.validatorId!, { blockHash: hash }, 'validator-4').signature ?? null };
    if (precommits[0]!.validatorId === 'validator-4') precommits[0] = { ...precommits[0], signature: new Uint8Array(64).fill(3) };
    expect(committedBlockProblem({ ...committed, certificate: { ...committed.certificate, precommits } }, 1, validators, verifier)).toMatch(/has a bad signature$/);
  });

  it('the block time is the median (lower middle) of the precommits’ timestamps', () => {
    const times = (ts: number[]) => medianTimeUs({ precommits: ts.map((t) => ({ timestampUs: t })) });
    expect(times([30, 10, 20])).toBe(20);
    expect(times([40, 10, 30, 20])).toBe(20);
    expect(times([])).toBe(0);
  });
});

describe('the mempool: each transaction committed at most once', () => {
  const tx = (nonce: number) => encodeMessage('Transaction', { clientId: 'client-1', nonce, deposit: { accountId: 'a', amount: 1 } });

  it('deduplicates pending txs, refuses committed ones, bounds count and size', () => {
    const mempool = new Mempool(2, 200);
    expect(mempool.add(tx(1))).toBe('added');
    expect(mempool.add(tx(1))).toBe('duplicate');
    expect(mempool.add(tx(2))).toBe('added');
    expect(mempool.add(tx(3))).toBe('full');
    expect(mempool.add(new Uint8Array(201))).toBe('oversized');
    mempool.markCommitted([tx(1)]);
    expect(mempool.size).toBe(1);
    expect(mempool.isCommitted(tx(1))).toBe(true);
    expect(mempool.add(tx(1))).toBe('committed');
    expect(mempool.reap(10)).toEqual([tx(2)]);
  });

  /** validator-3's signed proposal of `txs` at height 2, round 0, on top of `previous`. */
  function proposalAtHeight2(previous: faultline.v1.ICommittedBlock, txs: Uint8Array[]): faultline.v1.IProposal {
    const lastCommit = previous.certificate!;
    const header: faultline.v1.IBlockHeader = {
      height: 2,
      round: 0,
      proposerId: 'validator-3',
      prevBlockHash: blockHash(previous.block!.header!),
      timeUs: medianTimeUs(lastCommit),
      txsHash: txsHash(txs),
      txCount: txs.length,
      lastCommitHash: certificateHash(lastCommit),
    };
    return signProposal(
      { height: 2, round: 0, polRound: -1, block: { header, txs, lastCommit }, blockHash: blockHash(header), proposerId: 'validator-3', timestampUs: 1 },
      deriveKeyPair(KEY_SEED, 'validator-3').privateKey,
    );
  }

  it('a block carrying a committed tx, or one tx twice, is invalid: the validator prevotes nil', () => {
    // Height 1 commits tx 1 (every validator has it in its mempool).
    const net = new ScriptedNet(IDS, (id) => makeCore(id));
    for (const core of net.cores.values()) core.onTx(0, tx(1), false);
    net.start();
    net.runUntil(200_000);
    const height1 = net.core('validator-1').chain[0]!;
    expect(height1.block?.txs?.length).toBe(1);
    const cases: Array<[string, Uint8Array[]]> = [
      ['tx already committed', [tx(1)]],
      ['duplicate tx in block', [tx(7), tx(7)]],
      ['', [tx(7)]],
    ];
    for (const [reason, txs] of cases) {
      const v1 = makeCore('validator-1');
      v1.start(0);
      v1.onSyncedBlocks(1, [height1], 'validator-2');
      expect(v1.height).toBe(2);
      const effects = v1.onProposal(2, proposalAtHeight2(height1, txs), 'validator-3');
      const prevote = votesIn(effects)[0];
      if (reason === '') {
        expect(Buffer.from(prevote?.blockHash ?? []).length).toBe(32);
      } else {
        expect(Buffer.from(prevote?.blockHash ?? []).length, reason).toBe(0);
        expect(effects.some((e) => e.kind === 'rejected' && e.reason.endsWith(reason))).toBe(true);
      }
    }
  });
});
