/**
 * Admission's resource limits and the reduce-only refusal, with the detail each names (found by
 * mutation testing of admission.ts): the book limit counts the orders queued in a reopening
 * auction (they rest in the book when it uncrosses), and a refusal says which limit or which
 * position broke the rule. venue.limits checks the codes and that nothing changed; this file the
 * numbers.
 */
import { describe, expect, it } from 'vitest';
import { MARKET_AUCTION, type VenueConfig } from '@faultline/venue';
import { bodies, details, funded, rejections, S, Scenario } from './venue-scenario.ts';

/** 3 orders a book, 2 open orders an account. */
function small(config: VenueConfig): void {
  config.limits = { ...config.limits, maxOrdersPerBook: 3 };
  for (const m of config.markets) m.maxOpenOrdersPerAccount = 2;
}

describe('resource limits name the limit', () => {
  it('a third open order of an account is too-many-open-orders (limit 2); a fourth order in the book is book-full (limit 3)', () => {
    const v = new Scenario({ tweak: small });
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    const events = v.block([
      v.limit('alice', 'buy', 9_900, 1),
      v.limit('alice', 'buy', 9_800, 1),
      v.limit('alice', 'buy', 9_700, 1),
      v.limit('bob', 'sell', 10_100, 1),
      v.limit('bob', 'sell', 10_200, 1),
    ]);
    expect([rejections(events), details(events)]).toEqual([
      ['too-many-open-orders', 'book-full'],
      ['limit 2', 'limit 3'],
    ]);
    expect(v.market().book.orderCount).toBe(3);
  });

  it('orders queued in the reopening auction count against the book limit', () => {
    const v = new Scenario({ tweak: small });
    funded(v, { alice: 1_000_000, bob: 1_000_000, carol: 1_000_000 });
    v.idle(1); // t = 2 s
    v.block([], { dtUs: 15 * S }); // t = 17 s: a block gap halts the market until 22 s
    v.idle(4); // t = 18..21 s
    const open = v.block([
      v.limit('alice', 'buy', 9_900, 1),
      v.limit('alice', 'buy', 9_800, 1),
      v.limit('bob', 'sell', 10_100, 1),
      v.limit('carol', 'sell', 10_200, 1),
    ]); // t = 22 s
    expect(bodies(open, 'marketStatus')).toEqual([expect.objectContaining({ state: MARKET_AUCTION })]);
    expect(v.market().book.orderCount).toBe(0);
    expect(v.market().auctionQueue).toHaveLength(3);
    expect([rejections(open), details(open)]).toEqual([['book-full'], ['limit 3']]);
  });
});

describe('the position limit counts the resting orders of the order\'s own side only', () => {
  it('maxPositionLots 10: with 6 resting on a side, 5 more on it is position-limit, 4 more is exactly the limit, 5 on the other side is admitted', () => {
    const v = new Scenario({ tweak: (c) => void ((c.markets[0] as VenueConfig['markets'][number]).maxPositionLots = 10) });
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([v.limit('alice', 'buy', 9_900, 6), v.limit('bob', 'sell', 10_100, 6)]);
    const events = v.block([
      v.limit('alice', 'buy', 9_800, 5),
      v.limit('bob', 'sell', 10_200, 5),
      v.limit('alice', 'sell', 10_300, 5),
      v.limit('bob', 'buy', 9_700, 5),
      v.limit('alice', 'buy', 9_800, 4),
      v.limit('bob', 'sell', 10_200, 4),
    ]);
    expect([rejections(events), details(events)]).toEqual([
      ['position-limit', 'position-limit'],
      ['limit 10', 'limit 10'],
    ]);
    expect(v.account('alice').exposure.get(1)).toMatchObject({ buyLots: 10, sellLots: 5 });
    expect(v.account('bob').exposure.get(1)).toMatchObject({ buyLots: 5, sellLots: 10 });
  });
});

describe('the position limit from a position: the worse of position + buys and position - sells', () => {
  it('long 4 with a limit of 10 may rest sells of 12 (|4 - 12| = 8) but not buys of 7; short 4 the mirror', () => {
    const v = new Scenario({ tweak: (c) => void ((c.markets[0] as VenueConfig['markets'][number]).maxPositionLots = 10) });
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 4), v.limit('alice', 'buy', 10_000, 4)]);
    const events = v.block([
      v.limit('alice', 'sell', 10_300, 10),
      v.limit('alice', 'sell', 10_400, 2),
      v.limit('bob', 'buy', 9_700, 10),
      v.limit('bob', 'buy', 9_600, 2),
      v.limit('alice', 'buy', 9_500, 7),
      v.limit('bob', 'sell', 10_500, 7),
    ]);
    expect(rejections(events)).toEqual(['position-limit', 'position-limit']);
    expect(v.account('alice').exposure.get(1)).toMatchObject({ buyLots: 0, sellLots: 12 });
    expect(v.account('bob').exposure.get(1)).toMatchObject({ buyLots: 12, sellLots: 0 });
  });
});

describe('a reduce-only order that would not reduce', () => {
  it('names the position it would increase: flat, a long buying, a short selling', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000, carol: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 2), v.limit('alice', 'buy', 10_000, 2)]);
    const events = v.block([
      v.limit('alice', 'buy', 9_900, 1, { reduceOnly: true }),
      v.limit('bob', 'sell', 10_100, 1, { reduceOnly: true }),
      v.limit('carol', 'sell', 10_100, 1, { reduceOnly: true }),
    ]);
    expect([rejections(events), details(events)]).toEqual([
      ['reduce-only-would-increase', 'reduce-only-would-increase', 'reduce-only-would-increase'],
      ['position 2', 'position -2', 'position 0'],
    ]);
  });
});
