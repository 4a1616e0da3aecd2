/**
 * The live bench's per-order breakdown (issue 15 item 2): where an order's submit → fill time
 * goes, stage by stage, from arrival times at the bench (one clock) and the per-hop trace's
 * proposal and block messages of the height the order filled in:
 *
 *   send      scheduled → actually published (the open-loop generator's own lag)
 *   reap      published → the proposal of its height seen here (the tx's way to the proposer,
 *             the wait for the next reap — up to a whole block interval — and the proposer's
 *             sign and write-ahead append of the proposal)
 *   consensus that proposal → the height's first block message (votes, their appends, the commit)
 *   execute   the first block message → the fill here (the execution node, its append, delivery)
 *
 * `late` counts orders published before the previous height's proposal was seen and still not in
 * that block: they waited one more block (the tx reached the proposer after its reap).
 * With the proposer's reap times (`reapAt`: the proposal's own timestamp, the proposer's clock at
 * the input that started its height — every process here reads one machine's wall clock from one
 * epoch), `late` splits in two: `missed`, published before the proposer reaped (a tx the proposer
 * could have had: on its way through the broker, or unread in its socket), and the rest, published
 * after the reap but before its proposal reached the bench (no proposer could have had those). The
 * reap stage splits likewise into `wait` (published → its height's reap) and `out` (the reap →
 * the proposal seen here: build, sign, the proposal's write-ahead round trip, the publish).
 * Figures: each stage's p50 and p99 over the counted orders, and each stage's mean over the
 * slowest 1 % (what the p99 is made of).
 */
export const STAGES = ['send', 'reap', 'consensus', 'execute'] as const;
export type Stage = (typeof STAGES)[number];

export interface OrderTimes {
  scheduledUs: number;
  sentUs: number;
  height: number;
  filledUs: number;
}

export interface StageSummary {
  orders: number;
  /** Orders whose height's proposal or first block message was not seen (left out). */
  untimed: number;
  /** p50 / p99 of each stage, ms. */
  stagesMs: Record<Stage, [number, number]>;
  /** The mean of each stage over the slowest 1 % of orders (by submit → fill), ms, and their mean total. */
  tailMs: Record<Stage, number> & { total: number };
  /** Share of orders published before the previous height's proposal arrived here, yet in a later block. */
  lateShare: number;
  /** With reap times: share published before the previous height's reap yet in a later block, and how long before that reap (p50/p99 ms). */
  missed?: { share: number; beforeReapMs: [number, number] };
  /** With reap times: the reap stage in two, p50/p99 ms: published → its height's reap, and the reap → its proposal seen here. */
  reapSplitMs?: { wait: [number, number]; out: [number, number] };
}

export function orderStages(
  orders: readonly OrderTimes[],
  proposalAt: (height: number) => number | undefined,
  firstBlockAt: (height: number) => number | undefined,
  reapAt?: (height: number) => number | undefined,
): StageSummary {
  const rows: Array<Record<Stage, number> & { total: number }> = [];
  let untimed = 0;
  let late = 0;
  const missedBy: number[] = [];
  const waits: number[] = [];
  const outs: number[] = [];
  for (const o of orders) {
    const proposed = proposalAt(o.height);
    const block = firstBlockAt(o.height);
    if (proposed === undefined || block === undefined) {
      untimed++;
      continue;
    }
    const previous = proposalAt(o.height - 1);
    if (previous !== undefined && o.sentUs < previous) late++;
    if (reapAt) {
      const previousReap = reapAt(o.height - 1);
      if (previousReap !== undefined && o.sentUs < previousReap) missedBy.push(previousReap - o.sentUs);
      const reap = reapAt(o.height);
      if (reap !== undefined) {
        waits.push(reap - o.sentUs);
        outs.push(proposed - reap);
      }
    }
    rows.push({ send: o.sentUs - o.scheduledUs, reap: proposed - o.sentUs, consensus: block - proposed, execute: o.filledUs - block, total: o.filledUs - o.scheduledUs });
  }
  const stagesMs = {} as Record<Stage, [number, number]>;
  for (const stage of STAGES) {
    const sorted = rows.map((r) => r[stage]).sort((a, b) => a - b);
    stagesMs[stage] = [at(sorted, 0.5) / 1000, at(sorted, 0.99) / 1000];
  }
  const slowest = [...rows].sort((a, b) => b.total - a.total).slice(0, Math.max(1, Math.ceil(rows.length / 100)));
  const tailMs = { total: mean(slowest.map((r) => r.total)) / 1000 } as Record<Stage, number> & { total: number };
  for (const stage of STAGES) tailMs[stage] = mean(slowest.map((r) => r[stage])) / 1000;
  const summary: StageSummary = { orders: rows.length, untimed, stagesMs, tailMs, lateShare: rows.length ? late / rows.length : 0 };
  if (reapAt) {
    summary.missed = { share: rows.length ? missedBy.length / rows.length : 0, beforeReapMs: p50p99Ms(missedBy) };
    summary.reapSplitMs = { wait: p50p99Ms(waits), out: p50p99Ms(outs) };
  }
  return summary;
}

function p50p99Ms(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  return [at(sorted, 0.5) / 1000, at(sorted, 0.99) / 1000];
}

export function formatStages(s: StageSummary): string {
  const f = (v: number): string => (Number.isNaN(v) ? '-' : v.toFixed(1));
  return (
    `order stages p50/p99 ms over ${s.orders} orders (${s.untimed} untimed): ${STAGES.map((st) => `${st} ${f(s.stagesMs[st][0])}/${f(s.stagesMs[st][1])}`).join(', ')}; ` +
    `slowest 1 % (mean ${f(s.tailMs.total)} ms): ${STAGES.map((st) => `${st} ${f(s.tailMs[st])}`).join(', ')}; published before the previous proposal yet later: ${(100 * s.lateShare).toFixed(1)} %` +
    (s.missed ? `, of which before its reap: ${(100 * s.missed.share).toFixed(1)} % (by p50/p99 ${f(s.missed.beforeReapMs[0])}/${f(s.missed.beforeReapMs[1])} ms)` : '') +
    (s.reapSplitMs ? `; reap = wait ${f(s.reapSplitMs.wait[0])}/${f(s.reapSplitMs.wait[1])} + out ${f(s.reapSplitMs.out[0])}/${f(s.reapSplitMs.out[1])}` : '')
  );
}

function at(sorted: readonly number[], p: number): number {
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number) : Number.NaN;
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
}
