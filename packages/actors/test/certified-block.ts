/** Test helper: empty blocks certified by three of four validators, for the execution core's tests. */
import { deriveKeyPair, pb, type faultline } from '@faultline/protocol';
import { blockHash, signVote, txsHash } from '@faultline/consensus';

export const VALIDATORS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
export const KEY_SEED = 5;

/** An empty block at `height`, certified by three of the four validators. */
export function certified(height: number): faultline.v1.ICommittedBlock {
  const header = { height, round: 0, timeUs: height * 1_000_000, proposerId: 'validator-1', txsHash: txsHash([]) };
  const hash = blockHash(header);
  const precommits = VALIDATORS.slice(0, 3).map((validatorId) =>
    signVote({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height, round: 0, blockHash: hash, validatorId, timestampUs: height * 1_000_000 }, deriveKeyPair(KEY_SEED, validatorId).privateKey),
  );
  return { block: { header, txs: [] }, certificate: { height, round: 0, blockHash: hash, precommits } };
}
