/**
 * The solvency referee finds the holes of issue 17 by name. Each scenario runs on the engine
 * with a planted variant that re-creates the hole (on the engine before the margin model the
 * hole is simply there); the numbers are the issue's.
 * Market: 1 lot x 1 tick = 1 unit, initial margin 5 %, maintenance 3 %, taker fee 500 ppm,
 * maker rebate 100 ppm, price band ±10 %, liquidation slippage 3 %.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@faultline/venue';
import { RefereeScript } from './referee-script.ts';

describe('the solvency referee', () => {
  it('resting-reserve-forgotten: ten bids that pass alone are covered together by nobody (admission-margin), and the fill hides a deficit (no-hidden-deficit)', () => {
    const v = new RefereeScript({ variant: 'resting-reserve-forgotten' });
    v.block([v.deposit('alice', 59_000), v.deposit('bob', 1_000_000)]);
    // Each bid: 5 % x 10 x 10,000 = 5,000 initial margin + 10 x 900 = 9,000 lost at the limit.
    // Ten of them need 140,000; the referee flags the fifth (70,000 > 59,000).
    const bids = v.block(Array.from({ length: 10 }, () => v.limit('alice', 'buy', 10_900, 10)));
    expect(v.events.filter((e) => e.kind === 'orderUpdate' && e.orderUpdate.status === 'resting')).toHaveLength(10);
    expect(bids.map((x) => x.invariant)).toContain('admission-margin');
    expect(bids.find((x) => x.invariant === 'admission-margin')?.detail).toMatch(/accepted order of alice leaves equity 59000 < requirement 70000/);
    // bob sells 100 into them: alice's equity 59,000 - 90,000 + rebate → about -30,900.
    const fill = v.block([v.limit('bob', 'sell', 10_900, 100, { tif: 2 })]);
    expect(fill.map((x) => x.invariant)).toContain('no-hidden-deficit');
  });

  it('withdrawal-ignores-resting: 15,000 of 20,000 withdrawn with a bid resting at 10,900 (admission-margin)', () => {
    const v = new RefereeScript({ variant: 'withdrawal-ignores-resting' });
    v.block([v.deposit('alice', 20_000)]);
    expect(v.block([v.limit('alice', 'buy', 10_900, 10)])).toEqual([]);
    const found = v.block([v.withdraw('alice', 15_000)]);
    expect(v.events.filter((e) => e.kind === 'txRejected')).toEqual([]);
    // Requirement 5,000 + 9,000 = 14,000 > equity 5,000.
    expect(found).toEqual([expect.objectContaining({ invariant: 'admission-margin', detail: expect.stringMatching(/withdrawal of alice leaves equity 5000 < requirement 14000/) })]);
  });

  it('reduce-only-unchecked: a 20x long sells reduce-only through its bankruptcy price and ends flat below zero (no-hidden-deficit, admission-margin)', () => {
    const v = new RefereeScript({ variant: 'reduce-only-unchecked' });
    v.block([v.deposit('alice', 10_000), v.deposit('bob', 1_000_000), v.deposit('carol', 1_000_000)]);
    v.block([v.limit('carol', 'sell', 10_000, 19), v.limit('alice', 'buy', 10_000, 19)]);
    expect(v.named()).toEqual([]);
    // bob bids at the band's edge; alice sells reduce-only IOC into it: -19 x 1,000 on 9,905.
    const found = v.block([v.limit('bob', 'buy', 9_000, 19), v.limit('alice', 'sell', 9_000, 19, { tif: 2, reduceOnly: true })]);
    expect(v.events.some((e) => e.kind === 'fill' && e.fill.takerAccountId === 'alice')).toBe(true);
    expect([...new Set(found.map((x) => x.invariant))].sort()).toEqual(['admission-margin', 'no-hidden-deficit']);
    expect(found.map((x) => x.detail)).toContainEqual(expect.stringMatching(/alice ends the block flat at equity -9\d{3} with 0 recorded as bad debt/));
  });

  it('liquidation-past-bankruptcy: with an empty fund the close fills 3 % below the mark, past the bankruptcy price, and leaves bad debt ADL could have covered (no-hidden-deficit)', () => {
    const v = new RefereeScript({ variant: 'liquidation-past-bankruptcy', insuranceFundSeed: 0 });
    v.block([v.deposit('alice', 10_000), v.deposit('bob', 1_000_000), v.deposit('carol', 1_000_000)]);
    v.block([v.limit('carol', 'sell', 10_000, 19), v.limit('alice', 'buy', 10_000, 19)]);
    // Oracle 9,600: alice's equity 9,905 - 7,600 = 2,305 < maintenance 5,472; bankruptcy ≈ 9,479.
    // bob bids at the liquidation limit ceil(9,600 x 0.97) = 9,312: the close loses 5,472 more.
    v.price = 9_600;
    const found = v.block([v.limit('bob', 'buy', 9_312, 19), v.liquidate('alice')]);
    expect(v.events.find((e) => e.kind === 'liquidation')).toMatchObject({ liquidation: { executed: true, reason: 'book', insuranceFundAfter: 0 } });
    // Seen twice: at the fill (closing there leaves -3,167 with an empty fund) and when the account ends flat in deficit.
    expect(found).toEqual([
      expect.objectContaining({ invariant: 'no-hidden-deficit', detail: expect.stringMatching(/liquidation fill \d+ of alice at 9312: closing the position there leaves equity -3167, beyond the fund's 0/) }),
      expect.objectContaining({ invariant: 'no-hidden-deficit', detail: expect.stringMatching(/alice closed flat at equity -3167 \(the fund 0\) although ADL could have taken the rest/) }),
    ]);
  });

  it('a healthy history raises nothing: deposits, a spread, a trade, a withdrawal within free collateral, a liquidation of an underwater account with ADL', () => {
    const v = new RefereeScript({ insuranceFundSeed: 20 });
    v.block([v.deposit('alice', 6_000), v.deposit('bob', 100_000), v.deposit('carol', 30_000), v.deposit('dave', 1_000_000)]);
    v.block([v.limit('bob', 'sell', 10_000, 6), v.limit('carol', 'sell', 10_000, 4), v.limit('alice', 'buy', 10_000, 10)]);
    v.block([v.limit('dave', 'buy', 9_990, 5), v.limit('dave', 'sell', 10_010, 5), v.withdraw('bob', 1_000)]);
    v.price = 9_000;
    v.block([v.limit('dave', 'buy', 8_800, 3), v.liquidate('alice')]);
    expect(v.named()).toEqual([]);
    expect(v.referee.problems).toEqual([]);
  });

  it('without ADL a closed account may keep its deficit, recorded as bad debt', () => {
    const v = new RefereeScript({ insuranceFundSeed: 20, policy: { ...DEFAULT_POLICY, name: 'no-adl', adl: { enabled: false } } });
    v.block([v.deposit('alice', 6_000), v.deposit('bob', 100_000), v.deposit('carol', 1_000_000)]);
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    v.price = 9_000;
    v.block([v.limit('carol', 'buy', 9_000, 10), v.liquidate('alice')]);
    v.block([]);
    expect(v.named()).toEqual([]);
  });
});
