/**
 * The mempool: transactions in arrival order, deduplicated by hash, bounded; committed hashes
 * are remembered so a re-submitted or re-gossiped tx is never committed twice.
 */
import { txKey } from './hashing.ts';

export type MempoolAdmission = 'added' | 'duplicate' | 'committed' | 'full' | 'oversized';

export class Mempool {
  private readonly pending = new Map<string, Uint8Array>();
  private readonly committed = new Set<string>();

  constructor(
    private readonly txsMax: number,
    private readonly txBytesMax: number,
    /** False only in the planted `mempool-forgets-committed` variant. */
    private readonly remembersCommitted = true,
  ) {}

  add(tx: Uint8Array): MempoolAdmission {
    if (tx.length > this.txBytesMax) return 'oversized';
    const key = txKey(tx);
    if (this.committed.has(key)) return 'committed';
    if (this.pending.has(key)) return 'duplicate';
    if (this.pending.size >= this.txsMax) return 'full';
    this.pending.set(key, tx);
    return 'added';
  }

  /** The oldest pending txs (Map iteration is insertion order), at most `count` and `bytesMax` bytes. */
  reap(count: number, bytesMax = Number.POSITIVE_INFINITY): Uint8Array[] {
    const txs: Uint8Array[] = [];
    let bytes = 0;
    for (const tx of this.pending.values()) {
      if (txs.length >= count || bytes + tx.length > bytesMax) break;
      bytes += tx.length;
      txs.push(tx);
    }
    return txs;
  }

  isCommitted(tx: Uint8Array): boolean {
    return this.committed.has(txKey(tx));
  }

  markCommitted(txs: readonly Uint8Array[]): void {
    for (const tx of txs) {
      const key = txKey(tx);
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
