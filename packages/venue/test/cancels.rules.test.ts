/**
 * The user's cancels, rule by rule (found by mutation testing of cancels.ts: no focused test sent a
 * cancel-all, cancelled a queued auction order, or read which order a client order id picks):
 * - cancel-all cancels every order of the account in the named market (0: every market) and only
 *   those, in order-id order — also on a venue restored from a snapshot, whose exposures are
 *   rebuilt in book order; an unknown market is refused;
 * - a cancel by client order id takes the account's lowest order id with that client order id;
 *   order id 0 with client order id 0 names nothing and is refused; a negative order id is unknown;
 * - queued auction orders cancel like resting ones, the first in the queue too;
 * - a halt during the auction cancels the queue (cancel-on-halt); the planted keep-orders-on-halt
 *   variant keeps the book.
 */
import { describe, expect, it } from 'vitest';
import { encodeSnapshot, MARKET_AUCTION, MARKET_HALTED, restoreSnapshot, type VenueState } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { bodies, details, funded, rejections, S, Scenario } from './venue-scenario.ts';

type Events = ReturnType<Scenario['block']>;
const cancelled = (events: Events) =>
  bodies(events, 'orderUpdate').filter((u) => u.status === 'cancelled').map((u) => [u.accountId, u.marketId, u.clientOrderId, u.reason]);
const openOrders = (events: Events, id: string) => bodies(events, 'accountUpdate').find((u) => u.accountId === id)?.openOrders;

function cancelAll(v: Scenario, accountId: string, marketId: number) {
  return encodeTx(accountId, v.nonce(accountId), { cancelAll: { accountId, marketId } });
}

function cancelById(v: Scenario, accountId: string, orderId: number, clientOrderId = 0, marketId = 1) {
  return encodeTx(accountId, v.nonce(accountId), { cancelOrder: { accountId, marketId, orderId, clientOrderId } });
}

/** Two markets; alice rests asks (cids 1, 2 in market 1, 4 in market 2) and a bid (cid 3), bob an ask. */
function twoMarkets(): Scenario {
  const v = new Scenario({ markets: 2 });
  funded(v, { alice: 1_000_000, bob: 1_000_000 });
  v.block([
    v.limit('alice', 'sell', 10_200, 1, { cid: 1 }),
    v.limit('alice', 'sell', 10_100, 1, { cid: 2 }),
    v.limit('alice', 'buy', 9_900, 1, { cid: 3 }),
    v.limit('alice', 'sell', 10_300, 1, { cid: 4, market: 2 }),
    v.limit('bob', 'sell', 10_150, 1, { cid: 5 }),
  ]);
  return v;
}

describe('cancel-all', () => {
  it('cancel-all removes every resting order of the account in that market and only those, in order-id order', () => {
    const v = twoMarkets();
    const events = v.block([cancelAll(v, 'alice', 1)]);
    expect(rejections(events)).toEqual([]);
    expect(cancelled(events)).toEqual([
      ['alice', 1, 1, 'user'],
      ['alice', 1, 2, 'user'],
      ['alice', 1, 3, 'user'],
    ]);
    expect(openOrders(events, 'alice')).toBe(1);
    expect(v.account('alice').exposure.has(1)).toBe(false);
    expect([...v.market(1).book.orders()].map((o) => o.clientOrderId)).toEqual([5]);
    expect([...v.market(2).book.orders()].map((o) => o.clientOrderId)).toEqual([4]);
  });

  it('cancel-all with market 0 cancels the account\'s orders in every market', () => {
    const v = twoMarkets();
    const events = v.block([cancelAll(v, 'alice', 0)]);
    expect(rejections(events)).toEqual([]);
    expect(cancelled(events)).toEqual([
      ['alice', 1, 1, 'user'],
      ['alice', 1, 2, 'user'],
      ['alice', 1, 3, 'user'],
      ['alice', 2, 4, 'user'],
    ]);
    expect(openOrders(events, 'alice')).toBe(0);
    expect(v.account('alice').exposure.size).toBe(0);
  });

  it('cancel-all naming a market that does not exist is refused (unknown-market) and cancels nothing', () => {
    const v = twoMarkets();
    const events = v.block([cancelAll(v, 'alice', 3)]);
    expect(rejections(events)).toEqual(['unknown-market']);
    expect(cancelled(events)).toEqual([]);
    expect(v.account('alice').exposure.get(1)?.count).toBe(3);
  });

  it('on a venue restored from a snapshot (exposures rebuilt in book order) cancel-all still goes in order-id order', () => {
    const v = twoMarkets();
    const restored: VenueState = restoreSnapshot(v.config, encodeSnapshot(v.state));
    // The book serves the 10,100 ask (cid 2) before the 10,200 one (cid 1): so was the exposure rebuilt.
    expect([...(restored.accountsById.get('alice')?.exposure.get(1)?.orders.values() ?? [])].map((o) => o.clientOrderId)).toEqual([3, 2, 1]);
    Object.assign(v, { state: restored });
    const events = v.block([cancelAll(v, 'alice', 1)]);
    expect(cancelled(events).map(([, , cid]) => cid)).toEqual([1, 2, 3]);
  });
});

