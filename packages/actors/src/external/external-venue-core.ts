/**
 * The off-chain exchange as a pure core: `decide(state, input, nowUs) → { state, effects }` (the
 * validator's shape, core/effects.ts). The hedger hedges on it and the oracles observe it.
 * Every tick it publishes each market's reference price with a bid/ask around it on
 * `external.<venueId>`; a `hedgeOrder` (from anyone on `external.*`) is filled in full after
 * `orderLatencyUs` at the then ask (buys) or bid (sells) if that is within its limit, else
 * rejected. During a scripted disconnect it publishes nothing and rejects every order with
 * reason `disconnected`.
 *
 * Crash/restart needs no durable state: prices are a pure function of time (each market's
 * PriceProcess seeds from the config, not from the host's per-incarnation rng) and the ticks
 * sit on a fixed time grid. Orders still in their latency window when the venue crashes are
 * lost, as with a real exchange that drops its connections: the hedger must time them out.
 */
import { createRng, deriveSeed } from '@faultline/runtime';
import { mulDivCeil, SIDE_BUY, SIDE_SELL } from '@faultline/venue';
import type { SnapshotFrom } from 'xstate';
import { chartStart, chartStep } from '../core/chart.ts';
import type { HedgeOrderFacts } from '../convert.ts';
import type { CoreEffect, Decision, TimerInput } from '../core/effects.ts';
import { PriceProcess, type PriceProcessConfig } from '../market/price-process.ts';
import { EXTERNAL_VENUE_TIMERS, externalVenueMachine, type ExternalVenueMachineEvent } from './external-venue-machine.ts';
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
/** The quote tick's timer; an order in its latency window has `order:<n>`. */
export const TICK_TIMER = 'tick';
const ORDER_TIMER_PREFIX = 'order:';

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

/** A decoded order with proto3 defaults filled in (convert.ts; the actor converts). */
type HedgeOrder = HedgeOrderFacts;

export interface ExternalVenueState {
  readonly config: ExternalVenueConfig;
  readonly markets: ReadonlyMap<number, PriceProcess>;
  readonly disconnects: TimeWindows;
  /** Orders in their latency window, by timer name. */
  readonly pending: Map<string, HedgeOrder>;
  orderTimerNext: number;
  readonly seenOrders: Set<string>;
  chart: SnapshotFrom<typeof externalVenueMachine>;
  readonly counters: ExternalVenueCounters;
}

export type ExternalVenueInput =
  | { kind: 'start' }
  | { kind: 'hedge-order'; order: HedgeOrderFacts }
  | TimerInput;

/** A venue for a run (the price paths' seed comes from the config or the run id). */
export function initialExternalVenueState(config: ExternalVenueConfig, runId: string): ExternalVenueState {
  checkExternalVenueConfig(config);
  const seed = externalVenueSeed(config, runId);
  return {
    config,
    markets: new Map(config.markets.map((market) => [market.marketId, externalMarketPriceProcess(seed, market)])),
    disconnects: new TimeWindows(config.disconnects, 'disconnects'),
    pending: new Map(),
    orderTimerNext: 1,
    seenOrders: new Set(),
    chart: chartStart(externalVenueMachine).snapshot,
    counters: { ticks: 0, fills: 0, rejects: 0, duplicateOrders: 0 },
  };
}

export function externalVenueConnected(state: ExternalVenueState): boolean {
  return state.chart.value === 'connected';
}

/** The reference price and quotes of a market at a time (a negatively skewed clock reads 0). */
export function externalVenueQuote(state: ExternalVenueState, marketId: number, nowUs: number): { priceTicks: number; bidTicks: number; askTicks: number } | undefined {
  const process = state.markets.get(marketId);
  if (!process) return undefined;
  const priceTicks = process.priceAt(Math.max(0, nowUs));
  return { priceTicks, ...externalQuote(priceTicks, state.config.halfSpreadBps) };
}

export function decide(state: ExternalVenueState, input: ExternalVenueInput, nowUs: number): Decision<ExternalVenueState> {
  const effects: CoreEffect[] = [];
  switch (input.kind) {
    case 'start':
      send(state, 'START', nowUs, effects);
      scheduleTick(state, nowUs, true, effects);
      break;
    case 'hedge-order':
      onOrder(state, input.order, effects);
      break;
    case 'timer':
      if (input.timer === TICK_TIMER) tick(state, nowUs, effects);
      else if ((EXTERNAL_VENUE_TIMERS as readonly string[]).includes(input.timer)) send(state, input.timer as ExternalVenueMachineEvent['type'], nowUs, effects);
      else if (input.timer.startsWith(ORDER_TIMER_PREFIX)) {
        const order = state.pending.get(input.timer);
        state.pending.delete(input.timer);
        if (order) execute(state, order, nowUs, effects);
      }
      break;
    default: {
      const exhaustive: never = input;
      throw new Error(`external venue: unknown input ${JSON.stringify(exhaustive)}`);
    }
  }
  return { state, effects };
}

