/**
 * Hedger quotes, rule by rule (for mutation testing of quotes.ts): the refusals of the whole quote
 * (negative sizes, a crossed quote — equal prices included — with their details), a side of size
 * 0 not quoted (and then no crossing check), a side refused on its own (post-only that would
 * cross) while the other stands, a requote cancelling both old sides, and the slot kept only
 * while a side rests.
 */
import { describe, expect, it } from 'vitest';
import { encodeTx } from '@faultline/venue/testing';
import { bodies, details, funded, rejections, Scenario } from './venue-scenario.ts';

type Events = ReturnType<Scenario['block']>;
const quote = (v: Scenario, bidPriceTicks: number, bidSizeLots: number, askPriceTicks: number, askSizeLots: number, quoteId = 1) =>
  encodeTx('h', v.nonce('h'), { hedgerQuote: { accountId: 'h', marketId: 1, quoteId, bidPriceTicks, bidSizeLots, askPriceTicks, askSizeLots } });
const updates = (events: Events) => bodies(events, 'orderUpdate').filter((u) => u.accountId === 'h').map((u) => [u.status, u.reason, u.detail, u.clientOrderId, u.remainingLots]);
const book = (v: Scenario) => [...v.market().book.orders()].map((o) => [o.side, o.priceTicks, o.sizeLots]);

function hedger(): Scenario {
  const v = new Scenario();
  funded(v, { h: 1_000_000, alice: 1_000_000 });
  return v;
}

describe('a quote refused whole', () => {
  it('a negative or fractional size, each side named; a crossed quote, equal prices included', () => {
    const v = hedger();
    const events = v.block([quote(v, 9_900, -1, 10_100, 1), quote(v, 9_900, 1, 10_100, -2), quote(v, 9_900, 1.5, 10_100, 1), quote(v, 9_900, 1, 10_100, 2.5), quote(v, 10_000, 1, 10_000, 1), quote(v, 10_100, 1, 10_000, 1)]);
    expect(rejections(events)).toEqual(['size-not-positive', 'size-not-positive', 'size-not-positive', 'size-not-positive', 'quote-crossed', 'quote-crossed']);
    expect(details(events)).toEqual(['bid -1', 'ask -2', 'bid 1.5', 'ask 2.5', 'bid 10000 >= ask 10000', 'bid 10100 >= ask 10000']);
    expect(book(v)).toEqual([]);
  });

  it('a side of size 0 is not quoted, and not checked: a 0-lot bid above the ask is no crossed quote', () => {
    const v = hedger();
    const events = v.block([quote(v, 10_500, 0, 10_100, 1)]);
    expect(rejections(events)).toEqual([]);
    expect(book(v)).toEqual([[2, 10_100, 1]]);
    expect(v.market().quotes.get(v.account('h').index)).toEqual({ bidOrderId: 0, askOrderId: expect.any(Number) });
    const asks = v.block([quote(v, 9_900, 2, 10_500, 0)]);
    expect(updates(asks).map(([status, reason]) => [status, reason])).toEqual([
      ['cancelled', 'requote'],
      ['resting', ''],
    ]);
    expect(book(v)).toEqual([[1, 9_900, 2]]);
  });
});

describe('a side refused on its own', () => {
  it('a post-only bid that would cross alice\'s ask is rejected with its code and side; the ask stands', () => {
    const v = hedger();
    v.block([v.limit('alice', 'sell', 10_000, 1)]);
    const events = v.block([quote(v, 10_000, 1, 10_200, 1, 7)]);
    expect(rejections(events)).toEqual([]);
    expect(updates(events)).toEqual([
      ['rejected', 'post-only-would-cross', 'bid', 7, 1],
      ['resting', '', '', 0, 1],
    ]);
    expect(v.market().quotes.get(v.account('h').index)).toEqual({ bidOrderId: 0, askOrderId: expect.any(Number) });
  });

  it('a side over the position limit is rejected with the limit in its detail, the side named first', () => {
    const v = new Scenario({ tweak: (c) => void ((c.markets[0] as (typeof c.markets)[number]).maxPositionLots = 5) });
    funded(v, { h: 1_000_000 });
    const events = v.block([quote(v, 9_900, 6, 10_100, 1)]);
    expect(updates(events)).toEqual([
      ['rejected', 'position-limit', 'bid: limit 5', 1, 6],
      ['resting', '', '', 0, 1],
    ]);
  });

  it('when both sides are refused no slot is kept', () => {
    const v = hedger();
    v.block([v.limit('alice', 'sell', 10_000, 1), v.limit('alice', 'buy', 9_000, 1)]);
    v.block([quote(v, 10_000, 1, 9_000, 0)]);
    expect(v.market().quotes.has(v.account('h').index)).toBe(false);
  });
});

describe('requotes', () => {
  it('a requote cancels both old sides (requote) before placing the new ones', () => {
    const v = hedger();
    v.block([quote(v, 9_900, 1, 10_100, 1)]);
    const events = v.block([quote(v, 9_800, 2, 10_200, 2)]);
    expect(updates(events).map(([status, reason, , , lots]) => [status, reason, lots])).toEqual([
      ['cancelled', 'requote', 0],
      ['cancelled', 'requote', 0],
      ['resting', '', 2],
      ['resting', '', 2],
    ]);
    expect(book(v)).toEqual([
      [1, 9_800, 2],
      [2, 10_200, 2],
    ]);
    expect(v.account('h').exposure.get(1)).toMatchObject({ buyLots: 2, sellLots: 2, count: 2 });
  });

  it('an empty requote (both sizes 0) cancels the quote and keeps no slot', () => {
    const v = hedger();
    v.block([quote(v, 9_900, 1, 10_100, 1)]);
    const events = v.block([quote(v, 9_900, 0, 10_100, 0)]);
    expect(updates(events).map(([status, reason]) => [status, reason])).toEqual([
      ['cancelled', 'requote'],
      ['cancelled', 'requote'],
    ]);
    expect(bodies(events, 'accountUpdate').map((u) => [u.accountId, u.openOrders])).toEqual([['h', 0]]);
    expect(v.market().quotes.size).toBe(0);
  });
});
