/**
 * The noise trader: the background flow that gives the book depth and the tape some prints.
 * At each tick, in one of its active markets (seeded pick), it either cancels one of its own
 * resting orders, sends a small market order, or places a limit order a few bps around the
 * mark — mostly resting, sometimes marketable (the offset range reaches across the mark by
 * crossBps). Its resting orders are learned from its own OrderUpdate events, never assumed:
 * an order it sent may be lost, rejected, filled or cancelled on a halt.
 */
import type { Host, Rng } from '@faultline/runtime';
import type { OrderUpdateEvent } from '@faultline/venue';
import { BUY, GTC, IOC, LIMIT, MARKET, SELL, TraderBase, checkPositiveInt, type TraderConfig } from './trader-base.ts';

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

const BPS = 10_000;

export class NoiseTrader extends TraderBase {
  /** Own resting orders: venue order id → market id, in the order they were learned. */
  readonly resting = new Map<number, number>();
  private readonly rng: Rng;

  constructor(
    host: Host,
    private readonly config: NoiseTraderConfig,
  ) {
    super(host, config);
    if (config.maxOrderLots !== undefined) checkPositiveInt('noise trader: maxOrderLots', config.maxOrderLots);
    if (config.maxMarketLots !== undefined) checkPositiveInt('noise trader: maxMarketLots', config.maxMarketLots);
    if (config.priceStepTicks !== undefined) checkPositiveInt('noise trader: priceStepTicks', config.priceStepTicks);
    this.rng = host.rng.derive('noise/act');
  }

  protected override onOwnOrderEvent(update: OrderUpdateEvent): void {
    if ((update.status === 'resting' || update.status === 'accepted') && update.remainingLots > 0) this.resting.set(update.orderId, update.marketId);
    else this.resting.delete(update.orderId);
  }

  protected act(): void {
    const active = this.config.marketIds.filter((id) => this.marketActive(id) && (this.view.market(id)?.markTicks ?? 0) > 0);
    if (active.length === 0) return;
    const marketId = this.rng.pick(active);
    const ownHere = [...this.resting].filter(([, m]) => m === marketId).map(([orderId]) => orderId);
    const full = this.resting.size >= (this.config.maxRestingOrders ?? 20);
    if (ownHere.length > 0 && (full || this.rng.chance(this.config.cancelChancePpm ?? 250_000))) {
      const orderId = this.rng.pick(ownHere);
      // Forget it now: a second cancel of the same order would only be rejected.
      this.resting.delete(orderId);
      this.cancelOrder(marketId, orderId);
      return;
    }
    if (full) return;
    const side = this.rng.chance(500_000) ? BUY : SELL;
    if (this.rng.chance(this.config.marketOrderChancePpm ?? 50_000)) {
      const sizeLots = this.rng.int(1, this.config.maxMarketLots ?? 2);
      this.placeOrder({ marketId, side, type: MARKET, timeInForce: IOC, priceTicks: 0, sizeLots }, false);
      return;
    }
    const mark = this.view.market(marketId)?.markTicks ?? 0;
    // Positive offset = passive (below the mark for a buy), negative = through the mark.
    const offsetBps = this.rng.int(-(this.config.crossBps ?? 2), this.config.spreadBps ?? 20);
    const raw = side === BUY ? (mark * (BPS - offsetBps)) / BPS : (mark * (BPS + offsetBps)) / BPS;
    const step = this.config.priceStepTicks ?? 1;
    const priceTicks = Math.max(step, Math.round(raw / step) * step);
    const sizeLots = this.rng.int(1, this.config.maxOrderLots ?? 10);
    this.placeOrder({ marketId, side, type: LIMIT, timeInForce: GTC, priceTicks, sizeLots }, false);
  }
}

export function createNoiseTrader(config: NoiseTraderConfig): (host: Host) => NoiseTrader {
  return (host) => new NoiseTrader(host, config);
}
