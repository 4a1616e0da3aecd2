/**
 * The ADL ranking (found by mutation testing of liquidation.ts): opposite positions are closed
 * in order of score = pnl/|cost| x notional/equity, highest first; accounts with equity <= 0
 * (zero included) rank last, in account order among themselves. The order of the `adl` events
 * is the ranking: each counterparty below holds 5 of the 10 lots closed.
 */
import { describe, expect, it } from 'vitest';
import type { VenueConfig } from '@faultline/venue';
import { bodies, funded, Scenario } from './venue-scenario.ts';

/** The oracle deviation guard at 100 %, so that prices can move far in one block. */
const wideGuard = (c: VenueConfig): void => void (c.oracleDeviationPpm = 1_000_000);

/** The counterparties of alice's ADL close, in order. */
function adlOrder(events: ReturnType<Scenario['block']>): string[] {
  return bodies(events, 'adl').map((a) => a.counterpartyAccountId);
}

/**
 * Cost: bob shorts 5 @ 12,000, carol 5 @ 10,000 (alice buys both); at 9,000 bob's pnl is 15,000
 * on a cost of 60,000, carol's 5,000 on 50,000, the notionals equal (45,000). Their equities are
 * topped up to the given figures: bob's score / carol's = (15,000 / 60,000) / (5,000 / 50,000) x
 * equity(carol) / equity(bob) = 2.5 x 40,000 / equity(bob).
 */
function byCost(bobEquity: number) {
  const v = new Scenario({ tweak: wideGuard, insuranceFundSeed: 0 });
  funded(v, { alice: 10_000, bob: 5_000, carol: 5_000 });
  v.block([v.limit('carol', 'sell', 10_000, 5), v.limit('alice', 'buy', 10_000, 5)]);
  v.block([v.limit('bob', 'sell', 12_000, 5), v.limit('alice', 'buy', 12_000, 5)], { prices: { 1: 12_000 } });
  v.block([], { prices: { 1: 9_000 } });
  expect([v.position('bob').costQuote, v.position('carol').costQuote]).toEqual([-60_000, -50_000]);
  const topUps = [v.deposit('bob', bobEquity - v.health('bob').equity), v.deposit('carol', 40_000 - v.health('carol').equity)];
  const events = v.block([...topUps, v.liquidate('alice')]);
  expect(bodies(events, 'liquidation')).toEqual([expect.objectContaining({ executed: true, reason: 'adl', sizeLots: 10 })]);
  return adlOrder(events);
}

describe('the ADL ranking weighs pnl by the cost of the position', () => {
  it('bob at equity 110,000: 2.5 x 40,000 / 110,000 < 1 — carol first (by pnl alone, 3 x 40,000 / 110,000 > 1, bob would be)', () => {
    expect(byCost(110_000)).toEqual(['carol', 'bob']);
  });

  it('bob at equity 80,000: 2.5 x 40,000 / 80,000 > 1 — bob first, ahead of carol', () => {
    expect(byCost(80_000)).toEqual(['bob', 'carol']);
  });
});

/**
 * Equity <= 0: bob and carol each short 5 @ 10,000 in market 1 (alice long 10), and long
 * `lots` @ 10,000 in market 2 from dave; market 1 falls to 9,000 (each gains 5,000), market 2 to
 * 3,000 (each loses 7,000 a lot). `zero` tops that account's equity up to exactly 0 in the
 * liquidation block.
 */
function byEquity(bobLots: number, carolLots: number, zero?: 'bob' | 'carol') {
  const v = new Scenario({ markets: 2, tweak: wideGuard, insuranceFundSeed: 0 });
  funded(v, { alice: 6_000, bob: 20_000, carol: 20_000, dave: 10_000_000 });
  const market2 = [];
  for (const [id, lots] of [['bob', bobLots], ['carol', carolLots]] as const) {
    if (lots > 0) market2.push(v.limit('dave', 'sell', 10_000, lots, { market: 2 }), v.limit(id, 'buy', 10_000, lots, { market: 2 }));
  }
  v.block([v.limit('bob', 'sell', 10_000, 5), v.limit('carol', 'sell', 10_000, 5), v.limit('alice', 'buy', 10_000, 10), ...market2]);
  v.block([], { prices: { 1: 9_000, 2: 3_000 } });
  const equity = { bob: v.health('bob').equity, carol: v.health('carol').equity };
  const events = v.block([...(zero ? [v.deposit(zero, -equity[zero])] : []), v.liquidate('alice')]);
  expect(bodies(events, 'liquidation')).toEqual([expect.objectContaining({ executed: true, reason: 'adl', sizeLots: 10 })]);
  return { equity, order: adlOrder(events) };
}

describe('the ADL ranking puts accounts with equity <= 0 last', () => {
  it('carol (the later account) at a negative equity: bob first', () => {
    const { equity, order } = byEquity(0, 5);
    expect(equity.carol).toBeLessThan(0);
    expect(equity.bob).toBeGreaterThan(0);
    expect(order).toEqual(['bob', 'carol']);
  });

  it('carol at equity exactly 0: bob first', () => {
    const { equity, order } = byEquity(0, 5, 'carol');
    expect(equity.carol).toBeLessThan(0);
    expect(order).toEqual(['bob', 'carol']);
  });

  it('bob (the earlier account) at equity exactly 0: carol first', () => {
    const { equity, order } = byEquity(5, 0, 'bob');
    expect(equity.bob).toBeLessThan(0);
    expect(order).toEqual(['carol', 'bob']);
  });

  it('both negative (bob -3,000-odd, carol -10,000-odd): account order, whatever their scores', () => {
    const { equity, order } = byEquity(4, 5);
    expect(equity.bob).toBeLessThan(0);
    expect(equity.carol).toBeLessThan(equity.bob);
    expect(order).toEqual(['bob', 'carol']);
  });
});
