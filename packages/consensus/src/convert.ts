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
  return Number(committed.block?.header?.height ?? 0);
}
