/**
 * Two more rules of checks.ts found by mutation testing:
 * - finish() does not report twice what the last check already judged: after a check that found
 *   conservation and open interest broken, the same sums at the same height report nothing more;
 * - fees-venue-favour is exact beyond 2^53 (the BigInt path: doubles call this fee fine), and a
 *   taker charged nothing — a liquidation's close, which pays no taker fee — is not judged.
 */
import { describe, expect, it } from 'vitest';
import { SIDE_BUY, VenueMonitor, type FillEvent } from '@faultline/venue';
import { feeProblem } from '../src/checks.ts';
import { funded, Scenario } from './venue-scenario.ts';

const EMPTY = { timeUs: 0, txs: [] };

describe('finish() after a check that already reported', () => {
  it('the same broken sums at the same height are not reported again', () => {
    const v = new Scenario({ markets: 2 });
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 2), v.limit('alice', 'buy', 10_000, 2), v.limit('bob', 'buy', 10_000, 1, { market: 2 }), v.limit('alice', 'sell', 10_000, 1, { market: 2 })]);
    (v.account('alice').positions.get(1) as { sizeLots: number }).sizeLots = 3;
    (v.account('bob').positions.get(2) as { sizeLots: number }).sizeLots = 4;
    (v.account('alice').positions.get(2) as { sizeLots: number }).sizeLots = -2;
    v.state.totalDeposits += 1;
    const monitor = new VenueMonitor();
    expect(monitor.checkState(v.state, v.state.height, [], EMPTY).map((x) => x.detail)).toEqual([
      'balances + fund + fees = 3000000, deposits - withdrawals = 3000001 (off by -1)',
      'market 1: long 3 lots, short 2 lots',
      'market 2: long 4 lots, short 2 lots',
    ]);
    expect(monitor.finish(v.state)).toEqual([]);
  });
});

describe('fees-venue-favour beyond 2^53', () => {
  const fill = (f: Partial<FillEvent>): FillEvent => ({ fillId: 1, height: 2, marketId: 1, makerOrderId: 1, takerOrderId: 2, makerAccountId: 'm', takerAccountId: 't', takerSide: SIDE_BUY, priceTicks: 1, sizeLots: 1, makerFee: 0, takerFee: 0, ...f });

  it('a taker fee one unit below the exact ceiling is caught where doubles round it away', () => {
    // notional 1,099,511,627,799 x 8,199 > 2^53; exact fee at 500 ppm: ceil(notional x 500 / 10^6) = 4,507,447,918,163.
    const f = fill({ priceTicks: 1_099_511_627_799, sizeLots: 8_199 });
    const exact = (1_099_511_627_799n * 8_199n * 500n + 999_999n) / 1_000_000n;
    expect(feeProblem(f, 'taker', Number(exact), 500, 1)).toBeUndefined();
    expect(feeProblem(f, 'taker', Number(exact) - 1, 500, 1)).toBe(`fill 1: taker fee ${exact - 1n} for notional ${1_099_511_627_799n * 8_199n} at 500 ppm`);
  });

  it('a taker charged nothing (a liquidation\'s close) is not judged; a maker charged nothing against a rebate is', () => {
    const f = fill({ priceTicks: 10_000, sizeLots: 3 });
    expect(feeProblem(f, 'taker', 0, 500, 1)).toBeUndefined();
    expect(feeProblem(f, 'maker', 0, -100, 1)).toBe('fill 1: maker fee 0 for notional 30000 at -100 ppm');
    expect(feeProblem(f, 'maker', 0, 0, 1)).toBeUndefined();
    expect(feeProblem(f, 'maker', 1, 0, 1)).toBe('fill 1: maker fee 1 for notional 30000 at 0 ppm');
  });
});
