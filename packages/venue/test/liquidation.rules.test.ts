/**
 * Liquidation rules the scripted scenarios leave open (found by mutation testing of
 * liquidation.ts): which refusal an unknown account or market gets, which market a liquidation
 * of "market 0" (the largest position) picks, and the planted `liquidate-without-recheck`
 * variant's own branch (it trusts the liquidator's view: any observed mark > 0 is "unhealthy").
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type VenuePolicy } from '@faultline/venue';
import { bodies, funded, S, Scenario } from './venue-scenario.ts';

/** alice long 10 @ 10,000 with `deposit` collateral (fee 50), bob short 10 via the book. */
function aliceLong(v: Scenario, deposit = 6_000): void {
  funded(v, { alice: deposit, bob: 1_000_000, carol: 1_000_000 });
  v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
  expect(v.collateral('alice')).toBe(deposit - 50);
}

describe('what a liquidation of no account, no market or no position is refused as', () => {
  it('an unknown account: unknown-account; an unknown market: unknown-market; market 0 of a flat account: no-position', () => {
    const v = new Scenario();
    aliceLong(v);
    const events = v.block([v.liquidate('nobody'), v.liquidate('alice', 9), v.liquidate('carol', 0), v.liquidate('carol', 1)]);
    expect(bodies(events, 'liquidation').map((l) => [l.accountId, l.marketId, l.executed, l.reason])).toEqual([
      ['nobody', 1, false, 'unknown-account'],
      ['alice', 9, false, 'unknown-market'],
      ['carol', 0, false, 'no-position'],
      ['carol', 1, false, 'no-position'],
    ]);
  });
});

describe('the planted liquidate-without-recheck variant trusts the liquidator', () => {
  it('a healthy account is liquidated when the liquidator reports any mark, and refused when it reports none', () => {
    const v = new Scenario({ variant: 'liquidate-without-recheck' });
    aliceLong(v);
    const events = v.block([v.limit('carol', 'buy', 10_000, 10), v.liquidate('alice', 1, 0), v.liquidate('alice', 1, 9_000)]);
    expect(bodies(events, 'liquidation').map((l) => [l.executed, l.reason, l.equityBefore, l.maintenanceBefore])).toEqual([
      [false, 'healthy-at-execution', 5_950, 3_000],
      [true, 'book', 5_950, 3_000],
    ]);
    expect(v.position('alice').sizeLots).toBe(0);
  });
});

describe('the health check at its bound', () => {
  // alice long 10 @ 10,000; oracle 9,700 and carol's bid there: maintenance ceil(97,000 x 3 %) = 2,910;
  // equity = collateral - 3,000.
  for (const [deposit, executed] of [[5_960, false], [5_959, true]] as const) {
    it(`equity ${deposit - 3_050} against maintenance 2,910: ${executed ? 'below it, liquidated' : 'exactly at it is healthy'}`, () => {
      const v = new Scenario();
      aliceLong(v, deposit);
      const events = v.block([v.limit('carol', 'buy', 9_700, 10), v.liquidate('alice')], { prices: { 1: 9_700 } });
      expect(bodies(events, 'liquidation').map((l) => [l.executed, l.reason, l.equityBefore, l.maintenanceBefore])).toEqual([[executed, executed ? 'book' : 'healthy-at-execution', deposit - 3_050, 2_910]]);
    });
  }
});

describe('a short is liquidated by buying on the book', () => {
  it('short 10 @ 10,000, oracle 10,320: bought back from carol\'s ask, the penalty to the fund', () => {
    const v = new Scenario();
    funded(v, { alice: 6_000, bob: 1_000_000, carol: 1_000_000 });
    v.block([v.limit('bob', 'buy', 10_000, 10), v.limit('alice', 'sell', 10_000, 10)]);
    // Equity 5,950 - 3,200 = 2,750 < maintenance ceil(103,200 x 3 %) = 3,096.
    const events = v.block([v.limit('carol', 'sell', 10_320, 10), v.liquidate('alice')], { prices: { 1: 10_320 } });
    expect(bodies(events, 'fill').map((f) => [f.makerAccountId, f.takerAccountId, f.priceTicks, f.sizeLots, f.takerFee])).toEqual([['carol', 'alice', 10_320, 10, 0]]);
    // Penalty ceil(103,200 x 0.5 %) = 516.
    expect(bodies(events, 'liquidation')).toEqual([expect.objectContaining({ executed: true, reason: 'book', sizeLots: 10, priceTicks: 10_320, penalty: 516, equityBefore: 2_750, maintenanceBefore: 3_096 })]);
    expect([v.position('alice').sizeLots, v.collateral('alice')]).toEqual([0, 2_750 - 516]);
  });
});

