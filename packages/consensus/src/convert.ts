/**
 * Wire to domain for the consensus core, in one place: what a vote, a certificate or a committed
 * block says, as plain facts with every proto3 default filled ('' / 0 / empty hash) — proto3
 * makes an absent field and its default the same message, so a hand-built object and a decoded
 * one read alike. The signed wire messages themselves stay: their bytes are what is signed,
 * gossiped and certified; the core reads their fields through these.
 */
import type { faultline } from '@faultline/protocol';
import { hex } from './hashing.ts';

/** A vote's facts. `type` is the faultline.v1.VoteType number (0 = unspecified). */
export interface VoteFacts {
  validatorId: string;
  height: number;
  round: number;
  type: number;
  /** Hex of the block hash; '' for a nil vote. */
  blockHashHex: string;
  timestampUs: number;
}

export function voteFacts(vote: faultline.v1.IVote): VoteFacts {
  return {
    validatorId: vote.validatorId ?? '',
    height: Number(vote.height ?? 0),
    round: vote.round ?? 0,
    type: vote.type ?? 0,
    blockHashHex: hex(vote.blockHash),
    timestampUs: Number(vote.timestampUs ?? 0),
  };
}

/** A commit certificate's facts (its precommits stay wire votes: their signatures are over their bytes). */
export interface CertificateFacts {
  height: number;
  round: number;
  blockHashHex: string;
  precommits: readonly faultline.v1.IVote[];
}

export function certificateFacts(certificate: faultline.v1.ICommitCertificate): CertificateFacts {
  return { height: Number(certificate.height ?? 0), round: certificate.round ?? 0, blockHashHex: hex(certificate.blockHash), precommits: certificate.precommits ?? [] };
}

/** The height a committed block's header claims (0 without a header). */
export function committedHeight(committed: faultline.v1.ICommittedBlock): number {
  return headerFacts(committed.block?.header ?? {}).height;
}

/** A proposal's facts (its block stays wire: its header's bytes are what is hashed). */
export interface ProposalFacts {
  height: number;
  round: number;
  /** The round of the polka it re-proposes (-1: none; an absent field reads 0, as on the wire). */
  polRound: number;
  proposerId: string;
  blockHashHex: string;
}

export function proposalFacts(proposal: faultline.v1.IProposal): ProposalFacts {
  return {
    height: Number(proposal.height ?? 0),
    round: proposal.round ?? 0,
    polRound: proposal.polRound ?? 0,
    proposerId: proposal.proposerId ?? '',
    blockHashHex: hex(proposal.blockHash),
  };
}

/** What the core checks of a block header (the header's other fields are compared as hashes). */
export interface HeaderFacts {
  height: number;
  round: number;
  timeUs: number;
  txCount: number;
  proposerId: string;
}

export function headerFacts(header: faultline.v1.IBlockHeader): HeaderFacts {
  return { height: Number(header.height ?? 0), round: header.round ?? 0, timeUs: Number(header.timeUs ?? 0), txCount: header.txCount ?? 0, proposerId: header.proposerId ?? '' };
}

/** A write-ahead lock record's facts (its blocks stay wire). */
export interface LockFacts {
  height: number;
  lockedRound: number;
  validRound: number;
}

export function lockFacts(lock: faultline.v1.ILockState): LockFacts {
  return { height: Number(lock.height ?? 0), lockedRound: lock.lockedRound ?? 0, validRound: lock.validRound ?? 0 };
}

/** A peer's status announcement: the height it has committed. */
export function statusHeight(status: faultline.v1.IStatusAnnounce): number {
  return Number(status.height ?? 0);
}

/** A peer's block request, its range as numbers. */
export interface BlockRequestFacts {
  requesterId: string;
  fromHeight: number;
  maxCount: number;
}

export function blockRequestFacts(request: faultline.v1.IBlockRequest): BlockRequestFacts {
  return { requesterId: request.requesterId ?? '', fromHeight: Number(request.fromHeight ?? 0), maxCount: request.maxCount ?? 0 };
}
