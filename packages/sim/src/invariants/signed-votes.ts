/**
 * No equivocation's record: each honest validator's own votes, by validator, height, round and
 * type, with the block hash it signed (absent = empty = nil). `firstOrSame` records a vote's hash
 * the first time and says whether a later vote of the same step names the same one.
 *
 * Every vote ever signed stays judged — a late vote for an old height is compared with what was
 * signed there — so nothing is dropped; what is kept is small. Each distinct block hash is kept
 * once, as a latin1 string (one char per byte: equal strings are equal bytes, of equal length),
 * numbered in order of first sight; a validator's votes at a height are a flat array of
 * (round, type, hash number) triples. It kept an object and a copy of the hash per vote — ~3 KB
 * of every height of an empty-block run for the rest of the run, each copied twice by the
 * scavenger (BENCHMARKS.md, "Session 31 sim"); all four validators' votes for a block share its
 * one string.
 */
import type { faultline } from '@faultline/protocol';

/** A byte array's bytes as a latin1 string, without a Buffer made around it (hashing.ts's txKey does the same). */
const latin1Slice = Buffer.prototype.latin1Slice as (this: Uint8Array, start: number, end: number) => string;

export class SignedVotes {
  /** Every block hash signed, by its bytes as a latin1 string: its number (the empty hash is 0). */
  private readonly hashNumbers = new Map<string, number>([['', 0]]);
  /** By validator, then by height as an array index (dense from 1): (round, type, hash number) triples. */
  private readonly byValidator = new Map<string, Array<unknown[] | undefined>>();

  firstOrSame(vote: faultline.v1.IVote): boolean {
    const validator = vote.validatorId ?? '';
    let byHeight = this.byValidator.get(validator);
    if (!byHeight) this.byValidator.set(validator, (byHeight = []));
    const height = Number(vote.height ?? 0);
    let signed = byHeight[height];
    if (!signed) byHeight[height] = signed = [];
    const round = vote.round ?? 0;
    const type = vote.type ?? 0;
    const hash = this.numberOf(vote.blockHash);
    for (let index = 0; index < signed.length; index += 3) {
      if (signed[index] === round && signed[index + 1] === type) return signed[index + 2] === hash;
    }
    signed.push(round, type, hash);
    return true;
  }

  /** Block hashes kept (the empty one included). */
  get hashCount(): number {
    return this.hashNumbers.size;
  }

  private numberOf(hash: Uint8Array | null | undefined): number {
    if (!hash || hash.length === 0) return 0;
    const key = latin1Slice.call(hash, 0, hash.length);
    let number = this.hashNumbers.get(key);
    if (number === undefined) this.hashNumbers.set(key, (number = this.hashNumbers.size));
    return number;
  }
}
