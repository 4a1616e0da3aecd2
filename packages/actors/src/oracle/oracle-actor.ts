/**
 * A price oracle. It watches one external venue's ticks (`external.<venueId>`), and on every
 * report time signs and submits, per market, the price it saw `lagUs` ago with seeded noise,
 * as an `oracleReport` transaction through its TxSender (`tx.<oracleId>`).
 *
 * What the venue checks, and how this actor satisfies it without durable state:
 * - reportSeq strictly increasing per (oracle, market): seq = max(last + 1, now). The clock
 *   moved on while the oracle was down, and a new incarnation reports only strictly after its
 *   start, so its seqs exceed every earlier one (assuming a clock that does not step back).
 * - tx nonces never reused: the TxSender starts after the start time, for the same reason.
 * - observedAtUs = now - lagUs, neither future nor stale for sane lags.
 * The one piece of memory is the frozen behaviour's stuck price, which is a fact about the
 * past that time alone cannot give back: it is appended to the durable log once.
 */
import { createActor, type Actor as XstateActor } from 'xstate';
import { decodeMessage, deriveKeyPair, encodeMessage, signBytes, type SigningKeyPair } from '@faultline/protocol';
import { hostClock, type Actor, type ActorFactory, type DecodedEnvelope, type Host, type Rng, type TimerId } from '@faultline/runtime';
import { oracleReportSigningBytes } from '@faultline/venue';
import { TimeWindows, type TimeWindow } from '../external/time-windows.ts';
import { TxSender } from '../venue/tx-sender.ts';
import { createOracleMachine } from './oracle-machine.ts';
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

export class OracleActor implements Actor {
  readonly counters: OracleCounters = { reports: 0, ticksObserved: 0 };
  private readonly keys: SigningKeyPair;
  private readonly sender: TxSender;
  private readonly noise: Rng;
  private readonly outages: TimeWindows;
  private readonly history: PriceHistory;
  /** The frozen behaviour's stuck price per market, once captured. */
  private readonly frozen = new Map<number, number>();
  private machine: XstateActor<ReturnType<typeof createOracleMachine>> | undefined;
  private freezeTimer: TimerId | undefined;
  private lastSeq = 0;
  private lastReportAtUs: number;

  constructor(
    private readonly host: Host,
    private readonly config: OracleActorConfig,
  ) {
    validateConfig(config);
    this.keys = deriveKeyPair(config.keySeed, config.oracleId);
    const now = host.now();
    this.sender = new TxSender(host, config.oracleId, Math.max(0, now));
    // Noise need not repeat across incarnations, so the per-incarnation stream is right here.
    this.noise = host.rng.derive('oracle-noise');
    this.outages = new TimeWindows(config.outages, 'outages');
    this.history = new PriceHistory(config.marketIds, config.lagUs, config.maxPriceAgeUs ?? ORACLE_MAX_PRICE_AGE_US_DEFAULT);
    // Reports go strictly after the start: a restart at the instant of a report round must not
    // sign a second report with the seq the previous incarnation already used.
    this.lastReportAtUs = now;
  }

  start(): void {
    this.recoverFrozen();
    this.machine = createActor(
      createOracleMachine({
        now: () => this.host.now(),
        outages: this.outages,
        nextReportDelayUs: () => this.nextReportDelayUs(),
        hasPrice: () => this.config.marketIds.some((marketId) => this.basePrice(marketId) !== undefined),
        report: () => this.report(),
        enterOutage: () => this.history.clear(),
      }),
      { clock: hostClock(this.host) },
    );
    this.machine.start();
    this.host.subscribe('external.*', (envelope, subject) => this.onExternal(envelope, subject));
    const behaviour = this.config.behaviour;
    if (behaviour?.kind === 'frozen') {
      const now = this.host.now();
      if (now < behaviour.fromUs) this.freezeTimer = this.host.setTimer(behaviour.fromUs - now, () => this.captureFrozen());
    }
  }

