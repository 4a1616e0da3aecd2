/**
 * Figures of a venue run, folded from what the execution replicas report: the committed chain
 * as executed (heights, block times), and every venue event. Used by `faultline sim`, `compare`
 * and replay alike, so a run and the replay of its log summarise identically.
 */
import type { VenueEvent } from '@faultline/venue';
import { MARKET_ACTIVE, blockIntervalUs } from '@faultline/venue';
import { committedEvidence, type CommittedEvidence } from './evidence-figures.ts';

/** Liquidations this soon after a block gap count as the gap-risk burst (`liquidationsAfterGap`). */
export const AFTER_GAP_WINDOW_US = 60_000_000;

/** Committed evidence listed in full in a summary; more are only counted. */
const EVIDENCE_LISTED_MAX = 20;

export interface MarketFigures {
  marketId: number;
  /** Block time of the genesis opening (docs/venue.md); null when the market never opened. Pre-open is not a halt. */
  openedAtUs: number | null;
  haltedUs: number;
  halts: number;
  /** The longest time from a halt to trading again. */
  longestReopenUs: number;
  auctions: number;
  /** Time without a fresh oracle quorum, from the genesis opening on. */
  oracleStaleUs: number;
  maxOracleStaleUs: number;
}

export interface VenueFigures {
  height: number;
  /** The longest interval between committed blocks, from block 3 on (blockIntervalUs: block 1 carries the genesis time). */
  longestBlockGapUs: number;
  fills: number;
  filledLots: number;
  liquidations: number;
  liquidatedLots: number;
  liquidationsRefused: Record<string, number>;
  /** Liquidations executed within `afterGapWindowUs` of a block gap (the gap-risk burst). */
  liquidationsAfterGap: number;
  /**
   * Realized bad debt, each deficit counted once: what the insurance fund paid toward liquidated
   * accounts' deficits (its fall beyond the penalties it took in) plus what stays uncovered on flat
   * accounts (negative collateral in their last AccountUpdate). Not the sum of the liquidation
   * events' badDebt: each partial close reports the deficit of the position still open again.
   */
  badDebt: number;
  adlEvents: number;
  adlLots: number;
  insuranceFundMin: number;
  insuranceFundEnd: number;
  fundingPayments: number;
  txRejected: number;
  /** Duplicate-vote evidence committed in blocks (consensus evidence, not executed by the venue). */
  evidenceCommitted: number;
  /** The first EVIDENCE_LISTED_MAX of them: who double-signed what, and the height that committed it. */
  evidence: CommittedEvidence[];
  markets: MarketFigures[];
  /** The longest time any market went without a fresh oracle quorum after its opening (set by finish). */
  oracleMaxStalenessUs: number;
}

export class VenueFiguresCollector {
  private readonly figures: VenueFigures;
  private lastBlockTimeUs = -1;
  private lastGapEndUs = -Infinity;
  private readonly haltedSince = new Map<number, number>();
  private readonly staleSince = new Map<number, number>();
  /** The insurance fund as the last liquidation event left it (the seed before the first). */
  private fund: number;
  /** Σ what the fund paid toward liquidated accounts' deficits. */
  private fundPaid = 0;
  /** Flat accounts left with negative collateral (the uncovered rest), as their last AccountUpdate shows. */
  private readonly uncovered = new Map<string, number>();
  private uncoveredTotal = 0;

  constructor(
    insuranceFundSeed: number,
    private readonly options: { gapThresholdUs: number; afterGapWindowUs: number },
  ) {
    this.fund = insuranceFundSeed;
    this.figures = {
      height: 0,
      longestBlockGapUs: 0,
      fills: 0,
      filledLots: 0,
      liquidations: 0,
      liquidatedLots: 0,
      liquidationsRefused: {},
      liquidationsAfterGap: 0,
      badDebt: 0,
      adlEvents: 0,
      adlLots: 0,
      insuranceFundMin: insuranceFundSeed,
      insuranceFundEnd: insuranceFundSeed,
      fundingPayments: 0,
      txRejected: 0,
      evidenceCommitted: 0,
      evidence: [],
      markets: [],
      oracleMaxStalenessUs: 0,
    };
  }

  /** One executed block, in height order. */
  addBlock(height: number, blockTimeUs: number, events: readonly VenueEvent[], insuranceFund?: number): void {
    const f = this.figures;
    f.height = height;
    const gap = this.lastBlockTimeUs >= 0 ? blockIntervalUs(height, this.lastBlockTimeUs, blockTimeUs) : undefined;
    if (gap !== undefined) {
      f.longestBlockGapUs = Math.max(f.longestBlockGapUs, gap);
      if (gap > this.options.gapThresholdUs) this.lastGapEndUs = blockTimeUs;
    }
    this.lastBlockTimeUs = blockTimeUs;
    for (const event of events) this.addEvent(event, blockTimeUs);
    if (insuranceFund !== undefined) {
      f.insuranceFundEnd = insuranceFund;
      f.insuranceFundMin = Math.min(f.insuranceFundMin, insuranceFund);
    }
  }

  /** The figures so far, intervals still open left open (a live status line; finish() once at the end). */
  current(): Readonly<VenueFigures> {
    return this.figures;
  }

