/**
 * The stale-price arbitrageur: it reads the external venue's ticks (`external.*`) and trades
 * the venue toward them when the venue's mark lags — the flow that punishes a stale oracle or a
 * halted-then-reopened book. At each tick, per market:
 * - |gap| > thresholdBps (gap = external vs mark) and the market is active: an IOC limit order
 *   in the external price's direction (buys when the venue is cheap), limited to closeBps short
 *   of the external price so it never pays more than the move is worth;
 * - |gap| <= closeBps with a position open: it closes with a reduce-only IOC market order;
 * - in between, it holds.
 * One order per market in flight at a time (it waits for the execution event), and at most
 * maxPositionLots per market.
 * - With snipeBps set, when it has nothing above to do in a market, it also picks off stale
 *   quotes, as latency arbitrageurs do: an IOC buy at external − snipeBps and an IOC sell at
 *   external + snipeBps (each within maxPositionLots). Against a book priced near the external
 *   price both expire unfilled; a quote left behind by a move (a market maker whose feed
 *   stalled, a resting order the price ran away from) is taken. Not tracked as pending: an IOC
 *   that finds nothing is the common case. It closes with an IOC at the external price (not a
 *   market order, which would buy back from the stale quote it just sold into). External ticks older than externalStaleAfterUs are ignored.
 * A TraderStrategy of the trader core (trader-core.ts); StaleArbTrader is its actor.
 */
import type { Host } from '@faultline/runtime';
import { externalTickFromWire } from '../convert.ts';
import { viewMarkTicks } from '../venue/view-state.ts';
import { TraderActor } from './trader-actor.ts';
import { SIDE_BUY as BUY, TIF_IOC as IOC, ORDER_TYPE_LIMIT as LIMIT, ORDER_TYPE_MARKET as MARKET, SIDE_SELL as SELL } from '@faultline/venue';
import { accountKnown, checkPositiveInt, hasPending, marketActive, placeOrder, positionLots, type TraderConfig, type TraderState, type TraderStrategy } from './trader-core.ts';

export interface StaleArbTraderConfig extends TraderConfig {
  /** It opens when the external price and the venue mark differ by more than this (bps). */
  thresholdBps: number;
  /** It closes when the gap is back within this (bps); default thresholdBps / 4. */
  closeBps?: number;
  /** Size of one opening order. */
  orderLots: number;
  /** Largest position per market, either side. */
  maxPositionLots: number;
  /** External ticks older than this (µs, receipt time) are ignored; default staleAfterUs or 5 s. */
  externalStaleAfterUs?: number;
  /** Also take any quote this far (bps) on the wrong side of the external price; default: never. */
  snipeBps?: number;
}

export interface ExternalQuote {
  priceTicks: number;
  /** The external venue's time of the tick (orders ticks that the network reordered). */
  atUs: number;
  receivedAtUs: number;
}

export interface StaleArbOwn {
  readonly config: StaleArbTraderConfig;
  readonly external: Map<number, ExternalQuote>;
}

const BPS = 10_000;
const EXTERNAL_STALE_AFTER_US_DEFAULT = 5_000_000;

export function checkStaleArbConfig(config: StaleArbTraderConfig): void {
  checkPositiveInt('stale-arb trader: thresholdBps', config.thresholdBps);
  if (config.closeBps !== undefined) checkPositiveInt('stale-arb trader: closeBps', config.closeBps, 0);
  if ((config.closeBps ?? 0) >= config.thresholdBps) throw new RangeError('stale-arb trader: closeBps must be below thresholdBps');
  checkPositiveInt('stale-arb trader: orderLots', config.orderLots);
  checkPositiveInt('stale-arb trader: maxPositionLots', config.maxPositionLots);
  if (config.snipeBps !== undefined) checkPositiveInt('stale-arb trader: snipeBps', config.snipeBps);
  if ((config.snipeBps ?? 0) >= BPS) throw new RangeError(`stale-arb trader: snipeBps must be below ${BPS}`);
}

/** (external - mark) / mark in bps, or undefined without a fresh external price and a mark. */
export function staleArbGapBps(state: TraderState<StaleArbOwn>, marketId: number, nowUs: number): number | undefined {
  const { config, external } = state.own;
  const quote = external.get(marketId);
  const mark = viewMarkTicks(state.view, marketId);
  const maxAgeUs = config.externalStaleAfterUs ?? config.staleAfterUs ?? EXTERNAL_STALE_AFTER_US_DEFAULT;
  if (!quote || mark <= 0 || nowUs - quote.receivedAtUs > maxAgeUs) return undefined;
  return ((quote.priceTicks - mark) * BPS) / mark;
}