describe('cancel by client order id', () => {
  it('takes the account\'s order with that client order id in that market, and only it', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([
      v.limit('bob', 'sell', 10_050, 1, { cid: 7 }),
      v.limit('alice', 'sell', 10_400, 1, { cid: 5 }),
      v.limit('alice', 'sell', 10_300, 1, { cid: 7 }),
      v.limit('alice', 'sell', 10_100, 1, { cid: 9 }),
    ]);
    const ids = new Map([...v.market().book.orders()].map((o) => [o.priceTicks, o.orderId]));
    const events = v.block([v.cancel('alice', 7), v.cancel('alice', 5)]);
    expect(bodies(events, 'orderUpdate').map((u) => [u.accountId, u.orderId, u.status])).toEqual([
      ['alice', ids.get(10_300), 'cancelled'],
      ['alice', ids.get(10_400), 'cancelled'],
    ]);
    expect([...v.market().book.orders()].map((o) => o.priceTicks)).toEqual([10_050, 10_100]);
  });

  it('a client order id none of the account\'s orders carries is unknown, though the account has orders', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([v.limit('alice', 'sell', 10_400, 1, { cid: 5 }), v.limit('bob', 'sell', 10_300, 1, { cid: 12 })]);
    const events = v.block([v.cancel('alice', 12)]);
    expect(rejections(events)).toEqual(['unknown-order']);
    expect(details(events)).toEqual(['client order id 12']);
    expect(v.market().book.orderCount).toBe(2);
  });

  it('order id 0 with client order id 0 names no order: refused, although an order with client order id 0 rests', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000 });
    v.block([v.limit('alice', 'sell', 10_300, 1)]);
    const events = v.block([cancelById(v, 'alice', 0, 0)]);
    expect(rejections(events)).toEqual(['cancel-needs-order-id-or-client-order-id']);
    expect(v.market().book.orderCount).toBe(1);
  });

  it('an order id that is negative, or names no order of the account, is unknown, the detail naming it', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_300, 1)]);
    const bobs = [...v.market().book.orders()][0]?.orderId as number;
    const events = v.block([cancelById(v, 'alice', -1), cancelById(v, 'alice', bobs), cancelById(v, 'alice', 0, 12)]);
    expect(rejections(events)).toEqual(['unknown-order', 'unknown-order', 'unknown-order']);
    expect(details(events)).toEqual(['order id -1', `order ${bobs}`, 'client order id 12']);
    expect(v.market().book.orderCount).toBe(1);
  });
});

/** A block-gap halt (t = 17 s) ends at 22 s in the auction, where alice and bob queue orders. */
function inAuction(): Scenario {
  const v = new Scenario();
  funded(v, { alice: 1_000_000, bob: 1_000_000 });
  v.block([]); // t = 2 s (block 2 closes no interval)
  v.block([], { dtUs: 15 * S }); // t = 17 s: halted until 22 s
  v.idle(4); // t = 18..21 s
  const open = v.block([
    v.limit('alice', 'sell', 10_100, 1, { cid: 1 }),
    v.limit('bob', 'sell', 10_100, 1, { cid: 2 }),
    v.limit('alice', 'sell', 10_200, 1, { cid: 3 }),
  ]);
  expect(v.market().state).toBe(MARKET_AUCTION);
  expect(bodies(open, 'orderUpdate').map((u) => u.reason)).toEqual(['auction-queue', 'auction-queue', 'auction-queue']);
  return v;
}

describe('queued auction orders', () => {
  it('a cancel by client order id takes a queued order out of the queue, the first one too, releasing its reserve', () => {
    const v = inAuction();
    const events = v.block([v.cancel('alice', 1)]);
    expect(rejections(events)).toEqual([]);
    expect(cancelled(events)).toEqual([['alice', 1, 1, 'user']]);
    expect(openOrders(events, 'alice')).toBe(1);
    expect(v.market().auctionQueue.map((o) => o.clientOrderId)).toEqual([2, 3]);
  });

  it('cancel-all in the auction empties the account\'s queued orders and leaves the others\'', () => {
    const v = inAuction();
    const events = v.block([cancelAll(v, 'alice', 1)]);
    expect(cancelled(events)).toEqual([
      ['alice', 1, 1, 'user'],
      ['alice', 1, 3, 'user'],
    ]);
    expect(v.market().auctionQueue.map((o) => o.clientOrderId)).toEqual([2]);
    expect(v.account('alice').exposure.size).toBe(0);
  });

  it('a halt during the auction cancels the queue (cancel-on-halt) and releases every reserve', () => {
    const v = inAuction();
    const halt = v.block([], { dtUs: 15 * S });
    expect(v.market().state).toBe(MARKET_HALTED);
    expect(cancelled(halt)).toEqual([
      ['alice', 1, 1, 'cancel-on-halt'],
      ['bob', 1, 2, 'cancel-on-halt'],
      ['alice', 1, 3, 'cancel-on-halt'],
    ]);
    expect(v.market().auctionQueue).toEqual([]);
    expect([v.account('alice').exposure.size, v.account('bob').exposure.size]).toEqual([0, 0]);
  });
});

describe('the planted keep-orders-on-halt variant', () => {
  it('a block-gap halt leaves the resting orders in the book (cancel-on-halt is on)', () => {
    const v = new Scenario({ variant: 'keep-orders-on-halt' });
    funded(v, { alice: 1_000_000 });
    v.block([v.limit('alice', 'sell', 10_100, 1, { cid: 1 })]); // t = 2 s
    const halt = v.block([], { dtUs: 15 * S });
    expect(v.market().state).toBe(MARKET_HALTED);
    expect(cancelled(halt)).toEqual([]);
    expect(v.market().book.orderCount).toBe(1);
  });
});
