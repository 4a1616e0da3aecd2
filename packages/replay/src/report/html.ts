/**
 * The post-mortem as one self-contained HTML file: uPlot (MIT; small and fast on long series)
 * and its CSS are inlined, the data is embedded as JSON, so the file opens offline and can be
 * attached to an incident ticket. Fault windows are shaded on every timeline, as Jepsen shades
 * nemesis periods, so cause and effect line up across charts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { alignChart, type AlignedData } from './align.ts';
import type { ReportData } from './series.ts';

const require = createRequire(import.meta.url);

function uplotAssets(): { js: string; css: string } {
  const js = readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8');
  const css = readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8');
  return { js, css };
}

/** JSON that is safe inside a <script> element. */
function embed(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** JSON has no undefined: `false` stands for "no sample at this instant" and the page turns it back. */
function embeddable([xs, ...columns]: AlignedData): Array<Array<number | null | false>> {
  return [xs, ...columns.map((column) => column.map((v) => (v === undefined ? false : v)))];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export function renderReportHtml(data: ReportData): string {
  const { js, css } = uplotAssets();
  const charts = data.charts.map((chart) => ({ id: chart.id, title: chart.title, unit: chart.unit, stepped: chart.stepped, names: chart.series.map((s) => s.name), empty: chart.series.every((s) => s.points.length === 0), data: embeddable(alignChart(chart)) }));
  const payload = { title: data.title, durationS: data.durationS, windows: data.windows, charts };
  const invariantRows = data.invariants.map((i) => `<tr class="${i.held ? 'held' : 'violated'}"><td>${escapeHtml(i.name)}</td><td>${i.held ? 'held' : 'VIOLATED'}</td></tr>`).join('');
  const violationRows = data.violations
    .map((v) => `<tr><td>${v.height}</td><td>${escapeHtml(v.invariant)}</td><td>${escapeHtml(v.detail)}<details><summary>${v.txs.length} txs</summary><ul>${v.txs.map((tx) => `<li>#${tx.index} ${escapeHtml(tx.kind)} ${escapeHtml(tx.clientId)}: ${escapeHtml(tx.detail)}</li>`).join('')}</ul></details></td></tr>`)
    .join('');
  const windowRows = data.windows.map((w) => `<tr data-from="${w.fromS}" data-to="${w.toS}"><td>${escapeHtml(w.label)}</td><td>${w.kind}</td><td>${w.fromS.toFixed(1)}</td><td>${w.toS.toFixed(1)}</td></tr>`).join('');
  const changeRows = data.marketChanges.map((c) => `<tr class="state-${escapeHtml(c.what.replace(/ /g, '-'))}" data-from="${c.timeS}" data-to="${c.timeS}"><td>${c.timeS.toFixed(1)}</td><td>${c.height}</td><td>${c.marketId}</td><td>${escapeHtml(c.what)}</td><td>${escapeHtml(c.detail)}</td></tr>`).join('');
  const problems = data.problems.map((p) => `<li>${escapeHtml(p.kind)} at byte ${p.offset}, record ${p.recordIndex}: ${escapeHtml(p.message)}</li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Faultline post-mortem: ${escapeHtml(data.title)}</title>
<style>${css}</style>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1d1d1f; max-width: 1100px; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin-top: 28px; }
table { border-collapse: collapse; margin: 8px 0; } td, th { padding: 3px 10px; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
tr.violated td { color: #b00020; font-weight: 600; } tr.held td:last-child { color: #1b7f3b; }
.chart { margin: 18px 0; } .legend-note { color: #666; font-size: 12px; }
.problems { color: #b00020; } tr[data-from] { cursor: pointer; } tr[data-from]:hover td { background: #f3f3f3; } .missing { color: #666; font-style: italic; }
tr.state-halted td:nth-child(4) { color: #b00020; } tr.state-auction td:nth-child(4) { color: #b26a00; }
</style>
</head>
<body>
<h1>Faultline post-mortem — ${escapeHtml(data.title)}</h1>
<table class="summary">${data.summary.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>
${problems ? `<h2>Log problems</h2><ul class="problems">${problems}</ul>` : ''}
<p class="legend-note">Shaded bands: fault windows (red: network and process faults from the schedule; grey: a process down or paused). Time in seconds from the start of the run. Drag across a chart to zoom every chart to that span; click a row of the market-change or fault-window tables to zoom to it; <button id="zoom-reset" type="button">whole run</button></p>
<div id="charts">${data.charts.map((c) => `<div class="chart" id="chart-${c.id}" data-series="${escapeHtml(c.series.map((s) => s.name).join(','))}"><h2>${escapeHtml(c.title)} <span class="legend-note">(${escapeHtml(c.unit)})</span></h2>${c.series.every((s) => s.points.length === 0) ? `<p class="missing">${escapeHtml(c.missing)}</p>` : ''}</div>`).join('')}</div>
<h2>Invariants</h2>
<table id="invariants"><tr><th>invariant</th><th>result</th></tr>${invariantRows}</table>
<h2>Violations</h2>
${violationRows ? `<table id="violations"><tr><th>height</th><th>invariant</th><th>detail</th></tr>${violationRows}</table>` : '<p id="violations">none</p>'}
<h2>Market state changes</h2>
${changeRows ? `<table id="market-changes"><tr><th>t (s)</th><th>height</th><th>market</th><th>state</th><th>reason / result</th></tr>${changeRows}</table>` : '<p id="market-changes">none: every market stayed active</p>'}
${data.marketChangesOmitted > 0 ? `<p class="legend-note">${data.marketChangesOmitted} more changes left out.</p>` : ''}
<h2>Fault windows</h2>
${windowRows ? `<table id="windows"><tr><th>fault</th><th>kind</th><th>from (s)</th><th>to (s)</th></tr>${windowRows}</table>` : '<p id="windows">none</p>'}
<script>${js}</script>
<script type="application/json" id="faultline-data">${embed(payload)}</script>
<script>
(function () {
  var report = JSON.parse(document.getElementById('faultline-data').textContent);
  var palette = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf'];
  function shade(u) {
    var ctx = u.ctx, top = u.bbox.top, height = u.bbox.height;
    var left = u.bbox.left, right = u.bbox.left + u.bbox.width;
    ctx.save();
    report.windows.forEach(function (w) {
      // A window may run past the log's end (a shortened run, a crash never restarted): clip it to the plot.
      var x0 = Math.max(left, u.valToPos(w.fromS, 'x', true)), x1 = Math.min(right, u.valToPos(Math.max(w.toS, w.fromS), 'x', true));
      if (x0 > right) return;
      ctx.fillStyle = w.kind === 'fault' ? 'rgba(214, 39, 40, 0.12)' : 'rgba(90, 90, 90, 0.12)';
      ctx.fillRect(x0, top, Math.max(1, x1 - x0), height);
    });
    ctx.restore();
  }
  var summary = [];
  var plots = [];
  var whole = [0, Math.max(report.durationS, 1)];
  var zooming = false;
  // One time axis for the whole page: cause (a fault) and effect (a halt, a liquidation burst) line up only if every chart shows the same span.
  function zoom(min, max) {
    zooming = true;
    plots.forEach(function (p) { p.setScale('x', { min: min, max: max }); });
    zooming = false;
  }
  function followZoom(u, key) {
    if (key === 'x' && !zooming) zoom(u.scales.x.min, u.scales.x.max);
  }
  report.charts.forEach(function (chart) {
    var el = document.getElementById('chart-' + chart.id);
    // false: no sample at this instant; uPlot joins the line across undefined, breaks it at null.
    chart.data = chart.data.map(function (column, i) {
      return i === 0 ? column : column.map(function (v) { return v === false ? undefined : v; });
    });
    var points = chart.names.map(function (name, i) {
      return { name: name, points: chart.data[i + 1].filter(function (v) { return typeof v === 'number'; }).length };
    });
    if (chart.empty) {
      summary.push({ id: chart.id, series: points, rendered: false, missing: true });
      return;
    }
    var series = [{ label: 't (s)' }].concat(chart.names.map(function (name, i) {
      var s = { label: name, stroke: palette[i % palette.length], width: 1.5, spanGaps: false };
      // The mark follows the oracle and the committed chain the validators: dashed, the line under it shows through.
      if (name === 'mark' || name === 'committed') { s.dash = [6, 4]; s.width = 2; }
      if (chart.stepped) s.paths = uPlot.paths.stepped({ align: 1 });
      return s;
    }));
    var plot = new uPlot({
      width: Math.min(1060, window.innerWidth - 48), height: 240,
      // A range function, not a fixed [min, max]: uPlot re-applies a fixed one after every zoom.
      scales: { x: { time: false, range: function (u, min, max) { return min === max ? [min - 1, max + 1] : [min, max]; } } },
      axes: [{ label: 'seconds' }, { label: chart.unit, size: 70 }],
      series: series,
      cursor: { sync: { key: 'faultline' } },
      hooks: { drawClear: [shade], setScale: [followZoom] },
    }, chart.data, el);
    plots.push(plot);
    summary.push({ id: chart.id, series: points, rendered: !!plot.root, missing: false });
  });
  // Every chart starts on the whole run (not its own data's extent), so their axes agree from the first paint.
  zoom(whole[0], whole[1]);
  document.getElementById('zoom-reset').addEventListener('click', function () { zoom(whole[0], whole[1]); });
  Array.prototype.forEach.call(document.querySelectorAll('tr[data-from]'), function (row) {
    row.addEventListener('click', function () {
      var from = Number(row.getAttribute('data-from')), to = Number(row.getAttribute('data-to'));
      var pad = Math.max(5, (to - from) / 4);
      zoom(Math.max(whole[0], from - pad), Math.min(whole[1], to + pad));
      document.getElementById('charts').scrollIntoView();
    });
  });
  window.__faultlineReport = {
    title: report.title,
    windows: report.windows.length,
    charts: summary,
    /** Each drawn chart's time span, [min, max] in seconds. */
    spans: function () { return plots.map(function (p) { return [p.scales.x.min, p.scales.x.max]; }); },
  };
})();
</script>
</body>
</html>
`;
}
