/**
 * Duplicate-vote evidence, as CometBFT's DuplicateVoteEvidence: two votes signed by one
 * validator for the same height, round and type but different blocks (nil counts as a block
 * id). An honest validator that receives both builds the evidence; it travels as a transaction
 * (gossiped like any other, reaped into a block) and every validator verifies it before it
 * enters its mempool and again when it validates a block that carries it, so a forged or
 * malformed "evidence" can neither accuse an honest validator nor stall a proposer.
 *
 * Verification follows CometBFT's VerifyDuplicateVote (internal/evidence/verify.go): the
 * validator is in the set; height, round and type are equal; the block ids differ; both
 * signatures are valid. Two rules of our own keep one offence one transaction: the votes are in
 * canonical order (vote A's block hash sorts first, as CometBFT's NewDuplicateVoteEvidence
 * orders by BlockID key) and the transaction carries the evidence alone (no client id, nonce or
 * time), so every honest reporter produces the same bytes and the mempool's and chain's
 * deduplication by tx hash apply. The evidence's height may not be beyond the height being
 * decided, nor older than EVIDENCE_MAX_AGE_HEIGHTS (CometBFT's MaxAgeNumBlocks default).
 */
import { encodeMessage, pb, type faultline } from '@faultline/protocol';
import { voteFacts } from './convert.ts';
import { hex } from './hashing.ts';
import type { SignatureVerifier } from './signatures.ts';
import type { ValidatorSet } from './validator-set.ts';

type Vote = faultline.v1.IVote;
type Evidence = faultline.v1.IEquivocationEvidence;

/** CometBFT's default EvidenceParams.MaxAgeNumBlocks. */
export const EVIDENCE_MAX_AGE_HEIGHTS = 100_000;

/** Evidence of two conflicting votes, in canonical order (smaller block hash first; nil is smallest). */
export function duplicateVoteEvidence(a: Vote, b: Vote): Evidence {
  return hex(a.blockHash) <= hex(b.blockHash) ? { voteA: a, voteB: b } : { voteA: b, voteB: a };
}

/** The one transaction that carries this evidence: the same bytes from every reporter. */
export function evidenceTx(evidence: Evidence): Uint8Array {
  return encodeMessage('Transaction', { evidence: { voteA: evidence.voteA ?? null, voteB: evidence.voteB ?? null } });
}

/** What an evidence accuses: validator, height, round and vote type. */
export function evidenceOffence(evidence: Evidence): { validatorId: string; height: number; round: number; type: 'prevote' | 'precommit' | 'unknown' } {
  const vote = voteFacts(evidence.voteA ?? {});
  const type = vote.type === pb.VoteType.VOTE_TYPE_PREVOTE ? 'prevote' : vote.type === pb.VoteType.VOTE_TYPE_PRECOMMIT ? 'precommit' : 'unknown';
  return { validatorId: vote.validatorId, height: vote.height, round: vote.round, type };
}

/**
 * Why `evidence` is not valid duplicate-vote evidence at `currentHeight` (the height being
 * decided), or undefined. Total: any input gives a reason, never an exception.
 */
export function evidenceProblem(evidence: Evidence | null | undefined, currentHeight: number, validators: ValidatorSet, verifier: SignatureVerifier): string | undefined {
  const voteA = evidence?.voteA;
  const voteB = evidence?.voteB;
  if (!voteA || !voteB) return 'evidence needs two votes';
  const a = voteFacts(voteA);
  const b = voteFacts(voteB);
  if (a.validatorId !== b.validatorId) return 'votes of two different validators';
  if (!validators.has(a.validatorId)) return `votes of unknown validator ${JSON.stringify(a.validatorId)}`;
  if (a.type !== b.type) return 'votes of different types';
  if (a.type !== pb.VoteType.VOTE_TYPE_PREVOTE && a.type !== pb.VoteType.VOTE_TYPE_PRECOMMIT) return 'votes of unknown type';
  const height = a.height;
  if (height !== b.height) return 'votes for different heights';
  if (a.round !== b.round) return 'votes for different rounds';
  if (a.blockHashHex === b.blockHashHex) return 'votes for the same block';
  if (a.blockHashHex > b.blockHashHex) return 'votes not in canonical order';
  if (!Number.isSafeInteger(height) || height < 1) return `evidence height ${height}`;
  if (height > currentHeight) return `evidence from height ${height}, beyond ${currentHeight}`;
  if (currentHeight - height > EVIDENCE_MAX_AGE_HEIGHTS) return `evidence from height ${height} is too old`;
  if (!verifier.verifyVote(voteA)) return 'vote A has a bad signature';
  if (!verifier.verifyVote(voteB)) return 'vote B has a bad signature';
  return undefined;
}

/** Why an evidence transaction is not valid at `currentHeight`, or undefined (block validation). */
export function evidenceTxProblem(tx: Uint8Array, decoded: faultline.v1.ITransaction, currentHeight: number, validators: ValidatorSet, verifier: SignatureVerifier): string | undefined {
  const problem = evidenceProblem(decoded.evidence, currentHeight, validators, verifier);
  if (problem) return problem;
  if (hex(evidenceTx(decoded.evidence ?? {})) !== hex(tx)) return 'evidence tx is not in canonical form';
  return undefined;
}
