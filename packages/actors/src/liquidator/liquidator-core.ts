/**
 * The liquidator's pure core: `decide(state, input, nowUs) → { state, effects }` (the validator's
 * shape, core/effects.ts). It keeps a venue view, re-values every account it knows at the latest
 * marks (health.ts) and, while `active`, submits a Liquidate for each unhealthy one — worst
 * first, at most maxPerScan per scan, and not the same account again within resubmitAfterUs (a
 * liquidation takes a block or more to show; re-sending every scan would only fill blocks with
 * refusals). It skips accounts whose largest position's market is not active: the venue
 * liquidates that market first (market id 0) and would refuse. It does NOT skip on a stale
 * oracle: whether that refuses is the venue's policy, and the scenarios that switch the guard
 * off must see what a liquidator does without it.
 *
 * Its statechart (liquidator-machine.ts): blind when the view is older than blindAfterUs, grace
 * for graceAfterResumeUs after a market resumes ('resumed' or 'auction-uncross'). It has no
 * durable log: a restarted liquidator starts blind with an empty view and time-based nonces.
 *
 * Planted bug 'stale-price' (campaign tests only): it remembers every account it once found
 * unhealthy, with the mark it found it at, and re-sends that liquidation every resubmitAfterUs
 * until it sees one executed (or the account flat), never re-valuing the account at the current
 * mark — a decision taken on a price that is no longer true. A first attempt that did not
 * execute (no liquidity in a crash, a transaction lost to a fault) is retried after the price
 * has recovered. Alone it is harmless: the venue re-checks health with its own mark and refuses
 * (`healthy-at-execution`). With the engine's planted 'liquidate-without-recheck' the venue
 * takes the liquidator's word, and healthy accounts are liquidated (docs/venue.md).
 */
import type { faultline } from '@faultline/protocol';
import type { SnapshotFrom } from 'xstate';
import { chartStart, chartStep, type ChartStep } from '../core/chart.ts';
import type { CoreEffect, Decision, TimerInput } from '../core/effects.ts';
import type { LiquidatorVariant } from '../variants.ts';
import { nextTx, publishTx, type TxSequence } from '../venue/tx-sequence.ts';
import { newViewState, viewAgeUs, viewMarketActive, viewMarkTicks, viewNext, viewReceive, type ExecutedBlockView, type ViewState } from '../venue/view-state.ts';
import { assessAccount, isUnhealthy, worstFirst, type AccountRisk, type MarketRisk } from './health.ts';
import { GRACE_TIMER, liquidatorMachine, type LiquidatorFacts, type LiquidatorMachineEvent, type LiquidatorMode } from './liquidator-machine.ts';

export interface LiquidatorConfig {
  liquidatorId: string;
  markets: MarketRisk[];
  scanIntervalUs: number;
  maxPerScan: number;
  resubmitAfterUs: number;
  /** A view older than this blinds the liquidator (µs). */
  blindAfterUs: number;
  /** How long it waits after a market resumes (µs): the venue's grace period. */
  graceAfterResumeUs: number;
}

export interface LiquidatorTally {
  scans: number;
  submitted: number;
  /** LiquidationResult events for this liquidator: executed / refused by the venue. */
  executed: number;
  refused: number;
  /** Unhealthy accounts left for a later scan by maxPerScan. */
  deferredByCap: number;
  /** Unhealthy accounts not re-sent because of resubmitAfterUs. */
  skippedRecent: number;
  /** Unhealthy accounts skipped because their largest market was not active. */
  skippedInactive: number;
}

export interface LiquidatorCounters extends LiquidatorTally {
  /** Host time spent in each control state (µs). */
  timeInStateUs: Record<LiquidatorMode, number>;
}

export interface LiquidatorState {
  readonly config: LiquidatorConfig;
  readonly variant: LiquidatorVariant | undefined;
  readonly markets: ReadonlyMap<number, MarketRisk>;
  readonly view: ViewState;
  readonly tx: TxSequence;
  chart: SnapshotFrom<typeof liquidatorMachine>;
  graceUntilUs: number;
  readonly lastSubmittedUs: Map<string, number>;
  /** 'stale-price' only: each account's first unhealthy verdict, kept until it is liquidated. */
  readonly staleVerdicts: Map<string, AccountRisk>;
  readonly tally: LiquidatorTally;
  readonly timeInStateUs: Record<LiquidatorMode, number>;
  mode: LiquidatorMode;
  modeSinceUs: number;
}

