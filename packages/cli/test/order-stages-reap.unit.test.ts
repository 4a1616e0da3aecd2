/**
 * The live bench's per-order breakdown with the proposers' reap times (bench/order-stages.ts,
 * `reapAt`: each proposal's own timestamp): a late order is `missed` only when it was published
 * before the previous height's reap (the proposer could have had it), not when it was published
 * between that reap and the proposal's arrival at the bench; the reap stage splits into the wait
 * for its height's reap and the proposal's way out (reap → seen here).
 */
import { describe, expect, it } from 'vitest';
import { formatStages, orderStages, type OrderTimes } from '../bench/order-stages.ts';

describe('the per-order stages with reap times', () => {
  // Height 1: reaped at 8 ms, seen at 10 ms; height 2: reaped at 36 ms, seen at 40 ms.
  const reaps = new Map([
    [1, 8_000],
    [2, 36_000],
  ]);
  const proposals = new Map([
    [1, 10_000],
    [2, 40_000],
  ]);
  const blocks = new Map([
    [1, 25_000],
    [2, 55_000],
  ]);
  const stages = (orders: OrderTimes[], withReaps = true) => orderStages(orders, (h) => proposals.get(h), (h) => blocks.get(h), withReaps ? (h) => reaps.get(h) : undefined);

  it('counts as missed only the late orders published before the previous reap, with how long before it', () => {
    const s = stages([
      { scheduledUs: 5_000, sentUs: 5_000, height: 2, filledUs: 60_000 }, // before height 1's reap (8 ms): missed by 3 ms
      { scheduledUs: 9_000, sentUs: 9_000, height: 2, filledUs: 60_000 }, // after the reap, before the proposal was seen: late, not missed
      { scheduledUs: 20_000, sentUs: 20_000, height: 2, filledUs: 60_000 }, // neither
      { scheduledUs: 1_000, sentUs: 1_000, height: 1, filledUs: 30_000 }, // in the first block it could be in
    ]);
    expect(s.lateShare).toBe(0.5);
    expect(s.missed).toEqual({ share: 0.25, beforeReapMs: [3, 3] });
  });

  it("splits the reap stage into the wait for its height's reap and the proposal's way out", () => {
    const s = stages([
      { scheduledUs: 1_000, sentUs: 2_000, height: 1, filledUs: 30_000 }, // waits 6 ms, out 2 ms
      { scheduledUs: 20_000, sentUs: 20_000, height: 2, filledUs: 60_000 }, // waits 16 ms, out 4 ms
    ]);
    expect(s.stagesMs.reap).toEqual([20, 20]);
    expect(s.reapSplitMs).toEqual({ wait: [16, 16], out: [4, 4] });
    expect(formatStages(s)).toMatch(/of which before its reap: 0\.0 % \(by p50\/p99 -\/- ms\); reap = wait 16\.0\/16\.0 \+ out 4\.0\/4\.0$/);
  });

  it('without reap times: neither figure, and the line as before', () => {
    const s = stages([{ scheduledUs: 5_000, sentUs: 5_000, height: 2, filledUs: 60_000 }], false);
    expect(s.missed).toBeUndefined();
    expect(s.reapSplitMs).toBeUndefined();
    expect(formatStages(s)).toMatch(/published before the previous proposal yet later: 100\.0 %$/);
  });
});
