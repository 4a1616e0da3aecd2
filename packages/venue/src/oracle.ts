/**
 * Oracle reports and prices. A report is a transaction signed (ed25519) by a registered oracle
 * over the OraclePriceReport encoded with an empty signature. The oracle price of a market at a
 * block is the lower median of the latest report of each oracle observed no longer than
 * oracleStalenessUs before the block time — only when at least oracleQuorum such reports exist;
 * otherwise the market is oracle-stale and keeps its last price (used only by policies that do
 * not halt on staleness).
 *
 * Deviation guard: while a fresh median exists, a report further than oracleDeviationPpm from it
 * is rejected. Once the market is stale the guard is off, so a real move the guard held back is
 * accepted after at most one staleness window (the guard cannot freeze a market forever).
 *
 * Mark price (Hyperliquid's construction, integers): the median of
 *   (a) the oracle, (b) oracle + EMA of (mid - oracle) over markEmaWindowUs,
 *   (c) the median of best bid, best ask and last trade (or the mid, or the oracle).
 * The mark is recomputed once per block, after the block's oracle reports.
 */
import { encodeMessage, verifyBytes } from '@faultline/protocol';
import { PPM, floorDiv, lowerMedian, median3, mulDivFloor } from './math.ts';
import { type BlockContext, reject } from './context.ts';
import type { MarketRuntime, OracleReportState } from './state.ts';
import { MARKET_HALTED } from './state.ts';
import { markOracleReports } from './state-hash.ts';

export interface OracleReportInput {
  oracleId: string;
  marketId: number;
  priceTicks: number;
  observedAtUs: number;
  reportSeq: number;
  signature: Uint8Array;
}

/** The bytes an oracle signs: the report with an empty signature. */
export function oracleReportSigningBytes(report: Omit<OracleReportInput, 'signature'>): Uint8Array {
  return encodeMessage('OraclePriceReport', { ...report, signature: new Uint8Array(0) });
}

export function applyOracleReport(ctx: BlockContext, report: OracleReportInput): void {
  const { state } = ctx;
  const key = state.oracleKeys.get(report.oracleId);
  if (!key) reject('unknown-oracle', JSON.stringify(report.oracleId));
  const market = state.markets.get(report.marketId);
  if (!market) reject('unknown-market', String(report.marketId));
  if (!Number.isSafeInteger(report.priceTicks) || report.priceTicks <= 0) reject('price-not-positive');
  if (report.priceTicks > market.config.maxPriceTicks) reject('price-above-max', `max ${market.config.maxPriceTicks}`);
  const previous = state.oracleReports.get(report.oracleId)?.get(report.marketId);
  if (previous && report.reportSeq <= previous.reportSeq) reject('report-seq-not-increasing', `${report.reportSeq} <= ${previous.reportSeq}`);
  if (report.observedAtUs > ctx.timeUs + state.config.oracleMaxFutureUs) reject('report-from-future');
  if (report.observedAtUs < ctx.timeUs - state.config.oracleStalenessUs) reject('report-too-old');
  if (previous && report.observedAtUs < previous.observedAtUs) reject('report-older-than-previous');
  if (!market.oracleStale && market.oracleTicks > 0) {
    const deviation = Math.abs(report.priceTicks - market.oracleTicks);
    if (deviation > mulDivFloor(market.oracleTicks, state.config.oracleDeviationPpm, PPM)) {
      reject('deviation-guard', `${report.priceTicks} vs median ${market.oracleTicks}`);
    }
  }
  // Signature last: it is the expensive check.
  if (!verifyBytes(key, oracleReportSigningBytes(report), report.signature)) reject('bad-signature');
  let byMarket = state.oracleReports.get(report.oracleId);
  if (!byMarket) state.oracleReports.set(report.oracleId, (byMarket = new Map()));
  // The planted variant keeps the delivery time (the block's) instead of the signed observation time.
  const observedAtUs = ctx.variant === 'oracle-stale-as-fresh' ? ctx.timeUs : report.observedAtUs;
  byMarket.set(report.marketId, { priceTicks: report.priceTicks, observedAtUs, reportSeq: report.reportSeq });
  markOracleReports(state);
}

/** Recomputes the market's oracle price from the fresh reports; returns how many were fresh. */
export function aggregateOracle(ctx: BlockContext, market: MarketRuntime): number {
  const { state } = ctx;
  const fresh: number[] = [];
  let newest = -1;
  for (const oracle of state.config.oracles) {
    const report: OracleReportState | undefined = state.oracleReports.get(oracle.oracleId)?.get(market.config.marketId);
    if (!report) continue;
    newest = Math.max(newest, report.observedAtUs);
    if (ctx.timeUs - report.observedAtUs <= state.config.oracleStalenessUs) fresh.push(report.priceTicks);
  }
  market.oracleAgeUs = newest < 0 ? Number.MAX_SAFE_INTEGER : Math.max(0, ctx.timeUs - newest);
  if (fresh.length >= state.config.oracleQuorum) {
    // The planted bug averages (Synthetix 2019: one bad source moves a mean, never a median of 3).
    market.oracleTicks = ctx.variant === 'oracle-mean' ? Math.floor(fresh.reduce((a, b) => a + b, 0) / fresh.length) : lowerMedian(fresh);
    market.oracleStale = false;
  } else {
    market.oracleStale = true;
  }
  return fresh.length;
}

/** Updates the basis EMA and the mark; `elapsedUs` is the time since the previous block. */
export function updateMark(market: MarketRuntime, elapsedUs: number): void {
  const oracle = market.oracleTicks;
  if (oracle === 0) {
    market.markTicks = 0;
    return;
  }
  const bid = market.book.bestBidTicks();
  const ask = market.book.bestAskTicks();
  const mid = bid !== undefined && ask !== undefined ? floorDiv(bid + ask, 2) : undefined;
  const window = market.config.markEmaWindowUs;
  if (mid !== undefined && market.state !== MARKET_HALTED && elapsedUs > 0) {
    const sample = (mid - oracle) * PPM;
    market.basisEmaTicksE6 += mulDivFloor(sample - market.basisEmaTicksE6, Math.min(elapsedUs, window), window);
  }
  if (market.state === MARKET_HALTED) {
    market.markTicks = oracle;
    return;
  }
  const withBasis = oracle + floorDiv(market.basisEmaTicksE6, PPM);
  const bookPrice =
    bid !== undefined && ask !== undefined && market.lastTradeTicks > 0 ? median3(bid, ask, market.lastTradeTicks) : (mid ?? oracle);
  market.markTicks = Math.max(market.config.priceStepTicks, median3(oracle, withBasis, bookPrice));
}
