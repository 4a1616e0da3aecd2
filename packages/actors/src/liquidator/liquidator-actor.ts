/**
 * The liquidator actor: it watches the venue view, re-values every account it knows at the
 * latest marks (health.ts) and, while `active`, submits a Liquidate for each unhealthy one —
 * worst first, at most maxPerScan per scan, and not the same account again within
 * resubmitAfterUs (a liquidation takes a block or more to show; re-sending every scan would
 * only fill blocks with refusals). It skips accounts whose largest position's market is not
 * active: the venue liquidates that market first (market id 0) and would refuse. It does NOT
 * skip on a stale oracle: whether that refuses is the venue's policy, and the scenarios that
 * switch the guard off must see what a liquidator does without it.
 *
 * Its statechart (liquidator-machine.ts): blind when the view is older than blindAfterUs,
 * grace for graceAfterResumeUs after a market resumes ('resumed' or 'auction-uncross').
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
import type { LiquidatorVariant } from '../variants.ts';
import { createActor, type Actor as XstateActor } from 'xstate';
import { hostClock, type Actor, type Host } from '@faultline/runtime';
import { TxSender } from '../venue/tx-sender.ts';
import { VenueView, type ExecutedBlockView } from '../venue/venue-view.ts';
import { assessAccount, isUnhealthy, worstFirst, type AccountRisk, type MarketRisk } from './health.ts';
import { createLiquidatorMachine, type LiquidatorMode } from './liquidator-machine.ts';

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

export interface LiquidatorCounters {
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
  /** Host time spent in each control state (µs). */
  timeInStateUs: Record<LiquidatorMode, number>;
}

const MARKET_ACTIVE = 1;
const RESUME_REASONS = new Set(['resumed', 'auction-uncross']);

export class LiquidatorActor implements Actor {
  readonly view: VenueView;
  private readonly tally = { scans: 0, submitted: 0, executed: 0, refused: 0, deferredByCap: 0, skippedRecent: 0, skippedInactive: 0 };
  private readonly timeInStateUs: Record<LiquidatorMode, number> = { active: 0, grace: 0, blind: 0 };
  private readonly markets: ReadonlyMap<number, MarketRisk>;
  private readonly lastSubmittedUs = new Map<string, number>();
  /** 'stale-price' only: each account's first unhealthy verdict, kept until it is liquidated. */
  private readonly staleVerdicts = new Map<string, AccountRisk>();
  private sender: TxSender | undefined;
  private machine: XstateActor<ReturnType<typeof createLiquidatorMachine>> | undefined;
  private graceUntilUs = -Infinity;
  private modeNow: LiquidatorMode = 'blind';
  private modeSinceUs = 0;
  private scanTimer: number | undefined;

  constructor(
    private readonly host: Host,
    private readonly config: LiquidatorConfig,
    /** Testing seam (see the header): never from a config or a spec. */
    private readonly testOptions: { variant?: LiquidatorVariant } = {},
  ) {
    for (const key of ['scanIntervalUs', 'maxPerScan', 'resubmitAfterUs', 'blindAfterUs'] as const) {
      if (!Number.isSafeInteger(config[key]) || config[key] < 1) throw new RangeError(`liquidator: ${key} must be an integer >= 1, got ${config[key]}`);
    }
    if (!Number.isSafeInteger(config.graceAfterResumeUs) || config.graceAfterResumeUs < 0) throw new RangeError('liquidator: graceAfterResumeUs must be an integer >= 0');
    this.markets = new Map(config.markets.map((m) => [m.marketId, m]));
    this.view = new VenueView(host);
  }

  get mode(): LiquidatorMode {
    return this.modeNow;
  }

  /** Counters for the run summary; time in the current state counts up to now. */
  counters(): LiquidatorCounters {
    const timeInStateUs = { ...this.timeInStateUs };
    timeInStateUs[this.modeNow] += this.host.now() - this.modeSinceUs;
    return { ...this.tally, timeInStateUs };
  }

  start(): void {
    // Time-based nonces: a restarted liquidator must not reuse its predecessor's.
    this.sender = new TxSender(this.host, this.host.actorId, Math.max(0, this.host.now()));
    this.modeSinceUs = this.host.now();
    this.machine = createActor(
      createLiquidatorMachine({
        isBlind: () => this.view.ageUs() > this.config.blindAfterUs,
        inGrace: () => this.host.now() < this.graceUntilUs,
        graceLeftUs: () => this.graceUntilUs - this.host.now(),
        scan: () => this.scan(),
      }),
      { clock: hostClock(this.host) },
    );
    this.machine.subscribe((snapshot) => this.enter(snapshot.value as LiquidatorMode));
    this.machine.start();
    this.view.onBlock((block) => this.onBlock(block));
    this.view.start();
    this.scheduleScan();
  }

