/**
 * Consensus agreement: no two validators commit different blocks at one height. Read from the
 * committed blocks validators publish (`block.<validator>`), so a validator that commits while
 * cut off from everyone is still checked.
 */
import { hexOf } from './hex.ts';
import { BaseMonitor, type PublishedMessage } from './monitor.ts';

export class ConsensusAgreementMonitor extends BaseMonitor {
  readonly name = 'consensus-agreement';
  readonly kind = 'safety' as const;
  readonly description = 'no two validators commit different blocks at the same height';
  /** height → block hash (hex) and the first validator that committed it. */
  private readonly committed = new Map<number, { hashHex: string; validator: string }>();
  /** Validators whose conflicting commits were already reported, per height. */
  private readonly reported = new Set<string>();
  highestHeight = 0;

  observe(message: PublishedMessage): void {
    const committed = message.envelope.committedBlock;
    if (!committed) return;
    const height = Number(committed.block?.header?.height ?? committed.certificate?.height ?? 0);
    const hash = committed.certificate?.blockHash;
    if (!height || !hash) {
      this.violate({ timeUs: message.timeUs, detail: `${message.from} published a committed block without height or certificate hash` });
      return;
    }
    const hashHex = hexOf(hash);
    this.highestHeight = Math.max(this.highestHeight, height);
    const first = this.committed.get(height);
    if (!first) {
      this.committed.set(height, { hashHex, validator: message.from });
      return;
    }
    const key = `${height}/${message.from}`;
    if (first.hashHex !== hashHex && !this.reported.has(key)) {
      this.reported.add(key);
      this.violate({
        timeUs: message.timeUs,
        height,
        detail: `${message.from} committed ${hashHex.slice(0, 16)}… at height ${height}, ${first.validator} committed ${first.hashHex.slice(0, 16)}…`,
        involved: [first.validator, message.from],
      });
    }
  }

  /** The agreed block hash at a height, if any validator committed one. */
  blockHashAt(height: number): string | undefined {
    return this.committed.get(height)?.hashHex;
  }
}
