/**
 * The market-maker hedger as a pure core, in the shape every actor kind has (core/effects.ts):
 * `decide(state, input, nowUs) → { state, effects }` — the effects (CoreEffect: publish, persist,
 * snapshot, set or cancel a timer, log) carried out in order by the thin actor (hedger-actor.ts)
 * — and `evolve(state, record)` for its durable log. No host, no clock, no timers of its own: a
 * test steps it alone.
 *
 * It quotes both sides of each of its markets on the venue around the venue's oracle price
 * (HedgerQuote transactions: the venue replaces its previous quote with two post-only orders)
 * and hedges the resulting delta on the external venue (HedgeOrder effects).
 *
 * - Quotes: bid/ask = oracle ∓ halfSpread − skew, skew = halfSpread x inventory / maxInventory
 *   (a long hedger lowers both prices to sell more); the side that would take the venue
 *   inventory past maxInventoryLots is not quoted. A market is quoted only while the hedger can
 *   hedge it: its external price fresh (the hedge venue reachable) as well as the venue's view.
 * - Hedging: when |venue position + external position + open hedges| > hedgeThresholdLots, one
 *   market order for all of it. Open hedges count, so a hedge in flight is not sent twice; an
 *   order unanswered after hedgeTimeoutUs is taken as lost and hedged again. A fill that comes
 *   after all is still booked (the fills, not the orders, are the truth) and the next hedge
 *   corrects the over-hedge.
 * - Books (hedger-book.ts) from the fills; the venue's AccountUpdate is checked against the
 *   venue leg after each block, and a difference (fills the view never saw: heights skipped on
 *   a lossy link, ADL) is booked at the mark so the hedge follows the real position.
 * - The durable log (hedger-wal.ts): what the books and orders are made of is decided as a
 *   record, persisted, and applied by `evolve` — live, and in the same way on recovery, where
 *   `restore` replays the log through `evolve` (after the last snapshot, taken every
 *   SNAPSHOT_EVERY_ENTRIES). A record is persisted before the message it concerns leaves, so a
 *   new incarnation resumes with the same books and does not hedge twice. Tallies,
 *   maxAbsDelta and time outside the delta limit count from the incarnation's start.
 * - Control states: hedger-machine.ts, stepped here with xstate's pure `transition` (chartStep);
 *   its guards read the facts this core computes at the input's time and hands it as event data.
 *   Timers (QUOTE_TICK_TIMER, one hedge-timeout per open order) are effects; the actor runs them on the host.
 * - The venue view (venue/view-state.ts) is part of the state: BlockExecuted messages come in raw.
 *
 * Planted bug 'never-pull' (campaign tests only): the venue is always fit to quote once funded
 * and priced — a halt, a stale oracle or a stale view no longer pulls the quotes. On a halt that
 * costs little (the venue cancels and rejects while halted); with its view cut off it is fatal:
 * the venue trades on against quotes the hedger keeps renewing, it sees none of those fills, so
 * it neither hedges them nor stops at maxInventoryLots, and its true delta grows for as long as
 * the view is stale. The simulator's hedger-delta-bounded invariant, computed from the venue's
 * state and the external venue's fills (not from these books), catches it.
 */
import type { SnapshotFrom } from 'xstate';
import { encodeMessage, type faultline } from '@faultline/protocol';
import { MARKET_ACTIVE, SIDE_BUY as BUY, SIDE_SELL as SELL, type AccountUpdateEvent } from '@faultline/venue';
import { chartStart, chartStep, chartStepKeepingContext, type ChartStep } from '../core/chart.ts';
import type { ExternalTick, HedgeFillFacts, HedgeRejectFacts } from '../convert.ts';
import type { CoreEffect, Decision, TimerInput } from '../core/effects.ts';
import type { HedgerVariant } from '../variants.ts';
import type { TxBody } from '../venue/tx-sender.ts';
import { nextTx, publishTx, type TxSequence } from '../venue/tx-sequence.ts';
import { newViewState, viewAgeUs, viewNext, viewReceive, type ExecutedBlockView, type ViewState } from '../venue/view-state.ts';
import { DeltaLimitTracker, HedgerBook, signedLotsOf, venueTradesOf, type HedgerMarket, type LegTrade } from './hedger-book.ts';
import { hedgerMachine, type HedgerAction, type HedgerFacts, type HedgerMachineEvent, type HedgerMode } from './hedger-machine.ts';
import { bookToWal, entryFromWal, orderToWal, snapshotFromWal, type HedgeOrderRecord, type HedgerWalRecord, type HedgerWalSnapshot } from './hedger-wal.ts';

