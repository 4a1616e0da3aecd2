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
}

export function orderStages(orders: readonly OrderTimes[], proposalAt: (height: number) => number | undefined, firstBlockAt: (height: number) => number | undefined): StageSummary {
  const rows: Array<Record<Stage, number> & { total: number }> = [];
  let untimed = 0;
  let late = 0;
  for (const o of orders) {
    const proposed = proposalAt(o.height);
    const block = firstBlockAt(o.height);
    if (proposed === undefined || block === undefined) {
      untimed++;
      continue;
    }
    const previous = proposalAt(o.height - 1);
    if (previous !== undefined && o.sentUs < previous) late++;
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
  return { orders: rows.length, untimed, stagesMs, tailMs, lateShare: rows.length ? late / rows.length : 0 };
}

export function formatStages(s: StageSummary): string {
  const f = (v: number): string => (Number.isNaN(v) ? '-' : v.toFixed(1));
  return (
    `order stages p50/p99 ms over ${s.orders} orders (${s.untimed} untimed): ${STAGES.map((st) => `${st} ${f(s.stagesMs[st][0])}/${f(s.stagesMs[st][1])}`).join(', ')}; ` +
    `slowest 1 % (mean ${f(s.tailMs.total)} ms): ${STAGES.map((st) => `${st} ${f(s.tailMs[st])}`).join(', ')}; published before the previous proposal yet later: ${(100 * s.lateShare).toFixed(1)} %`
  );
}

function at(sorted: readonly number[], p: number): number {
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number) : Number.NaN;
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
}
