/**
 * A chart's series on one shared time axis, as uPlot wants its data ([xs, ys1, ys2, ...]), and
 * thinned for long runs. Series are sampled at their own instants (a validator's blocks, the
 * external price each second), so each column has holes at the others' instants: a stepped
 * chart (a state: height, halted, position) fills them with the last value, which is what the
 * state was; a line chart (a measure: a block gap, a price) leaves them `undefined`, which uPlot
 * joins across, because carrying a gap's value forward would draw a plateau that never happened.
 * `null` stays a real gap in the line (a stale oracle has no price).
 * Thinning: an hour-long log has hundreds of thousands of samples, a chart needs a
 * few thousand. Thinning keeps, per time bucket, the first sample and each series' minimum and
 * maximum, so a flash crash or a one-block spike survives.
 */
import type { ChartData } from './series.ts';

/** number: a value; null: no value there (a gap in the line); undefined: no sample at this instant. */
export type AlignedValue = number | null | undefined;
export type AlignedData = [number[], ...AlignedValue[][]];

export const POINTS_PER_CHART_MAX = 4000;

export function alignChart(chart: ChartData, maxPoints = POINTS_PER_CHART_MAX): AlignedData {
  const xs = [...new Set(chart.series.flatMap((s) => s.points.map(([t]) => t)))].sort((a, b) => a - b);
  const columns = chart.series.map((series) => {
    const column: AlignedValue[] = new Array<AlignedValue>(xs.length).fill(undefined);
    let next = 0;
    let last: number | null = null;
    let started = false;
    xs.forEach((x, i) => {
      let sampled = false;
      while (next < series.points.length && (series.points[next] as [number, number | null])[0] <= x) {
        last = (series.points[next] as [number, number | null])[1];
        started = true;
        sampled = true;
        next++;
      }
      if (sampled || chart.stepped) column[i] = started ? last : null;
    });
    return column;
  });
  return thin([xs, ...columns], maxPoints);
}

function thin(data: AlignedData, maxPoints: number): AlignedData {
  const [xs, ...columns] = data;
  if (xs.length <= maxPoints) return data;
  const perBucket = 1 + 2 * columns.length;
  const buckets = Math.max(1, Math.floor(maxPoints / perBucket));
  const from = xs[0] as number;
  const span = (xs[xs.length - 1] as number) - from || 1;
  const keep = new Set<number>([xs.length - 1]);
  let bucketStart = 0;
  for (let b = 0; b < buckets && bucketStart < xs.length; b++) {
    const bound = from + (span * (b + 1)) / buckets;
    let end = bucketStart + 1;
    while (end < xs.length && (b === buckets - 1 || (xs[end] as number) <= bound)) end++;
    keep.add(bucketStart);
    for (const column of columns) {
      let min = -1;
      let max = -1;
      for (let i = bucketStart; i < end; i++) {
        const v = column[i];
        if (v === null || v === undefined) continue;
        if (min === -1 || v < (column[min] as number)) min = i;
        if (max === -1 || v > (column[max] as number)) max = i;
      }
      if (min !== -1) keep.add(min);
      if (max !== -1) keep.add(max);
    }
    bucketStart = end;
  }
  const indices = [...keep].sort((a, b) => a - b);
  return [indices.map((i) => xs[i] as number), ...columns.map((column) => indices.map((i) => column[i]))];
}
