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
 * maxPositionLots per market. External ticks older than externalStaleAfterUs are ignored.
 */
import type { DecodedEnvelope, Host } from '@faultline/runtime';
import { BUY, IOC, LIMIT, MARKET, SELL, TraderBase, checkPositiveInt, type TraderConfig } from './trader-base.ts';

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
}

export interface ExternalQuote {
  priceTicks: number;
  /** The external venue's time of the tick (orders ticks that the network reordered). */
  atUs: number;
  receivedAtUs: number;
}

const BPS = 10_000;

export class StaleArbTrader extends TraderBase {
  readonly external = new Map<number, ExternalQuote>();

  constructor(
    host: Host,
    private readonly config: StaleArbTraderConfig,
  ) {
    super(host, config);
    checkPositiveInt('stale-arb trader: thresholdBps', config.thresholdBps);
    if (config.closeBps !== undefined) checkPositiveInt('stale-arb trader: closeBps', config.closeBps, 0);
    if ((config.closeBps ?? 0) >= config.thresholdBps) throw new RangeError('stale-arb trader: closeBps must be below thresholdBps');
    checkPositiveInt('stale-arb trader: orderLots', config.orderLots);
    checkPositiveInt('stale-arb trader: maxPositionLots', config.maxPositionLots);
  }

  override start(): void {
    super.start();
    this.host.subscribe('external.*', (envelope) => this.onExternal(envelope));
  }

  /** (external - mark) / mark in bps, or undefined without a fresh external price and a mark. */
  gapBps(marketId: number): number | undefined {
    const quote = this.external.get(marketId);
    const mark = this.view.market(marketId)?.markTicks ?? 0;
    const maxAgeUs = this.config.externalStaleAfterUs ?? this.config.staleAfterUs ?? 5_000_000;
    if (!quote || mark <= 0 || this.host.now() - quote.receivedAtUs > maxAgeUs) return undefined;
    return ((quote.priceTicks - mark) * BPS) / mark;
  }

  protected act(): void {
    for (const marketId of this.config.marketIds) this.actIn(marketId);
  }

  private actIn(marketId: number): void {
    if (!this.marketActive(marketId) || !this.accountKnown() || this.hasPending(marketId)) return;
    const gap = this.gapBps(marketId);
    if (gap === undefined) return;
    const external = (this.external.get(marketId) as ExternalQuote).priceTicks;
    const position = this.positionLots(marketId);
    const closeBps = this.config.closeBps ?? Math.floor(this.config.thresholdBps / 4);
    const max = this.config.maxPositionLots;
    if (gap > this.config.thresholdBps && position < max) {
      const priceTicks = Math.max(1, Math.floor((external * (BPS - closeBps)) / BPS));
      this.placeOrder({ marketId, side: BUY, type: LIMIT, timeInForce: IOC, priceTicks, sizeLots: Math.min(this.config.orderLots, max - position) });
    } else if (gap < -this.config.thresholdBps && position > -max) {
      const priceTicks = Math.ceil((external * (BPS + closeBps)) / BPS);
      this.placeOrder({ marketId, side: SELL, type: LIMIT, timeInForce: IOC, priceTicks, sizeLots: Math.min(this.config.orderLots, max + position) });
    } else if (Math.abs(gap) <= closeBps && position !== 0) {
      this.placeOrder({ marketId, side: position > 0 ? SELL : BUY, type: MARKET, timeInForce: IOC, priceTicks: 0, sizeLots: Math.abs(position), reduceOnly: true });
    }
  }

  private onExternal(envelope: DecodedEnvelope): void {
    const tick = envelope.externalPrice;
    if (!tick) return;
    const marketId = Number(tick.marketId ?? 0);
    const priceTicks = Number(tick.priceTicks ?? 0);
    const atUs = Number(tick.atUs ?? 0);
    if (!this.config.marketIds.includes(marketId) || !(priceTicks > 0)) return;
    if (atUs < (this.external.get(marketId)?.atUs ?? -Infinity)) return;
    this.external.set(marketId, { priceTicks, atUs, receivedAtUs: this.host.now() });
  }
}

export function createStaleArbTrader(config: StaleArbTraderConfig): (host: Host) => StaleArbTrader {
  return (host) => new StaleArbTrader(host, config);
}