export const staleArbStrategy: TraderStrategy<StaleArbOwn> = {
  onExternal(state, tick, nowUs) {
    const { config, external } = state.own;
    if (!config.marketIds.includes(tick.marketId) || !(tick.priceTicks > 0)) return;
    if (tick.atUs < (external.get(tick.marketId)?.atUs ?? Number.NEGATIVE_INFINITY)) return;
    external.set(tick.marketId, { priceTicks: tick.priceTicks, atUs: tick.atUs, receivedAtUs: nowUs });
  },
  act(state, nowUs, effects) {
    const { config, external } = state.own;
    for (const marketId of config.marketIds) {
      if (!marketActive(state, marketId) || !accountKnown(state) || hasPending(state, marketId, nowUs)) continue;
      const gap = staleArbGapBps(state, marketId, nowUs);
      if (gap === undefined) continue;
      const price = (external.get(marketId) as ExternalQuote).priceTicks;
      const position = positionLots(state, marketId);
      const closeBps = config.closeBps ?? Math.floor(config.thresholdBps / 4);
      const max = config.maxPositionLots;
      if (gap > config.thresholdBps && position < max) {
        const priceTicks = Math.max(1, Math.floor((price * (BPS - closeBps)) / BPS));
        placeOrder(state, { marketId, side: BUY, type: LIMIT, timeInForce: IOC, priceTicks, sizeLots: Math.min(config.orderLots, max - position) }, nowUs, effects);
      } else if (gap < -config.thresholdBps && position > -max) {
        const priceTicks = Math.ceil((price * (BPS + closeBps)) / BPS);
        placeOrder(state, { marketId, side: SELL, type: LIMIT, timeInForce: IOC, priceTicks, sizeLots: Math.min(config.orderLots, max + position) }, nowUs, effects);
      } else if (Math.abs(gap) <= closeBps && position !== 0 && config.snipeBps !== undefined) {
        // A sniper closes at the external price, not at whatever the book offers: a market order
        // would buy back from the very stale quote it sold into.
        placeOrder(state, { marketId, side: position > 0 ? SELL : BUY, type: LIMIT, timeInForce: IOC, priceTicks: price, sizeLots: Math.abs(position), reduceOnly: true }, nowUs, effects, false);
      } else if (Math.abs(gap) <= closeBps && position !== 0) {
        placeOrder(state, { marketId, side: position > 0 ? SELL : BUY, type: MARKET, timeInForce: IOC, priceTicks: 0, sizeLots: Math.abs(position), reduceOnly: true }, nowUs, effects);
      } else if (config.snipeBps !== undefined) {
        // Untracked: an IOC that finds no stale quote is the common case, not a lost order.
        const bid = Math.floor((price * (BPS - config.snipeBps)) / BPS);
        const ask = Math.ceil((price * (BPS + config.snipeBps)) / BPS);
        if (position < max && bid > 0) placeOrder(state, { marketId, side: BUY, type: LIMIT, timeInForce: IOC, priceTicks: bid, sizeLots: Math.min(config.orderLots, max - position) }, nowUs, effects, false);
        if (position > -max) placeOrder(state, { marketId, side: SELL, type: LIMIT, timeInForce: IOC, priceTicks: ask, sizeLots: Math.min(config.orderLots, max + position) }, nowUs, effects, false);
      }
    }
  },
};

export class StaleArbTrader extends TraderActor<StaleArbOwn> {
  constructor(host: Host, config: StaleArbTraderConfig) {
    checkStaleArbConfig(config);
    super(host, config, staleArbStrategy, { config, external: new Map() });
  }

  get external(): Map<number, ExternalQuote> {
    return this.core.own.external;
  }

  override start(): void {
    super.start();
    this.host.subscribe('external.*', (envelope) => {
      if (envelope.externalPrice) this.step({ kind: 'external', tick: externalTickFromWire(envelope.externalPrice) });
    });
  }

  /** (external - mark) / mark in bps, or undefined without a fresh external price and a mark. */
  gapBps(marketId: number): number | undefined {
    return staleArbGapBps(this.core, marketId, this.host.now());
  }
}

export function createStaleArbTrader(config: StaleArbTraderConfig): (host: Host) => StaleArbTrader {
  return (host) => new StaleArbTrader(host, config);
}
