/**
 * Hostile scripts against the pure engine that the hunt's strategies do not draw (issue 17: "these
 * are examples, not the list"), written in session 18's audit: self-trades across accounts at the
 * band's edges, orders queued around a halt and its reopening auction while the oracle moves,
 * withdrawals with queued orders, a reduce-only order overtaken by a flip, withdrawals and orders
 * of an account in the block of its liquidation, hedger requotes, repeated client order ids, two
 * markets, self-trade prevention and FOK against one's own liquidity. Each runs as an order stream
 * (every venue check and the solvency referee after every block, as `faultline hunt`): no
 * invariant fires, the referee follows to the end, and the group extracts nothing (the fund starts
 * empty; `out`/`filler` accounts are not in the group).
 */
import { describe, expect, it } from 'vitest';
import { runOrderStream } from '@faultline/sim';

type Tx = Record<string, unknown>;
const dep = (a: string, amount: number): Tx => ({ deposit: { accountId: a, amount } });
const wd = (a: string, amount: number): Tx => ({ withdraw: { accountId: a, amount } });
let cidN = 0;
const ord = (a: string, side: 'buy' | 'sell', price: number, lots: number, o: { tif?: number; ro?: boolean; market?: boolean; cid?: number; m?: number } = {}): Tx => ({
  placeOrder: { accountId: a, marketId: o.m ?? 1, clientOrderId: o.cid ?? ++cidN, side: side === 'buy' ? 1 : 2, type: o.market ? 2 : 1, timeInForce: o.tif ?? 1, priceTicks: price, sizeLots: lots, reduceOnly: o.ro ?? false },
});
const liq = (a: string): Tx => ({ liquidate: { liquidatorId: 'keeper', accountId: a, marketId: 1, observedMarkTicks: 0 } });
const quote = (a: string, q: number, bid: number, bl: number, ask: number, al: number): Tx => ({ hedgerQuote: { accountId: a, marketId: 1, quoteId: q, bidPriceTicks: bid, bidSizeLots: bl, askPriceTicks: ask, askSizeLots: al } });
const oracle = (p: number): Tx => ({ oracle: { priceTicks: p } });
const adv = (us: number): Tx => ({ advanceUs: us });
const tick = (n = 1): Tx[] => Array.from({ length: n }, () => [dep('filler', 1), adv(0)]).flat();
const cancelAll = (a: string): Tx => ({ cancelAll: { accountId: a, marketId: 1 } });

function run(name: string, transactions: Tx[], group: string[], fund = 0, markets = 1) {
  const r = runOrderStream({ markets, oraclePriceTicks: 10_000, txsPerBlock: 8, blockIntervalUs: 1_000_000, insuranceFundSeed: fund, transactions }, { hash: false });
  let extraction = 0;
  const eq: Record<string, number> = {};
  for (const [id, t] of r.transfers) {
    const e = r.referee.ledger.standing(id).equity;
    eq[id] = e;
    if (group.includes(id)) extraction += t.withdrawn - t.deposited + Math.max(0, e);
  }
  const out = { name, violations: r.result.violations.map((v) => `${v.invariant}@${v.height}: ${v.detail}`), problems: r.referee.problems, rejections: r.result.rejections, extraction, eq, fund: r.state.insuranceFund, badDebt: r.state.badDebtTotal, events: r.result.events };
  return out;
}

