/**
 * The mempool: transactions in arrival order, deduplicated by hash, bounded; the most recently
 * committed txs are remembered so a re-submitted or re-gossiped copy is not committed again.
 *
 * Each tx is hashed once where it enters (`txKey`, passed along by the caller that already has
 * it); the entry remembers whether its bytes were checked as a plain (non-evidence) Transaction,
 * so block validation need not decode those exact bytes again (CometBFT's mempool cache serves
 * the same purpose: a tx seen and checked before is not checked again).
 *
 * **The committed memory is bounded** (CometBFT keeps an LRU cache of 10,000 and leaves replay
 * protection to the application): the keys of the last `committedKept` committed plain txs
 * (COMMITTED_TXS_KEPT, 100,000 by default), first in, first out; committed evidence txs are kept
 * for good (one per equivocation; EVIDENCE_MAX_AGE_HEIGHTS would let an old one in again). Within
 * the bound a tx is committed at most once: the mempool refuses a copy ('committed') and block
 * validation refuses a block that carries one. A copy of a plain tx older than the bound (a relay
 * delayed past 100,000 later commits, a client re-sending a tx after that long, a Byzantine
 * proposer replaying an old one) can be committed again, and is still **executed at most once**:
 * the venue keys execution on (client id, nonce), and a pair it applied stays refused for good —
 * it is in the client's window of applied nonces or at or below its floor, which only rises
 * (packages/venue/src/engine.ts, docs/venue.md "At most once"); the second copy is a
 * `duplicate-tx` rejection that changes no state. (A copy of a tx the venue *rejected* the first
 * time has not used its nonce and may apply then: that is its first execution.)
 */
import { txKey } from './hashing.ts';

export type MempoolAdmission = 'added' | 'duplicate' | 'committed' | 'full' | 'oversized';

/** What a pending tx's bytes are known to be: a decoded plain Transaction, or an evidence tx (checked per height). */
export type MempoolTxKind = 'plain' | 'evidence';

/** Committed plain txs whose keys the mempool remembers (the most recent ones). */
export const COMMITTED_TXS_KEPT = 100_000;

interface Entry {
  tx: Uint8Array;
  kind: MempoolTxKind;
  /** The last block-validation pass that met this tx (`meet`): a second meeting in one pass is a duplicate in the block. */
  pass: number;
}

export class Mempool {
  private readonly pending = new Map<string, Entry>();
  private readonly committed = new Set<string>();
  /** The remembered plain keys in commit order, a ring of `committedKept` (the oldest at `oldest`). */
  private readonly committedOrder: string[] = [];
  private oldest = 0;
  private passes = 0;

  constructor(
    private readonly txsMax: number,
    private readonly txBytesMax: number,
    /** False only in the planted `mempool-forgets-committed` variant. */
    private readonly remembersCommitted = true,
    private readonly committedKept = COMMITTED_TXS_KEPT,
  ) {
    if (!Number.isSafeInteger(committedKept) || committedKept < 1) throw new Error(`mempool: committedKept must be a positive integer, got ${committedKept}`);
  }

  add(tx: Uint8Array, key: string = txKey(tx), kind: MempoolTxKind = 'plain'): MempoolAdmission {
    if (tx.length > this.txBytesMax) return 'oversized';
    // Pending first: a pending key is never committed (markCommitted removes it), and the second
    // copy of a tx (the relay's) is nearly always still pending — one lookup instead of two.
    if (this.pending.has(key)) return 'duplicate';
    if (this.committed.has(key)) return 'committed';
    if (this.pending.size >= this.txsMax) return 'full';
    this.pending.set(key, { tx, kind, pass: 0 });
    return 'added';
  }

  /** The oldest pending txs (Map iteration is insertion order), at most `count` and `bytesMax` bytes. */
  reap(count: number, bytesMax = Number.POSITIVE_INFINITY): Uint8Array[] {
    const txs: Uint8Array[] = [];
    let bytes = 0;
    for (const { tx } of this.pending.values()) {
      if (txs.length >= count || bytes + tx.length > bytesMax) break;
      bytes += tx.length;
      txs.push(tx);
    }
    return txs;
  }

  /** Is this tx among the committed txs remembered (the last `committedKept` plain ones, every evidence tx)? */
  isCommitted(tx: Uint8Array, key: string = txKey(tx)): boolean {
    return this.committed.has(key);
  }

  /** Is the tx with this hash pending here as a plain Transaction (its bytes decoded and validated when it entered)? */
  isPendingPlain(key: string): boolean {
    return this.pending.get(key)?.kind === 'plain';
  }

  /** A new block-validation pass (for `meet`). */
  beginPass(): number {
    return ++this.passes;
  }

  /**
   * Block validation meets a tx of the block: 'absent' when it is not pending here as a plain
   * Transaction, else 'first' or 'again' (met before in this pass: the block carries it twice).
   * One Map lookup where isPendingPlain and a Set of the block's keys took three.
   */
  meet(key: string, pass: number): 'absent' | 'first' | 'again' {
    const entry = this.pending.get(key);
    if (entry?.kind !== 'plain') return 'absent';
    if (entry.pass === pass) return 'again';
    entry.pass = pass;
    return 'first';
  }

  /** Marks a block's txs committed; `keys` (their hashes, in order) when the caller has them. */
  markCommitted(txs: readonly Uint8Array[], keys?: readonly string[]): void {
    for (let i = 0; i < txs.length; i++) {
      const tx = txs[i] as Uint8Array;
      const key = keys?.[i] ?? txKey(tx);
      this.pending.delete(key);
      if (!this.remembersCommitted) continue;
      const size = this.committed.size;
      this.committed.add(key);
      // A key remembered already (a height committed again) takes no second slot in the ring.
      if (this.committed.size !== size && !isEvidenceTxBytes(tx)) this.remember(key);
    }
  }

  get size(): number {
    return this.pending.size;
  }

  /** Committed keys remembered now (at most `committedKept` plain ones plus the evidence). */
  get committedCount(): number {
    return this.committed.size;
  }

  /** Appends a committed plain key to the ring; past the bound, the oldest is forgotten. */
  private remember(key: string): void {
    const order = this.committedOrder;
    if (order.length < this.committedKept) {
      order.push(key);
      return;
    }
    this.committed.delete(order[this.oldest] as string);
    order[this.oldest] = key;
    this.oldest = (this.oldest + 1) % this.committedKept;
  }
}

/**
 * Is this committed tx an evidence tx? Block validation admits evidence only in its canonical form
 * (evidenceTx: a Transaction with the `evidence` field, 18, alone), whose bytes start with that
 * field's tag, 0x92 0x01; a plain tx that starts so is only kept for good too (the safe side).
 */
export function isEvidenceTxBytes(tx: Uint8Array): boolean {
  return tx[0] === 0x92 && tx[1] === 0x01;
}