export interface HedgerMarketConfig extends HedgerMarket {
  /** The venue's price step: quotes are rounded outwards to it. Default 1. */
  priceStepTicks?: number;
}

export interface HedgerConfig {
  /** Names it on the external venue (orders, fills); its venue account is the actor id. */
  hedgerId: string;
  /** The external venue's actor id: prices and fills arrive on `external.<venueId>`. */
  venueId: string;
  markets: HedgerMarketConfig[];
  /** Paid in once, at start (quote units). */
  deposit: number;
  /** Requote period (µs). */
  quoteIntervalUs: number;
  /** Quotes at oracle ± this (bps, at least one price step). */
  halfSpreadBps: number;
  quoteSizeLots: number;
  /** The venue inventory past which the side that grows it is not quoted (lots). */
  maxInventoryLots: number;
  /** Hedge once |delta + open hedges| exceeds this (lots). */
  hedgeThresholdLots: number;
  /** For the summary: time with |delta| beyond this (lots). */
  deltaLimitLots: number;
  /** The venue view or an external price older than this is stale (µs). */
  staleAfterUs: number;
  /** A hedge order unanswered this long is taken as lost (µs). */
  hedgeTimeoutUs: number;
}

export interface HedgerTally {
  /** HedgerQuote transactions sent, pulls included. */
  quotesSent: number;
  pullsSent: number;
  hedgeOrders: number;
  hedgeFills: number;
  hedgeRejects: number;
  hedgeTimeouts: number;
  /** Venue lots booked from an AccountUpdate because no fill explained them. */
  reconciledLots: number;
}

export interface HedgerMetrics extends HedgerTally {
  state: HedgerMode;
  venuePositionLots: number;
  externalPositionLots: number;
  deltaLots: number;
  maxAbsDeltaLots: number;
  venuePnl: number;
  externalPnl: number;
  basisPnl: number;
  timeOutsideDeltaLimitUs: number;
}

/** One market's two sides; a side of size 0 is not quoted (both 0: a pull). */
export interface QuoteSides {
  marketId: number;
  bidPriceTicks: number;
  bidSizeLots: number;
  askPriceTicks: number;
  askSizeLots: number;
}

interface ExternalQuote {
  priceTicks: number;
  atUs: number;
  receivedAtUs: number;
}

export interface HedgerState {
  readonly config: HedgerConfig;
  /** Its venue account (the actor id). */
  readonly accountId: string;
  /** Testing seam (see the header): never from a config or a spec. */
  readonly variant: HedgerVariant | undefined;
  readonly book: HedgerBook;
  readonly tracker: DeltaLimitTracker;
  readonly tally: HedgerTally;
  /** Hedge orders by id, oldest first (Map order is insertion order). */
  readonly orders: Map<number, HedgeOrderRecord>;
  /** The deposit as persisted; re-sent as is until the venue reports the account. */
  depositTx: faultline.v1.ITransaction | undefined;
  funded: boolean;
  lastVenueFillId: number;
  readonly view: ViewState;
  readonly external: Map<number, ExternalQuote>;
  /** Markets whose last HedgerQuote quoted something: a pull is owed when they stop quoting. */
  readonly live: Set<number>;
  /** Markets with a hedge rejected since the last tick: not re-hedged before the next one. */
  readonly rejectedSinceTick: Set<number>;
  /** The timeout in force (µs): adapts to how late fills come (see adaptTimeout). */
  hedgeTimeoutUs: number;
  readonly tx: TxSequence;
  nextOrderId: number;
  nextQuoteId: number;
  entriesSinceSnapshot: number;
  chart: SnapshotFrom<typeof hedgerMachine> | undefined;
}

export type HedgerInput =
  /** The actor started, after `restore`. */
  | { kind: 'start' }
  /** A BlockExecuted from an execution replica (`exec.*`). */
  | { kind: 'executed'; executed: faultline.v1.IBlockExecuted }
  /** From `external.<venueId>`: a price tick, a fill of one of ours (`key` names its envelope, sender:seq:sentAtUs, so a copy is booked once), a reject. */
  | { kind: 'external-price'; tick: ExternalTick }
  | { kind: 'hedge-fill'; fill: HedgeFillFacts; key: string }
  | { kind: 'hedge-reject'; reject: HedgeRejectFacts }
  | TimerInput;

