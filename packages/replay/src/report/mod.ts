export { buildReportData, MARKET_CHANGES_MAX, VIOLATIONS_SHOWN_MAX, type ReportData, type ChartData, type Series, type MarketChange } from './series.ts';
export { faultWindows, type Window, type WindowRecord } from './fault-windows.ts';
export { renderReportHtml } from './html.ts';
export { alignChart, POINTS_PER_CHART_MAX, type AlignedData } from './align.ts';
