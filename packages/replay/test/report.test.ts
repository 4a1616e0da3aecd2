/**
 * The report's pure parts: series from a real sim log (prices, heights and gaps per validator,
 * halts with their reasons, liquidations, fund, hedger), the fault windows a schedule implies
 * (what heal, restart and resume end), thinning that keeps spikes, and an HTML file that needs
 * nothing from the network. The page itself is checked in a browser by
 * packages/cli/test/report.browser.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, runVenue, scenarioSetup } from '@faultline/sim';
import { alignChart, buildReportData, faultWindows, renderReportHtml, type ChartData, type WindowRecord } from '../src/mod.ts';

const FAULT = { PARTITION: 1, ONE_WAY: 2, HEAL: 3, LINK: 4, CRASH: 5, RESTART: 6, PAUSE: 7, RESUME: 8, CLOCK_SKEW: 9 } as const;

function fault(atS: number, kind: number, more: Record<string, unknown> = {}): WindowRecord {
  return { timeS: atS, fault: { kind, atUs: atS * 1e6, ...more } };
}

describe('faultWindows', () => {
  it('a fault with a duration ends after it; heal ends network faults only; restart and resume end the crash or pause of their actors', () => {
    const windows = faultWindows(
      [
        fault(1, FAULT.PARTITION, { groups: [{ actors: ['validator-1'] }, { actors: ['validator-2', 'validator-3'] }] }),
        fault(2, FAULT.LINK, { from: ['validator-*'], durationUs: 3e6 }),
        fault(3, FAULT.CRASH, { actors: ['oracle-*'] }),
        fault(4, FAULT.PAUSE, { actors: ['liquidator-1'] }),
        fault(5, FAULT.CLOCK_SKEW, { actors: ['validator-4'] }),
        fault(10, FAULT.HEAL),
        fault(12, FAULT.RESTART, { actors: ['oracle-2'] }),
      ],
      30,
    );
    expect(windows.map((w) => [w.label, w.fromS, w.toS])).toEqual([
      ['partition validator-1 | validator-2,validator-3', 1, 10],
      ['link validator-* → *', 2, 5],
      ['crash oracle-*', 3, 12],
      // Never resumed, never unskewed: until the log's end.
      ['pause liquidator-1', 4, 30],
      ['clock skew validator-4', 5, 30],
    ]);
    expect(windows.every((w) => w.kind === 'fault')).toBe(true);
  });

  it('every schedule kind is labelled by its name (the runtime table), a number no kind has by its number', () => {
    const windows = faultWindows([fault(1, 11, { durationUs: 1e6 }), fault(2, 14, { actors: ['validator-2'], durationUs: 1e6 }), fault(3, 10, { durationUs: 1e6 }), fault(4, 99, { durationUs: 1e6 })], 30);
    expect(windows.map((w) => w.label.split(' ')[0])).toEqual(['delay-kind', 'crash-after-vote', 'broker', 'fault']);
    expect(windows[2]?.label.startsWith('broker restart')).toBe(true);
    expect(windows[3]?.label.startsWith('fault kind 99')).toBe(true);
  });

  it('a restart of another actor does not end a crash; lifecycle records give the observed down windows', () => {
    const windows = faultWindows(
      [
        fault(1, FAULT.CRASH, { actors: ['exec-1'] }),
        fault(2, FAULT.RESTART, { actors: ['exec-2'] }),
        { timeS: 1.1, lifecycle: { actorId: 'exec-1', change: 'crashed' } },
        { timeS: 6.5, lifecycle: { actorId: 'exec-1', change: 'restarted' } },
        { timeS: 7, lifecycle: { actorId: 'validator-2', change: 'paused' } },
      ],
      9,
    );
    expect(windows).toEqual([
      { label: 'crash exec-1', fromS: 1, toS: 9, kind: 'fault' },
      { label: 'exec-1 crashed', fromS: 1.1, toS: 6.5, kind: 'down' },
      { label: 'validator-2 paused', fromS: 7, toS: 9, kind: 'down' },
    ]);
  });
});

describe('alignChart', () => {
  const series: ChartData['series'] = [
    { name: 'a', points: [[1, 10], [3, 30]] },
    { name: 'b', points: [[2, 5], [3, null]] },
  ];
  it('a stepped chart (a state) carries each value forward to the other series instants, null before its first', () => {
    expect(alignChart({ id: 'c', title: 'c', unit: 'u', stepped: true, missing: '', series })).toEqual([[1, 2, 3], [10, 10, 30], [null, 5, null]]);
  });

  it('a line chart (a measure) leaves the other series instants unsampled (undefined), a recorded null stays a gap', () => {
    const [xs, a, b] = alignChart({ id: 'c', title: 'c', unit: 'u', stepped: false, missing: '', series });
    expect(xs).toEqual([1, 2, 3]);
    expect(a).toStrictEqual([10, undefined, 30]);
    expect(b).toStrictEqual([undefined, 5, null]);
  });

  it('thins a long series to about the bound, keeping a one-sample spike and the last sample', () => {
    const points: Array<[number, number]> = Array.from({ length: 200_000 }, (_, i) => [i / 10, i === 123_457 ? 1_000 : i % 7]);
    const [xs, ys] = alignChart({ id: 'c', title: 'c', unit: 'u', stepped: false, missing: '', series: [{ name: 'a', points }] }, 3_000);
    expect(xs.length).toBeLessThanOrEqual(3_001);
    expect(xs.length).toBeGreaterThan(1_000);
    expect(ys).toContain(1_000);
    expect(xs[xs.length - 1]).toBe(19_999.9);
    expect(ys?.length).toBe(xs.length);
  });
});

describe('buildReportData and renderReportHtml', () => {
  const scenario = loadScenarioFile('scenarios/flash-crash-during-stall.json');
  const chunks: Uint8Array[] = [];
  runVenue(scenarioSetup({ ...scenario, durationUs: 120_000_000 }, 1), { logSink: (bytes) => chunks.push(bytes) });
  const bytes = new Uint8Array(Buffer.concat(chunks));
  const data = buildReportData(bytes);

  it('has every chart with its series from the log, the halt with its reason and the fault windows', () => {
    const names = Object.fromEntries(data.charts.map((c) => [c.id, c.series.map((s) => s.name)]));
    expect(names).toEqual({
      'prices-m1': ['external', 'oracle', 'mark'],
      heights: ['committed', 'validator-1', 'validator-2', 'validator-3', 'validator-4'],
      'block-gaps': ['committed', 'validator-1', 'validator-2', 'validator-3', 'validator-4'],
      'market-state': ['pre-open m1', 'halted m1', 'auction m1'],
      liquidations: ['liquidations', 'refused', 'ADL'],
      funds: ['insurance fund', 'bad debt'],
      'hedger-inventory': ['delta', 'venue position', 'external position'],
      'hedger-pnl': ['venue P&L', 'external P&L', 'basis P&L'],
    });
    for (const chart of data.charts) for (const s of chart.series) expect(s.points.length, `${chart.id} ${s.name}`).toBeGreaterThan(0);
    // The 60 s stall: a committed-block gap near 60 s, and every validator saw it too.
    const gaps = data.charts.find((c) => c.id === 'block-gaps')?.series ?? [];
    for (const s of gaps) expect(Math.max(...s.points.map(([, v]) => v ?? 0)), s.name).toBeGreaterThan(55);
    // The oracles crashed with the stall: their price is a gap in the line, not a flat last value.
    const oracle = data.charts.find((c) => c.id === 'prices-m1')?.series.find((s) => s.name === 'oracle');
    expect(oracle?.points.some(([, v]) => v === null)).toBe(true);
    expect(data.marketChanges.find((c) => c.what === 'halted')).toMatchObject({ marketId: 1, detail: 'oracle-stale' });
    expect(data.marketChanges.some((c) => c.what === 'auction result')).toBe(true);
    expect(data.windows.map((w) => [w.label, w.fromS, w.toS])).toEqual([
      ['partition validator-1,validator-2 | validator-3 | validator-4', 30, 90],
      ['crash oracle-1,oracle-2', 30, 100],
    ]);
    expect(data.invariants.length).toBeGreaterThan(10);
    expect(data.invariants.every((i) => i.held)).toBe(true);
    expect(data.durationS).toBeCloseTo(120, 0);
  }, 60_000);

  it('renders one file that loads nothing from elsewhere, with its data embedded and script-safe', () => {
    const html = renderReportHtml(data);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(html).toContain('data-series="external,oracle,mark"');
    const json = /<script type="application\/json" id="faultline-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(json).not.toContain('<');
    const payload = JSON.parse(json) as { charts: Array<{ id: string; names: string[]; data: unknown[][] }> };
    expect(payload.charts.map((c) => c.id)).toContain('hedger-pnl');
    for (const c of payload.charts) expect(c.data.length).toBe(c.names.length + 1);
  });
});

describe('the report summarises from the log what the run summarised', () => {
  it('a Byzantine run: the evidence the sim summary counts is the evidence the replayed report counts; none without the Byzantine validator', () => {
    const scenario = loadScenarioFile('scenarios/byzantine-validator.json');
    const chunks: Uint8Array[] = [];
    const summary = runVenue(scenarioSetup({ ...scenario, durationUs: 20_000_000 }, 1), { logSink: (bytes) => chunks.push(bytes) });
    expect(summary.evidenceCommitted).toBeGreaterThan(0);
    const row = buildReportData(new Uint8Array(Buffer.concat(chunks))).summary.find(([name]) => name === 'evidence committed');
    expect(row?.[1]).toBe(String(summary.evidenceCommitted));
    const honest = { ...scenario, durationUs: 10_000_000, topology: { ...scenario.topology, consensus: { ...scenario.topology.consensus, byzantine: {} } } };
    const honestChunks: Uint8Array[] = [];
    runVenue(scenarioSetup(honest, 1), { logSink: (bytes) => honestChunks.push(bytes) });
    expect(buildReportData(new Uint8Array(Buffer.concat(honestChunks))).summary.find(([name]) => name === 'evidence committed')?.[1]).toBe('0');
  });
});