/** The quote tick. */
export const QUOTE_TICK_TIMER = 'tick';
const HEDGE_TIMEOUT_PREFIX = 'hedge-timeout/';
/** The timer of one hedge order's timeout. */
export function hedgeTimeoutTimer(orderId: number): string {
  return `${HEDGE_TIMEOUT_PREFIX}${orderId}`;
}

const BPS = 10_000;
/** Hedge orders of one market in flight at once; more waits for the next tick. */
export const HEDGES_OPEN_PER_MARKET_MAX = 4;
/** Hedge orders remembered (open or closed) to cap late and duplicated fills; oldest forgotten first. */
export const HEDGE_ORDERS_REMEMBERED_MAX = 1024;
export const SNAPSHOT_EVERY_ENTRIES = 256;
/** The hedge timeout grows up to this multiple of hedgeTimeoutUs when fills come later than it. */
export const HEDGE_TIMEOUT_GROWTH_MAX = 8;

function checkInt(what: string, value: unknown, min: number): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) throw new RangeError(`hedger: ${what} must be an integer >= ${min}, got ${String(value)}`);
}

export function validateHedgerConfig(config: HedgerConfig): void {
  if (!config.hedgerId || !config.venueId) throw new RangeError('hedger: hedgerId and venueId must be set');
  if (!Array.isArray(config.markets) || config.markets.length === 0) throw new RangeError('hedger: markets must not be empty');
  for (const m of config.markets) checkInt('markets[].priceStepTicks', m.priceStepTicks ?? 1, 1);
  checkInt('deposit', config.deposit, 1);
  for (const key of ['quoteIntervalUs', 'quoteSizeLots', 'maxInventoryLots', 'staleAfterUs', 'hedgeTimeoutUs'] as const) checkInt(key, config[key], 1);
  for (const key of ['halfSpreadBps', 'hedgeThresholdLots', 'deltaLimitLots'] as const) checkInt(key, config[key], 0);
  if (config.halfSpreadBps >= BPS) throw new RangeError(`hedger: halfSpreadBps must be < ${BPS}`);
}

export function initialHedgerState(config: HedgerConfig, accountId: string, variant?: HedgerVariant): HedgerState {
  validateHedgerConfig(config);
  return {
    config,
    accountId,
    variant,
    book: new HedgerBook(config.markets),
    tracker: new DeltaLimitTracker(config.deltaLimitLots),
    tally: { quotesSent: 0, pullsSent: 0, hedgeOrders: 0, hedgeFills: 0, hedgeRejects: 0, hedgeTimeouts: 0, reconciledLots: 0 },
    orders: new Map(),
    depositTx: undefined,
    funded: false,
    lastVenueFillId: 0,
    view: newViewState(),
    external: new Map(),
    live: new Set(),
    rejectedSinceTick: new Set(),
    hedgeTimeoutUs: config.hedgeTimeoutUs,
    tx: { clientId: accountId, nonce: 0 },
    nextOrderId: 1,
    nextQuoteId: 1,
    entriesSinceSnapshot: 0,
    chart: undefined,
  };
}

export function hedgerMode(state: HedgerState): HedgerMode {
  return (state.chart?.value as HedgerMode | undefined) ?? 'flat';
}

export function hedgerMetrics(state: HedgerState, nowUs: number): HedgerMetrics {
  const totals = state.book.totals();
  return {
    state: hedgerMode(state),
    venuePositionLots: totals.venuePositionLots,
    externalPositionLots: totals.externalPositionLots,
    deltaLots: totals.deltaLots,
    maxAbsDeltaLots: state.tracker.maxAbsDeltaLots,
    venuePnl: totals.venuePnl,
    externalPnl: totals.externalPnl,
    basisPnl: totals.basisPnl,
    timeOutsideDeltaLimitUs: state.tracker.timeOutsideUs(nowUs),
    ...state.tally,
  };
}

/** Open hedge orders' remaining lots, signed (+ buying), in a market. */
export function openHedgeLots(state: HedgerState, marketId: number): number {
  let lots = 0;
  for (const order of state.orders.values()) if (order.open && order.marketId === marketId) lots += order.signedLots - order.filledLots;
  return lots;
}

