/**
 * What every trader shares, as a pure core: `decide(state, input, nowUs) → { state, effects }`
 * (the validator's shape, core/effects.ts). The state holds the venue view, the nonce sequence,
 * the deposit that funds the trader, the control statechart's snapshot (trader-machine.ts),
 * seeded tick jitter, and the bookkeeping of its own orders from the execution events. A trader
 * kind (noise, leveraged, stale-arb) is a TraderStrategy: what to do at a tick (`act`) and,
 * optionally, when it is done, what it learns from its own order events and external ticks.
 *
 * Restarts: the Deposit is persisted (a protobuf Transaction in the durable log) before it is
 * sent, so a new incarnation re-sends that very transaction (same nonce: the venue drops the
 * duplicate) instead of paying in twice. `evolve` applies a persisted record: live, right after
 * the core persists it, and on recovery, to every record of the log (one code path). The nonce
 * sequence starts after the start time so a new incarnation never reuses a nonce (a client sends
 * far fewer than one transaction per µs).
 */
import { encodeMessage, type faultline } from '@faultline/protocol';
import type { Rng } from '@faultline/runtime';
import type { OrderUpdateEvent } from '@faultline/venue';
import type { SnapshotFrom } from 'xstate';
import { chartStart, chartStep, type ChartStep } from '../core/chart.ts';
import type { ExternalTick } from '../convert.ts';
import { decodeLogRecords } from '../core/durable-log.ts';
import type { CoreEffect, Decision, TimerInput } from '../core/effects.ts';
import { nextTx, publishTx, type TxSequence } from '../venue/tx-sequence.ts';
import type { TxBody } from '../venue/tx-sender.ts';
import { newViewState, viewAgeUs, viewMarketActive, viewNext, viewReceive, type ExecutedBlockView, type ViewState } from '../venue/view-state.ts';
import { FUNDING_RETRY_TIMER, TICK_TIMER, traderMachine, type TraderFacts, type TraderMachineEvent, type TraderMode } from './trader-machine.ts';

export interface TraderConfig {
  /** The venue account; default: the actor id. */
  accountId?: string;
  marketIds: number[];
  /** Paid in once, at start (quote units). */
  deposit: number;
  /** Mean time between actions (µs). */
  intervalUs: number;
  /** Delay before the first action; default: seeded, uniform in [0, intervalUs). */
  startDelayUs?: number;
  /** Tick jitter: exponential (a Poisson process, default) or uniform in [interval/2, 3 interval/2]. */
  jitter?: 'exponential' | 'uniform';
  /** The trader pauses when its view is older than this (µs); default 5 s. */
  staleAfterUs?: number;
  /** The deposit is re-sent this often until it is seen (µs); default 2 s. */
  fundingRetryUs?: number;
  /** An order with no execution event after this long is taken as lost (µs); default max(2 s, 4 intervals). */
  orderTimeoutUs?: number;
}

export interface TraderCounters {
  ticks: number;
  orders: number;
  cancels: number;
  /** Own transactions the venue rejected (TxRejected events). */
  rejected: number;
  /** Deposit transmissions (first send and re-sends). */
  depositSends: number;
}

export interface OrderSpec {
  marketId: number;
  side: faultline.v1.Side;
  type: faultline.v1.OrderType;
  timeInForce: faultline.v1.TimeInForce;
  priceTicks: number;
  sizeLots: number;
  reduceOnly?: boolean;
}

export interface PendingOrder {
  marketId: number;
  nonce: number;
  sentAtUs: number;
}

/** An external venue's tick (`external.*`), for the kinds that read them: convert.ts's, converted by the actor. */
export type { ExternalTick };

/** What a trader kind adds to the shared core (its own state is `state.own`). */
export interface TraderStrategy<K> {
  /** What the trader does at a tick (only in `trading`); orders go out through placeOrder/cancelOrder. */
  act(state: TraderState<K>, nowUs: number, effects: CoreEffect[]): void;
  /** Its goal is met: it stops for good (default: never). */
  isDone?(state: TraderState<K>, nowUs: number): boolean;
  /** Each of the trader's own order events, before the chart sees the block. */
  onOwnOrderEvent?(state: TraderState<K>, update: OrderUpdateEvent): void;
  onExternal?(state: TraderState<K>, tick: ExternalTick, nowUs: number): void;
  /** Applies one of its own persisted requests (persistTx), live and on recovery; the Deposit is the core's. */
  evolve?(state: TraderState<K>, record: faultline.v1.ITransaction): void;
}

