/**
 * The three rewritten checks see what the old ones could not. Each planted variant keeps the
 * engine's own report consistent with its mistake, so the old check (which read that report)
 * passes, while the referee — from the block's transactions, events and marks — fails it by name.
 */
import { describe, expect, it } from 'vitest';
import { RefereeScript } from './referee-script.ts';

describe('the rewritten checks fire on variants the old checks could not see', () => {
  it('liquidation-equity-omits-pnl: a healthy account (equity 6,950, maintenance 3,150) liquidated on its collateral (1,950) — liquidation-recheck', () => {
    const v = new RefereeScript({ variant: 'liquidation-equity-omits-pnl' });
    v.block([v.deposit('alice', 6_000), v.deposit('bob', 1_000_000), v.deposit('carol', 1_000_000)]);
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    // +5 %: alice's unrealized +5,000 lets her withdraw 4,000 of her 5,950 collateral (equity 6,950 > IM 5,250).
    v.price = 10_500;
    v.block([v.limit('carol', 'buy', 10_400, 20), v.limit('carol', 'sell', 10_600, 20), v.withdraw('alice', 4_000)]);
    const found = v.block([v.liquidate('alice')]);
    const result = v.events.find((e) => e.kind === 'liquidation');
    // The engine's own report is consistent with its mistake: the old check (equityBefore < maintenanceBefore) passes.
    expect(result).toMatchObject({ liquidation: { executed: true, equityBefore: 1_950, maintenanceBefore: 3_150 } });
    expect(found.map((x) => x.invariant)).toContain('liquidation-recheck');
    expect(found.filter((x) => x.invariant === 'liquidation-recheck').map((x) => x.detail)).toEqual([
      expect.stringMatching(/liquidation of alice \(executed\) judged equity 1950; the referee's at the mark is 6950/),
      expect.stringMatching(/alice liquidated with equity 6950 >= maintenance 3150/),
    ]);
  });

  it('liquidation-equity-omits-pnl: an unhealthy account (a 5,000 loss) refused as healthy on its collateral — liquidation-recheck from the equity the engine judged on', () => {
    const v = new RefereeScript({ variant: 'liquidation-equity-omits-pnl' });
    v.block([v.deposit('alice', 6_000), v.deposit('bob', 1_000_000), v.deposit('carol', 1_000_000)]);
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    v.price = 9_500;
    const found = v.block([v.limit('carol', 'buy', 9_400, 20), v.liquidate('alice')]);
    // Refused: nothing executed, so the executed-liquidation check has nothing to see; the report is the tell.
    expect(v.events.find((e) => e.kind === 'liquidation')).toMatchObject({ liquidation: { executed: false, reason: 'healthy-at-execution' } });
    expect(found.map((x) => x.invariant)).toEqual(['liquidation-recheck']);
    expect(found[0]?.detail).toMatch(/liquidation of alice \(healthy-at-execution\) judged equity \d+; the referee's at the mark is \d+/);
    // The correct engine executes it, its report agreeing with the referee.
    const correct = new RefereeScript();
    correct.block([correct.deposit('alice', 6_000), correct.deposit('bob', 1_000_000), correct.deposit('carol', 1_000_000)]);
    correct.block([correct.limit('bob', 'sell', 10_000, 10), correct.limit('alice', 'buy', 10_000, 10)]);
    correct.price = 9_500;
    expect(correct.block([correct.limit('carol', 'buy', 9_400, 20), correct.liquidate('alice')])).toEqual([]);
    expect(correct.events.find((e) => e.kind === 'liquidation')).toMatchObject({ liquidation: { executed: true } });
  });

  it('liquidation-past-bankruptcy with ADL taking the rest: the close fills 10 of 19 lots at 9,312 (bankruptcy ~9,479, empty fund), ADL ends the account at zero — no-hidden-deficit at the fill', () => {
    const run = (variant?: 'liquidation-past-bankruptcy') => {
      const v = new RefereeScript({ ...(variant ? { variant } : {}), insuranceFundSeed: 0 });
      v.block([v.deposit('alice', 10_000), v.deposit('bob', 1_000_000), v.deposit('carol', 1_000_000)]);
      v.block([v.limit('carol', 'sell', 10_000, 19), v.limit('alice', 'buy', 10_000, 19)]);
      v.price = 9_600;
      const found = v.block([v.limit('bob', 'buy', 9_312, 10), v.liquidate('alice')]);
      return { v, found };
    };
    const { v, found } = run('liquidation-past-bankruptcy');
    expect(v.events.filter((e) => e.kind === 'adl').length).toBeGreaterThan(0);
    expect(v.events.find((e) => e.kind === 'liquidation')).toMatchObject({ liquidation: { executed: true, reason: 'book+adl' } });
    expect(found.map((x) => x.invariant)).toEqual(['no-hidden-deficit']);
    expect(found[0]?.detail).toMatch(/liquidation fill \d+ of alice at 9312: closing the position there leaves equity -\d+, beyond the fund's 0/);
    // The correct engine closes nothing past the bankruptcy price: all 19 lots by ADL, nothing to judge.
    expect(run().found).toEqual([]);
  });

  it('adl-before-fund-exhausted: with 1,000,000 in the fund a 4,650 deficit is deleveraged, the fund handed over first — adl-after-fund-exhausted, fund-pays-only-bad-debt', () => {
    const v = new RefereeScript({ variant: 'adl-before-fund-exhausted' });
    v.block([v.deposit('alice', 6_000), v.deposit('bob', 100_000), v.deposit('carol', 30_000), v.deposit('dave', 1_000_000)]);
    v.block([v.limit('bob', 'sell', 10_000, 6), v.limit('carol', 'sell', 10_000, 4), v.limit('alice', 'buy', 10_000, 10)]);
    v.price = 9_000;
    const found = v.block([v.limit('dave', 'buy', 8_800, 3), v.liquidate('alice')]);
    const adl = v.events.filter((e) => e.kind === 'adl');
    // The old check read insuranceFundBefore from the ADL event: the engine had just set it to 0.
    expect(adl.length).toBeGreaterThan(0);
    expect(adl.every((e) => e.kind === 'adl' && e.adl.insuranceFundBefore === 0)).toBe(true);
    expect([...new Set(found.map((x) => x.invariant))].sort()).toEqual(['adl-after-fund-exhausted', 'fund-pays-only-bad-debt']);
    expect(found.find((x) => x.invariant === 'adl-after-fund-exhausted')?.detail).toMatch(/ADL of alice \(deficit 4650 at the mark\) while the fund, as recorded before the block plus this block's flows, holds 1000000/);
  });

  it('oracle-stale-as-fresh: reports observed 9 s before their block are stale 2 s later, yet priced — oracle-fresh-quorum-median', () => {
    const v = new RefereeScript({ variant: 'oracle-stale-as-fresh' });
    v.block([v.deposit('alice', 10_000)]);
    // Two of three oracles deliver reports observed 9 s ago (accepted: within the 10 s window); the third is silent.
    // (9 s after the first block, so they are not older than the reports already kept.)
    const late = (oracleId: string) => (oracleId === 'oracle-3' ? undefined : { priceTicks: 10_000, observedAtUs: v.timeUs - 9_000_000 });
    expect(v.block([], { dtUs: 9_000_000, reports: late })).toEqual([]);
    expect(v.events.filter((e) => e.kind === 'txRejected')).toEqual([]);
    const found = v.block([], { dtUs: 2_000_000, reports: () => undefined });
    // The engine kept the delivery time: its own record looks fresh, so the old check passed.
    expect(v.state.oracleReports.get('oracle-1')?.get(1)?.observedAtUs).toBe(v.timeUs - 2_000_000);
    expect(found).toEqual([expect.objectContaining({ invariant: 'oracle-fresh-quorum-median', detail: expect.stringMatching(/market 1: price 10000 with 0 fresh signed reports, quorum 2/) })]);
  });
});
