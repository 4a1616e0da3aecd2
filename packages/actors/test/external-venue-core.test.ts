/**
 * The external venue's pure core stepped without a host: orders in, fills, rejects and ticks out,
 * time as an argument, every wait a set-timer effect.
 */
import { describe, expect, it } from 'vitest';
import type { HedgeOrderFacts } from '../src/convert.ts';
import type { CoreEffect } from '../src/core/effects.ts';
import {
  decide,
  externalVenueConnected,
  externalVenueQuote,
  hedgeFee,
  HEDGE_REJECT_DISCONNECTED,
  HEDGE_REJECT_LIMIT,
  initialExternalVenueState,
  TICK_TIMER,
  type ExternalVenueConfig,
} from '../src/external/external-venue-core.ts';
import { EXTERNAL_VENUE_TIMERS } from '../src/external/external-venue-machine.ts';

const config: ExternalVenueConfig = {
  venueId: 'ext',
  markets: [{ marketId: 1, priceProcess: { initialPriceTicks: 30_000, volatilityBpsPerSqrtSecond: 20, stepUs: 100_000 } }],
  tickIntervalUs: 250_000,
  halfSpreadBps: 5,
  orderLatencyUs: 40_000,
  feePpm: 300,
  seed: 42,
  disconnects: [{ atUs: 1_000_000, durationUs: 1_000_000 }],
};

const order = (orderId: number, extra: Partial<HedgeOrderFacts> = {}): HedgeOrderFacts => ({ hedgerId: 'h', orderId, marketId: 1, side: 1, sizeLots: 3, limitPriceTicks: 0, ...extra });
const setTimers = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'set-timer' ? [e] : []));
const bodies = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'publish' ? [e.body] : []));

describe('external venue core', () => {
  it('start: connected, the first tick on the grid and the disconnect window armed as timers', () => {
    const state = initialExternalVenueState(config, 'run');
    const { effects } = decide(state, { kind: 'start' }, 100_000);
    expect(externalVenueConnected(state)).toBe(true);
    expect(setTimers(effects)).toEqual([
      { kind: 'set-timer', timer: EXTERNAL_VENUE_TIMERS[0], delayUs: 900_000 },
      { kind: 'set-timer', timer: TICK_TIMER, delayUs: 150_000 },
    ]);
    const tick = decide(state, { kind: 'timer', timer: TICK_TIMER }, 250_000).effects;
    const quote = externalVenueQuote(state, 1, 250_000)!;
    expect(bodies(tick)).toEqual([{ externalPrice: { marketId: 1, ...quote, atUs: 250_000 } }]);
    expect(setTimers(tick)).toEqual([{ kind: 'set-timer', timer: TICK_TIMER, delayUs: 250_000 }]);
  });

  it('fills after the latency at the ask with a rounded-up fee; a limit it cannot reach and a duplicate are refused', () => {
    const state = initialExternalVenueState(config, 'run');
    decide(state, { kind: 'start' }, 0);
    const [latency] = setTimers(decide(state, { kind: 'hedge-order', order: order(1) }, 10_000).effects);
    expect(latency).toMatchObject({ delayUs: 40_000 });
    expect(decide(state, { kind: 'hedge-order', order: order(1) }, 11_000).effects).toEqual([]);
    expect(state.counters.duplicateOrders).toBe(1);
    const fill = bodies(decide(state, { kind: 'timer', timer: latency!.timer }, 50_000).effects);
    const ask = externalVenueQuote(state, 1, 50_000)!.askTicks;
    expect(fill).toEqual([{ hedgeFill: { hedgerId: 'h', orderId: 1, marketId: 1, side: 1, sizeLots: 3, priceTicks: ask, fee: hedgeFee(ask, 3, 300), atUs: 50_000 } }]);

    const [limited] = setTimers(decide(state, { kind: 'hedge-order', order: order(2, { limitPriceTicks: 1 }) }, 60_000).effects);
    expect(bodies(decide(state, { kind: 'timer', timer: limited!.timer }, 100_000).effects)).toEqual([{ hedgeReject: { hedgerId: 'h', orderId: 2, reason: HEDGE_REJECT_LIMIT } }]);
    const [bad] = setTimers(decide(state, { kind: 'hedge-order', order: order(3, { side: 7 }) }, 110_000).effects);
    expect(bodies(decide(state, { kind: 'timer', timer: bad!.timer }, 150_000).effects)).toEqual([{ hedgeReject: { hedgerId: 'h', orderId: 3, reason: 'bad-side' } }]);
  });

  it('inside its disconnect window it publishes no ticks and rejects orders at once; the window end reconnects it', () => {
    const state = initialExternalVenueState(config, 'run');
    decide(state, { kind: 'start' }, 0);
    const cut = decide(state, { kind: 'timer', timer: EXTERNAL_VENUE_TIMERS[0] }, 1_000_000).effects;
    expect(externalVenueConnected(state)).toBe(false);
    expect(setTimers(cut)).toEqual([{ kind: 'set-timer', timer: EXTERNAL_VENUE_TIMERS[1], delayUs: 1_000_000 }]);
    expect(bodies(decide(state, { kind: 'timer', timer: TICK_TIMER }, 1_250_000).effects)).toEqual([]);
    expect(bodies(decide(state, { kind: 'hedge-order', order: order(4) }, 1_300_000).effects)).toEqual([{ hedgeReject: { hedgerId: 'h', orderId: 4, reason: HEDGE_REJECT_DISCONNECTED } }]);
    decide(state, { kind: 'timer', timer: EXTERNAL_VENUE_TIMERS[1] }, 2_000_000);
    expect(externalVenueConnected(state)).toBe(true);
    expect(bodies(decide(state, { kind: 'timer', timer: TICK_TIMER }, 2_000_000).effects)).toHaveLength(1);
  });
});
