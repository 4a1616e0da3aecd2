/**
 * The off-chain exchange: the hedger hedges on it and the oracles observe it. Every tick it
 * publishes each market's reference price with a bid/ask around it on `external.<venueId>`;
 * a `hedgeOrder` (from anyone on `external.*`) is filled in full after `orderLatencyUs` at the
 * then ask (buys) or bid (sells) if that is within its limit, else rejected. During a scripted
 * disconnect it publishes nothing and rejects every order with reason `disconnected`.
 *
 * Crash/restart needs no durable state: prices are a pure function of time (each market's
 * PriceProcess seeds from the config, not from the host's per-incarnation rng) and the ticks
 * sit on a fixed time grid. Orders still in their latency window when the venue crashes are
 * lost, as with a real exchange that drops its connections: the hedger must time them out.
 */
import { createActor, type Actor as XstateActor } from 'xstate';
import type { faultline } from '@faultline/protocol';
import { createRng, deriveSeed, hostClock, type Actor, type ActorFactory, type DecodedEnvelope, type Host, type TimerId } from '@faultline/runtime';
import { mulDivCeil, SIDE_BUY, SIDE_SELL } from '@faultline/venue';
import { PriceProcess, type PriceProcessConfig } from '../market/price-process.ts';
import { createExternalVenueMachine } from './external-venue-machine.ts';
import { TimeWindows, type TimeWindow } from './time-windows.ts';

export interface ExternalVenueMarket {
  marketId: number;
  priceProcess: PriceProcessConfig;
}

export interface ExternalVenueConfig {
  /** Its subject is `external.<venueId>`. */
  venueId: string;
  markets: ExternalVenueMarket[];
  /** Quote period, µs; ticks sit on multiples of it (e.g. 250_000). */
  tickIntervalUs: number;
  /** Quotes are mid ∓ ceil(mid × halfSpreadBps / 10_000). */
  halfSpreadBps: number;
  /** Time from an order's arrival to its fill or reject, µs. */
  orderLatencyUs: number;
  /** Taker fee, ppm of notional (price × size), rounded up. */
  feePpm: number;
  /** Windows in which it publishes no ticks and rejects every order. */
  disconnects?: TimeWindow[];
  /**
   * Seed of the price paths. It must not change between incarnations (a restarted venue has
   * to quote the same prices), which rules out `host.rng`. Default: derived from the run id.
   */
  seed?: number;
}

/** Re-exported from the venue's vocabulary, where the sides are declared once. */
export { SIDE_BUY, SIDE_SELL };
export const HEDGE_REJECT_DISCONNECTED = 'disconnected';
export const HEDGE_REJECT_LIMIT = 'limit-not-reachable';

const BPS_ONE = 10_000;
const PPM_ONE = 1_000_000;
/** Orders remembered per venue incarnation to drop network duplicates (oldest forgotten first). */
const SEEN_ORDERS_MAX = 100_000;

/** The seed a venue's price paths use when the config gives none. */
export function externalVenueSeed(config: Pick<ExternalVenueConfig, 'seed' | 'venueId'>, runId: string): number {
  return config.seed ?? deriveSeed(runId, `external-venue/${config.venueId}`);
}

/** A market's price path: its own stream derived from the venue seed and the market id. */
export function externalMarketPriceProcess(seed: number, market: ExternalVenueMarket): PriceProcess {
  return new PriceProcess(market.priceProcess, createRng(seed).derive(`market/${market.marketId}`));
}

/** Bid and ask around a reference price (the bid never below 1 tick). */
export function externalQuote(priceTicks: number, halfSpreadBps: number): { bidTicks: number; askTicks: number } {
  const half = mulDivCeil(priceTicks, halfSpreadBps, BPS_ONE);
  return { bidTicks: Math.max(1, priceTicks - half), askTicks: priceTicks + half };
}

