/**
 * The mark's basis EMA and book price, by hand-computed numbers (found by mutation testing of
 * oracle.ts): each block moves the EMA by (sample - EMA) x elapsed / window, toward the sample;
 * before any trade the book's price is the mid, not the median of bid, ask and a last trade of 0.
 */
import { describe, expect, it } from 'vitest';
import type { VenueConfig } from '@faultline/venue';
import { funded, S, Scenario } from './venue-scenario.ts';

const market = (c: VenueConfig) => c.markets[0] as VenueConfig['markets'][number];

describe('the basis EMA', () => {
  it('steps by (sample - EMA) x 1 s / 150 s each block, toward the sample: 1,333,333 then 2,657,777', () => {
    const v = new Scenario();
    funded(v, { bob: 1_000_000 });
    v.block([v.limit('bob', 'buy', 10_100, 1), v.limit('bob', 'sell', 10_300, 1)]); // mid 10,200: sample 200 x 10^6
    expect(v.market().basisEmaTicksE6).toBe(0);
    v.block([]);
    expect(v.market().basisEmaTicksE6).toBe(1_333_333); // floor(200,000,000 / 150)
    v.block([]);
    expect(v.market().basisEmaTicksE6).toBe(2_657_777); // + floor((200,000,000 - 1,333,333) / 150)
    v.block([], { dtUs: 3 * S });
    expect(v.market().basisEmaTicksE6).toBe(2_657_777 + Math.floor(((200_000_000 - 2_657_777) * 3) / 150));
  });
});

describe('the book price before any trade', () => {
  it('is the mid: with a 1 s window the mark is median(10,000, 10,200, 10,200) = 10,200, not the bid', () => {
    const v = new Scenario({ tweak: (c) => void (market(c).markEmaWindowUs = S) });
    funded(v, { bob: 1_000_000 });
    v.block([v.limit('bob', 'buy', 10_100, 1), v.limit('bob', 'sell', 10_300, 1)]);
    v.block([]);
    expect([v.market().lastTradeTicks, v.market().basisEmaTicksE6, v.market().markTicks]).toEqual([0, 200_000_000, 10_200]);
  });
});
