/**
 * The data of a post-mortem report, from an event log: time series for each chart, the fault
 * windows to shade, and the replay's invariant table. Pure: bytes in, plain data out.
 * Time is in seconds from the run's start (virtual in a sim log, wall in a live one).
 */
import { scanEventLog, type faultline } from '@faultline/protocol';
import { MARKET_AUCTION, MARKET_HALTED } from '@faultline/venue';
import { replayLog, type ReplayResult, type ReplayViolation } from '../replay.ts';

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
}

export interface Window {
  label: string;
  fromS: number;
  toS: number;
  kind: 'fault' | 'down';
}

export interface ReportData {
  title: string;
  header: ReplayResult['header'];
  durationS: number;
  summary: Array<[string, string]>;
  charts: ChartData[];
  windows: Window[];
  invariants: Array<{ name: string; held: boolean }>;
  violations: ReplayViolation[];
  problems: ReplayResult['problems'];
}

const S = 1e6;

class SeriesSet {
  private readonly byName = new Map<string, Series>();
  add(name: string, t: number, value: number | null): void {
    let series = this.byName.get(name);
    if (!series) this.byName.set(name, (series = { name, points: [] }));
    series.points.push([t, value]);
  }
  list(order?: readonly string[]): Series[] {
    const all = [...this.byName.values()];
    if (!order) return all;
    return order.map((name) => this.byName.get(name) ?? { name, points: [] });
  }
}

export function buildReportData(bytes: Uint8Array, options: { skipCorrupt?: boolean } = {}): ReportData {
  const prices = new Map<number, SeriesSet>();
  const pricesOf = (marketId: number): SeriesSet => {
    let set = prices.get(marketId);
    if (!set) prices.set(marketId, (set = new SeriesSet()));
    return set;
  };
  const states = new SeriesSet();
  const gaps = new SeriesSet();
  const risk = new SeriesSet();
  const funds = new SeriesSet();
  let liquidations = 0;
  let badDebt = 0;
  let lastBlockUs: number | undefined;
  let longestGapUs = 0;
  let haltedBlocks = 0;

  const replay = replayLog(bytes, {
    skipCorrupt: options.skipCorrupt ?? false,
    onHeight: ({ height, timeUs, recordTimeUs, state, events }) => {
      const t = recordTimeUs / S;
      for (const [marketId, market] of state.markets) {
        pricesOf(marketId).add('mark', t, market.markTicks || null);
        states.add(`halted m${marketId}`, t, market.state === MARKET_HALTED ? 1 : 0);
        states.add(`auction m${marketId}`, t, market.state === MARKET_AUCTION ? 1 : 0);
        if (market.state === MARKET_HALTED) haltedBlocks++;
      }
      for (const event of events) {
        if (event.kind === 'oraclePrice') pricesOf(event.oraclePrice.marketId).add('oracle', t, event.oraclePrice.stale ? null : event.oraclePrice.priceTicks);
        if (event.kind === 'liquidation' && event.liquidation.executed) {
          liquidations++;
          badDebt += event.liquidation.badDebt;
        }
      }
      risk.add('liquidations', t, liquidations);
      funds.add('insurance fund', t, state.insuranceFund);
      funds.add('bad debt', t, badDebt);
      // Block gaps from the blocks' own times (height 2 onward: block 1 carries the genesis time).
      if (lastBlockUs !== undefined && height > 2) {
        const gap = timeUs - lastBlockUs;
        longestGapUs = Math.max(longestGapUs, gap);
        gaps.add('block gap', t, gap / S);
      }
      lastBlockUs = timeUs;
    },
  });

  const heights = new SeriesSet();
  const hedgerInventory = new SeriesSet();
  const hedgerPnl = new SeriesSet();
  const windows: Window[] = [];
  const openDown = new Map<string, number>();
  let endS = 0;
  for (const record of scanEventLog(bytes, { skipCorrupt: true }).records) {
    const t = Number(record.timeUs) / S;
    endS = Math.max(endS, t);
    if (record.externalPrice) pricesOf(record.externalPrice.marketId ?? 0).add('external', t, Number(record.externalPrice.priceTicks));
    else if (record.validator) heights.add(record.validator.validatorId ?? '', t, Number(record.validator.height));
    else if (record.hedger) {
      const h = record.hedger;
      hedgerInventory.add('delta', t, Number(h.deltaLots));
      hedgerInventory.add('venue position', t, Number(h.venuePositionLots));
      hedgerInventory.add('external position', t, Number(h.externalPositionLots));
      hedgerPnl.add('venue P&L', t, Number(h.venuePnl));
      hedgerPnl.add('external P&L', t, Number(h.externalPnl));
      hedgerPnl.add('basis P&L', t, Number(h.basisPnl));
    } else if (record.fault) windows.push(...faultWindow(record.fault));
    else if (record.lifecycle) {
      const actorId = record.lifecycle.actorId ?? '';
      const change = record.lifecycle.change ?? '';
      if (change === 'crashed' || change === 'paused') openDown.set(`${actorId} ${change}`, t);
      const opened = change === 'restarted' ? `${actorId} crashed` : change === 'resumed' ? `${actorId} paused` : undefined;
      const from = opened ? openDown.get(opened) : undefined;
      if (opened && from !== undefined) {
        windows.push({ label: opened, fromS: from, toS: t, kind: 'down' });
        openDown.delete(opened);
      }
    }
  }
  for (const [label, from] of openDown) windows.push({ label, fromS: from, toS: endS, kind: 'down' });
  const faultEnds = closeOpenFaults(windows, endS);

  const charts: ChartData[] = [];
  for (const [marketId, set] of [...prices].sort(([a], [b]) => a - b)) {
    charts.push({ id: `prices-m${marketId}`, title: `Market ${marketId}: external vs oracle vs mark price`, unit: 'ticks', series: set.list(['external', 'oracle', 'mark']), stepped: false });
  }
  charts.push({ id: 'heights', title: 'Committed height per validator', unit: 'height', series: heights.list(), stepped: true });
  charts.push({ id: 'block-gaps', title: 'Block gaps (time since the previous block)', unit: 's', series: gaps.list(['block gap']), stepped: false });
  charts.push({ id: 'market-state', title: 'Halts and reopening auctions', unit: '1 = in that state', series: states.list(), stepped: true });
  charts.push({ id: 'liquidations', title: 'Liquidations executed (cumulative)', unit: 'count', series: risk.list(['liquidations']), stepped: true });
  charts.push({ id: 'funds', title: 'Insurance fund and bad debt (cumulative)', unit: 'quote units', series: funds.list(['insurance fund', 'bad debt']), stepped: true });
  charts.push({ id: 'hedger-inventory', title: 'Hedger inventory and delta', unit: 'lots', series: hedgerInventory.list(['delta', 'venue position', 'external position']), stepped: true });
  charts.push({ id: 'hedger-pnl', title: 'Hedger P&L: venue, external and basis', unit: 'quote units', series: hedgerPnl.list(['venue P&L', 'external P&L', 'basis P&L']), stepped: false });

  const header = replay.header;
  return {
    title: header ? `${header.scenario} · seed ${header.seed} · policy ${header.policy} (${header.createdBy})` : 'unreadable log',
    header,
    durationS: Math.max(endS, faultEnds),
    summary: [
      ['height', String(replay.height)],
      ['blocks / events', `${replay.blocks} / ${replay.events}`],
      ['longest block gap', `${(longestGapUs / S).toFixed(1)} s`],
      ['halted market-blocks', String(haltedBlocks)],
      ['liquidations', String(liquidations)],
      ['bad debt', badDebt.toLocaleString('en-US')],
      ['state hashes', replay.hashMatch ? `all ${replay.hashesCompared} match` : replay.firstHashMismatch ? `mismatch at height ${replay.firstHashMismatch.height}` : 'none recorded'],
      ['first violation', replay.firstViolation ? `${replay.firstViolation.invariant} at height ${replay.firstViolation.height}` : 'none'],
      ['faults', String(windows.filter((w) => w.kind === 'fault').length)],
    ],
    charts,
    windows,
    invariants: Object.entries(replay.invariants).map(([name, held]) => ({ name, held })),
    violations: replay.violations.slice(0, 20),
    problems: replay.problems,
  };
}

