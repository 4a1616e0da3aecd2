/**
 * The committed chain a validator holds: every height counted, the newest `keptMax` blocks kept
 * decoded — the core reads the last one (the next block's previous hash, last commit and time),
 * sync serves the rest — and the older ones as their encoding, decoded again only for a sync
 * request that reaches below the window.
 *
 * Why: a decoded block is hundreds of objects (a byte view per tx, the header, the certificate's
 * votes) that every major collection marks, and a tx view keeps its whole received frame alive; a
 * validator holding every block as decoded made its heap and its major GC's marking grow with the
 * venue's age (BENCHMARKS.md, "Session 27 live": +12 MB of heap after a major in 14 s at
 * 5,000 orders/s). An archived block is one byte array (not marked through), its encoding's size.
 * The bytes still grow with the chain — the write-ahead log's commit records hold the same
 * blocks, and serving sync from there would need an asynchronous read the core does not have —
 * so this bounds the objects and the per-block overhead, not the chain's bytes.
 *
 * `keptMax` Infinity (the default, and the simulator's): every block stays decoded, as before.
 */
import { decodeMessage, encodeMessage, type faultline } from '@faultline/protocol';

type CommittedBlock = faultline.v1.ICommittedBlock;

export class CommittedChain {
  /** Heights archived.length + 1 … length, decoded, oldest first. */
  private readonly recent: CommittedBlock[] = [];
  /** Heights 1 … archived.length as their CommittedBlock encoding. */
  private readonly archived: Uint8Array[] = [];
  private archivedByteCount = 0;

  constructor(private readonly keptMax = Number.POSITIVE_INFINITY) {
    if (keptMax !== Number.POSITIVE_INFINITY && (!Number.isSafeInteger(keptMax) || keptMax < 1)) throw new Error(`committed chain: keptMax must be a positive integer, got ${keptMax}`);
  }

  /** Heights committed (the last one's height). */
  get length(): number {
    return this.archived.length + this.recent.length;
  }

  /** The blocks kept decoded, oldest first: every block unless keptMax (then the last keptMax). */
  get decoded(): readonly CommittedBlock[] {
    return this.recent;
  }

  /** Bytes of the archived blocks' encodings. */
  get archivedBytes(): number {
    return this.archivedByteCount;
  }

  /** Appends the next height's block; past keptMax the oldest decoded one is archived as its encoding. */
  push(committed: CommittedBlock): void {
    this.recent.push(committed);
    if (this.recent.length <= this.keptMax) return;
    const oldest = this.recent.shift() as CommittedBlock;
    const bytes = encodeMessage('CommittedBlock', oldest);
    this.archived.push(bytes);
    this.archivedByteCount += bytes.length;
  }

  /** The block at `height` as kept decoded; undefined when it is archived or not committed. */
  recentAt(height: number): CommittedBlock | undefined {
    return this.recent[height - this.archived.length - 1];
  }

  /** The block at `height`, an archived one decoded anew; undefined when not committed (or it no longer decodes). */
  at(height: number): CommittedBlock | undefined {
    if (height > this.archived.length) return this.recentAt(height);
    const bytes = this.archived[height - 1];
    if (bytes === undefined) return undefined;
    const decoded = decodeMessage('CommittedBlock', bytes);
    return decoded.ok ? decoded.value : undefined;
  }

  /** Up to `count` blocks from `fromHeight` on (those committed), in height order. */
  range(fromHeight: number, count: number): CommittedBlock[] {
    const from = Math.max(1, fromHeight);
    const to = Math.min(this.length, from + count - 1);
    const blocks: CommittedBlock[] = [];
    for (let height = from; height <= to; height++) {
      const block = this.at(height);
      if (block === undefined) break;
      blocks.push(block);
    }
    return blocks;
  }
}