export interface TraderState<K = unknown> {
  readonly config: TraderConfig;
  readonly strategy: TraderStrategy<K>;
  /** The kind's own state. */
  readonly own: K;
  readonly accountId: string;
  readonly view: ViewState;
  readonly tx: TxSequence;
  clientOrderIdNext: number;
  readonly pending: Map<number, PendingOrder>;
  /** The Deposit as persisted (evolve); re-sent as is. */
  depositTx: faultline.v1.ITransaction | undefined;
  funded: boolean;
  /** Start delay and tick jitter (its own seeded stream). */
  readonly scheduleRng: Rng;
  /** The next tick's delay, drawn before it is needed so the chart's delay reads it from the event. */
  nextTickUs: number;
  /** The control state; undefined until the first action time (the start delay). */
  chart: SnapshotFrom<typeof traderMachine> | undefined;
  readonly counters: TraderCounters;
}

export type TraderInput =
  /** The actor started (after recovery): arms the start delay. */
  | { kind: 'start' }
  | { kind: 'executed'; executed: faultline.v1.IBlockExecuted }
  | { kind: 'external'; tick: ExternalTick }
  | TimerInput;

/** The start delay's timer. */
export const BEGIN_TIMER = 'begin';
const JITTER_CAP = 10; // an exponential draw is capped at 10 means: no trader sleeps for ever
const STALE_AFTER_US_DEFAULT = 5_000_000;
const FUNDING_RETRY_US_DEFAULT = 2_000_000;
const ORDER_TIMEOUT_US_MIN = 2_000_000;

export function checkPositiveInt(what: string, value: unknown, min = 1): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) throw new RangeError(`${what} must be an integer >= ${min}, got ${String(value)}`);
}

export function checkTraderConfig(config: TraderConfig): void {
  if (!Array.isArray(config.marketIds) || config.marketIds.length === 0) throw new RangeError('trader: marketIds must not be empty');
  for (const id of config.marketIds) checkPositiveInt('trader: marketIds[]', id);
  checkPositiveInt('trader: deposit', config.deposit);
  checkPositiveInt('trader: intervalUs', config.intervalUs);
}

/**
 * A new incarnation: `clientId` is its actor id, `scheduleRng` its own seeded stream, `nowUs`
 * the time it starts (nonces and client order ids start after it).
 */
export function initialTraderState<K>(
  config: TraderConfig,
  strategy: TraderStrategy<K>,
  own: K,
  options: { clientId: string; scheduleRng: Rng; nowUs: number },
): TraderState<K> {
  checkTraderConfig(config);
  const start = Math.max(0, options.nowUs);
  return {
    config,
    strategy,
    own,
    accountId: config.accountId ?? options.clientId,
    view: newViewState(),
    tx: { clientId: options.clientId, nonce: start },
    clientOrderIdNext: start + 1,
    pending: new Map(),
    depositTx: undefined,
    funded: false,
    scheduleRng: options.scheduleRng,
    nextTickUs: 0,
    chart: undefined,
    counters: { ticks: 0, orders: 0, cancels: 0, rejected: 0, depositSends: 0 },
  };
}

/** Applies one persisted record (the Deposit): live after persisting it, and on recovery. */
export function evolve<K>(state: TraderState<K>, record: faultline.v1.ITransaction): TraderState<K> {
  if (record.deposit) state.depositTx = record;
  else state.strategy.evolve?.(state, record);
  return state;
}

/** Replays the durable log through `evolve`; a record that does not decode is an error naming the trader. */
export function recover<K>(state: TraderState<K>, entries: readonly Uint8Array[]): TraderState<K> {
  for (const record of decodeLogRecords('Transaction', entries, `trader ${state.tx.clientId}`)) evolve(state, record);
  return state;
}

export function traderMode(state: TraderState): TraderMode {
  return (state.chart?.value as TraderMode | undefined) ?? 'funding';
}

