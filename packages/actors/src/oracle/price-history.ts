/**
 * What an oracle has seen: per market, the prices it received with its own receive times
 * (its clock, not the venue's: the lag is the oracle's pipeline delay, and the venue's clock
 * may be skewed). Only the entries a lagged lookup can still need are kept.
 */
import type { Rng } from '@faultline/runtime';

const BPS_ONE = 10_000;
const PPM_ONE = 1_000_000;
/** Bound per market, against a lag of many tick intervals. */
const ENTRIES_MAX = 10_000;

interface Observation {
  atUs: number;
  priceTicks: number;
}

export class PriceHistory {
  private readonly byMarket = new Map<number, Observation[]>();

  constructor(
    marketIds: readonly number[],
    private readonly lagUs: number,
    private readonly maxAgeUs: number,
  ) {
    for (const marketId of marketIds) this.byMarket.set(marketId, []);
  }

  /** Records a price received now; false (ignored) for another market or a non-positive price. */
  record(marketId: number, priceTicks: number, nowUs: number): boolean {
    const entries = this.byMarket.get(marketId);
    if (!entries || !Number.isSafeInteger(priceTicks) || priceTicks <= 0) return false;
    entries.push({ atUs: nowUs, priceTicks });
    // Lookups only move forward in time: keep the newest entry at or before the cutoff.
    const cutoff = nowUs - this.lagUs;
    let drop = 0;
    while (drop + 1 < entries.length && (entries[drop + 1] as Observation).atUs <= cutoff) drop++;
    if (entries.length - drop > ENTRIES_MAX) drop = entries.length - ENTRIES_MAX;
    if (drop > 0) entries.splice(0, drop);
    return true;
  }

  clear(): void {
    for (const entries of this.byMarket.values()) entries.length = 0;
  }

  /** The latest price received at or before now - lagUs, unless older than maxAgeUs by then. */
  observed(marketId: number, nowUs: number): number | undefined {
    const entries = this.byMarket.get(marketId);
    if (!entries) return undefined;
    const cutoff = nowUs - this.lagUs;
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i] as Observation;
      if (entry.atUs <= cutoff) return cutoff - entry.atUs <= this.maxAgeUs ? entry.priceTicks : undefined;
    }
    return undefined;
  }
}

/** price × (1 + u), u uniform in ±noiseBps at ppm resolution; at least 1 tick. */
export function noisyPrice(priceTicks: number, noiseBps: number, rng: Rng): number {
  const spanPpm = Math.floor((noiseBps * PPM_ONE) / BPS_ONE);
  if (spanPpm === 0) return priceTicks;
  const uPpm = rng.int(-spanPpm, spanPpm);
  return Math.max(1, priceTicks + Math.round((priceTicks * uPpm) / PPM_ONE));
}

/** price × (1 + bps / 10_000), rounded. */
export function scaleByBps(priceTicks: number, bps: number): number {
  return Math.round((priceTicks * (BPS_ONE + bps)) / BPS_ONE);
}
