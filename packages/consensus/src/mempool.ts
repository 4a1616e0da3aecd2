/**
 * The mempool: transactions in arrival order, deduplicated by hash, bounded; committed hashes
 * are remembered so a re-submitted or re-gossiped tx is never committed twice.
 *
 * Each tx is hashed once where it enters (`txKey`, passed along by the caller that already has
 * it); the entry remembers whether its bytes were checked as a plain (non-evidence) Transaction,
 * so block validation need not decode those exact bytes again (CometBFT's mempool cache serves
 * the same purpose: a tx seen and checked before is not checked again).
 */
import { txKey } from './hashing.ts';

export type MempoolAdmission = 'added' | 'duplicate' | 'committed' | 'full' | 'oversized';

/** What a pending tx's bytes are known to be: a decoded plain Transaction, or an evidence tx (checked per height). */
export type MempoolTxKind = 'plain' | 'evidence';

interface Entry {
  tx: Uint8Array;
  kind: MempoolTxKind;
}

export class Mempool {
  private readonly pending = new Map<string, Entry>();
  private readonly committed = new Set<string>();

  constructor(
    private readonly txsMax: number,
    private readonly txBytesMax: number,
    /** False only in the planted `mempool-forgets-committed` variant. */
    private readonly remembersCommitted = true,
  ) {}

  add(tx: Uint8Array, key: string = txKey(tx), kind: MempoolTxKind = 'plain'): MempoolAdmission {
    if (tx.length > this.txBytesMax) return 'oversized';
    if (this.committed.has(key)) return 'committed';
    if (this.pending.has(key)) return 'duplicate';
    if (this.pending.size >= this.txsMax) return 'full';
    this.pending.set(key, { tx, kind });
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

  isCommitted(tx: Uint8Array, key: string = txKey(tx)): boolean {
    return this.committed.has(key);
  }

  /** Is the tx with this hash pending here as a plain Transaction (its bytes decoded and validated when it entered)? */
  isPendingPlain(key: string): boolean {
    return this.pending.get(key)?.kind === 'plain';
  }

  /** Marks a block's txs committed; `keys` (their hashes, in order) when the caller has them. */
  markCommitted(txs: readonly Uint8Array[], keys?: readonly string[]): void {
    for (let i = 0; i < txs.length; i++) {
      const key = keys?.[i] ?? txKey(txs[i] as Uint8Array);
      if (this.remembersCommitted) this.committed.add(key);
      this.pending.delete(key);
    }
  }

  get size(): number {
    return this.pending.size;
  }

  get committedCount(): number {
    return this.committed.size;
  }
}
