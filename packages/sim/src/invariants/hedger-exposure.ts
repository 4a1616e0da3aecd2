/**
 * The hedger's true exposure stays bounded: at every moment |venue position + external position|
 * in each market is at most `boundLots`. Computed from what the hedger really holds, never from
 * its own books — a hedger that cannot see its fills believes it is flat while it is not:
 * - the venue position is the latest AccountUpdate for the hedger's account in the executed
 *   blocks (the venue's own word; the highest height wins, so a replica replaying old heights
 *   after a catch-up changes nothing);
 * - the external position is the sum of the HedgeFills the external venue published for it.
 * Sim and live set the bound at the registry's hedger-delta-factor x the scenario's deltaLimitLots.
 */
import { SIDE_BUY } from '@faultline/venue';
import { BaseMonitor, type PublishedMessage } from './monitor.ts';

export { HEDGER_DELTA_BOUND_FACTOR } from './registry.ts';

export class HedgerExposureMonitor extends BaseMonitor {
  readonly name = 'hedger-delta-bounded';
  readonly kind = 'safety' as const;
  readonly description: string;
  private readonly venuePositions = new Map<number, { lots: number; height: number }>();
  private readonly externalLots = new Map<number, number>();
  /** Markets now beyond the bound: one violation per excursion, not one per message. */
  private readonly outside = new Set<number>();
  /** The largest |true delta| seen, any market (lots). */
  maxAbsDeltaLots = 0;

  constructor(
    private readonly hedgerId: string,
    private readonly externalVenueId: string,
    readonly boundLots: number,
  ) {
    super();
    this.description = `${hedgerId}'s true |delta| (venue position + external fills) stays within ${boundLots} lots`;
  }

  observe(message: PublishedMessage): void {
    const { envelope } = message;
    const touched = new Set<number>();
    if (envelope.blockExecuted) {
      const height = Number(envelope.blockExecuted.height ?? 0);
      for (const wire of envelope.blockExecuted.events ?? []) {
        const update = wire.accountUpdate;
        if (!update || update.accountId !== this.hedgerId) continue;
        const held = new Map((update.positions ?? []).map((p) => [Number(p.marketId ?? 0), Number(p.sizeLots ?? 0)]));
        for (const marketId of new Set([...held.keys(), ...this.venuePositions.keys()])) {
          if ((this.venuePositions.get(marketId)?.height ?? -1) >= height) continue;
          this.venuePositions.set(marketId, { lots: held.get(marketId) ?? 0, height });
          touched.add(marketId);
        }
      }
    } else if (envelope.hedgeFill && message.from === this.externalVenueId && envelope.hedgeFill.hedgerId === this.hedgerId) {
      const fill = envelope.hedgeFill;
      const marketId = Number(fill.marketId ?? 0);
      const lots = Number(fill.sizeLots ?? 0) * (Number(fill.side ?? 0) === SIDE_BUY ? 1 : -1);
      this.externalLots.set(marketId, (this.externalLots.get(marketId) ?? 0) + lots);
      touched.add(marketId);
    }
    for (const marketId of touched) this.check(marketId, message.timeUs);
  }

  /** The hedger's venue position in a market, as the venue last reported it. */
  venueLots(marketId: number): number {
    return this.venuePositions.get(marketId)?.lots ?? 0;
  }

  deltaLots(marketId: number): number {
    return (this.venuePositions.get(marketId)?.lots ?? 0) + (this.externalLots.get(marketId) ?? 0);
  }

  private check(marketId: number, timeUs: number): void {
    const delta = this.deltaLots(marketId);
    this.maxAbsDeltaLots = Math.max(this.maxAbsDeltaLots, Math.abs(delta));
    if (Math.abs(delta) <= this.boundLots) {
      this.outside.delete(marketId);
      return;
    }
    if (this.outside.has(marketId)) return;
    this.outside.add(marketId);
    const venue = this.venuePositions.get(marketId)?.lots ?? 0;
    this.violate({
      timeUs,
      detail: `${this.hedgerId} true delta ${delta} lots in market ${marketId} (venue ${venue}, external ${delta - venue}), bound ${this.boundLots}`,
      involved: [this.hedgerId],
    });
  }
}