describe('hostile scripts the hunt does not draw', () => {
  it('A self-trade across accounts at the band edge', () => {
    const o = run('A', [dep('g1', 10_000), dep('g2', 10_000), dep('out', 1_000_000), ord('g1', 'buy', 9_000, 19), ord('g2', 'sell', 9_000, 19, { tif: 2 }), ord('g2', 'sell', 9_000, 9, { tif: 2 }), ord('g1', 'sell', 11_000, 19), ord('g2', 'buy', 11_000, 19, { tif: 2 }), ord('g2', 'buy', 11_000, 5, { tif: 2 }), wd('g1', 10_000), wd('g2', 10_000)], ['g1', 'g2']);
    expect(o.problems).toEqual([]);
    expect(o.violations).toEqual([]);
    expect(o.extraction).toBeLessThanOrEqual(0);
  });
  it('B orders around a halt and reopening auction, oracle moving during the auction', () => {
    const o = run('B', [dep('g1', 5_000), dep('g2', 100_000), dep('g3', 6_000), adv(0), ord('g3', 'buy', 10_000, 10), ord('g2', 'sell', 10_000, 10, { tif: 2 }), ord('g1', 'buy', 9_950, 9), adv(15_000_000), ...tick(6), ord('g1', 'buy', 10_900, 9), ord('g2', 'sell', 10_900, 9), ord('g3', 'sell', 10_500, 10), ord('g3', 'buy', 10_000, 1), wd('g1', 5_000), wd('g3', 1000), adv(0), oracle(9_700), ...tick(1), oracle(9_400), ...tick(1), oracle(9_100), ...tick(12), liq('g3'), liq('g1'), wd('g1', 100), wd('g3', 6_000), ...tick(3)], ['g1', 'g2', 'g3']);
    expect(o.problems).toEqual([]);
    expect(o.violations).toEqual([]);
    expect(o.extraction).toBeLessThanOrEqual(0);
  });
  it('C reduce-only that flips after a partial fill', () => {
    const o = run('C', [dep('g1', 6_000), dep('g2', 1_000_000), ord('g2', 'sell', 10_000, 10), ord('g1', 'buy', 10_000, 10, { tif: 2 }), ord('g1', 'sell', 10_100, 10, { ro: true }), ord('g2', 'buy', 10_100, 4, { tif: 2 }), ord('g2', 'buy', 9_990, 20), ord('g1', 'sell', 9_990, 12, { tif: 2 }), ord('g2', 'buy', 10_100, 10, { tif: 2 }), wd('g1', 6_000)], ['g1', 'g2']);
    expect(o.problems).toEqual([]);
    expect(o.violations).toEqual([]);
    expect(o.extraction).toBeLessThanOrEqual(0);
  });
  it('D withdrawal right after a liquidation', () => {
    const o = run('D', [dep('g1', 6_000), dep('g2', 1_000_000), dep('g3', 1_000_000), ord('g2', 'sell', 10_000, 10), ord('g1', 'buy', 10_000, 10, { tif: 2 }), oracle(9_600), ord('g3', 'buy', 9_500, 10), liq('g1'), wd('g1', 100), wd('g1', 1), ord('g1', 'buy', 9_600, 1), adv(0), liq('g1'), wd('g1', 1)], ['g1']);
    expect(o.problems).toEqual([]);
    expect(o.violations).toEqual([]);
    expect(o.extraction).toBeLessThanOrEqual(0);
  });
  it('E hedger quotes: requotes, crossing its own resting order, quote beyond margin', () => {
    const o = run('E', [dep('g1', 59_000), dep('g2', 1_000_000), quote('g1', 1, 10_900, 10, 11_000, 10), quote('g1', 2, 10_900, 10, 11_000, 10), ord('g1', 'buy', 10_900, 10), quote('g1', 3, 10_900, 10, 10_950, 10), quote('g1', 4, 10_900, 30, 11_000, 30), ord('g2', 'sell', 10_900, 100, { tif: 2 }), wd('g1', 59_000)], ['g1']);
    expect(o.problems).toEqual([]);
    expect(o.violations).toEqual([]);
    expect(o.extraction).toBeLessThanOrEqual(0);
  });
  it('F duplicate client order ids and cancels by cid', () => {
    const o = run('F', [dep('g1', 50_000), ord('g1', 'buy', 9_900, 1, { cid: 5 }), ord('g1', 'buy', 9_800, 1, { cid: 5 }), ord('g1', 'sell', 10_100, 1, { cid: 5 }), { cancelOrder: { accountId: 'g1', marketId: 1, orderId: 0, clientOrderId: 5 } }, ord('g1', 'buy', 9_800, 1, { cid: 5 }), wd('g1', 1)], ['g1']);
    expect(o.rejections).toEqual({ 'duplicate-client-order-id': 2 });
    expect(o.problems).toEqual([]);
    expect(o.violations).toEqual([]);
    expect(o.extraction).toBeLessThanOrEqual(0);
  });
  it('G two markets: resting bids in both, a position in one, withdrawals', () => {
    const o = run('G', [dep('g1', 30_000), dep('g2', 1_000_000), ord('g1', 'buy', 10_900, 10), ord('g1', 'buy', 10_900, 10, { m: 2 }), ord('g1', 'buy', 10_500, 5, { m: 2 }), wd('g1', 5_000), ord('g2', 'sell', 10_900, 10, { tif: 2 }), ord('g2', 'sell', 10_000, 30, { m: 2, tif: 2 }), oracle(9_700), ...tick(1), { liquidate: { liquidatorId: 'keeper', accountId: 'g1', marketId: 0, observedMarkTicks: 0 } }, ...tick(1), wd('g1', 1_000)], ['g1'], 0, 2);
    expect(o.problems).toEqual([]);
    expect(o.violations).toEqual([]);
    expect(o.extraction).toBeLessThanOrEqual(0);
  });
  it('H a liquidation in the same block as a withdrawal and a new order of the liquidated account', () => {
    const o = run('H', [dep('g1', 6_000), dep('g2', 1_000_000), dep('g3', 1_000_000), ord('g2', 'sell', 10_000, 10), ord('g1', 'buy', 10_000, 10, { tif: 2 }), ord('g1', 'sell', 10_400, 10, { ro: true }), oracle(9_650), ord('g3', 'buy', 9_500, 5), liq('g1'), ord('g1', 'buy', 9_600, 3), wd('g1', 200), ord('g3', 'buy', 9_400, 5), liq('g1'), wd('g1', 50), ...tick(2)], ['g1']);
    expect(o.problems).toEqual([]);
    expect(o.violations).toEqual([]);
    expect(o.extraction).toBeLessThanOrEqual(0);
  });
  it('K auction: queue, cancel all, re-queue, withdraw with queued orders, oracle moves, uncross', () => {
    const o = run('K', [dep('g1', 20_000), dep('g2', 20_000), ...tick(1), adv(15_000_000), ...tick(6), ord('g1', 'buy', 10_900, 10), cancelAll('g1'), ord('g1', 'buy', 10_900, 10), ord('g2', 'sell', 10_800, 10), wd('g1', 6_001), wd('g1', 6_000), wd('g2', 15_000), oracle(10_300), ...tick(1), oracle(10_600), ...tick(12), wd('g1', 1), wd('g2', 1), liq('g1'), liq('g2'), ...tick(2)], ['g1', 'g2']);
    expect(o.rejections).toEqual({ 'insufficient-free-collateral': 1 }); // 6,001 of 20,000 with a bid of 10 @ 10,900 queued (needs 14,000)
    expect(o.problems).toEqual([]);
    expect(o.violations).toEqual([]);
    expect(o.extraction).toBeLessThanOrEqual(0);
  });
  it('L self-trade prevention and FOK against own liquidity, market order with a far price', () => {
    const o = run('L', [dep('g1', 20_000), dep('g2', 20_000), ord('g1', 'buy', 9_990, 10), ord('g1', 'sell', 9_990, 10, { tif: 2 }), ord('g1', 'buy', 9_990, 10), ord('g2', 'sell', 9_000, 30, { tif: 3 }), ord('g2', 'sell', 1, 20, { market: true, tif: 2 }), ord('g1', 'sell', 20_000, 5, { ro: true }), wd('g1', 20_000), wd('g2', 20_000), ...tick(1)], ['g1', 'g2']);
    expect(o.problems).toEqual([]);
    expect(o.violations).toEqual([]);
    expect(o.extraction).toBeLessThanOrEqual(0);
  });
});
