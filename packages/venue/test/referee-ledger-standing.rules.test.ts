/**
 * The referee's books (referee/ledger.ts) rule by rule, on hand-computed numbers — the referee is
 * the independent judge of admission-margin and no-hidden-deficit, so its arithmetic must fail
 * when a rule is removed (found by mutation testing of ledger.ts):
 * - cash moves by signed lots x price x the market's multiplier (1 for a market the config does not list);
 * - equity = cash + Σ size x mark x multiplier (no mark: 0);
 * - requirement = initial margin (ceiling) on the worse side max(|size + buys|, |size - sells|)
 *   + each resting order's adverse loss at its limit; reduce-only orders count only up to what
 *   closes the position; maintenance on the position alone and on the worse side;
 * - orders by account, marks by market, flat cash, kept inputs judged later.
 */
import { describe, expect, it } from 'vitest';
import { RefereeLedger, SIDE_BUY, SIDE_SELL, type VenueConfig } from '@faultline/venue';
import type { RefOrder } from '../src/referee/ledger.ts';

// Market 1: multiplier 1, initial 5 %, maintenance 3 %. Market 2: multiplier 3, initial 10 %, maintenance 5 %.
const config = {
  insuranceFundSeed: 777,
  markets: [
    { marketId: 2, quotePerTickLot: 3, initialMarginPpm: 100_000, maintenanceMarginPpm: 50_000 },
    { marketId: 1, quotePerTickLot: 1, initialMarginPpm: 50_000, maintenanceMarginPpm: 30_000 },
  ],
} as unknown as VenueConfig;

let orderIds = 0;
function order(accountId: string, marketId: number, side: 'buy' | 'sell', limitTicks: number, lots: number, reduceOnly = false): RefOrder {
  return { orderId: ++orderIds, accountId, marketId, side: side === 'buy' ? SIDE_BUY : SIDE_SELL, limitTicks, lots, reduceOnly };
}

/** A ledger with alice's cash 10,000 and the marks: market 1 at 100, market 2 at 50. */
function ledger(): RefereeLedger {
  const l = new RefereeLedger(config);
  l.account('alice').cash = 10_000;
  l.setMark(1, 100);
  l.setMark(2, 50);
  return l;
}

describe('accounts and trades', () => {
  it('the fund starts at the seed; accounts are numbered in creation order with a zero size per listed market', () => {
    const l = new RefereeLedger(config);
    expect(l.fund).toBe(777);
    expect(l.marketList.map((m) => m.marketId)).toEqual([2, 1]);
    expect([l.account('bob').index, l.account('carol').index, l.account('bob').index]).toEqual([0, 1, 0]);
    expect(l.account('bob').sizes).toEqual([0, 0]);
    expect(l.accounts.size).toBe(2);
  });

  it('a trade moves cash by lots x price x multiplier and the size of its market only', () => {
    const l = ledger();
    l.trade('alice', 1, 4, 101);
    l.trade('alice', 2, -2, 49);
    expect(l.account('alice').cash).toBe(10_000 - 404 + 2 * 49 * 3);
    expect([l.size('alice', 1), l.size('alice', 2), l.size('nobody', 1)]).toEqual([4, -2, 0]);
    l.trade('alice', 1, -1, 110);
    expect([l.size('alice', 1), l.account('alice').cash]).toEqual([3, 10_000 - 404 + 294 + 110]);
  });

  it('a market the config does not list: its own position, multiplier 1, its mark from the marks map', () => {
    const l = ledger();
    l.trade('alice', 9, 2, 30);
    l.trade('alice', 9, 1, 30);
    expect([l.size('alice', 9), l.account('alice').cash, l.multiplier(9), l.multiplier(2)]).toEqual([3, 10_000 - 90, 1, 3]);
    expect(l.equity('alice')).toBe(10_000 - 90);
    l.setMark(9, 40);
    expect(l.equity('alice')).toBe(10_000 - 90 + 120);
    expect(l.account('alice').sizes).toEqual([0, 0]);
  });
});

describe('equity = cash + Σ size x mark x multiplier', () => {
  it('at the marks, per market with its multiplier; an unknown account has none', () => {
    const l = ledger();
    l.trade('alice', 1, 4, 100);
    l.trade('alice', 2, -2, 50);
    l.setMark(1, 110);
    l.setMark(2, 45);
    expect(l.equity('alice')).toBe(10_000 - 400 + 300 + 4 * 110 - 2 * 45 * 3);
    expect(l.equity('nobody')).toBe(0);
  });

  it('a market without a mark counts 0', () => {
    const l = new RefereeLedger(config);
    l.trade('alice', 1, 4, 100);
    expect(l.equity('alice')).toBe(-400);
    l.setMark(1, 100);
    expect(l.equity('alice')).toBe(0);
  });
});

