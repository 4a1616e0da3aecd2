/**
 * No equivocation's record: each honest validator's own votes, by validator, height, round and
 * type, with the block hash it signed (absent = empty = nil). `firstOrSame` records a vote's hash
 * the first time and says whether a later vote of the same step names the same one.
 *
 * Every vote ever signed stays judged — a late vote for an old height is compared with what was
 * signed there — so nothing is dropped; what is kept is small. Each distinct block hash is kept
 * once, as a latin1 string (one char per byte: equal strings are equal bytes, of equal length),
 * numbered in order of first sight. A validator's first two votes at a height (its round-0
 * prevote and precommit, nearly always all it signs there) are two small integers in one flat
 * array of its heights — the hash's number, the round and the type packed — and any other vote
 * (a third step at a height, a round or type too large to pack, a height far past the array's
 * end) is a (round, type, hash number) triple in a map by height. It kept an object and a copy of
 * the hash per vote (~3 KB of every height of an empty-block run, each copied twice by the
 * scavenger: BENCHMARKS.md, "Session 31 sim"), then an array of triples per validator and height
 * (~0.9 KB a height: "Session 32 sim").
 */
import type { faultline } from '@faultline/protocol';

/** A byte array's bytes as a latin1 string, without a Buffer made around it (hashing.ts's txKey does the same). */
const latin1Slice = Buffer.prototype.latin1Slice as (this: Uint8Array, start: number, end: number) => string;

/** Packing: (hash number × ROUNDS + round) × TYPES + type, under 2^30 (a small integer: 4 bytes in a packed array). */
const ROUNDS = 16;
const TYPES = 4;
const STEPS = ROUNDS * TYPES;
/** Hash numbers that pack (2^24: a run that signs more distinct hashes keeps the rest as triples). */
export const PACKED_HASHES_MAX = 2 ** 24;
/** An empty slot (every packed vote is ≥ 0). */
const EMPTY_SLOT = -1;
/** A vote whose slots lie further past the array's end than this is kept as a triple (no run of empty slots filled for it). */
const SLOTS_GAP_MAX = 4_096;

interface ValidatorVotes {
  /** Slots 2h and 2h + 1: the first two packed votes at height h (EMPTY_SLOT when none). */
  slots: number[];
  /** Every other vote, by height: (round, type, hash number) triples. */
  more: Map<number, number[]>;
}

export class SignedVotes {
  /** Every block hash signed, by its bytes as a latin1 string: its number (the empty hash is 0). */
  private readonly hashNumbers = new Map<string, number>([['', 0]]);
  private readonly byValidator = new Map<string, ValidatorVotes>();

  constructor(private readonly packedHashesMax = PACKED_HASHES_MAX) {}

  firstOrSame(vote: faultline.v1.IVote): boolean {
    const validator = vote.validatorId ?? '';
    let votes = this.byValidator.get(validator);
    if (!votes) this.byValidator.set(validator, (votes = { slots: [], more: new Map() }));
    const height = Number(vote.height ?? 0);
    const round = vote.round ?? 0;
    const type = vote.type ?? 0;
    const hash = this.numberOf(vote.blockHash);
    // A step that packs may be in a slot even when this vote's hash does not pack (a hash numbered past the bound differs from every slot's).
    const stepPacks = Number.isInteger(round) && round >= 0 && round < ROUNDS && Number.isInteger(type) && type >= 0 && type < TYPES;
    const step = round * TYPES + type;
    const slots = votes.slots;
    const at = Number.isSafeInteger(height) && height >= 0 ? height * 2 : -1;
    let free = -1;
    if (at >= 0) {
      for (let slot = at; slot < at + 2 && slot < slots.length; slot++) {
        const code = slots[slot]!;
        if (code === EMPTY_SLOT) {
          if (free < 0) free = slot;
        } else if (stepPacks && code % STEPS === step) return Math.floor(code / STEPS) === hash;
      }
    }
    const triples = votes.more.get(height);
    if (triples) {
      for (let index = 0; index < triples.length; index += 3) {
        if (triples[index] === round && triples[index + 1] === type) return triples[index + 2] === hash;
      }
    }
    if (stepPacks && hash < this.packedHashesMax && at >= 0) {
      if (free < 0 && at + 1 >= slots.length && at - slots.length <= SLOTS_GAP_MAX) {
        while (slots.length < at + 2) slots.push(EMPTY_SLOT);
        free = at;
      }
      if (free >= 0) {
        slots[free] = hash * STEPS + step;
        return true;
      }
    }
    if (triples) triples.push(round, type, hash);
    else votes.more.set(height, [round, type, hash]);
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
