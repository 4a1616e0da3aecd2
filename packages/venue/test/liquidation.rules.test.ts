/**
 * Liquidation rules the scripted scenarios leave open (found by mutation testing of
 * liquidation.ts): which refusal an unknown account or market gets, which market a liquidation
 * of "market 0" (the largest position) picks, and the planted `liquidate-without-recheck`
 * variant's own branch (it trusts the liquidator's view: any observed mark > 0 is "unhealthy").
 */
import { describe, expect, it } from 'vitest';
import { bodies, funded, Scenario } from './venue-scenario.ts';

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
