/**
 * The leveraged directional trader: the accounts a crash liquidates. It picks a market and a
 * direction (seeded, unless configured), builds a position worth targetLeverage x its deposit
 * at the mark with a few market orders, one at a time (it waits for each to execute, so it
 * never overshoots on a slow chain), then holds it for good. It never adds margin and never
 * cuts the position: a large enough move against it leaves it to the liquidator.
 *
 * A restarted incarnation keeps the direction of the position it finds (its random stream is
 * a new one), and the target is recomputed from the view, so nothing has to be persisted.
 * A TraderStrategy of the trader core (trader-core.ts); LeveragedTrader is its actor.
 */
import type { Host } from '@faultline/runtime';
import { viewMarkTicks } from '../venue/view-state.ts';
import { TraderActor } from './trader-actor.ts';
import { SIDE_BUY as BUY, TIF_IOC as IOC, ORDER_TYPE_MARKET as MARKET, SIDE_SELL as SELL } from '@faultline/venue';
import { accountKnown, checkPositiveInt, hasPending, marketActive, placeOrder, positionLots, type TraderConfig, type TraderState, type TraderStrategy } from './trader-core.ts';

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

export interface LeveragedOwn {
  readonly config: LeveragedTraderConfig;
  readonly marketId: number;
  /** The direction it chose (a position it holds overrides it). */
  readonly wantLong: boolean;
}

export function checkLeveragedConfig(config: LeveragedTraderConfig): void {
  if (!(typeof config.targetLeverage === 'number' && config.targetLeverage > 0 && config.targetLeverage <= 1_000)) {
    throw new RangeError(`leveraged trader: targetLeverage must be in (0, 1000], got ${String(config.targetLeverage)}`);
  }
  checkPositiveInt('leveraged trader: quotePerTickLot', config.quotePerTickLot);
  if (config.ordersToTarget !== undefined) checkPositiveInt('leveraged trader: ordersToTarget', config.ordersToTarget);
  if (config.maxOrderLots !== undefined) checkPositiveInt('leveraged trader: maxOrderLots', config.maxOrderLots);
}

/** The position's direction: the one it holds, else the one it chose. */
export function leveragedLong(state: TraderState<LeveragedOwn>): boolean {
  const size = positionLots(state, state.own.marketId);
  return size !== 0 ? size > 0 : state.own.wantLong;
}

/** Lots worth targetLeverage x deposit at the current mark (0 while the mark is unknown). */
export function leveragedTargetLots(state: TraderState<LeveragedOwn>): number {
  const mark = viewMarkTicks(state.view, state.own.marketId);
  if (mark <= 0) return 0;
  const { config } = state.own;
  return Math.floor((config.deposit * config.targetLeverage) / (mark * config.quotePerTickLot));
}

export const leveragedStrategy: TraderStrategy<LeveragedOwn> = {
  isDone(state) {
    const target = leveragedTargetLots(state);
    return accountKnown(state) && target > 0 && Math.abs(positionLots(state, state.own.marketId)) >= target;
  },
  act(state, nowUs, effects) {
    const { marketId, config } = state.own;
    if (!marketActive(state, marketId) || !accountKnown(state) || hasPending(state, marketId, nowUs)) return;
    const target = leveragedTargetLots(state);
    const remaining = target - Math.abs(positionLots(state, marketId));
    if (remaining <= 0) return;
    const chunk = Math.ceil(target / (config.ordersToTarget ?? 4));
    const sizeLots = Math.min(remaining, chunk, config.maxOrderLots ?? Number.MAX_SAFE_INTEGER);
    placeOrder(state, { marketId, side: leveragedLong(state) ? BUY : SELL, type: MARKET, timeInForce: IOC, priceTicks: 0, sizeLots }, nowUs, effects);
  },
};

export class LeveragedTrader extends TraderActor<LeveragedOwn> {
  constructor(host: Host, config: LeveragedTraderConfig) {
    checkLeveragedConfig(config);
    const marketId = host.rng.derive('leveraged/market').pick(config.marketIds);
    const wantLong = config.direction ? config.direction === 'long' : host.rng.derive('leveraged/direction').chance(500_000);
    super(host, config, leveragedStrategy, { config, marketId, wantLong });
  }

  get marketId(): number {
    return this.core.own.marketId;
  }

  /** The position's direction: the one it holds, else the one it chose. */
  get long(): boolean {
    return leveragedLong(this.core);
  }

  targetLots(): number {
    return leveragedTargetLots(this.core);
  }

  /** Notional / deposit at the current mark (behaviour and reports only). */
  leverage(): number {
    const { marketId, config } = this.core.own;
    return (Math.abs(positionLots(this.core, marketId)) * viewMarkTicks(this.core.view, marketId) * config.quotePerTickLot) / config.deposit;
  }
}

export function createLeveragedTrader(config: LeveragedTraderConfig): (host: Host) => LeveragedTrader {
  return (host) => new LeveragedTrader(host, config);
}
