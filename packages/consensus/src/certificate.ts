/**
 * Commit certificates: 2f+1 valid precommits from distinct validators for one block at one
 * height and round. The median of their timestamps is the next block's time (BFT time): with
 * at most f liars among 2f+1 votes, the median lies between honest clocks.
 */
import type { faultline } from '@faultline/protocol';
import { pb } from '@faultline/protocol';
import { certificateFacts, voteFacts } from './convert.ts';
import { blockHash, hex, txsHash } from './hashing.ts';
import type { SignatureVerifier } from './signatures.ts';
import type { ValidatorSet } from './validator-set.ts';

type Certificate = faultline.v1.ICommitCertificate;

export function verifyCertificate(
  certificate: Certificate | null | undefined,
  expected: { height: number; blockHash?: Uint8Array },
  validators: ValidatorSet,
  verifier: SignatureVerifier,
  options: { checkSignatures: boolean },
): string | undefined {
  if (!certificate) return 'missing certificate';
  const cert = certificateFacts(certificate);
  if (cert.height !== expected.height) return `certificate for height ${certificate.height}, expected ${expected.height}`;
  const hashHex = cert.blockHashHex;
  if (hashHex === '') return 'certificate without a block hash';
  if (expected.blockHash && hashHex !== hex(expected.blockHash)) return 'certificate for another block';
  const signers = new Set<string>();
  for (const precommit of cert.precommits) {
    const vote = voteFacts(precommit);
    if (vote.type !== pb.VoteType.VOTE_TYPE_PRECOMMIT) return 'certificate vote is not a precommit';
    if (vote.height !== expected.height || vote.round !== cert.round) return 'certificate vote for another height or round';
    if (vote.blockHashHex !== hashHex) return 'certificate vote for another block';
    const signer = vote.validatorId;
    if (!validators.has(signer)) return `certificate vote from unknown validator ${signer}`;
    if (signers.has(signer)) return `certificate counts ${signer} twice`;
    if (options.checkSignatures && !verifier.verifyVote(precommit)) return `certificate vote from ${signer} has a bad signature`;
    signers.add(signer);
  }
  if (signers.size < validators.quorum) return `certificate has ${signers.size} precommits, a quorum is ${validators.quorum}`;
  return undefined;
}

/**
 * Why a committed block must not be applied at `height`, or undefined: a valid certificate for
 * its header's hash and txs that hash to the header's txs_hash (the certificate signs the header
 * only). Execution nodes check this before applying; replay checks the same of a log's blocks.
 */
export function committedBlockProblem(committed: faultline.v1.ICommittedBlock, height: number, validators: ValidatorSet, verifier: SignatureVerifier): string | undefined {
  const block = committed.block;
  if (!block?.header) return 'block without a header';
  const invalid = verifyCertificate(committed.certificate, { height, blockHash: blockHash(block.header) }, validators, verifier, { checkSignatures: true });
  if (invalid) return invalid;
  if (hex(txsHash(block.txs ?? [])) !== hex(block.header.txsHash)) return 'txs do not match the header';
  return undefined;
}

/** Medians by certificate object (never changed once made: hashing.ts), read by each validator for each block. */
const medians = new WeakMap<object, number>();

/** The median (lower middle) of the precommits' timestamps. */
export function medianTimeUs(certificate: Certificate): number {
  let median = medians.get(certificate);
  if (median === undefined) {
    const times = certificateFacts(certificate).precommits.map((vote) => voteFacts(vote).timestampUs).sort((a, b) => a - b);
    median = times[Math.floor((times.length - 1) / 2)] ?? 0;
    medians.set(certificate, median);
  }
  return median;
}
