/**
 * The live bench's per-order breakdown (bench/order-stages.ts): each stage is the difference of
 * the times it names (scheduled, published, its height's proposal and first block message, the
 * fill), the tail is the mean of the slowest 1 %, an order without its height's times is left out,
 * and an order published before the previous height's proposal counts as late.
 */
import { describe, expect, it } from 'vitest';
import { formatStages, orderStages, type OrderTimes } from '../bench/order-stages.ts';

describe('the per-order stages', () => {
  const proposals = new Map([
    [1, 10_000],
    [2, 40_000],
  ]);
  const blocks = new Map([
    [1, 25_000],
    [2, 55_000],
  ]);
  const stages = (orders: OrderTimes[]) => orderStages(orders, (h) => proposals.get(h), (h) => blocks.get(h));

  it('splits submit → fill into send, reap, consensus and execute', () => {
    const s = stages([{ scheduledUs: 1_000, sentUs: 2_000, height: 1, filledUs: 31_000 }]);
    expect(s.orders).toBe(1);
    expect(s.untimed).toBe(0);
    expect(s.stagesMs).toEqual({ send: [1, 1], reap: [8, 8], consensus: [15, 15], execute: [6, 6] });
    expect(s.tailMs).toEqual({ total: 30, send: 1, reap: 8, consensus: 15, execute: 6 });
    expect(s.lateShare).toBe(0);
  });

  it('counts an order published before the previous proposal yet in a later block as late; leaves out an untimed one', () => {
    const s = stages([
      { scheduledUs: 5_000, sentUs: 5_000, height: 2, filledUs: 60_000 }, // before height 1's proposal (10 ms), in height 2
      { scheduledUs: 20_000, sentUs: 20_000, height: 2, filledUs: 60_000 }, // after it: not late
      { scheduledUs: 20_000, sentUs: 20_000, height: 3, filledUs: 90_000 }, // height 3 not seen: untimed
    ]);
    expect(s.orders).toBe(2);
    expect(s.untimed).toBe(1);
    expect(s.lateShare).toBe(0.5);
    // The slowest 1 % of two orders is one: the one scheduled first (55 ms).
    expect(s.tailMs.total).toBe(55);
    expect(s.tailMs.reap).toBe(35);
    // p50 of two is the upper one (as the bench's other percentiles).
    expect(formatStages(s)).toMatch(/^order stages p50\/p99 ms over 2 orders \(1 untimed\): send 0\.0\/0\.0, reap 35\.0\/35\.0, consensus 15\.0\/15\.0, execute 5\.0\/5\.0; slowest 1 % \(mean 55\.0 ms\).*50\.0 %$/);
  });
});
