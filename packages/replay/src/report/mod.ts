export { buildReportData, type ReportData, type ChartData, type Series, type Window } from './series.ts';
export { renderReportHtml } from './html.ts';
export { alignChart, POINTS_PER_CHART_MAX, type AlignedData } from './align.ts';
