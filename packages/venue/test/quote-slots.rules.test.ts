/**
 * The hedger's quote slot as its orders leave the book (found by mutation testing of
 * order-events.ts and quotes.ts): a fill of one side forgets that side only, the slot goes when
 * both sides have left; a requote after a one-sided fill cancels only the side still resting; a
 * side that does not rest (a halted market under the fill-while-halted variant) takes no slot;
 * a refused ask is named as the ask.
 */
import { describe, expect, it } from 'vitest';
import { MARKET_HALTED } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { bodies, funded, S, Scenario } from './venue-scenario.ts';

type Events = ReturnType<Scenario['block']>;
const quote = (v: Scenario, bidPriceTicks: number, bidSizeLots: number, askPriceTicks: number, askSizeLots: number, quoteId = 1) =>
  encodeTx('h', v.nonce('h'), { hedgerQuote: { accountId: 'h', marketId: 1, quoteId, bidPriceTicks, bidSizeLots, askPriceTicks, askSizeLots } });
const updates = (events: Events) => bodies(events, 'orderUpdate').filter((u) => u.accountId === 'h').map((u) => [u.orderId, u.status, u.reason, u.detail]);
const book = (v: Scenario) => [...v.market().book.orders()].map((o) => [o.side, o.priceTicks, o.sizeLots]);

function quoted(): { v: Scenario; slot: () => unknown; bid: number; ask: number } {
  const v = new Scenario();
  funded(v, { h: 1_000_000, alice: 1_000_000 });
  v.block([quote(v, 9_900, 1, 10_100, 1)]);
  const index = v.account('h').index;
  const slot = () => v.market().quotes.get(index);
  const { bidOrderId: bid, askOrderId: ask } = slot() as { bidOrderId: number; askOrderId: number };
  expect(bid).toBeGreaterThan(0);
  expect(ask).toBeGreaterThan(0);
  return { v, slot, bid, ask };
}

describe('the quote slot as its orders fill', () => {
  it('the ask filled: the slot keeps the bid; the bid filled too: the slot is gone', () => {
    const { v, slot, bid } = quoted();
    v.block([v.limit('alice', 'buy', 10_100, 1)]);
    expect(slot()).toEqual({ bidOrderId: bid, askOrderId: 0 });
    v.block([v.limit('alice', 'sell', 9_900, 1)]);
    expect(slot()).toBeUndefined();
    expect(v.market().quotes.size).toBe(0);
  });

  it('the bid filled: the slot keeps the ask', () => {
    const { v, slot, ask } = quoted();
    v.block([v.limit('alice', 'sell', 9_900, 1)]);
    expect(slot()).toEqual({ bidOrderId: 0, askOrderId: ask });
  });

  it('a requote after the ask filled cancels the bid still resting, and only it', () => {
    const { v, bid } = quoted();
    v.block([v.limit('alice', 'buy', 10_100, 1)]);
    const events = v.block([quote(v, 9_800, 1, 10_200, 1)]);
    expect(updates(events).slice(0, 1)).toEqual([[bid, 'cancelled', 'requote', '']]);
    expect(updates(events).slice(1).map(([, status]) => status)).toEqual(['resting', 'resting']);
    expect(book(v)).toEqual([
      [1, 9_800, 1],
      [2, 10_200, 1],
    ]);
  });
});

describe('a side that does not rest', () => {
  it('takes no slot: a quote in a halted market under the fill-while-halted variant is admitted but cancelled (market-halted)', () => {
    const v = new Scenario({ variant: 'fill-while-halted' });
    funded(v, { h: 1_000_000 });
    v.block([]);
    v.block([], { dtUs: 15 * S });
    expect(v.market().state).toBe(MARKET_HALTED);
    const events = v.block([quote(v, 9_900, 1, 10_100, 1)]);
    expect(updates(events).map(([, status, reason]) => [status, reason])).toEqual([
      ['cancelled', 'market-halted'],
      ['cancelled', 'market-halted'],
    ]);
    expect(v.market().quotes.has(v.account('h').index)).toBe(false);
  });
});

describe('a side refused on its own', () => {
  it('a post-only ask that would cross alice\'s bid is named as the ask; the bid stands', () => {
    const v = new Scenario();
    funded(v, { h: 1_000_000, alice: 1_000_000 });
    v.block([v.limit('alice', 'buy', 10_000, 1)]);
    const events = v.block([quote(v, 9_800, 1, 10_000, 1, 7)]);
    expect(updates(events).map(([, status, reason, detail]) => [status, reason, detail])).toEqual([
      ['resting', '', ''],
      ['rejected', 'post-only-would-cross', 'ask'],
    ]);
    expect(v.market().quotes.get(v.account('h').index)).toEqual({ bidOrderId: expect.any(Number), askOrderId: 0 });
  });
});