// faultline.v1.FaultKind (proto/faultline/v1/control.proto); the generated enum is type-only here.
const FAULT = { PARTITION: 1, ONE_WAY: 2, HEAL: 3, LINK: 4, CRASH: 5, RESTART: 6, PAUSE: 7, RESUME: 8, CLOCK_SKEW: 9, BROKER_RESTART: 10 } as const;
const KIND_LABEL: Record<number, string> = {
  [FAULT.PARTITION]: 'partition',
  [FAULT.ONE_WAY]: 'one-way',
  [FAULT.LINK]: 'link',
  [FAULT.CRASH]: 'crash',
  [FAULT.PAUSE]: 'pause',
  [FAULT.CLOCK_SKEW]: 'clock skew',
  [FAULT.BROKER_RESTART]: 'broker restart',
};
/** Commands that end other faults: heal ends the network faults, restart a crash, resume a pause. */
const HEALS: Record<number, number> = { [FAULT.HEAL]: -1, [FAULT.RESTART]: FAULT.CRASH, [FAULT.RESUME]: FAULT.PAUSE };

/** Open-ended windows (toS = NaN) wait for their heal, restart or resume. */
function faultWindow(fault: faultline.v1.IFaultCommand): Window[] {
  const fromS = Number(fault.atUs ?? 0) / S;
  const kind = fault.kind ?? 0;
  const actors = fault.actors ?? [];
  const groups = fault.groups ?? [];
  const heals = HEALS[kind];
  if (heals !== undefined) return [{ label: heals === -1 ? 'heal' : `end ${KIND_LABEL[heals]}`, fromS, toS: fromS, kind: 'fault' }];
  const targets = actors.length ? ` ${actors.join(',')}` : groups.length ? ` ${groups.map((g) => (g.actors ?? []).join(',')).join(' | ')}` : '';
  const durationUs = Number(fault.durationUs ?? 0);
  return [{ label: `${KIND_LABEL[kind] ?? 'fault'}${targets}`, fromS, toS: durationUs > 0 ? fromS + durationUs / S : Number.NaN, kind: 'fault' }];
}

/** Closes open windows at their heal (network faults) or restart/resume, else at the run's end; drops the heal markers. */
function closeOpenFaults(windows: Window[], endS: number): number {
  const markers = windows.filter((w) => w.kind === 'fault' && w.fromS === w.toS && (w.label === 'heal' || w.label.startsWith('end ')));
  for (const w of windows) {
    if (!Number.isNaN(w.toS)) continue;
    const closing = markers.find((m) => m.fromS >= w.fromS && (m.label === 'heal' ? !w.label.startsWith('crash') && !w.label.startsWith('pause') : w.label.startsWith(m.label.slice(4))));
    w.toS = closing ? closing.fromS : endS;
  }
  for (const m of markers) windows.splice(windows.indexOf(m), 1);
  return windows.reduce((end, w) => Math.max(end, w.toS), 0);
}