// ── the durable log: one way to change the books and orders, live and on recovery ──────────

/** Rebuilds the state from a decoded log (hedger-wal.ts), before start: the snapshot, then every record through `evolve`. */
export function restore(state: HedgerState, snapshot: HedgerWalSnapshot | undefined, records: readonly HedgerWalRecord[]): HedgerState {
  if (snapshot) {
    const facts = snapshotFromWal(snapshot);
    state.book.restore(facts.books);
    state.depositTx = facts.depositTx;
    state.funded = facts.funded;
    state.lastVenueFillId = facts.lastVenueFillId;
    for (const order of facts.orders) state.orders.set(order.orderId, order);
  }
  for (const record of records) evolve(state, record);
  return state;
}

/** Applies one record: live right after the core persists it, and on recovery. Total: a record about a market or order it does not know changes nothing. */
export function evolve(state: HedgerState, record: HedgerWalRecord): HedgerState {
  const entry = entryFromWal(record);
  switch (entry.kind) {
    case 'deposit':
      state.depositTx = entry.tx;
      break;
    case 'funded':
      state.funded = true;
      break;
    case 'venue-fill':
      if (state.book.has(entry.marketId)) state.book.venueFill(entry.marketId, entry.trade);
      state.lastVenueFillId = Math.max(state.lastVenueFillId, entry.fillId);
      break;
    case 'hedge-order':
      remember(state, entry.order);
      break;
    case 'hedge-fill': {
      const order = state.orders.get(entry.orderId);
      if (order && state.book.has(order.marketId)) {
        order.filledLots += entry.trade.signedLots;
        order.fillKeys.push(entry.key);
        state.book.externalFill(order.marketId, entry.trade);
      }
      break;
    }
    case 'hedge-closed': {
      const order = state.orders.get(entry.orderId);
      if (order) order.open = false;
      break;
    }
    case 'none':
      break; // decodeHedgerWal refuses a record with no body; a live one always has one
    default: {
      const exhaustive: never = entry;
      throw new Error(`hedger: unknown log entry ${JSON.stringify(exhaustive)}`);
    }
  }
  return state;
}

/** What a snapshot holds: everything the records rebuild. */
export function walSnapshot(state: HedgerState): HedgerWalSnapshot {
  return {
    books: state.book.snapshot().map(bookToWal),
    ...(state.depositTx ? { depositTx: state.depositTx } : {}),
    funded: state.funded,
    lastVenueFillId: state.lastVenueFillId,
    orders: [...state.orders.values()].map(orderToWal),
  };
}

// ── decide ─────────────────────────────────────────────────────────────────────────────────

/** The input's effects and, in the state, what it changed. */
interface Step {
  readonly state: HedgerState;
  readonly nowUs: number;
  readonly effects: CoreEffect[];
}

export function decide(state: HedgerState, input: HedgerInput, nowUs: number): Decision<HedgerState> {
  const step: Step = { state, nowUs, effects: [] };
  switch (input.kind) {
    case 'start':
      start(step);
      break;
    case 'executed':
      if (viewReceive(state.view, input.executed, nowUs)) {
        for (let block = viewNext(state.view, nowUs); block; block = viewNext(state.view, nowUs)) onBlock(step, block);
      }
      break;
    case 'external-price':
      onExternalPrice(step, input.tick);
      break;
    case 'hedge-fill':
      onHedgeFill(step, input.fill, input.key);
      break;
    case 'hedge-reject':
      onHedgeReject(step, input.reject);
      break;
    case 'timer':
      onTimer(step, input.timer);
      break;
    default: {
      const exhaustive: never = input;
      throw new Error(`hedger: unhandled input ${JSON.stringify(exhaustive)}`);
    }
  }
  return { state, effects: step.effects };
}