/** ceil(price × size × feePpm / 1e6), exact (BigInt: the notional alone can pass 2^53). */
export function hedgeFee(priceTicks: number, sizeLots: number, feePpm: number): number {
  const scaled = BigInt(priceTicks) * BigInt(sizeLots) * BigInt(feePpm);
  return Number((scaled + BigInt(PPM_ONE - 1)) / BigInt(PPM_ONE));
}

export interface ExternalVenueCounters {
  ticks: number;
  fills: number;
  rejects: number;
  duplicateOrders: number;
}

export class ExternalVenueActor implements Actor {
  readonly counters: ExternalVenueCounters = { ticks: 0, fills: 0, rejects: 0, duplicateOrders: 0 };
  private readonly markets = new Map<number, PriceProcess>();
  private readonly disconnects: TimeWindows;
  private readonly pending = new Set<TimerId>();
  private readonly seenOrders = new Set<string>();
  private machine: XstateActor<ReturnType<typeof createExternalVenueMachine>> | undefined;
  private tickTimer: TimerId | undefined;

  constructor(
    private readonly host: Host,
    private readonly config: ExternalVenueConfig,
  ) {
    validateConfig(config);
    const seed = externalVenueSeed(config, host.runId);
    for (const market of config.markets) this.markets.set(market.marketId, externalMarketPriceProcess(seed, market));
    this.disconnects = new TimeWindows(config.disconnects, 'disconnects');
  }

  start(): void {
    this.machine = createActor(createExternalVenueMachine({ now: () => this.host.now(), disconnects: this.disconnects }), {
      clock: hostClock(this.host),
    });
    this.machine.start();
    this.host.subscribe('external.*', (envelope) => this.onMessage(envelope));
    this.scheduleTick(true);
  }

  stop(): void {
    if (this.tickTimer !== undefined) this.host.cancelTimer(this.tickTimer);
    for (const timer of this.pending) this.host.cancelTimer(timer);
    this.pending.clear();
    this.machine?.stop();
  }

  get connected(): boolean {
    return this.machine?.getSnapshot().matches('connected') ?? false;
  }

  /** The reference price and quotes of a market now (for tests and monitors). */
  quote(marketId: number): { priceTicks: number; bidTicks: number; askTicks: number } | undefined {
    const process = this.markets.get(marketId);
    if (!process) return undefined;
    const priceTicks = process.priceAt(this.clock());
    return { priceTicks, ...externalQuote(priceTicks, this.config.halfSpreadBps) };
  }

  /** A clock for the price path, which starts at 0 (a negatively skewed host may read less). */
  private clock(): number {
    return Math.max(0, this.host.now());
  }

  /** Ticks sit on the grid of tickIntervalUs so that a restart keeps their phase. */
  private scheduleTick(includeNow: boolean): void {
    const now = this.host.now();
    const interval = this.config.tickIntervalUs;
    let next = Math.ceil(now / interval) * interval;
    if (!includeNow && next <= now) next += interval;
    this.tickTimer = this.host.setTimer(Math.max(0, next - now), () => this.tick());
  }

  private tick(): void {
    if (this.connected) {
      const atUs = this.host.now();
      for (const marketId of this.markets.keys()) {
        const quote = this.quote(marketId);
        if (!quote) continue;
        this.host.publish(`external.${this.config.venueId}`, { externalPrice: { marketId, ...quote, atUs } });
      }
      this.counters.ticks++;
    }
    this.scheduleTick(false);
  }

  private onMessage(envelope: DecodedEnvelope): void {
    if (!envelope.hedgeOrder) return; // ticks (ours included), fills and rejects share the subject space
    const order = normalizeOrder(envelope.hedgeOrder);
    const key = `${order.hedgerId}\u0000${order.orderId}`;
    if (this.seenOrders.has(key)) {
      // The network may duplicate messages; filling an order twice would corrupt the hedger's books.
      this.counters.duplicateOrders++;
      return;
    }
    this.seenOrders.add(key);
    if (this.seenOrders.size > SEEN_ORDERS_MAX) this.seenOrders.delete(this.seenOrders.values().next().value as string);
    if (!this.connected) {
      this.reject(order, HEDGE_REJECT_DISCONNECTED);
      return;
    }
    const timer = this.host.setTimer(this.config.orderLatencyUs, () => {
      this.pending.delete(timer);
      this.execute(order);
    });
    this.pending.add(timer);
  }

