/**
 * Paths of executeTaker no scripted test took (found by mutation testing of matching.ts):
 * - the planted crossing-order-rests variant rests a crossing limit order without matching it
 *   (a crossed book) — and only a resting one: an IOC still matches;
 * - the variants that switch the fill guard off keep self-trade prevention (cancel-resting);
 * - a reduce-only order hit after the position flipped is cancelled, its detail naming the position;
 * - an IOC that the band stops with liquidity waiting beyond it halts the market, and its rest is
 *   cancelled as market-halted; one filled whole inside the band halts nothing.
 */
import { describe, expect, it } from 'vitest';
import { MARKET_HALTED } from '../src/state.ts';
import { bodies, funded, IOC, Scenario } from './venue-scenario.ts';

const updates = (events: ReturnType<Scenario['block']>, id: string) =>
  bodies(events, 'orderUpdate').filter((u) => u.accountId === id).map((u) => [u.status, u.reason]);

describe('the planted crossing-order-rests variant', () => {
  it('alice\'s bid at bob\'s ask rests beside it, nothing fills; an IOC at the same price fills', () => {
    const v = new Scenario({ variant: 'crossing-order-rests' });
    funded(v, { alice: 1_000_000, bob: 1_000_000, carol: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 2)]);
    const crossing = v.block([v.limit('alice', 'buy', 10_000, 1)]);
    expect(bodies(crossing, 'fill')).toEqual([]);
    expect(updates(crossing, 'alice')).toEqual([['resting', '']]);
    expect([v.market().book.bestBidTicks(), v.market().book.bestAskTicks()]).toEqual([10_000, 10_000]);
    const ioc = v.block([v.limit('carol', 'buy', 10_000, 1, { tif: IOC })]);
    expect(bodies(ioc, 'fill').map((f) => [f.makerAccountId, f.takerAccountId, f.sizeLots])).toEqual([['bob', 'carol', 1]]);
  });
});

describe('self-trade prevention with the fill guard off', () => {
  it('under resting-reserve-forgotten alice\'s bid at her own ask cancels the ask (self-trade) and fills nothing', () => {
    const v = new Scenario({ variant: 'resting-reserve-forgotten' });
    funded(v, { alice: 1_000_000 });
    v.block([v.limit('alice', 'sell', 10_000, 1, { cid: 1 })]);
    const events = v.block([v.limit('alice', 'buy', 10_000, 1, { cid: 2 })]);
    expect(bodies(events, 'fill')).toEqual([]);
    expect(updates(events, 'alice')).toEqual([['cancelled', 'self-trade'], ['resting', '']]);
  });

  it('and the book\'s reduce-only cap: bob\'s reduce-only ask, left over once he is flat, is cancelled when hit instead of opening a short', () => {
    const v = new Scenario({ variant: 'resting-reserve-forgotten' });
    funded(v, { alice: 1_000_000, bob: 1_000_000, carol: 1_000_000, dave: 1_000_000 });
    v.block([v.limit('carol', 'sell', 10_000, 1), v.limit('bob', 'buy', 10_000, 1)]);
    v.block([v.limit('bob', 'sell', 10_100, 1, { reduceOnly: true, cid: 7 }), v.limit('dave', 'buy', 9_990, 1), v.limit('bob', 'sell', 9_990, 1, { tif: IOC })]);
    expect(v.position('bob').sizeLots).toBe(0);
    const events = v.block([v.limit('alice', 'buy', 10_100, 1)]);
    expect(bodies(events, 'fill')).toEqual([]);
    expect(updates(events, 'bob')).toEqual([['cancelled', 'reduce-only']]);
    expect(v.position('bob').sizeLots).toBe(0);
  });
});

describe('the reduce-only cap when the position has flipped', () => {
  it('bob, short 1 after selling 2, has his reduce-only ask cancelled when hit, the detail naming his position -1', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000, carol: 1_000_000, dave: 1_000_000 });
    v.block([v.limit('carol', 'sell', 10_000, 1), v.limit('bob', 'buy', 10_000, 1)]);
    v.block([v.limit('bob', 'sell', 10_100, 1, { reduceOnly: true, cid: 7 }), v.limit('dave', 'buy', 9_990, 2), v.limit('bob', 'sell', 9_990, 2, { tif: IOC })]);
    expect(v.position('bob').sizeLots).toBe(-1);
    const events = v.block([v.limit('alice', 'buy', 10_100, 1)]);
    expect(bodies(events, 'fill')).toEqual([]);
    expect(bodies(events, 'orderUpdate').filter((u) => u.accountId === 'bob').map((u) => [u.status, u.reason, u.detail])).toEqual([['cancelled', 'reduce-only', 'position -1']]);
  });
});

describe('an IOC stopped by the band with liquidity beyond it', () => {
  it('alice IOC buys 2 up to 12,000: 1 fills at 10,500; carol\'s 11,500 lies past the band (11,000): the market halts, the rest is cancelled as market-halted', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000, carol: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_500, 1), v.limit('carol', 'sell', 11_500, 1)]);
    const events = v.block([v.limit('alice', 'buy', 12_000, 2, { tif: IOC })]);
    expect(bodies(events, 'fill').map((f) => [f.makerAccountId, f.sizeLots, f.priceTicks])).toEqual([['bob', 1, 10_500]]);
    expect(updates(events, 'alice')).toEqual([['cancelled', 'market-halted']]);
    expect(v.market().state).toBe(MARKET_HALTED);
  });

  it('filled whole inside the band, it halts nothing although liquidity waits beyond', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000, carol: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_500, 1), v.limit('carol', 'sell', 11_500, 1)]);
    const events = v.block([v.limit('alice', 'buy', 12_000, 1, { tif: IOC })]);
    expect(bodies(events, 'fill').map((f) => [f.makerAccountId, f.sizeLots, f.priceTicks])).toEqual([['bob', 1, 10_500]]);
    expect(updates(events, 'alice')).toEqual([['filled', '']]);
    expect(v.market().state).not.toBe(MARKET_HALTED);
  });
});