function start(step: Step): void {
  const { state, nowUs } = step;
  // Time-based ids: a new incarnation never reuses its predecessor's nonces, quote or order ids.
  const now = Math.max(0, nowUs);
  state.tx.nonce = now;
  state.nextQuoteId = now + 1;
  state.nextOrderId = Math.max(now, ...state.orders.keys()) + 1;
  for (const order of state.orders.values()) {
    if (order.open) step.effects.push({ kind: 'set-timer', timer: hedgeTimeoutTimer(order.orderId), delayUs: Math.max(0, order.sentAtUs + state.config.hedgeTimeoutUs - now) });
  }
  if (state.depositTx) {
    // A restart: the deposit once more (lost before it was committed? the venue drops a copy),
    // and a pull, since the predecessor may have left quotes on the book that nobody watches.
    step.effects.push(publishTx(state.depositTx));
    for (const { marketId } of state.config.markets) pull(step, marketId);
  } else sendDeposit(step);
  state.tracker.observe(now, state.book.maxAbsDeltaLots());
  act(step, chartStart(hedgerMachine, facts(step)));
}

function onBlock(step: Step, block: ExecutedBlockView): void {
  const { state, nowUs } = step;
  let requote = false;
  let update: AccountUpdateEvent | undefined;
  // By index: the block's events are shared frozen facts (venue/view-state.ts), and a for-of over a frozen array allocates a result per step.
  const events = block.events;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.kind === 'fill' && state.book.has(event.fill.marketId)) {
      const fill = event.fill;
      const trades = venueTradesOf(state.accountId, fill);
      if (trades.length === 0 || fill.fillId <= state.lastVenueFillId) continue;
      for (const trade of trades) record(step, { venueFill: { marketId: fill.marketId, fillId: fill.fillId, trade } });
      requote = true; // a side was (partly) taken: put it back at the next block, not the next tick
    } else if (event.kind === 'oraclePrice' && state.book.has(event.oraclePrice.marketId)) {
      state.book.setVenueMark(event.oraclePrice.marketId, event.oraclePrice.markTicks);
    } else if (event.kind === 'marketStatus' && state.book.has(event.marketStatus.marketId)) {
      requote = true;
    } else if (event.kind === 'accountUpdate' && event.accountUpdate.accountId === state.accountId) {
      update = event.accountUpdate;
    }
  }
  if (update) {
    if (!state.funded) record(step, { funded: {} });
    reconcile(step, update);
  }
  state.tracker.observe(nowUs, state.book.maxAbsDeltaLots());
  send(step, { type: 'BLOCK', requote, facts: facts(step) });
}

function onExternalPrice(step: Step, tick: ExternalTick): void {
  const { state, nowUs } = step;
  const { marketId, priceTicks, atUs } = tick;
  if (!state.book.has(marketId) || !(priceTicks > 0) || !Number.isSafeInteger(priceTicks)) return;
  if (atUs < (state.external.get(marketId)?.atUs ?? -Infinity)) return; // reordered: keep the newer
  state.external.set(marketId, { priceTicks, atUs, receivedAtUs: nowUs });
  state.book.setExternalPrice(marketId, priceTicks);
  send(step, { type: 'EXTERNAL', facts: facts(step) });
}

function onHedgeFill(step: Step, fill: HedgeFillFacts, key: string): void {
  const { state, nowUs } = step;
  const order = state.orders.get(fill.orderId);
  const { sizeLots, priceTicks, side } = fill;
  if (!order || order.fillKeys.includes(key) || !(sizeLots > 0) || !(priceTicks > 0)) return;
  if (fill.marketId !== order.marketId || (side !== BUY && side !== SELL) || Math.sign(signedLotsOf(side, 1)) !== Math.sign(order.signedLots)) {
    step.effects.push({ kind: 'log', level: 'warn', message: 'hedger: hedge fill does not match its order; ignored', fields: { orderId: order.orderId } });
    return;
  }
  // Never more than the order: anything beyond is a copy the envelope key did not catch.
  const lots = Math.min(sizeLots, Math.abs(order.signedLots) - Math.abs(order.filledLots));
  if (lots <= 0) return;
  const trade: LegTrade = { signedLots: Math.sign(order.signedLots) * lots, priceTicks, fee: fill.fee };
  if (order.fillKeys.length === 0) adaptTimeout(state, nowUs - order.sentAtUs);
  record(step, { hedgeFill: { orderId: order.orderId, key, trade } });
  state.tally.hedgeFills++;
  if (order.open && order.filledLots === order.signedLots) close(step, order);
  state.tracker.observe(nowUs, state.book.maxAbsDeltaLots());
  send(step, { type: 'HEDGE_FILLED', facts: facts(step) });
}

