/**
 * What the reopening auction admits (found by mutation testing of admission.ts): only limit GTC
 * and post-only orders queue; a limit FOK is refused like an IOC or a market order, and a
 * reduce-only order of any time in force is refused with the detail `reduce-only` (the uncross
 * does not know the position its fills meet). The scenarios reached the refusal with an IOC, a
 * market order and a reduce-only GTC, and read neither a FOK nor a detail.
 */
import { describe, expect, it } from 'vitest';
import { MARKET_AUCTION } from '@faultline/venue';
import { bodies, details, FOK, funded, IOC, POST_ONLY, rejections, S, Scenario } from './venue-scenario.ts';

describe('orders in the reopening auction', () => {
  it('a limit FOK is refused (auction-in-progress, no detail), a reduce-only GTC and IOC too (detail reduce-only); GTC and post-only queue', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    // alice short 2 @ 10,000 (t = 2 s): her buys would reduce it.
    v.block([v.limit('bob', 'buy', 10_000, 2), v.limit('alice', 'sell', 10_000, 2)]);
    expect(v.position('alice').sizeLots).toBe(-2);
    v.block([], { dtUs: 15 * S }); // t = 17 s: a block gap halts the market until 22 s
    v.idle(4); // t = 18..21 s
    const open = v.block([
      v.limit('bob', 'sell', 10_000, 1, { tif: FOK }),
      v.limit('alice', 'buy', 10_000, 1, { reduceOnly: true }),
      v.limit('alice', 'buy', 10_000, 1, { reduceOnly: true, tif: IOC }),
      v.limit('bob', 'sell', 10_100, 1, { cid: 1 }),
      v.limit('bob', 'sell', 10_200, 1, { tif: POST_ONLY, cid: 2 }),
    ]); // t = 22 s
    expect(bodies(open, 'marketStatus')).toEqual([expect.objectContaining({ state: MARKET_AUCTION, reason: 'reopening-auction' })]);
    expect(rejections(open)).toEqual(['auction-in-progress', 'auction-in-progress', 'auction-in-progress']);
    expect(details(open)).toEqual(['', 'reduce-only', 'reduce-only']);
    expect(bodies(open, 'orderUpdate').map((u) => [u.accountId, u.clientOrderId, u.status, u.reason])).toEqual([
      ['bob', 1, 'accepted', 'auction-queue'],
      ['bob', 2, 'accepted', 'auction-queue'],
    ]);
    expect(v.market().auctionQueue.map((o) => [o.priceTicks, o.sizeLots])).toEqual([
      [10_100, 1],
      [10_200, 1],
    ]);
    expect(v.account('alice').exposure.size).toBe(0);
  });
});