function send(state: ExternalVenueState, type: ExternalVenueMachineEvent['type'], nowUs: number, effects: CoreEffect[]): void {
  const { disconnects } = state;
  const event = {
    type,
    inWindow: disconnects.endOfWindowAt(nowUs) !== undefined,
    untilWindowStartUs: TimeWindows.waitUs(nowUs, disconnects.nextStartAfter(nowUs)),
    untilWindowEndUs: TimeWindows.waitUs(nowUs, disconnects.endOfWindowAt(nowUs)),
  } as ExternalVenueMachineEvent;
  const step = chartStep(externalVenueMachine, state.chart, event);
  state.chart = step.snapshot;
  if (step.actions.length > 0) throw new Error(`external venue: unknown chart action ${step.actions[0]?.type}`);
  effects.push(...step.timers);
}

/** Ticks sit on the grid of tickIntervalUs so that a restart keeps their phase. */
function scheduleTick(state: ExternalVenueState, nowUs: number, includeNow: boolean, effects: CoreEffect[]): void {
  const interval = state.config.tickIntervalUs;
  let next = Math.ceil(nowUs / interval) * interval;
  if (!includeNow && next <= nowUs) next += interval;
  effects.push({ kind: 'set-timer', timer: TICK_TIMER, delayUs: Math.max(0, next - nowUs) });
}

function tick(state: ExternalVenueState, nowUs: number, effects: CoreEffect[]): void {
  if (externalVenueConnected(state)) {
    for (const marketId of state.markets.keys()) {
      const quote = externalVenueQuote(state, marketId, nowUs);
      if (!quote) continue;
      effects.push({ kind: 'publish', subject: `external.${state.config.venueId}`, body: { externalPrice: { marketId, ...quote, atUs: nowUs } } });
    }
    state.counters.ticks++;
  }
  scheduleTick(state, nowUs, false, effects);
}

function onOrder(state: ExternalVenueState, order: HedgeOrder, effects: CoreEffect[]): void {
  const key = `${order.hedgerId}\u0000${order.orderId}`;
  if (state.seenOrders.has(key)) {
    // The network may duplicate messages; filling an order twice would corrupt the hedger's books.
    state.counters.duplicateOrders++;
    return;
  }
  state.seenOrders.add(key);
  if (state.seenOrders.size > SEEN_ORDERS_MAX) state.seenOrders.delete(state.seenOrders.values().next().value as string);
  if (!externalVenueConnected(state)) {
    reject(state, order, HEDGE_REJECT_DISCONNECTED, effects);
    return;
  }
  const timer = `${ORDER_TIMER_PREFIX}${state.orderTimerNext++}`;
  state.pending.set(timer, order);
  effects.push({ kind: 'set-timer', timer, delayUs: state.config.orderLatencyUs });
}

function execute(state: ExternalVenueState, order: HedgeOrder, nowUs: number, effects: CoreEffect[]): void {
  if (!externalVenueConnected(state)) return reject(state, order, HEDGE_REJECT_DISCONNECTED, effects);
  const invalid = invalidOrder(order, state.markets);
  if (invalid) return reject(state, order, invalid, effects);
  const quote = externalVenueQuote(state, order.marketId, nowUs);
  if (!quote) return reject(state, order, 'unknown-market', effects);
  const buy = order.side === SIDE_BUY;
  const priceTicks = buy ? quote.askTicks : quote.bidTicks;
  const limit = order.limitPriceTicks;
  if (limit > 0 && (buy ? priceTicks > limit : priceTicks < limit)) return reject(state, order, HEDGE_REJECT_LIMIT, effects);
  state.counters.fills++;
  effects.push({
    kind: 'publish',
    subject: `external.${state.config.venueId}`,
    body: {
      hedgeFill: {
        hedgerId: order.hedgerId,
        orderId: order.orderId,
        marketId: order.marketId,
        side: order.side,
        sizeLots: order.sizeLots,
        priceTicks,
        fee: hedgeFee(priceTicks, order.sizeLots, state.config.feePpm),
        atUs: nowUs,
      },
    },
  });
}

function reject(state: ExternalVenueState, order: HedgeOrder, reason: string, effects: CoreEffect[]): void {
  state.counters.rejects++;
  effects.push({ kind: 'publish', subject: `external.${state.config.venueId}`, body: { hedgeReject: { hedgerId: order.hedgerId, orderId: order.orderId, reason } } });
}

/** Why an order cannot be filled whatever the price, or undefined. */
function invalidOrder(order: HedgeOrder, markets: ReadonlyMap<number, PriceProcess>): string | undefined {
  if (!markets.has(order.marketId)) return 'unknown-market';
  if (order.side !== SIDE_BUY && order.side !== SIDE_SELL) return 'bad-side';
  if (!Number.isSafeInteger(order.sizeLots) || order.sizeLots <= 0) return 'bad-size';
  if (!Number.isSafeInteger(order.limitPriceTicks) || order.limitPriceTicks < 0) return 'bad-limit';
  return undefined;
}

export function checkExternalVenueConfig(config: ExternalVenueConfig): void {
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
