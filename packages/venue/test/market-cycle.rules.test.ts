/**
 * The market's cycle at the start of a block, rule by rule (found by mutation testing of
 * market-cycle.ts):
 * - a halted market is not halted again: a second gap only extends its end (to the gap's resume
 *   time, never shortening a longer band halt);
 * - the band cancels resting orders in continuous trading only, not during a halt;
 * - with the reopening auction off a halt ends straight in continuous trading (`resumed`);
 * - with the grace period off no reopening sets one; with health-scaled margin off a slow block
 *   adds no initial margin.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, MARKET_ACTIVE, MARKET_AUCTION, MARKET_HALTED, NAMED_POLICIES, type VenuePolicy } from '@faultline/venue';
import { bodies, funded, S, Scenario } from './venue-scenario.ts';

type Events = ReturnType<Scenario['block']>;
const statuses = (events: Events) => bodies(events, 'marketStatus').map((m) => [m.state, m.reason]);
const keepOrders: VenuePolicy = { ...DEFAULT_POLICY, name: 'keep-orders', cancelOnHalt: { enabled: false } };

/** Funded at t = 1 s, an idle block at 2 s, then a 15 s gap: halted at 17 s until 22 s. */
function gapHalted(policy: VenuePolicy = DEFAULT_POLICY, setup: (v: Scenario) => void = () => {}): Scenario {
  const v = new Scenario({ policy });
  funded(v, { alice: 1_000_000, bob: 1_000_000 });
  setup(v);
  v.block([]);
  const gap = v.block([], { dtUs: 15 * S });
  expect(statuses(gap)).toEqual([[MARKET_HALTED, 'block-gap']]);
  expect(v.market().stateUntilUs).toBe(v.timeUs + 5 * S);
  return v;
}

describe('a gap during a halt', () => {
  it('a second gap while halted halts nothing again: the halt\'s end moves to 5 s after it', () => {
    const v = gapHalted();
    const second = v.block([], { dtUs: 12 * S }); // t = 29 s, past the first end (22 s)
    expect(statuses(second)).toEqual([]);
    expect([v.market().state, v.market().reason, v.market().stateUntilUs]).toEqual([MARKET_HALTED, 'block-gap', 34 * S]);
  });

  it('a gap never shortens a longer band halt (60 s)', () => {
    const policy: VenuePolicy = { ...DEFAULT_POLICY, name: 'long-band-halt', priceBand: { ...DEFAULT_POLICY.priceBand, haltUs: 60 * S } };
    const v = new Scenario({ policy });
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    const band = v.block([v.limit('bob', 'sell', 8_000, 1), v.limit('alice', 'buy', 8_000, 1)]); // t = 2 s
    expect(statuses(band)).toEqual([[MARKET_HALTED, 'price-band']]);
    expect(v.market().stateUntilUs).toBe(62 * S);
    v.block([], { dtUs: 15 * S }); // t = 17 s: its own resume time would be 22 s
    expect([v.market().state, v.market().stateUntilUs]).toEqual([MARKET_HALTED, 62 * S]);
  });
});

describe('the band during a halt', () => {
  it('orders kept through a halt (cancel-on-halt off) are not cancelled when the reference moves past them while halted', () => {
    const v = gapHalted(keepOrders, (s) => void s.block([s.limit('alice', 'sell', 10_200, 1, { cid: 1 })]));
    const moved = v.block([], { prices: { 1: 11_400 } }); // band 10,260..12,540
    expect(bodies(moved, 'orderUpdate')).toEqual([]);
    expect(v.market().book.orderCount).toBe(1);
  });
});

describe('reopening', () => {
  it('with the auction off a halt ends at its time straight in continuous trading (resumed)', () => {
    const v = gapHalted(NAMED_POLICIES['no-auction']);
    v.idle(4); // t = 18..21 s
    expect(v.market().state).toBe(MARKET_HALTED);
    const open = v.block([]); // t = 22 s
    expect(statuses(open)).toEqual([[MARKET_ACTIVE, 'resumed']]);
  });

  it('with the auction on it goes to the auction (the control)', () => {
    const v = gapHalted();
    v.idle(4);
    expect(statuses(v.block([]))).toEqual([[MARKET_AUCTION, 'reopening-auction']]);
  });

  it('with the grace period off a reopening sets no grace', () => {
    const v = gapHalted(NAMED_POLICIES['no-grace']);
    v.idle(5); // reopens at 22 s, into the auction
    expect(v.market().state).toBe(MARKET_AUCTION);
    expect(v.market().graceUntilUs).toBe(0);
  });
});

describe('health-scaled margin', () => {
  it('an 8 s block adds (8 - 3) x 20,000 = 100,000 ppm of initial margin; with the policy off, none', () => {
    const on = new Scenario();
    const off = new Scenario({ policy: NAMED_POLICIES['no-health-margin'] });
    for (const v of [on, off]) {
      funded(v, { alice: 1_000 });
      v.block([]);
      v.block([], { dtUs: 8 * S });
    }
    expect([on.market().imExtraPpm, off.market().imExtraPpm]).toEqual([100_000, 0]);
  });
});