export type LiquidatorInput =
  /** The actor started (the scan timer is armed). */
  | { kind: 'start' }
  /** A BlockExecuted from an execution replica (`exec.*`). */
  | { kind: 'executed'; executed: faultline.v1.IBlockExecuted }
  | TimerInput;

/** The scan timer. */
export const SCAN_TIMER = 'scan';
const RESUME_REASONS = new Set(['resumed', 'auction-uncross']);

/** Checks a config; throws RangeError naming the field. */
export function checkLiquidatorConfig(config: LiquidatorConfig): void {
  for (const key of ['scanIntervalUs', 'maxPerScan', 'resubmitAfterUs', 'blindAfterUs'] as const) {
    if (!Number.isSafeInteger(config[key]) || config[key] < 1) throw new RangeError(`liquidator: ${key} must be an integer >= 1, got ${config[key]}`);
  }
  if (!Number.isSafeInteger(config.graceAfterResumeUs) || config.graceAfterResumeUs < 0) throw new RangeError('liquidator: graceAfterResumeUs must be an integer >= 0');
}

/**
 * A new incarnation at `nowUs`. Time-based nonces: a restarted liquidator must not reuse its
 * predecessor's (it sends far fewer than one transaction per µs).
 */
export function initialLiquidatorState(config: LiquidatorConfig, clientId: string, nowUs: number, variant?: LiquidatorVariant): LiquidatorState {
  checkLiquidatorConfig(config);
  const start = chartStart(liquidatorMachine);
  return {
    config,
    variant,
    markets: new Map(config.markets.map((m) => [m.marketId, m])),
    view: newViewState(),
    tx: { clientId, nonce: Math.max(0, nowUs) },
    chart: start.snapshot,
    graceUntilUs: Number.NEGATIVE_INFINITY,
    lastSubmittedUs: new Map(),
    staleVerdicts: new Map(),
    tally: { scans: 0, submitted: 0, executed: 0, refused: 0, deferredByCap: 0, skippedRecent: 0, skippedInactive: 0 },
    timeInStateUs: { active: 0, grace: 0, blind: 0 },
    mode: start.snapshot.value as LiquidatorMode,
    modeSinceUs: nowUs,
  };
}

export function decide(state: LiquidatorState, input: LiquidatorInput, nowUs: number): Decision<LiquidatorState> {
  const effects: CoreEffect[] = [];
  switch (input.kind) {
    case 'start':
      effects.push({ kind: 'set-timer', timer: SCAN_TIMER, delayUs: state.config.scanIntervalUs });
      break;
    case 'executed':
      if (viewReceive(state.view, input.executed, nowUs)) {
        for (let block = viewNext(state.view, nowUs); block; block = viewNext(state.view, nowUs)) onBlock(state, block, nowUs, effects);
      }
      break;
    case 'timer':
      if (input.timer === SCAN_TIMER) {
        send(state, 'SCAN', nowUs, effects);
        effects.push({ kind: 'set-timer', timer: SCAN_TIMER, delayUs: state.config.scanIntervalUs });
      } else if (input.timer === GRACE_TIMER) {
        send(state, GRACE_TIMER, nowUs, effects);
      }
      break;
    default: {
      const exhaustive: never = input;
      throw new Error(`liquidator: unknown input ${JSON.stringify(exhaustive)}`);
    }
  }
  return { state, effects };
}

/** The unhealthy accounts as of the view, worst first (what a scan considers). */
export function unhealthyAccounts(state: LiquidatorState): AccountRisk[] {
  const markOf = (marketId: number) => viewMarkTicks(state.view, marketId);
  const found: AccountRisk[] = [];
  for (const update of state.view.accounts.values()) {
    const risk = assessAccount(update, state.markets, markOf);
    if (isUnhealthy(risk)) found.push(risk);
  }
  return found.sort(worstFirst);
}

