/**
 * The post-mortem as one self-contained HTML file: uPlot (MIT; small and fast on long series)
 * and its CSS are inlined, the data is embedded as JSON, so the file opens offline and can be
 * attached to an incident ticket. Fault windows are shaded on every timeline, as Jepsen shades
 * nemesis periods, so cause and effect line up across charts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { alignChart } from './align.ts';
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

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export function renderReportHtml(data: ReportData): string {
  const { js, css } = uplotAssets();
  const charts = data.charts.map((chart) => ({ id: chart.id, title: chart.title, unit: chart.unit, stepped: chart.stepped, names: chart.series.map((s) => s.name), data: alignChart(chart) }));
  const payload = { title: data.title, durationS: data.durationS, windows: data.windows, charts };
  const invariantRows = data.invariants.map((i) => `<tr class="${i.held ? 'held' : 'violated'}"><td>${escapeHtml(i.name)}</td><td>${i.held ? 'held' : 'VIOLATED'}</td></tr>`).join('');
  const violationRows = data.violations
    .map((v) => `<tr><td>${v.height}</td><td>${escapeHtml(v.invariant)}</td><td>${escapeHtml(v.detail)}<details><summary>${v.txs.length} txs</summary><ul>${v.txs.map((tx) => `<li>#${tx.index} ${escapeHtml(tx.kind)} ${escapeHtml(tx.clientId)}: ${escapeHtml(tx.detail)}</li>`).join('')}</ul></details></td></tr>`)
    .join('');
  const windowRows = data.windows.map((w) => `<tr><td>${escapeHtml(w.label)}</td><td>${w.kind}</td><td>${w.fromS.toFixed(1)}</td><td>${w.toS.toFixed(1)}</td></tr>`).join('');
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
.problems { color: #b00020; }
</style>
</head>
<body>
<h1>Faultline post-mortem — ${escapeHtml(data.title)}</h1>
<table class="summary">${data.summary.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>
${problems ? `<h2>Log problems</h2><ul class="problems">${problems}</ul>` : ''}
<p class="legend-note">Shaded bands: fault windows (red: network and process faults from the schedule; grey: a process down or paused). Time in seconds from the start of the run.</p>
<div id="charts">${charts.map((c) => `<div class="chart" id="chart-${c.id}" data-series="${escapeHtml(c.names.join(','))}"><h2>${escapeHtml(c.title)} <span class="legend-note">(${escapeHtml(c.unit)})</span></h2></div>`).join('')}</div>
<h2>Invariants</h2>
<table id="invariants"><tr><th>invariant</th><th>result</th></tr>${invariantRows}</table>
<h2>Violations</h2>
${violationRows ? `<table id="violations"><tr><th>height</th><th>invariant</th><th>detail</th></tr>${violationRows}</table>` : '<p id="violations">none</p>'}
<h2>Fault windows</h2>
<table id="windows"><tr><th>fault</th><th>kind</th><th>from (s)</th><th>to (s)</th></tr>${windowRows}</table>
<script>${js}</script>
<script type="application/json" id="faultline-data">${embed(payload)}</script>
<script>
(function () {
  var report = JSON.parse(document.getElementById('faultline-data').textContent);
  var palette = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf'];
  function shade(u) {
    var ctx = u.ctx, top = u.bbox.top, height = u.bbox.height;
    ctx.save();
    report.windows.forEach(function (w) {
      var x0 = u.valToPos(w.fromS, 'x', true), x1 = u.valToPos(Math.max(w.toS, w.fromS), 'x', true);
      ctx.fillStyle = w.kind === 'fault' ? 'rgba(214, 39, 40, 0.12)' : 'rgba(90, 90, 90, 0.12)';
      ctx.fillRect(x0, top, Math.max(1, x1 - x0), height);
    });
    ctx.restore();
  }
  var summary = [];
  report.charts.forEach(function (chart) {
    var el = document.getElementById('chart-' + chart.id);
    var series = [{ label: 't (s)' }].concat(chart.names.map(function (name, i) {
      var s = { label: name, stroke: palette[i % palette.length], width: 1.5, spanGaps: false };
      if (chart.stepped) s.paths = uPlot.paths.stepped({ align: 1 });
      return s;
    }));
    var plot = new uPlot({
      width: Math.min(1060, window.innerWidth - 48), height: 240,
      scales: { x: { time: false, range: [0, Math.max(report.durationS, 1)] } },
      axes: [{ label: 'seconds' }, { label: chart.unit, size: 70 }],
      series: series,
      hooks: { drawClear: [shade] },
    }, chart.data, el);
    summary.push({ id: chart.id, series: chart.names.map(function (name, i) {
      var column = chart.data[i + 1];
      return { name: name, points: column.filter(function (v) { return v !== null; }).length };
    }), rendered: !!plot.root });
  });
  window.__faultlineReport = { title: report.title, windows: report.windows.length, charts: summary };
})();
</script>
</body>
</html>
`;
}
