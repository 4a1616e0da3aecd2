/**
 * Execution replicas agree: every replica that executed a height reports the same state hash
 * (the Solana June 2022 failure mode: nodes computing different results).
 */
import { hexOf } from './hex.ts';
import { BaseMonitor, type PublishedMessage } from './monitor.ts';

export class ReplicaHashMonitor extends BaseMonitor {
  readonly name = 'replicas-agree';
  readonly kind = 'safety' as const;
  readonly description = 'every execution replica reports the same state hash at every height';
  private readonly byHeight = new Map<number, { hashHex: string; replica: string }>();
  private readonly reported = new Set<string>();
  /** Latest executed height per replica. */
  readonly heights = new Map<string, number>();

  observe(message: PublishedMessage): void {
    const executed = message.envelope.blockExecuted;
    if (!executed) return;
    const height = Number(executed.height ?? 0);
    const replica = executed.replicaId || message.from;
    const hashHex = hexOf(executed.stateHash);
    this.heights.set(replica, Math.max(this.heights.get(replica) ?? 0, height));
    const first = this.byHeight.get(height);
    if (!first) {
      this.byHeight.set(height, { hashHex, replica });
      return;
    }
    const key = `${height}/${replica}`;
    if (first.hashHex !== hashHex && !this.reported.has(key)) {
      this.reported.add(key);
      this.violate({
        timeUs: message.timeUs,
        height,
        detail: `${replica} has state hash ${hashHex.slice(0, 16)}… at height ${height}, ${first.replica} has ${first.hashHex.slice(0, 16)}…`,
        involved: [first.replica, replica],
      });
    }
  }

  stateHashAt(height: number): string | undefined {
    return this.byHeight.get(height)?.hashHex;
  }
}
