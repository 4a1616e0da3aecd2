/**
 * The referee's oracle price: its own record of the signed reports carried by the blocks, its
 * own signature check, freshness and median — written apart from the engine's oracle module so
 * that a fault there (a wrong timestamp kept, a stale report counted, a bad signature let in)
 * shows as a difference. Rule (docs/venue.md, "Oracle"): the price of a market at a block is the
 * lower median of each registered oracle's latest accepted report observed within
 * oracleStalenessUs of the block time, when at least oracleQuorum are fresh; else it is stale.
 */
import { encodeMessage, publicKeyFromRaw, verifyBytes } from '@faultline/protocol';
import type { KeyObject } from 'node:crypto';
import type { VenueConfig } from '../config.ts';

export interface SignedReport {
  oracleId: string;
  marketId: number;
  priceTicks: number;
  observedAtUs: number;
  reportSeq: number;
  signature: Uint8Array;
}

export class RefereeOracle {
  private readonly keys = new Map<string, KeyObject>();
  /**
   * oracleId → marketId → the latest accepted report, without its signature: a report's
   * signature is a view into the bytes the block arrived in (a replayed log's read window, the
   * judge thread's copy of a height), which a kept view would hold alive whole.
   */
  private readonly latest = new Map<string, Map<number, Omit<SignedReport, 'signature'>>>();

  constructor(private readonly config: VenueConfig) {
    for (const oracle of config.oracles) this.keys.set(oracle.oracleId, publicKeyFromRaw(Buffer.from(oracle.publicKeyHex, 'hex')));
  }

  /** A report the engine accepted: kept if the referee can verify it; returns why not otherwise. */
  accept(report: SignedReport): string | undefined {
    const key = this.keys.get(report.oracleId);
    if (!key) return `report from unregistered oracle ${report.oracleId} accepted`;
    const unsigned = encodeMessage('OraclePriceReport', { ...report, signature: new Uint8Array(0) });
    if (!verifyBytes(key, unsigned, report.signature)) return `report of ${report.oracleId} seq ${report.reportSeq} accepted with a bad signature`;
    let byMarket = this.latest.get(report.oracleId);
    if (!byMarket) this.latest.set(report.oracleId, (byMarket = new Map()));
    const previous = byMarket.get(report.marketId);
    if (!previous || report.reportSeq > previous.reportSeq) {
      const { oracleId, marketId, priceTicks, observedAtUs, reportSeq } = report;
      byMarket.set(marketId, { oracleId, marketId, priceTicks, observedAtUs, reportSeq });
    }
    return undefined;
  }

  /** The price the market must show at `timeUs`, or undefined when no fresh quorum exists. */
  expected(marketId: number, timeUs: number): { price: number | undefined; fresh: number } {
    const prices: number[] = [];
    for (const oracle of this.config.oracles) {
      const report = this.latest.get(oracle.oracleId)?.get(marketId);
      if (report && timeUs - report.observedAtUs <= this.config.oracleStalenessUs) prices.push(report.priceTicks);
    }
    if (prices.length < this.config.oracleQuorum) return { price: undefined, fresh: prices.length };
    prices.sort((a, b) => a - b);
    // Lower median: for an even count, the smaller of the two middle values.
    return { price: prices[Math.floor((prices.length - 1) / 2)], fresh: prices.length };
  }
}