  /** The txs of a committed block (for what execution does not report: consensus evidence). */
  addCommittedTxs(height: number, txs: readonly Uint8Array[]): void {
    for (const evidence of committedEvidence(height, txs)) {
      this.figures.evidenceCommitted++;
      if (this.figures.evidence.length < EVIDENCE_LISTED_MAX) this.figures.evidence.push(evidence);
    }
  }

  /** Closes open halt and staleness intervals at the end of the run. */
  finish(endUs: number): VenueFigures {
    for (const [marketId, since] of this.haltedSince) this.market(marketId).haltedUs += endUs - since;
    for (const [marketId, since] of this.staleSince) {
      const m = this.market(marketId);
      m.oracleStaleUs += endUs - since;
      m.maxOracleStaleUs = Math.max(m.maxOracleStaleUs, endUs - since);
    }
    this.haltedSince.clear();
    this.staleSince.clear();
    this.figures.markets.sort((a, b) => a.marketId - b.marketId);
    this.figures.oracleMaxStalenessUs = Math.max(0, ...this.figures.markets.map((m) => m.maxOracleStaleUs));
    return this.figures;
  }

  private addEvent(event: VenueEvent, timeUs: number): void {
    const f = this.figures;
    switch (event.kind) {
      case 'fill':
        f.fills++;
        f.filledLots += event.fill.sizeLots;
        break;
      case 'accountUpdate': {
        const a = event.accountUpdate;
        const flat = a.positions.every((p) => p.sizeLots === 0);
        const left = flat && a.collateral < 0 ? -a.collateral : 0;
        const before = this.uncovered.get(a.accountId) ?? 0;
        if (left !== before) {
          if (left > 0) this.uncovered.set(a.accountId, left);
          else this.uncovered.delete(a.accountId);
          this.uncoveredTotal += left - before;
          f.badDebt = this.fundPaid + this.uncoveredTotal;
        }
        break;
      }
      case 'liquidation': {
        const l = event.liquidation;
        // Bad debt is the realized deficit, counted once (not the deficit each partial close reports
        // while the position is still open): what the fund paid toward it — its fall beyond the
        // penalty it took in (only liquidations move the fund) — plus what stays uncovered on flat
        // accounts (the AccountUpdates below).
        const paid = this.fund + l.penalty - l.insuranceFundAfter;
        if (paid > 0) this.fundPaid += paid;
        this.fund = l.insuranceFundAfter;
        f.badDebt = this.fundPaid + this.uncoveredTotal;
        if (l.executed) {
          f.liquidations++;
          f.liquidatedLots += l.sizeLots;
          if (timeUs - this.lastGapEndUs <= this.options.afterGapWindowUs) f.liquidationsAfterGap++;
        } else {
          f.liquidationsRefused[l.reason] = (f.liquidationsRefused[l.reason] ?? 0) + 1;
        }
        f.insuranceFundEnd = l.insuranceFundAfter;
        f.insuranceFundMin = Math.min(f.insuranceFundMin, l.insuranceFundAfter);
        break;
      }
      case 'adl':
        f.adlEvents++;
        f.adlLots += event.adl.sizeLots;
        break;
      case 'funding':
        f.fundingPayments++;
        break;
      case 'txRejected':
        f.txRejected++;
        break;
      case 'auctionResult':
        this.market(event.auctionResult.marketId).auctions++;
        break;
      case 'marketStatus': {
        const { marketId, state } = event.marketStatus;
        const m = this.market(marketId);
        const since = this.haltedSince.get(marketId);
        if (m.openedAtUs === null && since === undefined && state === MARKET_ACTIVE) {
          // Every market starts pre-open: its first ACTIVE is the genesis opening, not a reopening.
          m.openedAtUs = timeUs;
        } else if (state === MARKET_ACTIVE) {
          if (since !== undefined) {
            m.haltedUs += timeUs - since;
            m.longestReopenUs = Math.max(m.longestReopenUs, timeUs - since);
            this.haltedSince.delete(marketId);
          }
        } else if (since === undefined) {
          m.halts++;
          this.haltedSince.set(marketId, timeUs);
        }
        break;
      }
      case 'oraclePrice': {
        const { marketId, stale } = event.oraclePrice;
        const m = this.market(marketId);
        // Before its genesis opening a market has no price to go stale: that is start-up, not an outage.
        if (m.openedAtUs === null) break;
        const since = this.staleSince.get(marketId);
        if (stale && since === undefined) this.staleSince.set(marketId, timeUs);
        if (!stale && since !== undefined) {
          m.oracleStaleUs += timeUs - since;
          m.maxOracleStaleUs = Math.max(m.maxOracleStaleUs, timeUs - since);
          this.staleSince.delete(marketId);
        }
        break;
      }
      default:
        break;
    }
  }

  private market(marketId: number): MarketFigures {
    let m = this.figures.markets.find((x) => x.marketId === marketId);
    if (!m) {
      m = { marketId, openedAtUs: null, haltedUs: 0, halts: 0, longestReopenUs: 0, auctions: 0, oracleStaleUs: 0, maxOracleStaleUs: 0 };
      this.figures.markets.push(m);
    }
    return m;
  }
}
