/**
 * What the p99 of a live step is made of (issue 15 item 2, session 36): each counted order's
 * submit → fill cut along its height's path into consecutive segments that sum to its latency
 * exactly, and the slowest 1 % of orders set beside the median ones segment by segment, so the
 * excess of the tail over the median order is attributed to one hop or another:
 *
 *   send         scheduled → published (the open-loop generator's own lag)
 *   previous     published → the previous height's first block message here (what was left of
 *                the height before: its consensus, or the whole of it for an order that missed it)
 *   commit-wait  → its height's reap (the proposal's timestamp: the next proposer's lateness to
 *                decide, its 10 ms commit wait and its timer's lateness)
 *   build        → the proposal here (reap, build, sign, its write-ahead append, publish)
 *   prevotes     → the 2f+1-th prevote here
 *   precommits   → the 2f+1-th precommit here
 *   commit       → the height's first block message here (a validator's decision and its block)
 *   exec-apply   → the execution node's CommittedBlock record here (delivery, apply, encode)
 *   exec-ack     → its BlockExecuted here (the record's ack, the publish)
 *   fill         → this order's fill here (the bench's own reading of that message)
 *
 * Times are on the run's clock (one machine's, read by every process); each is bounded below by
 * the one before it and above by the fill, so the segments are never negative and always sum to
 * the order's latency. The median order is the mean over orders between the 45th and 55th
 * percentile of latency; the tail, the slowest 1 %. The heights the tail fell in are listed with
 * their windows (the first tail order's publish → the last fill), which tail-stalls.ts lays
 * beside the services' GC pauses.
 */
import type { HeightPath } from './hop-trace.ts';
import type { OrderTimes } from './order-stages.ts';

export const SEGMENTS = ['send', 'previous', 'commit-wait', 'build', 'prevotes', 'precommits', 'commit', 'exec-apply', 'exec-ack', 'fill'] as const;
export type Segment = (typeof SEGMENTS)[number];

export interface TailHeight {
  height: number;
  /** Tail orders in this height. */
  orders: number;
  /** The first tail order's publish and the last one's fill, µs on the run's clock. */
  fromUs: number;
  toUs: number;
  proposerId: string | undefined;
  /** The height's path (its times on the run's clock), for laying pauses beside its segments. */
  path: HeightPath;
  /** The height's own path segments (the same for all its orders but `send`, `previous`, `fill`): mean over its tail orders, ms. */
  segmentsMs: Record<Segment, number>;
}

export interface TailAnatomy {
  orders: number;
  /** Orders whose height's path was not seen whole (left out). */
  untimed: number;
  /** Mean of each segment over the median orders (45th–55th percentile), ms, and their mean latency. */
  medianMs: Record<Segment, number> & { total: number };
  /** The same over the slowest 1 %. */
  tailMs: Record<Segment, number> & { total: number };
  /** The heights the tail fell in, most tail orders first. */
  heights: TailHeight[];
  /** The counted orders' first publish and last fill, µs on the run's clock (the step's window). */
  stepUs: [number, number];
}

export function tailAnatomy(orders: readonly OrderTimes[], pathAt: (height: number) => HeightPath | undefined): TailAnatomy {
  const rows: Array<{ total: number; height: number; sentUs: number; filledUs: number; path: HeightPath; segments: number[] }> = [];
  let untimed = 0;
  for (const o of orders) {
    const p = pathAt(o.height);
    if (p === undefined) {
      untimed++;
      continue;
    }
    const ends = [o.sentUs, p.previousFirstBlockUs, p.reapUs, p.proposalUs, p.prevoteQuorumUs, p.precommitQuorumUs, p.firstBlockUs, p.execRecordUs, p.executedUs];
    if (ends.some((t) => t === undefined)) {
      untimed++;
      continue;
    }
    const segments: number[] = [];
    let previous = o.scheduledUs;
    for (const end of [...(ends as number[]), o.filledUs]) {
      const t = Math.min(Math.max(end, previous), o.filledUs);
      segments.push(t - previous);
      previous = t;
    }
    rows.push({ total: o.filledUs - o.scheduledUs, height: o.height, sentUs: o.sentUs, filledUs: o.filledUs, path: p, segments });
  }
  const stepUs: [number, number] = [rows.reduce((m, r) => Math.min(m, r.sentUs), Infinity), rows.reduce((m, r) => Math.max(m, r.filledUs), -Infinity)];
  rows.sort((a, b) => a.total - b.total);
  const middle = rows.slice(Math.floor(rows.length * 0.45), Math.max(Math.floor(rows.length * 0.45) + 1, Math.ceil(rows.length * 0.55)));
  const tail = rows.slice(rows.length - Math.max(1, Math.ceil(rows.length / 100)));
  const byHeight = new Map<number, typeof tail>();
  for (const row of tail) {
    const list = byHeight.get(row.height) ?? [];
    list.push(row);
    byHeight.set(row.height, list);
  }
  const heights: TailHeight[] = [...byHeight].map(([height, list]) => ({
    height,
    orders: list.length,
    fromUs: Math.min(...list.map((r) => r.sentUs)),
    toUs: Math.max(...list.map((r) => r.filledUs)),
    proposerId: list[0]?.path.proposerId,
    path: list[0]?.path as HeightPath,
    segmentsMs: meanSegments(list),
  }));
  heights.sort((a, b) => b.orders - a.orders || a.height - b.height);
  return { orders: rows.length, untimed, medianMs: { ...meanSegments(middle), total: meanMs(middle.map((r) => r.total)) }, tailMs: { ...meanSegments(tail), total: meanMs(tail.map((r) => r.total)) }, heights, stepUs };
}

function meanSegments(rows: ReadonlyArray<{ segments: number[] }>): Record<Segment, number> {
  return Object.fromEntries(SEGMENTS.map((segment, i) => [segment, meanMs(rows.map((r) => r.segments[i] as number))])) as Record<Segment, number>;
}

function meanMs(valuesUs: readonly number[]): number {
  return valuesUs.length ? valuesUs.reduce((a, b) => a + b, 0) / valuesUs.length / 1000 : Number.NaN;
}

/** One line: each segment's median order / tail mean, the tail's excess by segment (largest first), and the tail's heights. */
export function formatTailAnatomy(a: TailAnatomy, heightsShown = 6): string {
  const f = (v: number): string => (Number.isNaN(v) ? '-' : v.toFixed(1));
  const excess = SEGMENTS.map((s) => [s, a.tailMs[s] - a.medianMs[s]] as const).sort((x, y) => y[1] - x[1]);
  const heights = a.heights
    .slice(0, heightsShown)
    .map((h) => `h${h.height} ×${h.orders}${h.proposerId ? ` (${h.proposerId})` : ''} [${SEGMENTS.filter((s) => h.segmentsMs[s] >= 5).map((s) => `${s} ${f(h.segmentsMs[s])}`).join(', ')}]`)
    .join('; ');
  return (
    `tail anatomy over ${a.orders} orders (${a.untimed} untimed), median order / slowest 1 % ms: total ${f(a.medianMs.total)} / ${f(a.tailMs.total)}; ` +
    `${SEGMENTS.map((s) => `${s} ${f(a.medianMs[s])}/${f(a.tailMs[s])}`).join(', ')}; ` +
    `excess ${excess.map(([s, v]) => `${s} ${f(v)}`).join(', ')}; in ${a.heights.length} heights: ${heights}`
  );
}
