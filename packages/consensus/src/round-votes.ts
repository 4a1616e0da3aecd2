/** The votes of one round: first vote per validator and type, counts per block hash ('' = nil). */
import type { faultline } from '@faultline/protocol';
import { hex } from './hashing.ts';

type Vote = faultline.v1.IVote;

export type VoteKind = 'prevote' | 'precommit';

export type VoteAdmission = { outcome: 'added' | 'duplicate' } | { outcome: 'conflict'; previous: Vote };

class VoteTally {
  readonly byValidator = new Map<string, Vote>();
  readonly countByHash = new Map<string, number>();

  add(vote: Vote): VoteAdmission {
    const validator = vote.validatorId ?? '';
    const previous = this.byValidator.get(validator);
    const hashHex = hex(vote.blockHash);
    if (previous) return hex(previous.blockHash) === hashHex ? { outcome: 'duplicate' } : { outcome: 'conflict', previous };
    this.byValidator.set(validator, vote);
    this.countByHash.set(hashHex, (this.countByHash.get(hashHex) ?? 0) + 1);
    return { outcome: 'added' };
  }

  count(hashHex: string): number {
    return this.countByHash.get(hashHex) ?? 0;
  }

  get total(): number {
    return this.byValidator.size;
  }

  /** A non-nil hash with at least `quorum` votes, if any. */
  quorumBlock(quorum: number): string | undefined {
    for (const [hashHex, count] of this.countByHash) if (hashHex !== '' && count >= quorum) return hashHex;
    return undefined;
  }

  votesFor(hashHex: string): Vote[] {
    return [...this.byValidator.values()].filter((vote) => hex(vote.blockHash) === hashHex);
  }
}

export class RoundVotes {
  readonly prevotes = new VoteTally();
  readonly precommits = new VoteTally();
  /** Validators heard from in this round, by any message (the f+1 round-skip rule). */
  readonly senders = new Set<string>();

  tally(kind: VoteKind): VoteTally {
    return kind === 'prevote' ? this.prevotes : this.precommits;
  }
}