describe('standing: requirement, maintenance, worst side', () => {
  it('an unknown account stands flat with nothing', () => {
    expect(ledger().standing('nobody')).toEqual({ equity: 0, requirement: 0, maintenance: 0, worstMaintenance: 0, worstLots: [0, 0], flat: true });
  });

  it('a long of 4 at 100 (notional 400): initial 20, maintenance 12', () => {
    const l = ledger();
    l.trade('alice', 1, 4, 100);
    expect(l.standing('alice')).toEqual({ equity: 10_000, requirement: 20, maintenance: 12, worstMaintenance: 12, worstLots: [0, 4], flat: false });
  });

  it('margins are ceilings: notional 401 needs 21 initial and 13 maintenance', () => {
    const l = ledger();
    l.trade('alice', 1, 1, 100);
    l.setMark(1, 401);
    const s = l.standing('alice');
    expect([s.requirement, s.maintenance, s.worstMaintenance]).toEqual([21, 13, 13]);
  });

  it('a short in the multiplier-3 market: -2 x 50 x 3 = 300 notional, initial 30, maintenance 15', () => {
    const l = ledger();
    l.trade('alice', 2, -2, 50);
    expect(l.standing('alice')).toEqual({ equity: 10_000, requirement: 30, maintenance: 15, worstMaintenance: 15, worstLots: [2, 0], flat: false });
  });

  it('resting buys widen a long\'s worse side and add their adverse loss at the limit', () => {
    const l = ledger();
    l.trade('alice', 1, 4, 100);
    l.addOrder(order('alice', 1, 'buy', 105, 3));
    // worst max(|4 + 3|, |4 - 0|) = 7 -> initial ceil(700 x 5 %) = 35; adverse 3 x (105 - 100) = 15.
    expect(l.standing('alice')).toEqual({ equity: 10_000, requirement: 50, maintenance: 12, worstMaintenance: 21, worstLots: [0, 7], flat: false });
  });

  it('resting sells on a long: the worse side is the larger of the two', () => {
    const l = ledger();
    l.trade('alice', 1, 4, 100);
    l.addOrder(order('alice', 1, 'sell', 95, 10));
    // worst max(|4|, |4 - 10|) = 6 -> 30; adverse 10 x (100 - 95) = 50.
    const s = l.standing('alice');
    expect([s.worstLots, s.requirement, s.worstMaintenance]).toEqual([[0, 6], 80, 18]);
    l.addOrder(order('alice', 1, 'buy', 90, 3));
    // worst max(7, 6) = 7 -> 35; the buy at 90 loses nothing at mark 100.
    expect([l.standing('alice').worstLots, l.standing('alice').requirement]).toEqual([[0, 7], 85]);
  });

  it('an order at the mark loses nothing; one tick worse loses one tick x lots x multiplier', () => {
    const l = ledger();
    l.addOrder(order('alice', 2, 'sell', 50, 2));
    // flat: worst 2 lots x 50 x 3 = 300 -> 30 initial, 15 worse-side maintenance, no position maintenance.
    expect(l.standing('alice')).toEqual({ equity: 10_000, requirement: 30, maintenance: 0, worstMaintenance: 15, worstLots: [2, 0], flat: true });
    l.addOrder(order('alice', 2, 'sell', 49, 1));
    expect(l.standing('alice').requirement).toBe(ceil(3 * 50 * 3 * 0.1) + 1 * 1 * 3);
  });

  it('reduce-only orders count only up to what closes the position', () => {
    const l = ledger();
    l.trade('alice', 1, 4, 100);
    l.addOrder(order('alice', 1, 'sell', 100, 6, true));
    // the sell closes at most 4: worst max(|4|, |4 - 4|) = 4.
    expect(l.standing('alice').worstLots).toEqual([0, 4]);
    l.addOrder(order('alice', 1, 'buy', 100, 5, true));
    // a reduce-only buy on a long closes nothing.
    expect(l.standing('alice').worstLots).toEqual([0, 4]);
    l.trade('alice', 1, -6, 100);
    // short 2 now: the reduce-only buy counts 2 (worst |-2 + 2| vs |-2 - 0| = 2), the sell none
    expect(l.standing('alice').worstLots).toEqual([0, 2]);
    l.addOrder(order('alice', 1, 'buy', 100, 1));
    expect(l.standing('alice').worstLots).toEqual([0, 2]);
    l.addOrder(order('alice', 1, 'sell', 100, 3));
    expect(l.standing('alice').worstLots).toEqual([0, 5]);
  });

  it('a reduce-only order still loses at its limit, on its side', () => {
    const l = ledger();
    l.trade('alice', 1, 4, 100);
    l.addOrder(order('alice', 1, 'sell', 90, 2, true));
    expect(l.standing('alice').requirement).toBe(20 + 2 * 10);
  });

  it('an order in a market the config does not list: its adverse loss at that market\'s mark, multiplier 1, no lots', () => {
    const l = ledger();
    l.setMark(9, 40);
    l.addOrder(order('alice', 9, 'buy', 45, 2));
    expect(l.standing('alice')).toEqual({ equity: 10_000, requirement: 10, maintenance: 0, worstMaintenance: 0, worstLots: [0, 0], flat: true });
    const fresh = ledger();
    fresh.addOrder(order('alice', 8, 'sell', 5, 1));
    expect(fresh.standing('alice').requirement).toBe(0);
    fresh.addOrder(order('alice', 8, 'buy', 5, 1));
    expect(fresh.standing('alice').requirement).toBe(5);
  });

  it('every market adds to the sums (two markets at once)', () => {
    const l = ledger();
    l.trade('alice', 1, 4, 100);
    l.trade('alice', 2, -2, 50);
    expect(l.standing('alice')).toEqual({ equity: 10_000, requirement: 50, maintenance: 27, worstMaintenance: 27, worstLots: [2, 4], flat: false });
  });

  it('a market\'s lots are zeroed between calls (the sums are reused)', () => {
    const l = ledger();
    l.addOrder(order('alice', 1, 'buy', 100, 4));
    l.account('bob');
    expect(l.standing('alice').worstLots).toEqual([0, 4]);
    expect(l.standing('bob').worstLots).toEqual([0, 0]);
    expect(l.standing('alice').worstLots).toEqual([0, 4]);
  });
});

