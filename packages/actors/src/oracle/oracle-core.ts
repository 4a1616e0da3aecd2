/**
 * A price oracle as a pure core: `decide(state, input, nowUs) → { state, effects }` (the
 * validator's shape, core/effects.ts). It watches one external venue's ticks
 * (`external.<venueId>`), and on every report time signs and submits, per market, the price it
 * saw `lagUs` ago with seeded noise, as an `oracleReport` transaction on `tx.<oracleId>`.
 *
 * What the venue checks, and how this core satisfies it without durable state:
 * - reportSeq strictly increasing per (oracle, market): seq = max(last + 1, now). The clock
 *   moved on while the oracle was down, and a new incarnation reports only strictly after its
 *   start, so its seqs exceed every earlier one (assuming a clock that does not step back).
 * - tx nonces never reused: the sequence starts after the start time, for the same reason.
 * - observedAtUs = now - lagUs, neither future nor stale for sane lags.
 * The one piece of memory is the frozen behaviour's stuck price, which is a fact about the
 * past that time alone cannot give back: it is persisted once (an OraclePriceReport record) and
 * `evolve` applies such a record, live right after persisting it and on recovery (one path).
 */
import { encodeMessage, signBytes, type faultline, type SigningKeyPair } from '@faultline/protocol';
import type { Rng } from '@faultline/runtime';
import { oracleReportSigningBytes } from '@faultline/venue';
import type { SnapshotFrom } from 'xstate';
import { chartStart, chartStep, type ChartStep } from '../core/chart.ts';
import { frozenPriceFromWire, type ExternalTick } from '../convert.ts';
import { decodeLogRecords } from '../core/durable-log.ts';
import type { CoreEffect, Decision, TimerInput } from '../core/effects.ts';
import { TimeWindows, type TimeWindow } from '../external/time-windows.ts';
import { nextTx, publishTx, type TxSequence } from '../venue/tx-sequence.ts';
import { ORACLE_TIMERS, oracleMachine, type OracleFacts, type OracleMachineEvent } from './oracle-machine.ts';
import { PriceHistory, noisyPrice, scaleByBps } from './price-history.ts';

export type OracleBehaviourConfig =
  | { kind: 'honest' }
  /** Reports its (noisy) observation × (1 + biasBps / 10_000) from fromUs (default 0) on. */
  | { kind: 'manipulate'; biasBps: number; fromUs?: number }
  /** From fromUs on, keeps reporting the price it observed at fromUs (a stuck feed). */
  | { kind: 'frozen'; fromUs: number };

export interface OracleActorConfig {
  /** Its client id and registered oracle id; keys = deriveKeyPair(keySeed, oracleId). */
  oracleId: string;
  keySeed: number;
  /** Whose `externalPrice` ticks it observes. */
  venueId: string;
  marketIds: number[];
  /** Time between report rounds, µs; rounds sit on multiples of it. */
  reportIntervalUs: number;
  /** Each observation × (1 + uniform noise in ±noiseBps). */
  noiseBps: number;
  /** It reports the price it had received lagUs ago, µs. */
  lagUs: number;
  behaviour?: OracleBehaviourConfig;
  /** Windows in which its sources are unreachable: no observations, no reports. */
  outages?: TimeWindow[];
  /**
   * An observation older than this at the lagged instant is not reported: with its source
   * silent (the venue disconnected), the oracle stops rather than repeat a stale price with
   * fresh timestamps. Keep it above the venue's tick interval. Default 2 s.
   */
  maxPriceAgeUs?: number;
}

export const ORACLE_MAX_PRICE_AGE_US_DEFAULT = 2_000_000;

export interface OracleCounters {
  reports: number;
  ticksObserved: number;
}

export interface OracleState {
  readonly config: OracleActorConfig;
  readonly keys: SigningKeyPair;
  /** Noise need not repeat across incarnations: the incarnation's own stream. */
  readonly noise: Rng;
  readonly outages: TimeWindows;
  readonly history: PriceHistory;
  /** The frozen behaviour's stuck price per market, once captured (evolve). */
  readonly frozen: Map<number, number>;
  readonly tx: TxSequence;
  lastSeq: number;
  lastReportAtUs: number;
  chart: SnapshotFrom<typeof oracleMachine>;
  readonly counters: OracleCounters;
}

export type OracleInput =
  /** The actor started (after recovery). */
  | { kind: 'start' }
  | { kind: 'external'; tick: ExternalTick; subject: string }
  | TimerInput;

/** The frozen behaviour's capture time. */
export const FREEZE_TIMER = 'freeze';