describe('the grace period at its bounds', () => {
  // The gap halt is off: only the grace period (30 s from a block after a gap > 10 s) protects alice.
  const noGapHalt: VenuePolicy = { ...DEFAULT_POLICY, name: 'grace-test', blockGapHalt: { enabled: false, thresholdUs: 10 * S } };

  it('protects until its last microsecond, and not at its end', () => {
    const v = new Scenario({ policy: noGapHalt });
    aliceLong(v);
    // 15 s gap, oracle 9,650: equity 2,450 < maintenance 2,895, above the floor 1,447.
    const gap = v.block([v.limit('carol', 'buy', 9_450, 10), v.liquidate('alice')], { dtUs: 15 * S, prices: { 1: 9_650 } });
    expect(bodies(gap, 'liquidation')[0]).toMatchObject({ executed: false, reason: 'grace-period' });
    const until = v.market().graceUntilUs;
    expect(until).toBe(v.timeUs + 30 * S);
    v.idle(2, { dtUs: 10 * S });
    const last = v.block([v.liquidate('alice')], { dtUs: 10 * S - 1 });
    expect([v.timeUs, bodies(last, 'liquidation')[0]?.reason]).toEqual([until - 1, 'grace-period']);
    const after = v.block([v.liquidate('alice')], { dtUs: 1 });
    expect([v.timeUs, bodies(after, 'liquidation')[0]?.executed, bodies(after, 'liquidation')[0]?.reason]).toEqual([until, true, 'book']);
  });

  // Oracle 9,548 after the gap: maintenance ceil(95,480 x 3 %) = 2,865, the floor floor(2,865 x 50 %)
  // = 1,432; equity = collateral - 4,520.
  for (const [deposit, executed] of [[6_002, false], [6_001, true]] as const) {
    it(`equity ${deposit - 4_570} against the floor 1,432: ${executed ? 'below it, liquidated during the grace period' : 'exactly at it, still protected'}`, () => {
      const v = new Scenario({ policy: noGapHalt });
      aliceLong(v, deposit);
      const events = v.block([v.limit('carol', 'buy', 9_400, 10), v.liquidate('alice')], { dtUs: 15 * S, prices: { 1: 9_548 } });
      expect(bodies(events, 'liquidation').map((l) => [l.executed, l.reason, l.equityBefore, l.maintenanceBefore])).toEqual([[executed, executed ? 'book' : 'grace-period', deposit - 4_570, 2_865]]);
    });
  }
});

describe('the planted fund-cover-unbounded variant', () => {
  it('pays a flat account\'s whole deficit from a fund too small for it (the fund goes negative)', () => {
    const v = new Scenario({ insuranceFundSeed: 20, policy: { ...DEFAULT_POLICY, name: 'no-adl', adl: { enabled: false } }, variant: 'fund-cover-unbounded' });
    aliceLong(v);
    const events = v.block([v.limit('carol', 'buy', 9_000, 10), v.liquidate('alice')], { prices: { 1: 9_000 } });
    expect(bodies(events, 'liquidation')).toEqual([expect.objectContaining({ executed: true, reason: 'book', badDebt: 4_050, insuranceFundAfter: -4_030 })]);
    expect([v.collateral('alice'), v.state.badDebtTotal]).toEqual([0, 0]);
  });
});

describe('a liquidation that can close nothing is refused before it touches anything', () => {
  // alice long 10 @ 10,000 in market 1 (collateral 5,950) with a bid of 1 @ 9,000 resting in
  // market 2; market 1's book is empty. Oracle 9,400 in market 1: equity -50.
  function underwater(options: { fund?: number; adl?: boolean } = {}): Scenario {
    const v = new Scenario({ markets: 2, insuranceFundSeed: options.fund ?? 1_000_000, policy: { ...DEFAULT_POLICY, name: 'adl-test', adl: { enabled: options.adl ?? true } } });
    funded(v, { alice: 6_000, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10), v.limit('alice', 'buy', 9_000, 1, { market: 2, cid: 5 })]);
    return v;
  }
  const refusedUntouched = (v: Scenario, fund: number): void => {
    const events = v.block([v.liquidate('alice')], { prices: { 1: 9_400, 2: 10_000 } });
    expect(bodies(events, 'liquidation').map((l) => [l.executed, l.reason, l.badDebt, l.equityBefore, l.insuranceFundAfter])).toEqual([[false, 'no-liquidity', 0, -50, fund]]);
    expect(bodies(events, 'orderUpdate')).toEqual([]);
    expect(v.account('alice').exposure.get(2)).toMatchObject({ buyLots: 1, count: 1 });
    expect([v.state.insuranceFund, v.collateral('alice'), v.position('alice').sizeLots]).toEqual([fund, 5_950, 10]);
  };

  it('a fund that covers the deficit: no ADL is due, the orders in the other market stay', () => refusedUntouched(underwater(), 1_000_000));
  it('a fund of exactly the deficit covers it: no ADL is due', () => refusedUntouched(underwater({ fund: 50 }), 50));
  it('ADL off: none is due however short the fund', () => refusedUntouched(underwater({ fund: 20, adl: false }), 20));
});