function onHedgeReject(step: Step, reject: HedgeRejectFacts): void {
  const { state } = step;
  const order = state.orders.get(reject.orderId);
  if (!order?.open) return;
  close(step, order);
  state.tally.hedgeRejects++;
  state.rejectedSinceTick.add(order.marketId);
  step.effects.push({ kind: 'log', level: 'info', message: 'hedger: hedge rejected', fields: { orderId: order.orderId, reason: reject.reason } });
  send(step, { type: 'HEDGE_REJECTED', facts: facts(step) });
}

/** A timer the core set has fired (the actor forgot it first: it is no longer armed). */
function onTimer(step: Step, timer: string): void {
  const { state, nowUs } = step;
  if (timer === QUOTE_TICK_TIMER) return send(step, { type: 'TICK', facts: facts(step) });
  if (!timer.startsWith(HEDGE_TIMEOUT_PREFIX)) return;
  const order = state.orders.get(Number(timer.slice(HEDGE_TIMEOUT_PREFIX.length)));
  if (!order?.open) return;
  // The timeout grew since this order was sent: it gets the longer wait too.
  const leftUs = order.sentAtUs + state.hedgeTimeoutUs - nowUs;
  if (leftUs > 0) return void step.effects.push({ kind: 'set-timer', timer, delayUs: leftUs });
  close(step, order);
  state.tally.hedgeTimeouts++;
  send(step, { type: 'HEDGE_LOST', facts: facts(step) });
}

// ── the machine ────────────────────────────────────────────────────────────────────────────

/** The routing facts at the input's time. */
/**
 * The chart's facts, at every external tick, block, fill and timer (thousands a run). In loops:
 * a spread of the remembered orders (up to HEDGE_ORDERS_REMEMBERED_MAX) made an array at each
 * call, and `some` with a closure made per call ran as builtin calls in unoptimised code most of a
 * cold run (session 32 venue).
 */
function facts(step: Step): HedgerFacts {
  const { state } = step;
  return {
    venueOk: venueOk(step),
    externalUp: anyMarket(step, externalFresh),
    flat: state.book.isFlat() && !anyOrderOpen(state),
  };
}

function anyMarket(step: Step, test: (step: Step, marketId: number) => boolean): boolean {
  for (const market of step.state.config.markets) if (test(step, market.marketId)) return true;
  return false;
}

function anyOrderOpen(state: HedgerState): boolean {
  for (const order of state.orders.values()) if (order.open) return true;
  return false;
}

function sameFacts(a: HedgerFacts, b: HedgerFacts): boolean {
  return a.venueOk === b.venueOk && a.externalUp === b.externalUp && a.flat === b.flat;
}

function send(step: Step, event: HedgerMachineEvent): void {
  const { state } = step;
  const was = hedgerMode(state);
  const chart = state.chart as SnapshotFrom<typeof hedgerMachine>;
  // Facts equal to the context: `learn` changes nothing and the routing stays (chartStepKeepingContext).
  const next = sameFacts(chart.context, event.facts) ? chartStepKeepingContext(hedgerMachine, chart, event, 'learn') : chartStep(hedgerMachine, chart, event);
  if (next.snapshot.value !== was) step.effects.push({ kind: 'log', level: 'debug', message: 'hedger mode', fields: { mode: next.snapshot.value, was } });
  act(step, next);
}

/** Carries out the chart's actions in order; the next tick is armed after everything else the step did (as an xstate actor defers its delays). */
function act(step: Step, chart: ChartStep<typeof hedgerMachine>): void {
  step.state.chart = chart.snapshot;
  let scheduleTick = false;
  for (const { type } of chart.actions) {
    switch (type as HedgerAction) {
      case 'tick':
        tick(step);
        break;
      case 'requote':
        requote(step);
        break;
      case 'pullAll':
        for (const marketId of [...step.state.live]) pull(step, marketId);
        break;
      case 'hedge':
        hedge(step);
        break;
      case 'scheduleTick':
        scheduleTick = true;
        break;
      default:
        throw new Error(`hedger: unknown chart action ${type}`);
    }
  }
  if (scheduleTick) step.effects.push({ kind: 'set-timer', timer: QUOTE_TICK_TIMER, delayUs: step.state.config.quoteIntervalUs });
}

// ── venue side ─────────────────────────────────────────────────────────────────────────────

function viewFresh(step: Step): boolean {
  return viewAgeUs(step.state.view, step.nowUs) <= step.state.config.staleAfterUs;
}

