export { TendermintCore, type CoreOptions, type CoreEffect, type DurableFacts } from './tendermint.ts';
export { ValidatorSet } from './validator-set.ts';
export {
  COMETBFT_TIMEOUTS,
  DYDX_TIMEOUTS,
  DEFAULT_LIMITS,
  consensusLimits,
  SYNC_BLOCKS_MAX,
  BYZANTINE_BEHAVIOURS,
  timeoutUs,
  slowestHeightUs,
  faultTolerance,
  type TimeoutConfig,
  type ConsensusLimits,
  type ByzantineBehaviour,
  type Step,
  type ValidatorKeys,
} from './config.ts';
export type { ConsensusVariant } from './variants.ts';
export { verifyCertificate, committedBlockProblem, medianTimeUs } from './certificate.ts';
export {
  voteFacts,
  certificateFacts,
  committedHeight,
  proposalFacts,
  headerFacts,
  lockFacts,
  statusHeight,
  blockRequestFacts,
  type VoteFacts,
  type CertificateFacts,
  type ProposalFacts,
  type HeaderFacts,
  type LockFacts,
  type BlockRequestFacts,
} from './convert.ts';
export { SignatureVerifier, signVote, signProposal, voteSignBytes, proposalSignBytes } from './signatures.ts';
export { blockHash, txHash, txsHash, hex, sha256, certificateHash } from './hashing.ts';
export { Mempool, COMMITTED_TXS_KEPT, isEvidenceTxBytes, type MempoolAdmission } from './mempool.ts';
export { CommittedChain } from './committed-chain.ts';
export { duplicateVoteEvidence, evidenceTx, evidenceOffence, evidenceProblem, evidenceTxProblem, EVIDENCE_MAX_AGE_HEIGHTS } from './evidence.ts';