  stop(): void {
    if (this.freezeTimer !== undefined) this.host.cancelTimer(this.freezeTimer);
    this.machine?.stop();
  }

  /** The control state: `waitingForPrice`, `reporting` or `outage`. */
  get state(): string {
    return String(this.machine?.getSnapshot().value ?? 'stopped');
  }

  private onExternal(envelope: DecodedEnvelope, subject: string): void {
    const tick = envelope.externalPrice;
    if (!tick || subject !== `external.${this.config.venueId}`) return;
    if (this.machine?.getSnapshot().matches('outage')) return; // its sources are unreachable
    if (this.history.record(tick.marketId ?? 0, Number(tick.priceTicks ?? 0), this.host.now())) {
      this.counters.ticksObserved++;
      this.machine?.send({ type: 'PRICE' });
    }
  }

  private nextReportDelayUs(): number {
    const now = this.host.now();
    const interval = this.config.reportIntervalUs;
    let next = Math.ceil(now / interval) * interval;
    if (next <= this.lastReportAtUs) next = (Math.floor(this.lastReportAtUs / interval) + 1) * interval;
    return next - now;
  }

  /** The price before noise and bias (or the stuck price), or undefined when it has none. */
  private basePrice(marketId: number): number | undefined {
    if (this.frozenNow()) return this.frozen.get(marketId);
    return this.history.observed(marketId, this.host.now());
  }

  private frozenNow(): boolean {
    const behaviour = this.config.behaviour;
    return behaviour?.kind === 'frozen' && this.host.now() >= behaviour.fromUs;
  }

  private report(): void {
    const now = this.host.now();
    this.lastReportAtUs = now;
    if (this.frozenNow()) this.captureFrozen(); // markets that had no price at fromUs yet
    for (const marketId of this.config.marketIds) {
      const priceTicks = this.reportPrice(marketId, now);
      if (priceTicks === undefined) continue;
      const reportSeq = Math.max(this.lastSeq + 1, now);
      this.lastSeq = reportSeq;
      const report = { oracleId: this.config.oracleId, marketId, priceTicks, observedAtUs: now - this.config.lagUs, reportSeq };
      this.sender.submit({ oracleReport: { ...report, signature: signBytes(this.keys.privateKey, oracleReportSigningBytes(report)) } });
      this.counters.reports++;
    }
  }

  private reportPrice(marketId: number, now: number): number | undefined {
    const base = this.basePrice(marketId);
    if (base === undefined || this.frozenNow()) return base; // a stuck feed repeats itself exactly
    const noisy = noisyPrice(base, this.config.noiseBps, this.noise);
    const behaviour = this.config.behaviour;
    if (behaviour?.kind === 'manipulate' && now >= (behaviour.fromUs ?? 0)) return Math.max(1, scaleByBps(noisy, behaviour.biasBps));
    return noisy;
  }

  /** Records the stuck price of each market that has none yet (durably: see the module comment). */
  private captureFrozen(): void {
    const now = this.host.now();
    for (const marketId of this.config.marketIds) {
      if (this.frozen.has(marketId)) continue;
      const priceTicks = this.history.observed(marketId, now);
      if (priceTicks === undefined) continue;
      this.frozen.set(marketId, priceTicks);
      const record = { oracleId: this.config.oracleId, marketId, priceTicks, observedAtUs: now - this.config.lagUs };
      this.host.log.append(encodeMessage('OraclePriceReport', record));
    }
  }

  private recoverFrozen(): void {
    for (const entry of this.host.log.recover().entries) {
      const decoded = decodeMessage('OraclePriceReport', entry);
      if (!decoded.ok) throw new Error(`oracle ${this.config.oracleId}: corrupt log record: ${decoded.error.message}`);
      this.frozen.set(decoded.value.marketId, decoded.value.priceTicks);
    }
  }
}

function validateConfig(config: OracleActorConfig): void {
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

export function createOracle(config: OracleActorConfig): ActorFactory {
  return (host) => new OracleActor(host, config);
}
