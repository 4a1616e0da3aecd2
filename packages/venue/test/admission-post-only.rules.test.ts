/**
 * Post-only at the touch (found by mutation testing of admission.ts): a post-only order priced
 * exactly at the best opposite price would take liquidity and is refused, on either side; one
 * tick away it rests.
 */
import { describe, expect, it } from 'vitest';
import { funded, POST_ONLY, rejections, Scenario } from './venue-scenario.ts';

/** bob's bid 9,900 and ask 10,100 rest; then alice's post-only order. */
function touch(side: 'buy' | 'sell', priceTicks: number): string[] {
  const v = new Scenario();
  funded(v, { alice: 1_000_000, bob: 1_000_000 });
  v.block([v.limit('bob', 'buy', 9_900, 1), v.limit('bob', 'sell', 10_100, 1)]);
  const events = v.block([v.limit('alice', side, priceTicks, 1, { tif: POST_ONLY })]);
  expect(v.account('alice').exposure.get(1)?.count ?? 0).toBe(rejections(events).length === 0 ? 1 : 0);
  return rejections(events);
}

describe('post-only at the best opposite price', () => {
  it('a sell at the best bid and a buy at the best ask are post-only-would-cross; a tick away they rest', () => {
    expect([touch('sell', 9_900), touch('buy', 10_100)]).toEqual([['post-only-would-cross'], ['post-only-would-cross']]);
    expect([touch('sell', 9_901), touch('buy', 10_099)]).toEqual([[], []]);
  });
});
