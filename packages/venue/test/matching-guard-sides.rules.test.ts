/**
 * The fill guard's maker check in quote units and on the sell side (found by mutation testing of
 * matching.ts). A maker's fill goes ahead when its equity after the fill — its gain against the
 * mark (a bid: mark − price, an ask: price − mark, times lots times k) less its fee on the
 * notional (price x lots x k) — is >= 0, exactly 0 included; below 0 the maker's order is cancelled.
 * (A rebate that rounds to nothing is reported as -0: `makerFee + 0` below reads it as 0.)
 */
import { describe, expect, it } from 'vitest';
import type { VenueConfig } from '@faultline/venue';
import { bodies, funded, Scenario } from './venue-scenario.ts';

function outcome(events: ReturnType<Scenario['block']>) {
  return {
    fills: bodies(events, 'fill').map((f) => [f.makerAccountId, f.sizeLots, f.priceTicks, f.makerFee + 0]),
    bob: bodies(events, 'orderUpdate').filter((u) => u.accountId === 'bob').map((u) => [u.status, u.reason]),
  };
}

describe('the maker check at k = 10 quote units a tick-lot', () => {
  it('bob bids 1 @ 10,100 with 7,000; oracle 9,399: 7,000 + (9,399 - 10,100) x 10 = -10, plus his rebate floor(101,000 x 100 ppm) = 10: exactly 0 — it fills', () => {
    const v = new Scenario({ tweak: (c: VenueConfig) => void ((c.markets[0] as VenueConfig['markets'][number]).quotePerTickLot = 10) });
    funded(v, { alice: 10_000_000, bob: 7_000 });
    v.block([v.limit('bob', 'buy', 10_100, 1)]);
    const events = v.block([v.limit('alice', 'sell', 10_100, 1)], { prices: { 1: 9_399 } });
    expect(v.market().markTicks).toBe(9_399);
    expect(outcome(events)).toEqual({ fills: [['bob', 1, 10_100, -10]], bob: [['filled', '']] });
    expect(v.health('bob').equity).toBe(0);
  });
});

describe('the maker check on the sell side', () => {
  it('bob asks 1 @ 9,900 with 700; oracle 10,602: 700 + (9,900 - 10,602) = -2, rebate floor(0.99) = 0 — his ask is cancelled, nothing fills', () => {
    const v = new Scenario();
    funded(v, { alice: 10_000_000, bob: 700 });
    v.block([v.limit('bob', 'sell', 9_900, 1)]);
    const events = v.block([v.limit('alice', 'buy', 9_900, 1)], { prices: { 1: 10_602 } });
    expect(v.market().markTicks).toBe(10_602);
    expect(outcome(events)).toEqual({ fills: [], bob: [['cancelled', 'undercollateralized']] });
  });

  it('with 702 instead: 702 - 702 = 0 — it fills', () => {
    const v = new Scenario();
    funded(v, { alice: 10_000_000, bob: 702 });
    v.block([v.limit('bob', 'sell', 9_900, 1)]);
    const events = v.block([v.limit('alice', 'buy', 9_900, 1)], { prices: { 1: 10_602 } });
    expect(outcome(events)).toEqual({ fills: [['bob', 1, 9_900, 0]], bob: [['filled', '']] });
  });
});