export function checkOracleConfig(config: OracleActorConfig): void {
  const int = (field: string, v: number, min: number): void => {
    if (!Number.isSafeInteger(v) || v < min) throw new RangeError(`oracle ${config.oracleId}: ${field} must be a safe integer >= ${min}, got ${v}`);
  };
  if (!/^[A-Za-z0-9_-]+$/.test(config.oracleId)) throw new RangeError(`oracle: oracleId ${JSON.stringify(config.oracleId)} is not a subject token`);
  int('reportIntervalUs', config.reportIntervalUs, 1);
  int('lagUs', config.lagUs, 0);
  int('maxPriceAgeUs', config.maxPriceAgeUs ?? ORACLE_MAX_PRICE_AGE_US_DEFAULT, 0);
  if (!(Number.isFinite(config.noiseBps) && config.noiseBps >= 0 && config.noiseBps < 10_000)) {
    throw new RangeError(`oracle ${config.oracleId}: noiseBps must be in [0, 10000), got ${config.noiseBps}`);
  }
  const behaviour = config.behaviour;
  if (behaviour?.kind === 'manipulate') {
    if (!(Number.isFinite(behaviour.biasBps) && behaviour.biasBps > -10_000)) throw new RangeError(`oracle ${config.oracleId}: biasBps must be > -10000, got ${behaviour.biasBps}`);
    int('behaviour.fromUs', behaviour.fromUs ?? 0, 0);
  } else if (behaviour?.kind === 'frozen') {
    int('behaviour.fromUs', behaviour.fromUs, 0);
  }
}

/** A new incarnation at `nowUs` (keys and the noise stream come from the actor). */
export function initialOracleState(config: OracleActorConfig, keys: SigningKeyPair, noise: Rng, nowUs: number): OracleState {
  checkOracleConfig(config);
  return {
    config,
    keys,
    noise,
    outages: new TimeWindows(config.outages, 'outages'),
    history: new PriceHistory(config.marketIds, config.lagUs, config.maxPriceAgeUs ?? ORACLE_MAX_PRICE_AGE_US_DEFAULT),
    frozen: new Map(),
    tx: { clientId: config.oracleId, nonce: Math.max(0, nowUs) },
    lastSeq: 0,
    // Reports go strictly after the start: a restart at the instant of a report round must not
    // sign a second report with the seq the previous incarnation already used.
    lastReportAtUs: nowUs,
    chart: chartStart(oracleMachine).snapshot,
    counters: { reports: 0, ticksObserved: 0 },
  };
}

/** Applies one persisted record (a stuck price): live after persisting it, and on recovery. */
export function evolve(state: OracleState, record: faultline.v1.IOraclePriceReport): OracleState {
  const { marketId, priceTicks } = frozenPriceFromWire(record);
  state.frozen.set(marketId, priceTicks);
  return state;
}

/** Replays the durable log through `evolve`; a record that does not decode is an error naming the oracle. */
export function recover(state: OracleState, entries: readonly Uint8Array[]): OracleState {
  for (const record of decodeLogRecords('OraclePriceReport', entries, `oracle ${state.config.oracleId}`)) evolve(state, record);
  return state;
}

/** The control state: `waitingForPrice`, `reporting` or `outage` (`idle` before start). */
export function oracleMode(state: OracleState): string {
  return String(state.chart.value);
}

export function decide(state: OracleState, input: OracleInput, nowUs: number): Decision<OracleState> {
  const effects: CoreEffect[] = [];
  switch (input.kind) {
    case 'start': {
      send(state, 'START', nowUs, effects);
      const behaviour = state.config.behaviour;
      if (behaviour?.kind === 'frozen' && nowUs < behaviour.fromUs) effects.push({ kind: 'set-timer', timer: FREEZE_TIMER, delayUs: behaviour.fromUs - nowUs });
      break;
    }
    case 'external': {
      if (input.subject !== `external.${state.config.venueId}`) break;
      if (state.chart.value === 'outage') break; // its sources are unreachable
      if (state.history.record(input.tick.marketId, input.tick.priceTicks, nowUs)) {
        state.counters.ticksObserved++;
        send(state, 'PRICE', nowUs, effects);
      }
      break;
    }
    case 'timer':
      if (input.timer === FREEZE_TIMER) captureFrozen(state, nowUs, effects);
      else if ((ORACLE_TIMERS as readonly string[]).includes(input.timer)) send(state, input.timer as OracleMachineEvent['type'], nowUs, effects);
      break;
    default: {
      const exhaustive: never = input;
      throw new Error(`oracle: unknown input ${JSON.stringify(exhaustive)}`);
    }
  }
  return { state, effects };
}

