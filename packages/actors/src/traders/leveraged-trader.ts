/**
 * The leveraged directional trader: the accounts a crash liquidates. It picks a market and a
 * direction (seeded, unless configured), builds a position worth targetLeverage x its deposit
 * at the mark with a few market orders, one at a time (it waits for each to execute, so it
 * never overshoots on a slow chain), then holds it for good. It never adds margin and never
 * cuts the position: a large enough move against it leaves it to the liquidator.
 *
 * A restarted incarnation keeps the direction of the position it finds (its random stream is
 * a new one), and the target is recomputed from the view, so nothing has to be persisted.
 */
import type { Host } from '@faultline/runtime';
import { BUY, IOC, MARKET, SELL, TraderBase, checkPositiveInt, type TraderConfig } from './trader-base.ts';

export interface LeveragedTraderConfig extends TraderConfig {
  /** Target notional / deposit, e.g. 10 (the venue's initial margin caps it). */
  targetLeverage: number;
  /** The market's contract multiplier (quote units per tick x lot). */
  quotePerTickLot: number;
  /** Default: seeded, half long, half short. */
  direction?: 'long' | 'short';
  /** The position is built in about this many market orders; default 4. */
  ordersToTarget?: number;
  /** Cap on one order (the market's maxOrderLots); default none. */
  maxOrderLots?: number;
}

export class LeveragedTrader extends TraderBase {
  readonly marketId: number;
  private readonly wantLong: boolean;

  constructor(
    host: Host,
    private readonly config: LeveragedTraderConfig,
  ) {
    super(host, config);
    if (!(typeof config.targetLeverage === 'number' && config.targetLeverage > 0 && config.targetLeverage <= 1_000)) {
      throw new RangeError(`leveraged trader: targetLeverage must be in (0, 1000], got ${String(config.targetLeverage)}`);
    }
    checkPositiveInt('leveraged trader: quotePerTickLot', config.quotePerTickLot);
    if (config.ordersToTarget !== undefined) checkPositiveInt('leveraged trader: ordersToTarget', config.ordersToTarget);
    if (config.maxOrderLots !== undefined) checkPositiveInt('leveraged trader: maxOrderLots', config.maxOrderLots);
    this.marketId = host.rng.derive('leveraged/market').pick(config.marketIds);
    this.wantLong = config.direction ? config.direction === 'long' : host.rng.derive('leveraged/direction').chance(500_000);
  }

  /** The position's direction: the one it holds, else the one it chose. */
  get long(): boolean {
    const size = this.positionLots(this.marketId);
    return size !== 0 ? size > 0 : this.wantLong;
  }

  /** Lots worth targetLeverage x deposit at the current mark (0 while the mark is unknown). */
  targetLots(): number {
    const mark = this.view.market(this.marketId)?.markTicks ?? 0;
    if (mark <= 0) return 0;
    return Math.floor((this.config.deposit * this.config.targetLeverage) / (mark * this.config.quotePerTickLot));
  }

  /** Notional / deposit at the current mark (behaviour and reports only). */
  leverage(): number {
    const mark = this.view.market(this.marketId)?.markTicks ?? 0;
    return (Math.abs(this.positionLots(this.marketId)) * mark * this.config.quotePerTickLot) / this.config.deposit;
  }

  protected override isDone(): boolean {
    const target = this.targetLots();
    return this.accountKnown() && target > 0 && Math.abs(this.positionLots(this.marketId)) >= target;
  }

  protected act(): void {
    if (!this.marketActive(this.marketId) || !this.accountKnown() || this.hasPending(this.marketId)) return;
    const target = this.targetLots();
    const remaining = target - Math.abs(this.positionLots(this.marketId));
    if (remaining <= 0) return;
    const chunk = Math.ceil(target / (this.config.ordersToTarget ?? 4));
    const sizeLots = Math.min(remaining, chunk, this.config.maxOrderLots ?? Number.MAX_SAFE_INTEGER);
    this.placeOrder({ marketId: this.marketId, side: this.long ? BUY : SELL, type: MARKET, timeInForce: IOC, priceTicks: 0, sizeLots });
  }
}

export function createLeveragedTrader(config: LeveragedTraderConfig): (host: Host) => LeveragedTrader {
  return (host) => new LeveragedTrader(host, config);
}