function venueOk(step: Step): boolean {
  const { state } = step;
  if (state.variant === 'never-pull') return anyMarket(step, quotable);
  return state.funded && viewFresh(step) && anyMarket(step, quotable);
}

function quotable(step: Step, marketId: number): boolean {
  const { state } = step;
  const market = state.view.markets.get(marketId);
  if (state.variant === 'never-pull') return state.funded && (market?.oracleTicks ?? 0) > 0;
  // Its hedge venue must be reachable too: a fill it could not hedge is risk it does not take on.
  return state.funded && viewFresh(step) && market?.state === MARKET_ACTIVE && !market.oracleStale && market.oracleTicks > 0 && externalFresh(step, marketId);
}

function requote(step: Step): void {
  const { state } = step;
  for (const market of state.config.markets) {
    const quote = quotable(step, market.marketId) ? quoteFor(state, market) : undefined;
    if (quote && (quote.bidSizeLots > 0 || quote.askSizeLots > 0)) {
      submitQuote(step, quote);
      state.live.add(market.marketId);
    } else if (state.live.has(market.marketId)) pull(step, market.marketId);
  }
}

/** The quote around the oracle, skewed by inventory; a side of size 0 is not quoted. */
export function quoteFor(state: HedgerState, market: HedgerMarketConfig): QuoteSides {
  const oracle = state.view.markets.get(market.marketId)?.oracleTicks ?? 0;
  const step = market.priceStepTicks ?? 1;
  const halfTicks = Math.max(step, Math.floor((oracle * state.config.halfSpreadBps) / BPS));
  const inventory = state.book.venuePositionLots(market.marketId);
  const max = state.config.maxInventoryLots;
  const skewTicks = Math.trunc((halfTicks * Math.max(-max, Math.min(max, inventory))) / max);
  const bidPriceTicks = Math.floor((oracle - halfTicks - skewTicks) / step) * step;
  const askPriceTicks = Math.ceil((oracle + halfTicks - skewTicks) / step) * step;
  let bidSizeLots = Math.max(0, Math.min(state.config.quoteSizeLots, max - inventory));
  const askSizeLots = Math.max(0, Math.min(state.config.quoteSizeLots, max + inventory));
  if (bidPriceTicks < step) bidSizeLots = 0;
  return { marketId: market.marketId, bidPriceTicks: bidSizeLots > 0 ? bidPriceTicks : 0, bidSizeLots, askPriceTicks: askSizeLots > 0 ? askPriceTicks : 0, askSizeLots };
}

function pull(step: Step, marketId: number): void {
  submitQuote(step, { marketId, bidPriceTicks: 0, bidSizeLots: 0, askPriceTicks: 0, askSizeLots: 0 });
  step.state.live.delete(marketId);
  step.state.tally.pullsSent++;
}

function submitQuote(step: Step, quote: QuoteSides): void {
  const { state } = step;
  submit(step, { hedgerQuote: { accountId: state.accountId, quoteId: state.nextQuoteId++, ...quote } });
  state.tally.quotesSent++;
}

function submit(step: Step, body: TxBody): void {
  step.effects.push(publishTx(nextTx(step.state.tx, body, step.nowUs)));
}

function sendDeposit(step: Step): void {
  const { state, nowUs } = step;
  // Logged before it is first sent, so the very transaction (same nonce) can be sent again later.
  const tx = nextTx(state.tx, { deposit: { accountId: state.accountId, amount: state.config.deposit } }, nowUs);
  record(step, { deposit: tx });
  step.effects.push(publishTx(tx));
}

/** The venue's word on the position wins: book what no fill explained, at the mark, no fee. */
function reconcile(step: Step, update: AccountUpdateEvent): void {
  const { state } = step;
  for (const marketId of state.book.marketIds()) {
    const venueLots = update.positions.find((p) => p.marketId === marketId)?.sizeLots ?? 0;
    const missingLots = venueLots - state.book.venuePositionLots(marketId);
    const priceTicks = state.view.markets.get(marketId)?.markTicks || state.book.figures(marketId).venueMarkTicks;
    if (missingLots === 0 || !(priceTicks > 0)) continue;
    record(step, { venueFill: { marketId, fillId: state.lastVenueFillId, trade: { signedLots: missingLots, priceTicks, fee: 0 } } });
    state.tally.reconciledLots += Math.abs(missingLots);
    step.effects.push({ kind: 'log', level: 'warn', message: 'hedger: venue position differs from its fills; booked at the mark', fields: { marketId, missingLots, priceTicks } });
  }
}

