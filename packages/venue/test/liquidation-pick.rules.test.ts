/**
 * Which market a liquidation of "market 0" picks, and a liquidation that passes every check but
 * fills nothing (found by mutation testing of liquidation.ts). Market 0 is the market of the
 * largest position by notional in quote units (|lots| x mark x k): the first such market on a
 * tie, whatever order the markets come in. A liquidation whose book close the fill guard stops
 * (the only bid's owner could not pay the fill) and that owes no ADL executes nothing: reason
 * no-liquidity, the position left open.
 */
import { describe, expect, it } from 'vitest';
import { bodies, funded, Scenario } from './venue-scenario.ts';

/** alice long `lots1` in market 1 and `lots2` in market 2 (bob short), both markets at their own price. */
function twoLongs(lots1: number, lots2: number, price2 = 10_000) {
  const v = new Scenario({ markets: 2 });
  v.prices.set(2, price2);
  funded(v, { alice: 1_000_000, bob: 1_000_000 });
  v.block([
    v.limit('bob', 'sell', 10_000, lots1),
    v.limit('alice', 'buy', 10_000, lots1),
    v.limit('bob', 'sell', price2, lots2, { market: 2 }),
    v.limit('alice', 'buy', price2, lots2, { market: 2 }),
  ]);
  expect([v.position('alice', 1).sizeLots, v.position('alice', 2).sizeLots]).toEqual([lots1, lots2]);
  const events = v.block([v.liquidate('alice', 0)]);
  return bodies(events, 'liquidation').map((l) => [l.marketId, l.executed, l.reason, l.markTicks]);
}

describe('a liquidation of market 0 picks the largest position by notional', () => {
  it('10 lots in market 1, 2 in market 2 (both at 10,000): market 1, the larger, although it comes first', () => {
    expect(twoLongs(10, 2)).toEqual([[1, false, 'healthy-at-execution', 10_000]]);
  });

  it('5 lots in each market at 10,000 (a tie): market 1, the first', () => {
    expect(twoLongs(5, 5)).toEqual([[1, false, 'healthy-at-execution', 10_000]]);
  });

  it('2 lots at 10,000 (20,000) against 10 lots at 1,000 (10,000): market 1 — lots times the mark, not lots alone or per tick', () => {
    expect(twoLongs(2, 10, 1_000)).toEqual([[1, false, 'healthy-at-execution', 10_000]]);
  });
});

describe('a liquidation whose book close the fill guard stops', () => {
  it('alice long 10 @ 10,000, oracle 9,000; dave bid 10 @ 9,700 with 5,000 collateral cannot pay: cancelled, nothing filled, no-liquidity', () => {
    const v = new Scenario();
    funded(v, { alice: 6_000, bob: 1_000_000, dave: 5_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10), v.limit('dave', 'buy', 9_700, 10, { cid: 7 })]);
    // dave's bid rests (initial margin 4,850 of 97,000 at 5 %); at mark 9,000 filling it would
    // cost him 7,000 against his 5,000: the guard cancels it. The fund (1,000,000) covers alice's
    // deficit: no ADL is due.
    const events = v.block([v.liquidate('alice')], { prices: { 1: 9_000 } });
    expect(bodies(events, 'liquidation')).toEqual([
      expect.objectContaining({ marketId: 1, executed: false, reason: 'no-liquidity', sizeLots: 0, priceTicks: 0, penalty: 0, equityBefore: 5_950 - 10_000 }),
    ]);
    expect(bodies(events, 'adl')).toEqual([]);
    expect(bodies(events, 'orderUpdate').filter((u) => u.accountId === 'dave').map((u) => [u.status, u.reason])).toEqual([['cancelled', 'undercollateralized']]);
    expect(v.position('alice').sizeLots).toBe(10);
  });
});
