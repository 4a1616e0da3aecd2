/**
 * Rules of the uncross that auction.rules and uncross-mark.rules left open (found by mutation
 * testing of auction.ts): the reference price of the tie-break is the oracle, not the mark; the
 * fill guard lets an account end at exactly zero; it skips self-trades (they move no money, even
 * when the buy side alone would lose against the mark); it charges the fees the fill will charge
 * (rounded in the venue's favour, or the planted variant's way under that variant); and it counts
 * money in quote units (price x lots x quotePerTickLot).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, MARKET_ACTIVE, MARKET_AUCTION, type VenueConfig, type VenuePolicy, type VenueVariant } from '@faultline/venue';
import { bodies, funded, S, Scenario } from './venue-scenario.ts';

type Events = ReturnType<Scenario['block']>;
const keepOrders: VenuePolicy = { ...DEFAULT_POLICY, name: 'keep-orders', cancelOnHalt: { enabled: false } };

interface AuctionOptions {
  policy?: VenuePolicy;
  tweak?: (config: VenueConfig) => void;
  variant?: VenueVariant;
  before?: (v: Scenario) => ReturnType<Scenario['limit']>[];
  prices?: Record<number, number>;
}

/**
 * Funded at 1 s, `before` placed at 2 s, a 15 s gap halts the market at 17 s; at 22 s it opens the
 * auction, where `queue` is placed; the uncross is at 32 s (with `prices` from 23 s on). `before`:
 * the oracle and the mark the uncross reads (the previous block's).
 */
function auction(deposits: Record<string, number>, queue: (v: Scenario) => ReturnType<Scenario['limit']>[], o: AuctionOptions = {}) {
  const v = new Scenario({ ...(o.policy ? { policy: o.policy } : {}), ...(o.tweak ? { tweak: o.tweak } : {}), ...(o.variant ? { variant: o.variant } : {}) });
  funded(v, deposits);
  v.block(o.before?.(v) ?? []);
  v.block([], { dtUs: 15 * S });
  v.idle(4);
  v.block(queue(v));
  expect(v.market().state).toBe(MARKET_AUCTION);
  v.idle(9, o.prices ? { prices: o.prices } : {});
  const before = { oracleTicks: v.market().oracleTicks, markTicks: v.market().markTicks };
  const uncross = v.block([]);
  expect(v.market().state).toBe(MARKET_ACTIVE);
  return { v, uncross, before };
}
const fills = (events: Events) => bodies(events, 'fill').map((f) => [f.makerAccountId, f.takerAccountId, f.priceTicks, f.sizeLots, f.makerFee, f.takerFee]);
const updates = (events: Events) => bodies(events, 'orderUpdate').map((u) => [u.accountId, u.status, u.reason, u.remainingLots]);

describe('the reference price of the uncross', () => {
  it('is the oracle, though the mark stands away from it: 10,050 (50 from the oracle) over 10,100 (100 from it, 100 from the mark)', () => {
    // A 1 s EMA window: the basis follows the book's mid (10,200) at once, so the mark is 10,200
    // during the auction while the oracle stays at 10,000. Kept through the halt: dave's bid 1 @
    // 10,100, erin's ask 1 @ 10,300; queued: bob's ask 1 @ 10,050. 10,050 and 10,100 both match 1
    // with no imbalance.
    const { uncross, before } = auction({ bob: 1_000_000, dave: 1_000_000, erin: 1_000_000 }, (s) => [s.limit('bob', 'sell', 10_050, 1)], {
      policy: keepOrders,
      tweak: (config) => {
        (config.markets[0] as VenueConfig['markets'][number]).markEmaWindowUs = S;
      },
      before: (s) => [s.limit('dave', 'buy', 10_100, 1), s.limit('erin', 'sell', 10_300, 1)],
    });
    expect(before).toEqual({ oracleTicks: 10_000, markTicks: 10_200 });
    expect(bodies(uncross, 'auctionResult')).toEqual([expect.objectContaining({ priceTicks: 10_050, matchedLots: 1, imbalanceLots: 0 })]);
    expect(fills(uncross).map((f) => f.slice(0, 4))).toEqual([['dave', 'bob', 10_050, 1]]);
  });
});

