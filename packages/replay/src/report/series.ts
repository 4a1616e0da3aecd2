/**
 * The data of a post-mortem report, from an event log: time series for each chart, the fault
 * windows to shade, the market's state changes and the replay's invariant table. Pure: bytes
 * in, plain data out. Time is in seconds from the run's start (virtual in a sim log, wall in a
 * live one). Venue figures (mark price, insurance fund, halts, liquidations) come from replaying
 * the committed blocks, not from what a writer chose to record, so a report of a live log and of
 * its simulated twin are computed the same way.
 */
import { scanEventLog, type LogBytes } from '@faultline/protocol';
import { MARKET_ACTIVE, MARKET_AUCTION, MARKET_HALTED, MARKET_PRE_OPEN, blockIntervalUs } from '@faultline/venue';
import { AFTER_GAP_WINDOW_US, VenueFiguresCollector, type VenueFigures } from '@faultline/sim';
import { replayLog, type ReplayResult, type ReplayViolation } from '../replay.ts';
import { faultWindows, type Window, type WindowRecord } from './fault-windows.ts';
import { externalPriceFacts, hedgerSnapshotFacts, recordFacts, validatorProgressFacts } from '../wire.ts';

export type { Window } from './fault-windows.ts';

export interface Series {
  name: string;
  /** [seconds, value] in time order; value null = unknown there (a gap in the line). */
  points: Array<[number, number | null]>;
}

export interface ChartData {
  id: string;
  title: string;
  unit: string;
  series: Series[];
  /** Values hold until the next point (heights, states, positions) rather than interpolate. */
  stepped: boolean;
  /** Shown instead of an empty plot when no series has a point (e.g. a log that records no hedger). */
  missing: string;
}

/** A market entering a state (with the engine's reason) or an auction's result. */
export interface MarketChange {
  timeS: number;
  height: number;
  marketId: number;
  what: string;
  detail: string;
}

export interface ReportData {
  title: string;
  header: ReplayResult['header'];
  durationS: number;
  summary: Array<[string, string]>;
  charts: ChartData[];
  windows: Window[];
  marketChanges: MarketChange[];
  /** Market changes left out past MARKET_CHANGES_MAX (a flapping breaker in an hour-long run). */
  marketChangesOmitted: number;
  invariants: Array<{ name: string; held: boolean }>;
  violations: ReplayViolation[];
  problems: ReplayResult['problems'];
}

export const MARKET_CHANGES_MAX = 500;
export const VIOLATIONS_SHOWN_MAX = 20;
const S = 1e6;
const STATE_NAME: Record<number, string> = { [MARKET_PRE_OPEN]: 'pre-open', [MARKET_ACTIVE]: 'active', [MARKET_HALTED]: 'halted', [MARKET_AUCTION]: 'auction' };

class SeriesSet {
  private readonly byName = new Map<string, Series>();
  add(name: string, t: number, value: number | null): void {
    let series = this.byName.get(name);
    if (!series) this.byName.set(name, (series = { name, points: [] }));
    series.points.push([t, value]);
  }
  /** In `order`, then any others by name (validator ids, markets), so charts read the same run to run. */
  list(order: readonly string[] = []): Series[] {
    const rest = [...this.byName.keys()].filter((name) => !order.includes(name)).sort(byNaturalOrder);
    return [...order, ...rest].map((name) => this.byName.get(name) ?? { name, points: [] });
  }
}

