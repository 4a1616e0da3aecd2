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

/**
 * The segments that end at a time of the height's path, in SEGMENTS order, with that time's field
 * (`send` ends at the order's publish and `fill` at its fill: the order's own times).
 */
export const PATH_SEGMENT_ENDS: ReadonlyArray<readonly [Segment, Exclude<keyof HeightPath, 'proposerId'>]> = [
  ['previous', 'previousFirstBlockUs'],
  ['commit-wait', 'reapUs'],
  ['build', 'proposalUs'],
  ['prevotes', 'prevoteQuorumUs'],
  ['precommits', 'precommitQuorumUs'],
  ['commit', 'firstBlockUs'],
  ['exec-apply', 'execRecordUs'],
  ['exec-ack', 'executedUs'],
];

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
  // Columns in typed arrays, not an object and an array per order: this runs in the bench's own
  // process between two steps, and 40,000 small objects kept through a sort get promoted and bring
  // the bench's next mark-compact into the next step (the instrument's pauses are in the tail too).
  const width = SEGMENTS.length;
  const segments = new Float64Array(orders.length * width);
  const totals = new Float64Array(orders.length);
  const timed = new Int32Array(orders.length);
  const paths = new Map<number, HeightPath | undefined>();
  const ends = new Float64Array(width);
  let rows = 0;
  let untimed = 0;
  let firstSentUs = Infinity;
  let lastFilledUs = -Infinity;
  for (let i = 0; i < orders.length; i++) {
    const o = orders[i] as OrderTimes;
    if (!paths.has(o.height)) paths.set(o.height, pathAt(o.height));
    const p = paths.get(o.height);
    if (p === undefined || !pathEnds(o, p, ends)) {
      untimed++;
      continue;
    }
    let previous = o.scheduledUs;
    for (let k = 0; k < width; k++) {
      const t = Math.min(Math.max(ends[k] as number, previous), o.filledUs);
      segments[rows * width + k] = t - previous;
      previous = t;
    }
    totals[rows] = o.filledUs - o.scheduledUs;
    timed[rows] = i;
    rows++;
    firstSentUs = Math.min(firstSentUs, o.sentUs);
    lastFilledUs = Math.max(lastFilledUs, o.filledUs);
  }
  const byTotal = new Uint32Array(rows);
  for (let r = 0; r < rows; r++) byTotal[r] = r;
  byTotal.sort((a, b) => (totals[a] as number) - (totals[b] as number));
  const from45 = Math.floor(rows * 0.45);
  const middle = byTotal.subarray(from45, Math.max(from45 + 1, Math.ceil(rows * 0.55)));
  const tail = byTotal.subarray(rows - Math.max(1, Math.ceil(rows / 100)));
  const mean = (which: Uint32Array): Record<Segment, number> & { total: number } => {
    const out = { total: meanMs(which, (r) => totals[r] as number) } as Record<Segment, number> & { total: number };
    SEGMENTS.forEach((segment, k) => (out[segment] = meanMs(which, (r) => segments[r * width + k] as number)));
    return out;
  };
  const byHeight = new Map<number, number[]>();
  for (const r of tail) {
    const height = (orders[timed[r] as number] as OrderTimes).height;
    const list = byHeight.get(height) ?? [];
    list.push(r);
    byHeight.set(height, list);
  }
  const heights: TailHeight[] = [...byHeight].map(([height, list]) => {
    const own = Uint32Array.from(list);
    const { total: _total, ...segmentsMs } = mean(own);
    const path = paths.get(height) as HeightPath;
    return {
      height,
      orders: list.length,
      fromUs: Math.min(...list.map((r) => (orders[timed[r] as number] as OrderTimes).sentUs)),
      toUs: Math.max(...list.map((r) => (orders[timed[r] as number] as OrderTimes).filledUs)),
      proposerId: path.proposerId,
      path,
      segmentsMs,
    };
  });
  heights.sort((a, b) => b.orders - a.orders || a.height - b.height);
  return { orders: rows, untimed, medianMs: mean(middle), tailMs: mean(tail), heights, stepUs: [firstSentUs, lastFilledUs] };
}

/** The ends of an order's segments along its height's path into `ends` (SEGMENTS order); false when one is unknown. */
function pathEnds(o: OrderTimes, p: HeightPath, ends: Float64Array): boolean {
  let k = 0;
  ends[k++] = o.sentUs;
  for (const [, field] of PATH_SEGMENT_ENDS) {
    const t = p[field];
    if (t === undefined) return false;
    ends[k++] = t;
  }
  ends[k] = o.filledUs;
  return true;
}

function meanMs(rows: Uint32Array, valueUs: (row: number) => number): number {
  if (rows.length === 0) return Number.NaN;
  let sum = 0;
  for (const r of rows) sum += valueUs(r);
  return sum / rows.length / 1000;
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
