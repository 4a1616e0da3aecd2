/**
 * A bounded memo whose entries die young: two generations of at most `generationMax` entries
 * each. A new entry goes into the current generation; when that is full it becomes the previous
 * one and the previous one is dropped whole. A lookup asks the current generation, then the
 * previous. So an entry stays findable for at least `generationMax` later entries and at most
 * twice that, and the map never holds more than `2 × generationMax`.
 *
 * Why not one map cleared when full (what the verification memos were): a memo of 50,000
 * entries per key keeps each entry for tens of thousands of later ones, so in a simulation every
 * entry outlived two young-generation collections and was copied twice by the scavenger — the
 * memos held ~12 KB of every consensus height for the rest of the run (BENCHMARKS.md, "Session 30
 * sim" §2). A memo is asked again soon after an entry is made or not at all; two small
 * generations keep what is asked for and let the rest die in the young generation, uncopied.
 * The memos only save work: a miss is the work done again, never a different answer.
 *
 * `generationMax` is given at each `set`, so one process-wide memo can follow its user's mode
 * (signing.ts's: small generations in a simulation, large ones for replay's look-ahead).
 */
export class TwoGenerationMap<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  get(key: K): V | undefined {
    const value = this.current.get(key);
    return value !== undefined ? value : this.previous.get(key);
  }

  /** Remembers `value` under `key` in the current generation, first turning a generation when it holds `generationMax` entries. */
  set(key: K, value: V, generationMax: number): void {
    if (!(generationMax >= 1)) throw new RangeError(`two-generation map: generationMax must be at least 1, got ${generationMax}`);
    if (this.current.size >= generationMax) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }

  /** Entries held, in both generations (a key in both counted twice). */
  get size(): number {
    return this.current.size + this.previous.size;
  }
}
