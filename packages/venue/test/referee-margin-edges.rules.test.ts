/**
 * Two more of the referee's rules pinned by numbers (referee/referee.ts, found by mutation
 * testing): a liquidation's close fill is judged with the contract multiplier (the position still
 * open valued at the fill price: its equity at the mark plus size x (price - mark) x multiplier),
 * and an accepted order that widens the worse side of an account under its initial margin is an
 * admission violation even when its equity per maintenance improves (dYdX's ratio rule applies
 * only when no side grows).
 */
import { describe, expect, it } from 'vitest';
import { type VenueConfig } from '@faultline/venue';
import { bodies, funded, IOC, Scenario } from './venue-scenario.ts';
import { Recorder } from './referee-recorder.ts';

describe('a liquidation close fill with a multiplier of 2', () => {
  it('is judged with the position still open valued at the fill price: 5 of 10 lots sold at 9,300 (mark 9,000) leave 900 = -2,100 + 5 x 300 x 2, no hidden deficit with an empty fund', () => {
    const v = new Scenario({ insuranceFundSeed: 0, tweak: (c) => ((c.markets[0] as VenueConfig['markets'][number]).quotePerTickLot = 2) });
    funded(v, { alice: 15_000, bob: 1_000_000, dave: 1_000_000, erin: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10), v.limit('dave', 'buy', 9_300, 5), v.limit('erin', 'buy', 9_300, 5)]);
    v.block([], { prices: { 1: 9_000 } });
    expect(v.state.insuranceFund).toBe(0);
    // Scenario.block fails on any violation, the referee's no-hidden-deficit included: at the first
    // fill alice is at -5,100 + 5 x 300 x 2 = -2,100 at the mark, 900 with her other 5 lots at 9,300.
    v.block([v.liquidate('alice')]);
    const [l] = bodies(v.events, 'liquidation');
    expect([l?.executed, l?.equityBefore, l?.badDebt]).toEqual([true, -5_100, 0]);
    expect(bodies(v.events, 'fill').map((f) => `${f.makerAccountId} ${f.priceTicks} ${f.sizeLots}`)).toEqual(['dave 9300 5', 'erin 9300 5']);
    expect(v.monitor.refereeUnjudged).toBeUndefined();
  });
});

describe('an order that widens the worse side under the initial margin', () => {
  it('is a violation although equity / maintenance rises (the referee reads the reduce-only sell as a buy at 9,000)', () => {
    const v = new Recorder();
    v.block([v.deposit('alice', 6_000), v.deposit('bob', 100_000)]);
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    v.price = 9_800;
    v.block([v.limit('bob', 'buy', 9_800, 1)]);
    v.block([v.limit('alice', 'sell', 9_800, 1, { tif: IOC, reduceOnly: true })]);
    expect(v.judge()).toEqual({ found: [], problems: [] });
    const { found } = v.judge((events) => {
      for (const e of events) if (e.kind === 'fill') Object.assign(e.fill, { takerSide: 1, priceTicks: 9_000 });
    });
    // Before: long 10 at 9,800, equity 3,950, maintenance 2,940 (ratio 1.34); after: long 11, equity 4,745, maintenance 3,234 (ratio 1.47).
    expect(found).toEqual(['admission-margin: accepted order of alice leaves equity 4745 < requirement 5390 (with resting orders\' worst case; before: equity 3950, requirement 4900)']);
  });
});