describe('orders, marks, flat cash and kept inputs', () => {
  it('an order id added twice is the second order; removing the last order of an account leaves none', () => {
    const l = ledger();
    const a = order('alice', 1, 'buy', 100, 1);
    l.addOrder(a);
    l.addOrder({ ...a, accountId: 'bob', lots: 2 });
    expect([...l.ordersOf('alice')]).toEqual([]);
    expect([...l.ordersOf('bob')].map((o) => o.lots)).toEqual([2]);
    const b = order('bob', 1, 'sell', 100, 1);
    l.addOrder(b);
    l.removeOrder(a.orderId);
    expect([...l.ordersOf('bob')]).toEqual([b]);
    l.removeOrder(b.orderId);
    l.removeOrder(b.orderId);
    expect([...l.ordersOf('bob')]).toEqual([]);
    expect(l.orders.size).toBe(0);
    l.addOrder(b);
    expect([...l.ordersOf('bob')]).toEqual([b]);
  });

  it('flat cash: 0 for an unknown account, undefined with a listed position, else its cash', () => {
    const l = ledger();
    expect(l.flatCash('nobody')).toBe(0);
    expect(l.flatCash('alice')).toBe(10_000);
    l.trade('alice', 9, 1, 10);
    expect(l.flatCash('alice')).toBe(9_990);
    l.trade('alice', 2, 1, 10);
    expect(l.flatCash('alice')).toBeUndefined();
    l.trade('alice', 2, -1, 10);
    l.trade('alice', 1, -1, 10);
    expect(l.flatCash('alice')).toBeUndefined();
  });

  it('kept inputs are a copy: judged later, they give the standing as it was', () => {
    const l = ledger();
    l.trade('alice', 1, 4, 100);
    const o = order('alice', 1, 'buy', 105, 3);
    l.addOrder(o);
    const kept = l.keep('alice');
    const before = l.standing('alice');
    l.trade('alice', 1, 10, 100);
    l.removeOrder(o.orderId);
    o.lots = 100;
    l.account('alice').cash = 0;
    expect(l.standingOf(kept)).toEqual(before);
    expect(l.standingOf(l.keep('nobody'))).toEqual({ equity: 0, requirement: 0, maintenance: 0, worstMaintenance: 0, worstLots: [0, 0], flat: true });
    expect(l.keep('nobody')).toEqual({ exists: false, cash: 0, sizes: [], orders: [] });
  });
});

function ceil(x: number): number {
  return Math.ceil(x - 1e-9);
}
