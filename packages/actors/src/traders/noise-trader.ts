/**
 * The noise trader: the background flow that gives the book depth and the tape some prints.
 * At each tick, in one of its active markets (seeded pick), it either cancels one of its own
 * resting orders, sends a small market order, or places a limit order a few bps around the
 * mark — mostly resting, sometimes marketable (the offset range reaches across the mark by
 * crossBps). Its resting orders are learned from its own OrderUpdate events, never assumed:
 * an order it sent may be lost, rejected, filled or cancelled on a halt.
 *
 * A TraderStrategy of the trader core (trader-core.ts); NoiseTrader is its actor.
 */
import type { Host, Rng } from '@faultline/runtime';
import { viewMarkTicks } from '../venue/view-state.ts';
import type { CoreEffect } from '../core/effects.ts';
import { TraderActor } from './trader-actor.ts';
import { SIDE_BUY as BUY, TIF_GTC as GTC, TIF_IOC as IOC, ORDER_TYPE_LIMIT as LIMIT, ORDER_TYPE_MARKET as MARKET, SIDE_SELL as SELL } from '@faultline/venue';
import { cancelOrder, checkPositiveInt, marketActive, placeOrder, type TraderConfig, type TraderState, type TraderStrategy } from './trader-core.ts';

export interface NoiseTraderConfig extends TraderConfig {
  /** Limit orders are placed up to this far from the mark on their passive side (bps); default 20. */
  spreadBps?: number;
  /** ...and up to this far through the mark (marketable); default 2. */
  crossBps?: number;
  /** Limit order size, uniform in [1, maxOrderLots]; default 10. */
  maxOrderLots?: number;
  /** Market order size, uniform in [1, maxMarketLots]; default 2. */
  maxMarketLots?: number;
  /** Chance per tick of cancelling one resting order (ppm); default 250,000. */
  cancelChancePpm?: number;
  /** Chance per tick of a market order (ppm); default 50,000. */
  marketOrderChancePpm?: number;
  /** With this many orders resting it only cancels; default 20. */
  maxRestingOrders?: number;
  /** Prices are multiples of this (the market's priceStepTicks); default 1. */
  priceStepTicks?: number;
}

export interface NoiseOwn {
  readonly config: NoiseTraderConfig;
  /** Its own seeded stream for what it does at a tick. */
  readonly rng: Rng;
  /** Own resting orders: venue order id → market id, in the order they were learned. */
  readonly resting: Map<number, number>;
}

const BPS = 10_000;

export function checkNoiseConfig(config: NoiseTraderConfig): void {
  if (config.maxOrderLots !== undefined) checkPositiveInt('noise trader: maxOrderLots', config.maxOrderLots);
  if (config.maxMarketLots !== undefined) checkPositiveInt('noise trader: maxMarketLots', config.maxMarketLots);
  if (config.priceStepTicks !== undefined) checkPositiveInt('noise trader: priceStepTicks', config.priceStepTicks);
}

export const noiseStrategy: TraderStrategy<NoiseOwn> = {
  onOwnOrderEvent(state, update) {
    if ((update.status === 'resting' || update.status === 'accepted') && update.remainingLots > 0) state.own.resting.set(update.orderId, update.marketId);
    else state.own.resting.delete(update.orderId);
  },
  act(state: TraderState<NoiseOwn>, nowUs: number, effects: CoreEffect[]) {
    const { config, rng, resting } = state.own;
    const active = config.marketIds.filter((id) => marketActive(state, id) && viewMarkTicks(state.view, id) > 0);
    if (active.length === 0) return;
    const marketId = rng.pick(active);
    const ownHere = [...resting].filter(([, m]) => m === marketId).map(([orderId]) => orderId);
    const full = resting.size >= (config.maxRestingOrders ?? 20);
    if (ownHere.length > 0 && (full || rng.chance(config.cancelChancePpm ?? 250_000))) {
      const orderId = rng.pick(ownHere);
      // Forget it now: a second cancel of the same order would only be rejected.
      resting.delete(orderId);
      cancelOrder(state, marketId, orderId, nowUs, effects);
      return;
    }
    if (full) return;
    const side = rng.chance(500_000) ? BUY : SELL;
    if (rng.chance(config.marketOrderChancePpm ?? 50_000)) {
      const sizeLots = rng.int(1, config.maxMarketLots ?? 2);
      placeOrder(state, { marketId, side, type: MARKET, timeInForce: IOC, priceTicks: 0, sizeLots }, nowUs, effects, false);
      return;
    }
    const mark = viewMarkTicks(state.view, marketId);
    // Positive offset = passive (below the mark for a buy), negative = through the mark.
    const offsetBps = rng.int(-(config.crossBps ?? 2), config.spreadBps ?? 20);
    const raw = side === BUY ? (mark * (BPS - offsetBps)) / BPS : (mark * (BPS + offsetBps)) / BPS;
    const step = config.priceStepTicks ?? 1;
    const priceTicks = Math.max(step, Math.round(raw / step) * step);
    const sizeLots = rng.int(1, config.maxOrderLots ?? 10);
    placeOrder(state, { marketId, side, type: LIMIT, timeInForce: GTC, priceTicks, sizeLots }, nowUs, effects, false);
  },
};

export class NoiseTrader extends TraderActor<NoiseOwn> {
  constructor(host: Host, config: NoiseTraderConfig) {
    checkNoiseConfig(config);
    super(host, config, noiseStrategy, { config, rng: host.rng.derive('noise/act'), resting: new Map() });
  }

  /** Own resting orders: venue order id → market id. */
  get resting(): Map<number, number> {
    return this.core.own.resting;
  }
}

export function createNoiseTrader(config: NoiseTraderConfig): (host: Host) => NoiseTrader {
  return (host) => new NoiseTrader(host, config);
}