describe('the fill guard of the uncross', () => {
  // The oracle rises to 11,000 during the auction: selling 10 at 10,000 loses 10,000 against it.
  it('lets an account end at exactly zero: bob (9,990) sells 10 as the older order and ends at 9,990 - 10,000 + 10 = 0', () => {
    const { v, uncross } = auction({ alice: 1_000_000, bob: 9_990 }, (s) => [s.limit('bob', 'sell', 10_000, 10), s.limit('alice', 'buy', 10_000, 10)], { prices: { 1: 11_000 } });
    expect(fills(uncross)).toEqual([['bob', 'alice', 10_000, 10, -10, 50]]);
    expect(v.health('bob').equity).toBe(0);
  });

  it('skips a self-trade, though its buy side alone would lose 10,000 against the fallen mark', () => {
    // The oracle falls to 9,000: alice (5,000) buying 10 at 10,000 from herself moves no money.
    const { v, uncross } = auction({ alice: 5_000 }, (s) => [s.limit('alice', 'buy', 10_000, 10), s.limit('alice', 'sell', 10_000, 10)], { prices: { 1: 9_000 } });
    expect(bodies(uncross, 'auctionResult')).toEqual([expect.objectContaining({ priceTicks: 10_000, matchedLots: 0 })]);
    expect(updates(uncross)).toEqual([
      ['alice', 'filled', 'auction', 0],
      ['alice', 'filled', 'auction', 0],
    ]);
    expect(fills(uncross)).toEqual([]);
    expect(v.collateral('alice')).toBe(5_000);
  });

  // bob sells 1 at 10,001 as the newer order: 999 lost against the 11,000 mark, the taker fee on
  // 10,001 is 5.0005, 6 rounded in the venue's favour.
  it('charges the taker fee rounded up, as the fill will: with 1,004 bob would end at 1,004 - 999 - 6 = -1 and is cancelled', () => {
    const { uncross } = auction({ alice: 1_000_000, bob: 1_004 }, (s) => [s.limit('alice', 'buy', 10_001, 1), s.limit('bob', 'sell', 10_001, 1)], { prices: { 1: 11_000 } });
    expect(updates(uncross)[0]).toEqual(['bob', 'cancelled', 'undercollateralized', 0]);
    expect(fills(uncross)).toEqual([]);
  });

  it('with 1,005 bob ends at 0 and fills', () => {
    const { v, uncross } = auction({ alice: 1_000_000, bob: 1_005 }, (s) => [s.limit('alice', 'buy', 10_001, 1), s.limit('bob', 'sell', 10_001, 1)], { prices: { 1: 11_000 } });
    expect(fills(uncross)).toEqual([['alice', 'bob', 10_001, 1, -1, 6]]);
    expect(v.health('bob').equity).toBe(0);
  });

  it('under the fee-rounding variant it rounds the fee the way the fill will (down): with 1,004 bob ends at 0 and fills', () => {
    const { v, uncross } = auction({ alice: 1_000_000, bob: 1_004 }, (s) => [s.limit('alice', 'buy', 10_001, 1), s.limit('bob', 'sell', 10_001, 1)], {
      prices: { 1: 11_000 },
      variant: 'fee-rounding-trader-favour',
    });
    expect(fills(uncross)).toEqual([['alice', 'bob', 10_001, 1, -2, 5]]);
    expect(v.health('bob').equity).toBe(0);
  });

  it('counts in quote units, price x lots x quotePerTickLot: at 10 per tick-lot bob (100,499) would end at 100,499 - 100,000 - 500 = -1', () => {
    const tweak = (config: VenueConfig) => {
      (config.markets[0] as VenueConfig['markets'][number]).quotePerTickLot = 10;
    };
    const { uncross } = auction({ alice: 10_000_000, bob: 100_499 }, (s) => [s.limit('alice', 'buy', 10_000, 10), s.limit('bob', 'sell', 10_000, 10)], { prices: { 1: 11_000 }, tweak });
    expect(updates(uncross)[0]).toEqual(['bob', 'cancelled', 'undercollateralized', 0]);
    const { v, uncross: filled } = auction({ alice: 10_000_000, bob: 100_500 }, (s) => [s.limit('alice', 'buy', 10_000, 10), s.limit('bob', 'sell', 10_000, 10)], { prices: { 1: 11_000 }, tweak });
    expect(fills(filled)).toEqual([['alice', 'bob', 10_000, 10, -100, 500]]);
    expect(v.health('bob').equity).toBe(0);
  });
});
