/**
 * The order reserve's assertions fire, each on the corruption it names (found by mutation
 * testing of margin.ts: no test broke the books of an account's resting orders, so an assertion
 * reduced to `true` went unnoticed). Each case reserves real orders on a real account and
 * market, corrupts one field of the exposure by hand (the engine never does: that is what the
 * assertions guard), then releases: the assertion throws a VenueAssertionError naming it.
 */
import { describe, expect, it } from 'vitest';
import { SIDE_BUY, SIDE_SELL, VenueAssertionError } from '@faultline/venue';
import { releaseLots, releaseOrder, reserveOrder } from '../src/margin.ts';
import type { OrderExposure } from '../src/state.ts';
import { funded, Scenario } from './venue-scenario.ts';

/** carol, funded, with no order; the market at mark 10,000. */
function carol() {
  const v = new Scenario();
  funded(v, { carol: 1_000_000 });
  const account = v.account('carol');
  const market = v.market();
  const reserve = (orderId: number, side: 'buy' | 'sell', lots: number, reduceOnly = false, priceTicks = 9_000) =>
    reserveOrder(account, market, orderId, { side: side === 'buy' ? SIDE_BUY : SIDE_SELL, priceTicks, lots, clientOrderId: orderId, reduceOnly });
  const exposure = (): OrderExposure => account.exposure.get(1) as OrderExposure;
  const release = (orderId: number, lots: number) => () => releaseLots(account, market, orderId, lots);
  return { account, market, reserve, exposure, release };
}

/** Runs `action` once (a release changes the exposure before its assertions). */
function fails(action: () => void, message: string): void {
  let error: unknown;
  try {
    action();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(VenueAssertionError);
  expect((error as Error).message).toBe(message);
}

describe('reserving and releasing an order', () => {
  it('an order of 0 lots is never reserved; an order that holds no reserve is never released', () => {
    const c = carol();
    fails(() => c.reserve(5, 'buy', 0), 'reserve of order 5 with 0 lots');
    fails(() => releaseOrder(c.account, c.market, 99), 'release of order 99, which holds no reserve');
  });
});

describe('a negative reserve after a release', () => {
  const cases: Array<[string, 'buy' | 'sell', (e: OrderExposure) => void]> = [
    ['buy lots', 'buy', (e) => void (e.buyLots = 1)],
    ['sell lots', 'sell', (e) => void (e.sellLots = 1)],
    ['the order count', 'buy', (e) => void (e.count = 0)],
  ];
  for (const [what, side, corrupt] of cases) {
    it(`${what} below the order's lots: negative reserve`, () => {
      const c = carol();
      c.reserve(1, side, 2);
      c.reserve(2, side, 3);
      corrupt(c.exposure());
      fails(c.release(1, 2), 'negative reserve of account carol');
    });
  }

  it('the cached order loss below the order\'s loss: negative reserve', () => {
    const c = carol();
    // A bid at 10,300 against the mark 10,000 loses 300 a lot; the cache is at this mark.
    expect(c.market.markTicks).toBe(10_000);
    c.reserve(1, 'buy', 2, false, 10_300);
    c.reserve(2, 'buy', 1, false, 9_000);
    c.exposure().lossAtMarkTicks = 10_000;
    c.exposure().lossQuote = 100;
    fails(c.release(1, 1), 'negative reserve of account carol');
  });
});

describe('a reduce-only reserve outside its side\'s after a release', () => {
  const cases: Array<[string, 'buy' | 'sell', boolean, (e: OrderExposure) => void]> = [
    ['reduce-only buys below zero', 'buy', true, (e) => void (e.reduceOnlyBuyLots = 1)],
    ['reduce-only buys above the buys', 'buy', false, (e) => void (e.reduceOnlyBuyLots = 5)],
    ['reduce-only sells below zero', 'sell', true, (e) => void (e.reduceOnlySellLots = 1)],
    ['reduce-only sells above the sells', 'sell', false, (e) => void (e.reduceOnlySellLots = 5)],
  ];
  for (const [what, side, reduceOnly, corrupt] of cases) {
    it(what, () => {
      const c = carol();
      c.reserve(1, side, 2, reduceOnly);
      c.reserve(2, side, 3);
      corrupt(c.exposure());
      fails(c.release(1, 2), 'reduce-only reserve of account carol outside its side\'s');
    });
  }
});

describe('a reserve left behind when the last order goes', () => {
  it('buy lots left: keeps a reserve with no order', () => {
    const c = carol();
    c.reserve(1, 'buy', 2);
    c.exposure().buyLots = 3;
    fails(c.release(1, 2), 'account carol keeps a reserve with no order');
  });

  it('an order left in the map while the count says none: keeps a reserve with no order', () => {
    const c = carol();
    c.reserve(1, 'buy', 2);
    c.reserve(2, 'buy', 2);
    c.exposure().buyLots = 2;
    c.exposure().count = 1;
    fails(c.release(1, 2), 'account carol keeps a reserve with no order');
  });

  it('an order loss left in the cache at the current mark: keeps an order loss with no order', () => {
    const c = carol();
    c.reserve(1, 'buy', 2);
    c.exposure().lossAtMarkTicks = c.market.markTicks;
    c.exposure().lossQuote = 100;
    fails(c.release(1, 2), 'account carol keeps an order loss of 100 with no order');
  });
});
