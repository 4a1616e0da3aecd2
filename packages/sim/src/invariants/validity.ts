/**
 * Validity over a whole venue run: every committed transaction was submitted by someone (or is
 * consensus evidence), and none is committed twice. Read from what actors publish: every
 * transaction published on a `tx.*` subject (a client's order, an oracle's report, a deposit;
 * a validator's gossip copy too) is "submitted"; the committed blocks honest validators publish
 * give each height's transactions, judged once per height (the first block seen at it:
 * consensus-agreement judges the others). A transaction is known by its encoded bytes themselves
 * (one char per byte: exact, and no hash to compute per tx); never the validator's own mempool or
 * block validation — what it judges.
 */
import { committedHeight } from '@faultline/consensus';
import { encodeMessage, pb } from '@faultline/protocol';
import { BaseMonitor, type PublishedMessage } from './monitor.ts';

export class ValidityMonitor extends BaseMonitor {
  readonly name = 'validity';
  readonly kind = 'safety' as const;
  readonly description = 'every committed transaction was submitted (or is evidence), none committed twice';
  private readonly submitted = new Set<string>();
  /** tx bytes (bytesKey) → the height that committed it first. */
  private readonly committedAt = new Map<string, number>();
  private readonly judged = new Set<number>();

  observe(message: PublishedMessage): void {
    const envelope = message.envelope;
    if (envelope.tx) {
      this.submitted.add(bytesKey(encodeMessage('Transaction', envelope.tx)));
      return;
    }
    const committed = envelope.committedBlock;
    if (!committed) return;
    const height = committedHeight(committed);
    if (!height || this.judged.has(height)) return;
    this.judged.add(height);
    for (const tx of committed.block?.txs ?? []) {
      const key = bytesKey(tx);
      const before = this.committedAt.get(key);
      if (before !== undefined) this.violate({ timeUs: message.timeUs, height, detail: `a tx committed twice: at height ${before} and again at ${height} (${message.from})` });
      else if (!this.submitted.has(key) && !isEvidenceTx(tx)) this.violate({ timeUs: message.timeUs, height, detail: `a committed tx nobody submitted at height ${height} (${message.from})` });
      if (before === undefined) this.committedAt.set(key, height);
    }
  }
}

const latin1Slice = Buffer.prototype.latin1Slice as (this: Uint8Array, start: number, end: number) => string;

/** A tx's bytes as a string, one char per byte: equal keys for equal bytes, and only for them. */
function bytesKey(tx: Uint8Array): string {
  return latin1Slice.call(tx, 0, tx.length);
}

function isEvidenceTx(tx: Uint8Array): boolean {
  try {
    return pb.Transaction.decode(tx).evidence != null;
  } catch {
    return false;
  }
}