  private execute(order: HedgeOrder): void {
    if (!this.connected) return this.reject(order, HEDGE_REJECT_DISCONNECTED);
    const invalid = invalidOrder(order, this.markets);
    if (invalid) return this.reject(order, invalid);
    const quote = this.quote(order.marketId);
    if (!quote) return this.reject(order, 'unknown-market');
    const buy = order.side === SIDE_BUY;
    const priceTicks = buy ? quote.askTicks : quote.bidTicks;
    const limit = order.limitPriceTicks;
    if (limit > 0 && (buy ? priceTicks > limit : priceTicks < limit)) return this.reject(order, HEDGE_REJECT_LIMIT);
    this.counters.fills++;
    this.host.publish(`external.${this.config.venueId}`, {
      hedgeFill: {
        hedgerId: order.hedgerId,
        orderId: order.orderId,
        marketId: order.marketId,
        side: order.side,
        sizeLots: order.sizeLots,
        priceTicks,
        fee: hedgeFee(priceTicks, order.sizeLots, this.config.feePpm),
        atUs: this.host.now(),
      },
    });
  }

  private reject(order: HedgeOrder, reason: string): void {
    this.counters.rejects++;
    this.host.publish(`external.${this.config.venueId}`, { hedgeReject: { hedgerId: order.hedgerId, orderId: order.orderId, reason } });
  }
}

/** A decoded order with proto3 defaults filled in. */
interface HedgeOrder {
  hedgerId: string;
  orderId: number;
  marketId: number;
  side: number;
  sizeLots: number;
  limitPriceTicks: number;
}

function normalizeOrder(order: faultline.v1.IHedgeOrder): HedgeOrder {
  return {
    hedgerId: order.hedgerId ?? '',
    orderId: Number(order.orderId ?? 0),
    marketId: order.marketId ?? 0,
    side: order.side ?? 0,
    sizeLots: Number(order.sizeLots ?? 0),
    limitPriceTicks: Number(order.limitPriceTicks ?? 0),
  };
}

/** Why an order cannot be filled whatever the price, or undefined. */
function invalidOrder(order: HedgeOrder, markets: ReadonlyMap<number, PriceProcess>): string | undefined {
  if (!markets.has(order.marketId)) return 'unknown-market';
  if (order.side !== SIDE_BUY && order.side !== SIDE_SELL) return 'bad-side';
  if (!Number.isSafeInteger(order.sizeLots) || order.sizeLots <= 0) return 'bad-size';
  if (!Number.isSafeInteger(order.limitPriceTicks) || order.limitPriceTicks < 0) return 'bad-limit';
  return undefined;
}

function validateConfig(config: ExternalVenueConfig): void {
  const positive = (field: string, v: number): void => {
    if (!Number.isSafeInteger(v) || v <= 0) throw new RangeError(`external venue: ${field} must be a safe integer > 0, got ${v}`);
  };
  const nonNegative = (field: string, v: number): void => {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`external venue: ${field} must be a safe integer >= 0, got ${v}`);
  };
  if (!/^[A-Za-z0-9_-]+$/.test(config.venueId)) throw new RangeError(`external venue: venueId ${JSON.stringify(config.venueId)} is not a subject token`);
  positive('tickIntervalUs', config.tickIntervalUs);
  nonNegative('halfSpreadBps', config.halfSpreadBps);
  nonNegative('orderLatencyUs', config.orderLatencyUs);
  nonNegative('feePpm', config.feePpm);
  const ids = new Set<number>();
  for (const market of config.markets) {
    if (ids.has(market.marketId)) throw new RangeError(`external venue: market ${market.marketId} listed twice`);
    ids.add(market.marketId);
  }
}

export function createExternalVenue(config: ExternalVenueConfig): ActorFactory {
  return (host) => new ExternalVenueActor(host, config);
}
