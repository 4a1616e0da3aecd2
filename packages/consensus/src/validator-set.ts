/**
 * The validator set: sorted ids with their ed25519 public keys, equal voting power, quorums of
 * 2f+1 where n = 3f+1 (in general: more than two thirds), round-robin proposers.
 */
import type { KeyObject } from 'node:crypto';
import { publicKeyFromRaw } from '@faultline/protocol';
import { faultTolerance } from './config.ts';

export class ValidatorSet {
  readonly ids: readonly string[];
  readonly n: number;
  /** Byzantine validators tolerated. */
  readonly f: number;
  /** Votes that make a quorum: the smallest count above two thirds (2f+1 when n = 3f+1). */
  readonly quorum: number;
  private readonly keys = new Map<string, KeyObject>();

  constructor(members: ReadonlyArray<{ id: string; publicKeyRaw: Uint8Array }>, options: { quorumOverride?: number } = {}) {
    if (members.length < 1) throw new RangeError('validator set: empty');
    const ids = members.map((m) => m.id);
    if (new Set(ids).size !== ids.length) throw new RangeError('validator set: duplicate ids');
    this.ids = [...ids].sort();
    for (const member of members) this.keys.set(member.id, publicKeyFromRaw(member.publicKeyRaw));
    this.n = ids.length;
    this.f = faultTolerance(this.n);
    this.quorum = options.quorumOverride ?? Math.floor((2 * this.n) / 3) + 1;
    // Two quorums must share an honest validator: 2q - n > f.
    if (options.quorumOverride === undefined && !(2 * this.quorum - this.n > this.f)) {
      throw new Error(`validator set: quorum ${this.quorum} of ${this.n} does not intersect in an honest validator`);
    }
  }

  has(id: string): boolean {
    return this.keys.has(id);
  }

  publicKey(id: string): KeyObject | undefined {
    return this.keys.get(id);
  }

  /** Round robin over the sorted ids, shifted by height so every validator proposes in turn. */
  proposer(height: number, round: number): string {
    return this.ids[(height + round) % this.n] as string;
  }
}