/** validator-2 before validator-10. */
function byNaturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export function buildReportData(bytes: Uint8Array | LogBytes, options: { skipCorrupt?: boolean } = {}): ReportData {
  const prices = new Map<number, SeriesSet>();
  const pricesOf = (marketId: number): SeriesSet => {
    let set = prices.get(marketId);
    if (!set) prices.set(marketId, (set = new SeriesSet()));
    return set;
  };
  const heights = new SeriesSet();
  const gaps = new SeriesSet();
  const states = new SeriesSet();
  const risk = new SeriesSet();
  const funds = new SeriesSet();
  const marketChanges: MarketChange[] = [];
  let marketChangesOmitted = 0;
  const change = (c: MarketChange): void => {
    if (marketChanges.length < MARKET_CHANGES_MAX) marketChanges.push(c);
    else marketChangesOmitted++;
  };
  // The chart lines are cumulative series; the summary's figures come from the same collector as
  // `faultline sim`'s and `faultline up`'s summaries and summary.json, so they cannot disagree.
  let collector: VenueFiguresCollector | undefined;
  let liquidations = 0;
  let refused = 0;
  let adl = 0;
  let lastBlockUs: number | undefined;
  let haltedBlocks = 0;
  const marketIds = new Set<number>();

  const replay = replayLog(bytes, {
    skipCorrupt: options.skipCorrupt ?? false,
    onHeight: ({ height, timeUs, recordTimeUs, state, events, txs }) => {
      const t = recordTimeUs / S;
      collector ??= new VenueFiguresCollector(state.config.insuranceFundSeed, { gapThresholdUs: state.config.policy.blockGapHalt.thresholdUs, afterGapWindowUs: AFTER_GAP_WINDOW_US });
      collector.addBlock(height, timeUs, events, state.insuranceFund);
      collector.addCommittedTxs(height, txs);
      heights.add('committed', t, height);
      for (const [marketId, market] of state.markets) {
        marketIds.add(marketId);
        pricesOf(marketId).add('mark', t, market.markTicks || null);
        states.add(`pre-open m${marketId}`, t, market.state === MARKET_PRE_OPEN ? 1 : 0);
        states.add(`halted m${marketId}`, t, market.state === MARKET_HALTED ? 1 : 0);
        states.add(`auction m${marketId}`, t, market.state === MARKET_AUCTION ? 1 : 0);
        if (market.state === MARKET_HALTED) haltedBlocks++;
      }
      for (const event of events) {
        switch (event.kind) {
          case 'oraclePrice':
            // A stale oracle has no price the venue may use: a gap in the line, not the last value.
            pricesOf(event.oraclePrice.marketId).add('oracle', t, event.oraclePrice.stale ? null : event.oraclePrice.priceTicks);
            break;
          case 'liquidation':
            if (event.liquidation.executed) liquidations++;
            else refused++;
            break;
          case 'adl':
            adl++;
            break;
          case 'marketStatus': {
            const s = event.marketStatus;
            change({ timeS: t, height, marketId: s.marketId, what: STATE_NAME[s.state] ?? `state ${s.state}`, detail: s.reason });
            break;
          }
          case 'auctionResult': {
            const a = event.auctionResult;
            change({ timeS: t, height, marketId: a.marketId, what: 'auction result', detail: `price ${a.priceTicks} ticks, ${a.matchedLots} lots matched, imbalance ${a.imbalanceLots} lots` });
            break;
          }
          default:
            break;
        }
      }
      risk.add('liquidations', t, liquidations);
      risk.add('refused', t, refused);
      risk.add('ADL', t, adl);
      funds.add('insurance fund', t, state.insuranceFund);
      // Realized bad debt, counted once (the collector's figure: fund paid + uncovered on flat accounts).
      funds.add('bad debt', t, collector.current().badDebt);
      // The BFT time between committed blocks (none for blocks 1 and 2: block 1 carries the genesis time).
      const gapUs = lastBlockUs === undefined ? undefined : blockIntervalUs(height, lastBlockUs, timeUs);
      if (gapUs !== undefined) gaps.add('committed', t, gapUs / S);
      lastBlockUs = timeUs;
    },
  });

  const hedgerInventory = new SeriesSet();
  const hedgerPnl = new SeriesSet();
  const windowRecords: WindowRecord[] = [];
  // Per validator: its height and when it last advanced, for its own block gaps (a validator cut
  // off by a partition shows a gap the committed chain does not).
  const validators = new Map<string, { height: number; atS: number }>();
  let endS = 0;
  for (const record of scanEventLog(bytes, { skipCorrupt: true }).records) {
    const t = recordFacts(record).timeUs / S;
    endS = Math.max(endS, t);
    if (record.externalPrice) {
      const tick = externalPriceFacts(record.externalPrice);
      pricesOf(tick.marketId).add('external', t, tick.priceTicks);
    } else if (record.validator) {
      const { validatorId: id, height } = validatorProgressFacts(record.validator);
      heights.add(id, t, height);
      const last = validators.get(id);
      if (last !== undefined && height <= last.height) continue;
      if (last !== undefined) gaps.add(id, t, t - last.atS);
      validators.set(id, { height, atS: t });
    } else if (record.hedger) {
      const h = hedgerSnapshotFacts(record.hedger);
      hedgerInventory.add('delta', t, h.deltaLots);
      hedgerInventory.add('venue position', t, h.venuePositionLots);
      hedgerInventory.add('external position', t, h.externalPositionLots);
      // A live observer knows positions but not P&L: leave the P&L chart empty rather than draw zeros.
      if (!h.pnlUnknown) {
        hedgerPnl.add('venue P&L', t, h.venuePnl);
        hedgerPnl.add('external P&L', t, h.externalPnl);
        hedgerPnl.add('basis P&L', t, h.basisPnl);
      }
    } else if (record.fault || record.lifecycle) windowRecords.push({ timeS: t, fault: record.fault ?? null, lifecycle: record.lifecycle ?? null });
  }
  const windows = faultWindows(windowRecords, endS);
  const figures: VenueFigures | undefined = collector?.finish(lastBlockUs ?? 0);

  const noHedger = 'no hedger snapshots in this log (the run had no hedger, or its writer does not record them)';
  const charts: ChartData[] = [];
  for (const [marketId, set] of [...prices].sort(([a], [b]) => a - b)) {
    charts.push({ id: `prices-m${marketId}`, title: `Market ${marketId}: external vs oracle vs mark price`, unit: 'ticks', series: set.list(['external', 'oracle', 'mark']), stepped: false, missing: 'no prices in this log' });
  }
  charts.push({ id: 'heights', title: 'Height: the committed chain and each validator', unit: 'height', series: heights.list(['committed']), stepped: true, missing: 'no blocks and no validator progress in this log' });
  charts.push({ id: 'block-gaps', title: 'Block gaps: between committed blocks (BFT time) and per validator (time since it last advanced)', unit: 's', series: gaps.list(['committed']), stepped: false, missing: 'fewer than three blocks' });
  charts.push({ id: 'market-state', title: 'Pre-open (until the genesis opening), halts and reopening auctions', unit: '1 = in that state', series: states.list([...marketIds].sort((x, y) => x - y).flatMap((m) => [`pre-open m${m}`, `halted m${m}`, `auction m${m}`])), stepped: true, missing: 'no blocks' });
  charts.push({ id: 'liquidations', title: 'Liquidations executed and refused, auto-deleveraging (cumulative)', unit: 'count', series: risk.list(['liquidations', 'refused', 'ADL']), stepped: true, missing: 'no blocks' });
  charts.push({ id: 'funds', title: 'Insurance fund and bad debt (cumulative)', unit: 'quote units', series: funds.list(['insurance fund', 'bad debt']), stepped: true, missing: 'no blocks' });
  charts.push({ id: 'hedger-inventory', title: 'Hedger inventory and delta', unit: 'lots', series: hedgerInventory.list(['delta', 'venue position', 'external position']), stepped: true, missing: noHedger });
  charts.push({ id: 'hedger-pnl', title: 'Hedger P&L: venue, external and basis', unit: 'quote units', series: hedgerPnl.list(['venue P&L', 'external P&L', 'basis P&L']), stepped: false, missing: 'no hedger P&L in this log (live logs record positions only: the P&L is in the hedger process and its stop report)' });

  const header = replay.header;
  return {
    title: header ? `${header.scenario} · seed ${header.seed} · policy ${header.policy} (${header.createdBy})` : 'unreadable log',
    header,
    durationS: endS,
    summary: [
      ['run', header ? `${header.createdBy === 'live' ? 'live (faultline up)' : header.createdBy === 'sim' ? 'simulated (faultline sim)' : header.createdBy} · ${header.runId}` : 'no readable header'],
      ['scenario / seed / policy', header ? `${header.scenario} / ${header.seed} / ${header.policy}` : '-'],
      ['log span', `${endS.toFixed(1)} s`],
      ['height', String(replay.height)],
      ['blocks / events', `${replay.blocks} / ${replay.events}`],
      ['longest block gap', figures ? `${(figures.longestBlockGapUs / S).toFixed(1)} s` : 'no blocks'],
      ['halted market-blocks', String(haltedBlocks)],
      ['liquidations (refused) / ADL', figures ? `${figures.liquidations} (${Object.values(figures.liquidationsRefused).reduce((a, b) => a + b, 0)}) / ${figures.adlEvents}` : 'no blocks'],
      ['bad debt', figures ? figures.badDebt.toLocaleString('en-US') : 'no blocks'],
      ['evidence committed', figures ? String(figures.evidenceCommitted) : 'no blocks'],
      ['state hashes', replay.hashMatch ? `all ${replay.hashesCompared} match` : replay.firstHashMismatch ? `mismatch at height ${replay.firstHashMismatch.height}` : 'none recorded'],
      ['first violation', replay.firstViolation ? `${replay.firstViolation.invariant} at height ${replay.firstViolation.height}` : 'none'],
      ['fault windows', String(windows.length)],
    ],
    charts,
    windows,
    marketChanges,
    marketChangesOmitted,
    invariants: Object.entries(replay.invariants).map(([name, held]) => ({ name, held })),
    violations: replay.violations.slice(0, VIOLATIONS_SHOWN_MAX),
    problems: replay.problems,
  };
}