describe('a short under water with ADL on: the book close stops at the price the fund covers', () => {
  it('short 10 @ 10,000, oracle 11,000, fund 20: an ask of 11,200 (within the slippage limit, past the covered price) is not taken; ADL closes all 10', () => {
    const v = new Scenario({ insuranceFundSeed: 20 });
    funded(v, { alice: 6_000, bob: 100_000, carol: 30_000, dave: 1_000_000 });
    v.block([v.limit('bob', 'buy', 10_000, 6), v.limit('carol', 'buy', 10_000, 4), v.limit('alice', 'sell', 10_000, 10)]);
    // Equity 5,950 - 10,000 = -4,050; the close may not pay more than floor((100,000 + 5,950 + 20) / 10)
    // = 10,597 a lot; the slippage limit is 11,330.
    const events = v.block([v.limit('dave', 'sell', 11_200, 3), v.liquidate('alice')], { prices: { 1: 11_000 } });
    expect(bodies(events, 'fill')).toEqual([]);
    expect(bodies(events, 'adl').reduce((sum, a) => sum + a.sizeLots, 0)).toBe(10);
    expect(bodies(events, 'liquidation')).toEqual([expect.objectContaining({ executed: true, reason: 'adl', sizeLots: 10, equityBefore: -4_050, insuranceFundAfter: 0 })]);
    expect([v.position('alice').sizeLots, v.position('dave').sizeLots]).toEqual([0, 0]);
  });
});

describe('ADL ranking', () => {
  it('an opposite account with equity <= 0 ranks after every one with equity > 0, whatever its index', () => {
    // erin (index before carol) is short 10 in market 1 and long 10 in market 2, which falls to
    // 7,300: her equity is negative. carol is short 4 in market 1. alice, long 10 in market 1, is
    // deleveraged at 9,000 with a fund of 20: carol first (4 lots), then erin (6).
    const v = new Scenario({ markets: 2, insuranceFundSeed: 20 });
    funded(v, { alice: 6_000, erin: 11_000, carol: 30_000, bob: 10_000_000 });
    v.block([
      v.limit('erin', 'sell', 10_000, 10),
      v.limit('alice', 'buy', 10_000, 10),
      v.limit('carol', 'sell', 10_000, 4),
      v.limit('bob', 'buy', 10_000, 4),
      v.limit('bob', 'sell', 10_000, 10, { market: 2 }),
      v.limit('erin', 'buy', 10_000, 10, { market: 2 }),
    ]);
    for (const price of [9_000, 8_100, 7_300]) v.block([], { prices: { 2: price } });
    expect(v.health('erin').equity).toBeLessThan(0);
    expect(v.health('carol').equity).toBeGreaterThan(0);
    const events = v.block([v.liquidate('alice', 1)], { prices: { 1: 9_000 } });
    expect(bodies(events, 'adl').map((a) => [a.counterpartyAccountId, a.sizeLots])).toEqual([
      ['carol', 4],
      ['erin', 6],
    ]);
  });

  it('equal scores go in account order: the lower index is deleveraged first', () => {
    // bob and carol (bob's index lower) are each short 6 @ 10,000 with the same deposit: the same
    // profit x leverage. alice's 10 lots: bob's 6 first, then 4 of carol's.
    const v = new Scenario({ insuranceFundSeed: 20 });
    funded(v, { alice: 6_000, bob: 30_000, carol: 30_000, dave: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 6), v.limit('carol', 'sell', 10_000, 6)]);
    v.block([v.limit('alice', 'buy', 10_000, 10), v.limit('dave', 'buy', 10_000, 2)]);
    expect([v.position('bob').sizeLots, v.position('carol').sizeLots, v.collateral('bob'), v.collateral('carol')]).toEqual([-6, -6, 30_006, 30_006]);
    const events = v.block([v.liquidate('alice')], { prices: { 1: 9_000 } });
    expect(bodies(events, 'adl').map((a) => [a.counterpartyAccountId, a.sizeLots])).toEqual([
      ['bob', 6],
      ['carol', 4],
    ]);
  });
});