  stop(): void {
    if (this.scanTimer !== undefined) this.host.cancelTimer(this.scanTimer);
    this.machine?.stop();
  }

  /** The unhealthy accounts as of now, worst first (what a scan would consider). */
  unhealthyAccounts(): AccountRisk[] {
    const markOf = (marketId: number) => this.view.market(marketId)?.markTicks ?? 0;
    const found: AccountRisk[] = [];
    for (const update of this.view.accounts.values()) {
      const risk = assessAccount(update, this.markets, markOf);
      if (isUnhealthy(risk)) found.push(risk);
    }
    return found.sort(worstFirst);
  }

  private scheduleScan(): void {
    this.scanTimer = this.host.setTimer(this.config.scanIntervalUs, () => {
      this.machine?.send({ type: 'SCAN' });
      this.scheduleScan();
    });
  }

  private scan(): void {
    this.tally.scans++;
    const now = this.host.now();
    let sent = 0;
    const candidates = this.testOptions.variant === 'stale-price' ? this.staleCandidates() : this.unhealthyAccounts();
    for (const risk of candidates) {
      if (this.view.market(risk.largestMarketId)?.state !== MARKET_ACTIVE) {
        this.tally.skippedInactive++;
        continue;
      }
      if (now - (this.lastSubmittedUs.get(risk.accountId) ?? -Infinity) < this.config.resubmitAfterUs) {
        this.tally.skippedRecent++;
        continue;
      }
      if (sent >= this.config.maxPerScan) {
        this.tally.deferredByCap++;
        continue;
      }
      (this.sender as TxSender).submit({
        liquidate: { liquidatorId: this.config.liquidatorId, accountId: risk.accountId, marketId: 0, observedMarkTicks: risk.largestMarkTicks },
      });
      this.lastSubmittedUs.set(risk.accountId, now);
      this.tally.submitted++;
      sent++;
    }
  }

  /** The planted bug: verdicts are added, never revised; only a liquidation or a flat account ends one. */
  private staleCandidates(): AccountRisk[] {
    for (const risk of this.unhealthyAccounts()) if (!this.staleVerdicts.has(risk.accountId)) this.staleVerdicts.set(risk.accountId, risk);
    for (const accountId of [...this.staleVerdicts.keys()]) {
      const update = this.view.accounts.get(accountId);
      if (!update || update.positions.every((p) => p.sizeLots === 0)) this.staleVerdicts.delete(accountId);
    }
    return [...this.staleVerdicts.values()].sort(worstFirst);
  }

  private onBlock(block: ExecutedBlockView): void {
    let resumed = false;
    for (const event of block.events) {
      if (event.kind === 'marketStatus' && RESUME_REASONS.has(event.marketStatus.reason)) resumed = true;
      else if (event.kind === 'liquidation' && event.liquidation.liquidatorId === this.config.liquidatorId) {
        if (event.liquidation.executed) {
          this.tally.executed++;
          this.staleVerdicts.delete(event.liquidation.accountId);
        } else this.tally.refused++;
      }
    }
    // The window runs from when we learned of the resume (host time): later than the venue's,
    // never earlier, so waiting it out never costs a refused transaction.
    if (resumed) this.graceUntilUs = Math.max(this.graceUntilUs, this.host.now() + this.config.graceAfterResumeUs);
    this.machine?.send({ type: 'BLOCK' });
    if (resumed) this.machine?.send({ type: 'RESUMED' });
  }

  private enter(mode: LiquidatorMode): void {
    if (mode === this.modeNow) return;
    const now = this.host.now();
    this.timeInStateUs[this.modeNow] += now - this.modeSinceUs;
    this.modeNow = mode;
    this.modeSinceUs = now;
    this.host.logger.debug('liquidator mode', { mode });
  }
}

export function createLiquidator(config: LiquidatorConfig, testOptions: { variant?: LiquidatorVariant } = {}): (host: Host) => LiquidatorActor {
  return (host) => new LiquidatorActor(host, config, testOptions);
}