// ── external side ──────────────────────────────────────────────────────────────────────────

function externalFresh(step: Step, marketId: number): boolean {
  const quote = step.state.external.get(marketId);
  return quote !== undefined && step.nowUs - quote.receivedAtUs <= step.state.config.staleAfterUs;
}

function hedge(step: Step): void {
  const { state } = step;
  for (const { marketId } of state.config.markets) {
    if (!externalFresh(step, marketId) || state.rejectedSinceTick.has(marketId)) continue;
    const residualLots = state.book.deltaLots(marketId) + openHedgeLots(state, marketId);
    if (Math.abs(residualLots) <= state.config.hedgeThresholdLots) continue;
    let open = 0;
    for (const order of state.orders.values()) if (order.open && order.marketId === marketId) open++;
    if (open >= HEDGES_OPEN_PER_MARKET_MAX) continue;
    sendHedge(step, marketId, -residualLots);
  }
}

function sendHedge(step: Step, marketId: number, signedLots: number): void {
  const { state, nowUs } = step;
  const orderId = state.nextOrderId++;
  record(step, { hedgeOrder: { orderId, marketId, signedLots, filledLots: 0, sentAtUs: nowUs, open: true, fillKeys: [] } });
  const hedgeOrder = { hedgerId: state.config.hedgerId, orderId, marketId, side: signedLots > 0 ? BUY : SELL, sizeLots: Math.abs(signedLots), limitPriceTicks: 0 };
  step.effects.push({ kind: 'publish', subject: `external.${state.config.hedgerId}`, body: { hedgeOrder } });
  state.tally.hedgeOrders++;
  step.effects.push({ kind: 'set-timer', timer: hedgeTimeoutTimer(orderId), delayUs: state.hedgeTimeoutUs });
}

function close(step: Step, order: HedgeOrderRecord): void {
  record(step, { hedgeClosed: { orderId: order.orderId } });
  step.effects.push({ kind: 'cancel-timer', timer: hedgeTimeoutTimer(order.orderId) });
}

function remember(state: HedgerState, order: HedgeOrderRecord): void {
  state.orders.set(order.orderId, order);
  // The oldest goes first. An open order is never forgotten (at most HEDGES_OPEN_PER_MARKET_MAX per market are open).
  for (const [id, old] of state.orders) {
    if (state.orders.size <= HEDGE_ORDERS_REMEMBERED_MAX) break;
    if (!old.open) state.orders.delete(id);
  }
}

/**
 * A venue slower than the timeout would have every order taken as lost and hedged again
 * while it is still to fill: an over-hedge at every order. So, as TCP's retransmission
 * timeout does, the timeout follows the latency seen: twice the last first-fill latency,
 * never below hedgeTimeoutUs nor above HEDGE_TIMEOUT_GROWTH_MAX times it.
 */
function adaptTimeout(state: HedgerState, latencyUs: number): void {
  const limitUs = HEDGE_TIMEOUT_GROWTH_MAX * state.config.hedgeTimeoutUs;
  state.hedgeTimeoutUs = Math.max(state.config.hedgeTimeoutUs, Math.min(limitUs, 2 * latencyUs));
}

// ── housekeeping ───────────────────────────────────────────────────────────────────────────

function tick(step: Step): void {
  const { state } = step;
  state.rejectedSinceTick.clear();
  // Same nonce as the first send: harmless if that one was committed after all.
  if (!state.funded && state.depositTx) step.effects.push(publishTx(state.depositTx));
  if (state.entriesSinceSnapshot >= SNAPSHOT_EVERY_ENTRIES) {
    step.effects.push({ kind: 'snapshot', state: encodeMessage('HedgerWalSnapshot', walSnapshot(state)) });
    state.entriesSinceSnapshot = 0;
  }
}

/** Persists a record, then applies it: the live path and recovery change state in one place. */
function record(step: Step, walRecord: HedgerWalRecord): void {
  step.effects.push({ kind: 'persist', record: encodeMessage('HedgerWalRecord', walRecord) });
  step.state.entriesSinceSnapshot++;
  evolve(step.state, walRecord);
}