export function decide<K>(state: TraderState<K>, input: TraderInput, nowUs: number): Decision<TraderState<K>> {
  const effects: CoreEffect[] = [];
  switch (input.kind) {
    case 'start': {
      // A previous incarnation paid in: trust it (its account may not appear in the view until
      // something touches it, and waiting for that could wait for ever).
      if (state.depositTx) state.funded = true;
      const delayUs = state.config.startDelayUs ?? state.scheduleRng.int(0, state.config.intervalUs - 1);
      state.nextTickUs = drawTickUs(state);
      effects.push({ kind: 'set-timer', timer: BEGIN_TIMER, delayUs });
      break;
    }
    case 'executed':
      if (viewReceive(state.view, input.executed, nowUs)) {
        for (let block = viewNext(state.view, nowUs); block; block = viewNext(state.view, nowUs)) onBlock(state, block, nowUs, effects);
      }
      break;
    case 'external': {
      state.strategy.onExternal?.(state, input.tick, nowUs);
      break;
    }
    case 'timer':
      if (input.timer === BEGIN_TIMER) begin(state, nowUs, effects);
      else if (input.timer === TICK_TIMER) send(state, 'TICK', nowUs, effects);
      else if (input.timer === FUNDING_RETRY_TIMER) send(state, input.timer, nowUs, effects);
      break;
    default: {
      const exhaustive: never = input;
      throw new Error(`trader: unknown input ${JSON.stringify(exhaustive)}`);
    }
  }
  return { state, effects };
}

// ---- what the kinds use ----------------------------------------------------------------

export function marketActive(state: TraderState, marketId: number): boolean {
  return viewMarketActive(state.view, marketId);
}

export function positionLots(state: TraderState, marketId: number): number {
  return state.view.accounts.get(state.accountId)?.positions.find((p) => p.marketId === marketId)?.sizeLots ?? 0;
}

export function accountKnown(state: TraderState): boolean {
  return state.view.accounts.has(state.accountId);
}

/** An order of ours in this market not yet executed (nor timed out: those are forgotten here). */
export function hasPending(state: TraderState, marketId: number, nowUs: number): boolean {
  const timeoutUs = state.config.orderTimeoutUs ?? Math.max(ORDER_TIMEOUT_US_MIN, 4 * state.config.intervalUs);
  for (const [id, order] of state.pending) {
    if (nowUs - order.sentAtUs > timeoutUs) state.pending.delete(id);
    else if (order.marketId === marketId) return true;
  }
  return false;
}

/** Submits an order; `track` keeps it pending until its execution event arrives. */
export function placeOrder(state: TraderState, spec: OrderSpec, nowUs: number, effects: CoreEffect[], track = true): number {
  const clientOrderId = state.clientOrderIdNext++;
  const nonce = submit(state, {
    placeOrder: {
      accountId: state.accountId,
      marketId: spec.marketId,
      clientOrderId,
      side: spec.side,
      type: spec.type,
      timeInForce: spec.timeInForce,
      priceTicks: spec.priceTicks,
      sizeLots: spec.sizeLots,
      reduceOnly: spec.reduceOnly ?? false,
    },
  }, nowUs, effects);
  state.counters.orders++;
  if (track) state.pending.set(clientOrderId, { marketId: spec.marketId, nonce, sentAtUs: nowUs });
  return clientOrderId;
}

/**
 * A request the trader must remember across restarts (a withdrawal, a loss cut): logged, applied
 * by `evolve` (the kind's), then sent — the record before the message, as with the Deposit. An
 * order among them gets the next client order id and, with `trackMarketId`, is kept pending.
 */
export function persistTx(state: TraderState, body: TxBody, nowUs: number, effects: CoreEffect[], trackMarketId?: number): void {
  if (body.placeOrder) {
    body = { placeOrder: { ...body.placeOrder, clientOrderId: state.clientOrderIdNext++ } };
    state.counters.orders++;
  }
  const tx = nextTx(state.tx, body, nowUs);
  effects.push({ kind: 'persist', record: encodeMessage('Transaction', tx) });
  evolve(state, tx);
  effects.push(publishTx(tx));
  const clientOrderId = body.placeOrder?.clientOrderId;
  if (trackMarketId !== undefined && typeof clientOrderId === 'number') state.pending.set(clientOrderId, { marketId: trackMarketId, nonce: tx.nonce as number, sentAtUs: nowUs });
}

export function cancelOrder(state: TraderState, marketId: number, orderId: number, nowUs: number, effects: CoreEffect[]): void {
  submit(state, { cancelOrder: { accountId: state.accountId, marketId, orderId } }, nowUs, effects);
  state.counters.cancels++;
}

// ---- inside the core --------------------------------------------------------------------

function submit(state: TraderState, body: TxBody, nowUs: number, effects: CoreEffect[]): number {
  const tx = nextTx(state.tx, body, nowUs);
  effects.push(publishTx(tx));
  return tx.nonce as number;
}

