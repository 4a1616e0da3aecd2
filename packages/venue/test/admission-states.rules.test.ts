/**
 * What admission checks against the book in each market state (found by mutation testing of
 * admission.ts): the crossing checks (post-only, FOK) and the preview of immediate fills apply in
 * continuous trading only. In the reopening auction nothing matches, so a post-only order that
 * crosses a resting order (kept through the halt when cancel-on-halt is off) queues; the planted
 * `fill-while-halted` variant, which lets orders through a halt, checks them as in continuous
 * trading (a FOK that cannot fill whole is refused).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, MARKET_AUCTION, MARKET_HALTED, type VenueVariant } from '@faultline/venue';
import { bodies, FOK, funded, POST_ONLY, rejections, S, Scenario } from './venue-scenario.ts';

/** bob's ask of 2 @ 10,100 rests through a block-gap halt (cancel-on-halt off): halted 17..21 s. */
function haltedWithAsk(variant?: VenueVariant): Scenario {
  const v = new Scenario({ policy: { ...DEFAULT_POLICY, name: 'keep-orders', cancelOnHalt: { enabled: false } }, ...(variant ? { variant } : {}) });
  funded(v, { alice: 1_000_000, bob: 1_000_000 });
  v.block([v.limit('bob', 'sell', 10_100, 2)]);
  const gap = v.block([], { dtUs: 15 * S }); // t = 17 s
  expect(bodies(gap, 'marketStatus')).toEqual([expect.objectContaining({ state: MARKET_HALTED })]);
  expect(v.market().book.bestAskTicks()).toBe(10_100);
  return v;
}

describe('the book checks apply in continuous trading only', () => {
  it('in the auction a post-only bid at a resting ask queues (nothing matches there)', () => {
    const v = haltedWithAsk();
    v.idle(4); // t = 18..21 s
    const open = v.block([v.limit('alice', 'buy', 10_100, 1, { tif: POST_ONLY, cid: 1 })]); // t = 22 s
    expect(bodies(open, 'marketStatus')).toEqual([expect.objectContaining({ state: MARKET_AUCTION })]);
    expect(rejections(open)).toEqual([]);
    expect(bodies(open, 'orderUpdate').map((u) => [u.accountId, u.status, u.reason])).toEqual([['alice', 'accepted', 'auction-queue']]);
  });

  it('under the planted fill-while-halted variant a FOK in the halt is checked against the book: 5 lots against 2 is fok-unfillable', () => {
    const v = haltedWithAsk('fill-while-halted');
    const events = v.block([v.limit('alice', 'buy', 10_100, 5, { tif: FOK }), v.limit('alice', 'buy', 10_100, 1, { tif: POST_ONLY })]); // t = 18 s
    expect(v.market().state).toBe(MARKET_HALTED);
    expect(rejections(events)).toEqual(['fok-unfillable', 'post-only-would-cross']);
    expect(bodies(events, 'fill')).toEqual([]);
  });
});
