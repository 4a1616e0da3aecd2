/**
 * The votes of one round, per type. A validator's first vote is its vote for the round's step
 * rules that count validators (2f+1 of any kind, the f+1 round skip); per block hash ('' = nil)
 * the tally counts every validator that signed for it, so a validator that signed two different
 * votes counts for both. That is the paper's rule ("2f+1 ⟨PREVOTE, h, r, id(v)⟩" from distinct
 * validators, per value) and what CometBFT's VoteSet reaches by tracking a block some peer
 * claims a +2/3 majority for: if the first vote won, an equivocator whose two votes reach the
 * honest validators in different orders (gossip relays both) could split their view of a polka
 * for ever. Safety is kept: two values with 2f+1 signers each would need an honest validator
 * to sign both.
 */
import type { faultline } from '@faultline/protocol';

type Vote = faultline.v1.IVote;

export type VoteKind = 'prevote' | 'precommit';

export type VoteAdmission = { outcome: 'added' | 'duplicate' } | { outcome: 'conflict'; previous: Vote };

class VoteTally {
  /** Each validator's first vote. */
  readonly byValidator = new Map<string, Vote>();
  /** Block hash → validator → its vote for that hash. */
  private readonly byHash = new Map<string, Map<string, Vote>>();

  /** `validator` and `hashHex`: the vote's facts (convert.ts's voteFacts), read once by the caller. */
  add(vote: Vote, validator: string, hashHex: string): VoteAdmission {
    let voters = this.byHash.get(hashHex);
    if (voters?.has(validator)) return { outcome: 'duplicate' };
    if (!voters) this.byHash.set(hashHex, (voters = new Map()));
    voters.set(validator, vote);
    const previous = this.byValidator.get(validator);
    if (previous) return { outcome: 'conflict', previous };
    this.byValidator.set(validator, vote);
    return { outcome: 'added' };
  }

  count(hashHex: string): number {
    return this.byHash.get(hashHex)?.size ?? 0;
  }

  /** Validators heard from (each once, whatever they signed). */
  get total(): number {
    return this.byValidator.size;
  }

  /** A non-nil hash with at least `quorum` votes, if any. */
  quorumBlock(quorum: number): string | undefined {
    // Keys, then a lookup: no entry array per hash (asked on every rule pass).
    for (const hashHex of this.byHash.keys()) if (hashHex !== '' && (this.byHash.get(hashHex) as Map<string, Vote>).size >= quorum) return hashHex;
    return undefined;
  }

  votesFor(hashHex: string): Vote[] {
    return [...(this.byHash.get(hashHex)?.values() ?? [])];
  }

  /**
   * Peer votes held unverified and uncounted (TendermintCore.receiveVote): a validator's first
   * vote of this type, for a hash that already had a quorum here when it came. Counting it could
   * change no rule; it is verified only when it would matter — beside a second, different vote of
   * the same validator (evidence), or to join a certificate — and counted or refused then.
   */
  private readonly held = new Map<string, HeldVote>();

  /** Holds `vote` unverified when it can change nothing counted: the validator's first (none counted, none held), for a hash with `quorum` votes already. */
  hold(vote: Vote, validator: string, hashHex: string, quorum: number, from: string): boolean {
    if (this.byValidator.has(validator) || this.held.has(validator) || this.count(hashHex) < quorum) return false;
    this.held.set(validator, { vote, validator, hashHex, from });
    return true;
  }

  /** The vote held for `validator`, if any. */
  heldVote(validator: string): HeldVote | undefined {
    return this.held.get(validator);
  }

  /** Takes the vote held for `validator` out (to verify and count it), if any. */
  take(validator: string): HeldVote | undefined {
    const held = this.held.get(validator);
    this.held.delete(validator);
    return held;
  }

  /** Takes every held vote out (to verify and count them). */
  takeAll(): HeldVote[] {
    const all = [...this.held.values()];
    this.held.clear();
    return all;
  }
}

/** A vote held unverified: whose it is, the hash it is for, and who sent it (a bad one is refused as that sender's). */
export interface HeldVote {
  vote: Vote;
  validator: string;
  hashHex: string;
  from: string;
}

export class RoundVotes {
  /** The round these votes are of. */
  constructor(readonly round: number) {}

  readonly prevotes = new VoteTally();
  readonly precommits = new VoteTally();
  /** Validators heard from in this round, by any message (the f+1 round-skip rule). */
  readonly senders = new Set<string>();

  tally(kind: VoteKind): VoteTally {
    return kind === 'prevote' ? this.prevotes : this.precommits;
  }
}