function begin<K>(state: TraderState<K>, nowUs: number, effects: CoreEffect[]): void {
  // A recovered deposit is sent once more: the first may have been lost before it was
  // committed, and if it was not, the venue drops the copy as a duplicate.
  if (!state.depositTx) {
    const tx = nextTx(state.tx, { deposit: { accountId: state.accountId, amount: state.config.deposit } }, nowUs);
    effects.push({ kind: 'persist', record: encodeMessage('Transaction', tx) });
    evolve(state, tx);
  }
  publishDeposit(state, effects);
  const start = chartStart(traderMachine, { fundingRetryUs: state.config.fundingRetryUs ?? FUNDING_RETRY_US_DEFAULT });
  state.chart = start.snapshot;
  carryOut(state, start, nowUs, effects);
  send(state, 'BLOCK', nowUs, effects); // a recovered deposit counts at once
}

function publishDeposit(state: TraderState, effects: CoreEffect[]): void {
  if (!state.depositTx) return;
  effects.push(publishTx(state.depositTx));
  state.counters.depositSends++;
}

function onBlock<K>(state: TraderState<K>, block: ExecutedBlockView, nowUs: number, effects: CoreEffect[]): void {
  // By index: the block's events are shared frozen facts (venue/view-state.ts), and a for-of over a frozen array allocates a result per step.
  const events = block.events;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.kind === 'orderUpdate' && event.orderUpdate.accountId === state.accountId) {
      // Any update means the order was executed in this block, and so is in the position.
      state.pending.delete(event.orderUpdate.clientOrderId);
      state.strategy.onOwnOrderEvent?.(state, event.orderUpdate);
    } else if (event.kind === 'txRejected' && event.txRejected.clientId === state.tx.clientId) {
      state.counters.rejected++;
      for (const [id, order] of state.pending) if (order.nonce === event.txRejected.nonce) state.pending.delete(id);
    }
  }
  if (!state.funded && (state.view.accounts.get(state.accountId)?.collateral ?? 0) > 0) state.funded = true;
  if (state.chart) send(state, 'BLOCK', nowUs, effects);
}

function facts<K>(state: TraderState<K>, nowUs: number): TraderFacts {
  const fresh = viewAgeUs(state.view, nowUs) <= (state.config.staleAfterUs ?? STALE_AFTER_US_DEFAULT);
  return {
    funded: state.funded,
    canTrade: fresh && state.config.marketIds.some((id) => viewMarketActive(state.view, id)),
    done: state.strategy.isDone?.(state, nowUs) ?? false,
  };
}

function send<K>(state: TraderState<K>, type: TraderMachineEvent['type'], nowUs: number, effects: CoreEffect[]): void {
  const step = chartStep(traderMachine, state.chart as SnapshotFrom<typeof traderMachine>, { type, ...facts(state, nowUs) } as TraderMachineEvent);
  state.chart = step.snapshot;
  carryOut(state, step, nowUs, effects);
}

function carryOut<K>(state: TraderState<K>, step: ChartStep<typeof traderMachine>, nowUs: number, effects: CoreEffect[]): void {
  let arm = false;
  let disarm = false;
  for (const action of step.actions) {
    if (action.type === 'act') {
      state.counters.ticks++;
      state.strategy.act(state, nowUs, effects);
    } else if (action.type === 'retryFunding') {
      if (!state.funded) publishDeposit(state, effects);
    } else if (action.type === 'armTick') arm = true;
    else if (action.type === 'disarmTick') disarm = true;
    else throw new Error(`trader: unknown chart action ${action.type}`);
  }
  // The tick's timer effects after the chart's own and after the action's effects: where the
  // chart's delayed transition put them (a macrostep's timers come last, core/chart.ts).
  effects.push(...step.timers);
  if (disarm) effects.push({ kind: 'cancel-timer', timer: TICK_TIMER });
  if (arm) {
    effects.push({ kind: 'set-timer', timer: TICK_TIMER, delayUs: state.nextTickUs });
    // The drawn delay was used: draw the next one (one draw per tick, as the stream always had).
    state.nextTickUs = drawTickUs(state);
  }
}

function drawTickUs(state: TraderState): number {
  const mean = state.config.intervalUs;
  const u = state.scheduleRng.float();
  const raw = state.config.jitter === 'uniform' ? mean / 2 + u * mean : -Math.log(1 - u) * mean;
  return Math.max(1, Math.min(JITTER_CAP * mean, Math.round(raw)));
}