function send(state: OracleState, type: OracleMachineEvent['type'], nowUs: number, effects: CoreEffect[]): void {
  const step: ChartStep<typeof oracleMachine> = chartStep(oracleMachine, state.chart, { type, ...facts(state, type, nowUs) } as OracleMachineEvent);
  state.chart = step.snapshot;
  for (const action of step.actions) {
    if (action.type === 'report') report(state, nowUs, effects);
    else if (action.type === 'enterOutage') state.history.clear();
    else throw new Error(`oracle: unknown chart action ${action.type}`);
  }
  effects.push(...step.timers);
}

function facts(state: OracleState, type: OracleMachineEvent['type'], nowUs: number): OracleFacts {
  const { outages } = state;
  return {
    inOutage: outages.endOfWindowAt(nowUs) !== undefined,
    hasPrice: state.config.marketIds.some((marketId) => basePrice(state, marketId, nowUs) !== undefined),
    // At a report time the only way back into `reporting` is through a report (made now), so
    // the next report time is counted from now, as the actor's report action would have left it.
    reportDelayUs: nextReportDelayUs(state, nowUs, type === ORACLE_TIMERS[0] ? nowUs : state.lastReportAtUs),
    untilOutageStartUs: TimeWindows.waitUs(nowUs, outages.nextStartAfter(nowUs)),
    untilOutageEndUs: TimeWindows.waitUs(nowUs, outages.endOfWindowAt(nowUs)),
  };
}

function nextReportDelayUs(state: OracleState, nowUs: number, lastReportAtUs: number): number {
  const interval = state.config.reportIntervalUs;
  let next = Math.ceil(nowUs / interval) * interval;
  if (next <= lastReportAtUs) next = (Math.floor(lastReportAtUs / interval) + 1) * interval;
  return next - nowUs;
}

/** The price before noise and bias (or the stuck price), or undefined when it has none. */
function basePrice(state: OracleState, marketId: number, nowUs: number): number | undefined {
  if (frozenNow(state, nowUs)) return state.frozen.get(marketId);
  return state.history.observed(marketId, nowUs);
}

function frozenNow(state: OracleState, nowUs: number): boolean {
  const behaviour = state.config.behaviour;
  return behaviour?.kind === 'frozen' && nowUs >= behaviour.fromUs;
}

function report(state: OracleState, nowUs: number, effects: CoreEffect[]): void {
  state.lastReportAtUs = nowUs;
  if (frozenNow(state, nowUs)) captureFrozen(state, nowUs, effects); // markets that had no price at fromUs yet
  for (const marketId of state.config.marketIds) {
    const priceTicks = reportPrice(state, marketId, nowUs);
    if (priceTicks === undefined) continue;
    const reportSeq = Math.max(state.lastSeq + 1, nowUs);
    state.lastSeq = reportSeq;
    const oracleReport = { oracleId: state.config.oracleId, marketId, priceTicks, observedAtUs: nowUs - state.config.lagUs, reportSeq };
    effects.push(publishTx(nextTx(state.tx, { oracleReport: { ...oracleReport, signature: signBytes(state.keys.privateKey, oracleReportSigningBytes(oracleReport)) } }, nowUs)));
    state.counters.reports++;
  }
}

function reportPrice(state: OracleState, marketId: number, nowUs: number): number | undefined {
  const base = basePrice(state, marketId, nowUs);
  if (base === undefined || frozenNow(state, nowUs)) return base; // a stuck feed repeats itself exactly
  const noisy = noisyPrice(base, state.config.noiseBps, state.noise);
  const behaviour = state.config.behaviour;
  if (behaviour?.kind === 'manipulate' && nowUs >= (behaviour.fromUs ?? 0)) return Math.max(1, scaleByBps(noisy, behaviour.biasBps));
  return noisy;
}

/** Persists the stuck price of each market that has none yet (see the module comment). */
function captureFrozen(state: OracleState, nowUs: number, effects: CoreEffect[]): void {
  for (const marketId of state.config.marketIds) {
    if (state.frozen.has(marketId)) continue;
    const priceTicks = state.history.observed(marketId, nowUs);
    if (priceTicks === undefined) continue;
    const record = { oracleId: state.config.oracleId, marketId, priceTicks, observedAtUs: nowUs - state.config.lagUs };
    effects.push({ kind: 'persist', record: encodeMessage('OraclePriceReport', record) });
    evolve(state, record);
  }
}