/** Counters for the run summary; time in the current state counts up to nowUs. */
export function liquidatorCounters(state: LiquidatorState, nowUs: number): LiquidatorCounters {
  const timeInStateUs = { ...state.timeInStateUs };
  timeInStateUs[state.mode] += nowUs - state.modeSinceUs;
  return { ...state.tally, timeInStateUs };
}

function onBlock(state: LiquidatorState, block: ExecutedBlockView, nowUs: number, effects: CoreEffect[]): void {
  let resumed = false;
  // By index: the block's events are shared frozen facts (venue/view-state.ts), and a for-of over a frozen array allocates a result per step.
  const events = block.events;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.kind === 'marketStatus' && RESUME_REASONS.has(event.marketStatus.reason)) resumed = true;
    else if (event.kind === 'liquidation' && event.liquidation.liquidatorId === state.config.liquidatorId) {
      if (event.liquidation.executed) {
        state.tally.executed++;
        state.staleVerdicts.delete(event.liquidation.accountId);
      } else state.tally.refused++;
    }
  }
  // The window runs from when we learned of the resume (actor time): later than the venue's,
  // never earlier, so waiting it out never costs a refused transaction.
  if (resumed) state.graceUntilUs = Math.max(state.graceUntilUs, nowUs + state.config.graceAfterResumeUs);
  send(state, 'BLOCK', nowUs, effects);
  if (resumed) send(state, 'RESUMED', nowUs, effects);
}

/** Steps the chart with an event carrying the facts, then carries out its actions. */
function send(state: LiquidatorState, type: LiquidatorMachineEvent['type'] | typeof GRACE_TIMER, nowUs: number, effects: CoreEffect[]): void {
  const facts: LiquidatorFacts = { nowUs, graceUntilUs: state.graceUntilUs, blind: viewAgeUs(state.view, nowUs) > state.config.blindAfterUs };
  const step: ChartStep<typeof liquidatorMachine> = chartStep(liquidatorMachine, state.chart, { type, ...facts } as LiquidatorMachineEvent);
  state.chart = step.snapshot;
  for (const action of step.actions) {
    if (action.type === 'scan') scan(state, nowUs, effects);
    else throw new Error(`liquidator: unknown chart action ${action.type}`);
  }
  effects.push(...step.timers);
  const mode = step.snapshot.value as LiquidatorMode;
  if (mode !== state.mode) {
    state.timeInStateUs[state.mode] += nowUs - state.modeSinceUs;
    state.mode = mode;
    state.modeSinceUs = nowUs;
    effects.push({ kind: 'log', level: 'debug', message: 'liquidator mode', fields: { mode } });
  }
}

function scan(state: LiquidatorState, nowUs: number, effects: CoreEffect[]): void {
  state.tally.scans++;
  let sent = 0;
  const candidates = state.variant === 'stale-price' ? staleCandidates(state) : unhealthyAccounts(state);
  for (const risk of candidates) {
    if (!viewMarketActive(state.view, risk.largestMarketId)) {
      state.tally.skippedInactive++;
      continue;
    }
    if (nowUs - (state.lastSubmittedUs.get(risk.accountId) ?? Number.NEGATIVE_INFINITY) < state.config.resubmitAfterUs) {
      state.tally.skippedRecent++;
      continue;
    }
    if (sent >= state.config.maxPerScan) {
      state.tally.deferredByCap++;
      continue;
    }
    const liquidate = { liquidatorId: state.config.liquidatorId, accountId: risk.accountId, marketId: 0, observedMarkTicks: risk.largestMarkTicks };
    effects.push(publishTx(nextTx(state.tx, { liquidate }, nowUs)));
    state.lastSubmittedUs.set(risk.accountId, nowUs);
    state.tally.submitted++;
    sent++;
  }
}

/** The planted bug: verdicts are added, never revised; only a liquidation or a flat account ends one. */
function staleCandidates(state: LiquidatorState): AccountRisk[] {
  for (const risk of unhealthyAccounts(state)) if (!state.staleVerdicts.has(risk.accountId)) state.staleVerdicts.set(risk.accountId, risk);
  for (const accountId of [...state.staleVerdicts.keys()]) {
    const update = state.view.accounts.get(accountId);
    if (!update || update.positions.every((p) => p.sizeLots === 0)) state.staleVerdicts.delete(accountId);
  }
  return [...state.staleVerdicts.values()].sort(worstFirst);
}
