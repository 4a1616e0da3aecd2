/**
 * The venue's invariants, checked after every block from the state, the block's transactions
 * and its events. One module serves the property tests, the simulator's monitors, replay and
 * live runs. Each check names the invariant it guards; each has a planted bug in the engine that
 * the test suite proves it catches (docs/venue.md, "Invariants").
 *
 * The solvency invariants (admission-margin, no-hidden-deficit, fund-pays-only-bad-debt) and
 * liquidation-recheck, adl-after-fund-exhausted and oracle-fresh-quorum-median are judged by the
 * referee (referee/), a second model of the accounts built from transactions, events and marks,
 * which never calls the engine's margin, health, oracle or liquidation code.
 */
import { PPM } from './math.ts';
import type { FillEvent, VenueEvent } from './events.ts';
import { KeptSums, scratchSums, type MonitorVariant, type VenueSums } from './monitor-sums.ts';
import { Referee, type RefereeBlock } from './referee/referee.ts';
import type { VenueConfig } from './config.ts';
import { type VenueState, MARKET_ACTIVE, MARKET_AUCTION, MARKET_HALTED, MARKET_PRE_OPEN } from './state.ts';
import { SIDE_BUY } from './vocabulary.ts';

export type VenueInvariant =
  | 'conservation'
  | 'open-interest'
  | 'book-not-crossed'
  | 'price-time-priority'
  | 'no-fill-while-halted'
  | 'cancel-on-halt'
  | 'fees-venue-favour'
  | 'funding-zero-sum'
  | 'liquidation-recheck'
  | 'insurance-fund-non-negative'
  | 'adl-after-fund-exhausted'
  | 'oracle-fresh-quorum-median'
  | 'admission-margin'
  | 'no-hidden-deficit'
  | 'fund-pays-only-bad-debt';

export const VENUE_INVARIANTS: readonly VenueInvariant[] = [
  'conservation',
  'open-interest',
  'book-not-crossed',
  'price-time-priority',
  'no-fill-while-halted',
  'cancel-on-halt',
  'fees-venue-favour',
  'funding-zero-sum',
  'liquidation-recheck',
  'insurance-fund-non-negative',
  'adl-after-fund-exhausted',
  'oracle-fresh-quorum-median',
  'admission-margin',
  'no-hidden-deficit',
  'fund-pays-only-bad-debt',
];

export interface VenueViolation {
  invariant: VenueInvariant;
  height: number;
  detail: string;
}

/**
 * Follows a venue block by block. Market states are followed from the MarketStatus events,
 * so the monitor needs nothing but what a log records. Two halves: what a block's transactions
 * and events alone show (VenueEventJudge: the referee and the event checks), and what needs the
 * state (the kept sums, the books, the fund).
 */
export class VenueMonitor {
  private events: VenueEventJudge | undefined;
  private readonly failing = new Failing();
  /** The insurance fund as the previous block's state recorded it. */
  private recordedFund: number | undefined;
  /** Conservation and open interest: per-account terms kept between blocks (monitor-sums.ts). */
  private readonly sums: KeptSums;
  private lastSums: { height: number; sums: VenueSums } | undefined;

  /** `variant`: testing seam only (MONITOR_VARIANTS in @faultline/venue/testing). */
  constructor(options: { variant?: MonitorVariant } = {}) {
    this.sums = new KeptSums(options.variant);
  }

  /**
   * Checks one applied block (every block from height 1, in order: the referee keeps books);
   * returns the violations (empty when all hold).
   */
  check(state: VenueState, height: number, events: readonly VenueEvent[], block: RefereeBlock): VenueViolation[] {
    this.events ??= new VenueEventJudge(state.config);
    const violations = this.events.judge(height, events, block, this.recordedFund);
    this.recordedFund = state.insuranceFund;
    for (const v of this.checkState(state, height, events, block)) violations.push(v);
    return violations;
  }

  /**
   * The state's half of check() alone, for a caller that runs the event half (VenueEventJudge)
   * elsewhere — replay, on a second thread: check() is judge() then this, violations in that order.
   */
  checkState(state: VenueState, height: number, events: readonly VenueEvent[], block: RefereeBlock): VenueViolation[] {
    const violations: VenueViolation[] = [];
    this.failing.start(violations, height);
    const sums = this.sums.update(state, height, events, block);
    this.lastSums = { height, sums };
    this.checkSums(state, sums, this.failing.fail);
    this.checkBooks(state, this.failing.fail);
    return violations;
  }

  /**
   * Conservation and open interest once more, summed from scratch over every account instead of
   * from the sums kept between blocks: at the end of a run or a replay, so an account a block
   * changed without naming it is still judged. Nothing is reported when the last check already
   * judged these same sums at this height.
   */
  finish(state: VenueState): VenueViolation[] {
    const violations: VenueViolation[] = [];
    const scratch = scratchSums(state);
    if (this.lastSums && this.lastSums.height === state.height && sameSums(this.lastSums.sums, scratch)) return violations;
    this.checkSums(state, scratch, (invariant, detail) => violations.push({ invariant, height: state.height, detail: `${detail} (summed over every account at the end)` }));
    return violations;
  }

  /**
   * Why the referee's invariants (REFEREE_INVARIANTS) were not judged through the whole run, or
   * undefined when they were (see VenueEventJudge.refereeUnjudged).
   */
  get refereeUnjudged(): string | undefined {
    return this.events ? this.events.refereeUnjudged : REFEREE_NOT_AT_GENESIS;
  }

  /** The referee's books (its own equity of every account), for tools that score runs. */
  get books(): Referee | undefined {
    return this.events?.books;
  }

  private checkSums(state: VenueState, sums: VenueSums, fail: (i: VenueInvariant, d: string) => void): void {
    // conservation: sum(collateral) - sum(cost basis) + fund + fees = deposits - withdrawals.
    const { balances, longs, shorts } = sums;
    const total = balances + BigInt(state.insuranceFund) + BigInt(state.feesCollected);
    const net = BigInt(state.totalDeposits) - BigInt(state.totalWithdrawals);
    if (total !== net) fail('conservation', `balances + fund + fees = ${total}, deposits - withdrawals = ${net} (off by ${total - net})`);
    for (const marketId of state.markets.keys()) {
      const l = longs[marketId] ?? 0;
      const s = shorts[marketId] ?? 0;
      if (l !== s) fail('open-interest', `market ${marketId}: long ${l} lots, short ${s} lots`);
    }
  }

  private checkBooks(state: VenueState, fail: (i: VenueInvariant, d: string) => void): void {
    if (state.insuranceFund < 0) fail('insurance-fund-non-negative', `fund ${state.insuranceFund}`);
    for (const market of state.markets.values()) {
      const bid = market.book.bestBidTicks();
      const ask = market.book.bestAskTicks();
      if (bid !== undefined && ask !== undefined && bid >= ask) fail('book-not-crossed', `market ${market.config.marketId}: bid ${bid} >= ask ${ask}`);
      if (market.state === MARKET_HALTED && state.config.policy.cancelOnHalt.enabled && (market.book.orderCount > 0 || market.auctionQueue.length > 0)) {
        fail('cancel-on-halt', `market ${market.config.marketId} halted with ${market.book.orderCount + market.auctionQueue.length} orders left`);
      }
    }
  }
}

/**
 * A check's `fail`: adds a violation at the height being checked to the list being filled. One
 * per monitor, made once, where judge() and checkState() each made a closure per block: under
 * tsx each new named closure is also named with Object.defineProperty, which cost ~1.7 µs a call
 * warm and ~45 µs in a fresh process (460 a baseline venue run: ~21 ms of a ~1.3 s cold run).
 */
class Failing {
  private violations: VenueViolation[] = [];
  private height = 0;

  start(violations: VenueViolation[], height: number): void {
    this.violations = violations;
    this.height = height;
  }

  readonly fail = (invariant: VenueInvariant, detail: string): void => {
    this.violations.push({ invariant, height: this.height, detail });
  };
}

const REFEREE_NOT_AT_GENESIS = 'the solvency referee keeps books from genesis, and this monitor did not see block 1';

/**
 * The half of the monitor that needs no state: the solvency referee and the checks of a block's
 * events (fills while halted, fees, funding, the fund in liquidation results, price-time
 * priority). It reads the venue config, each block's transactions and events, and the fund the
 * previous block's state recorded — all of which a log holds — so replay can run it on a second
 * thread from the events' bytes.
 */
export class VenueEventJudge {
  private readonly marketStates = new Map<number, number>();
  /** A market's state before its first MarketStatus: pre-open when the judge saw block 1 (every market starts there), else unknown and taken as active. */
  private unseenState: number | undefined;
  private referee: Referee | undefined;
  private readonly failing = new Failing();

  constructor(private readonly config: VenueConfig) {}

  /**
   * Judges one applied block (every block from height 1, in order: the referee keeps books).
   * `recordedFund`: the insurance fund in the previous block's state (undefined before the first).
   */
  judge(height: number, events: readonly VenueEvent[], block: RefereeBlock, recordedFund: number | undefined): VenueViolation[] {
    const violations: VenueViolation[] = [];
    this.unseenState ??= height === 1 ? MARKET_PRE_OPEN : MARKET_ACTIVE;
    this.failing.start(violations, height);
    const fail = this.failing.fail;
    // The referee keeps books from genesis: a monitor that starts mid-chain leaves its invariants unjudged.
    if (height === 1) this.referee ??= new Referee(this.config);
    for (const v of this.referee?.observe(block, events, recordedFund) ?? []) fail(v.invariant, v.detail);
    this.checkEvents(events, fail);
    return violations;
  }

  /**
   * Why the referee's invariants (REFEREE_INVARIANTS) were not judged through the whole run, or
   * undefined when they were: the referee keeps books from genesis, and stops judging where it
   * cannot match the engine's events to the block's transactions. Callers turn this into
   * not-evaluated verdicts, so a lost referee never reads as "passed".
   */
  get refereeUnjudged(): string | undefined {
    if (!this.referee) return REFEREE_NOT_AT_GENESIS;
    return this.referee.problems[0];
  }

  /** The referee's books (its own equity of every account), for tools that score runs. */
  get books(): Referee | undefined {
    return this.referee;
  }

  private checkEvents(events: readonly VenueEvent[], fail: (i: VenueInvariant, d: string) => void): void {
    const auctioned = new Set<number>();
    this.checkPriority(events, fail);
    for (const event of events) {
      switch (event.kind) {
        case 'marketStatus':
          this.marketStates.set(event.marketStatus.marketId, event.marketStatus.state);
          break;
        case 'auctionResult':
          auctioned.add(event.auctionResult.marketId);
          break;
        case 'fill': {
          const f = event.fill;
          const marketState = this.marketStates.get(f.marketId) ?? this.unseenState;
          const allowed = marketState === MARKET_ACTIVE || (marketState === MARKET_AUCTION && auctioned.has(f.marketId));
          if (!allowed) fail('no-fill-while-halted', `fill ${f.fillId} in market ${f.marketId} while its state is ${marketState}`);
          const config = this.config.markets.find((m) => m.marketId === f.marketId);
          if (!config) break;
          // A fee is never below the exact fee (a rebate never above it), and at most one unit off.
          const makerProblem = feeProblem(f, 'maker', f.makerFee, config.makerFeePpm, config.quotePerTickLot);
          if (makerProblem) fail('fees-venue-favour', makerProblem);
          const takerProblem = feeProblem(f, 'taker', f.takerFee, config.takerFeePpm, config.quotePerTickLot);
          if (takerProblem) fail('fees-venue-favour', takerProblem);
          break;
        }
        case 'funding': {
          const p = event.funding;
          if (p.totalPaid !== p.totalReceived) {
            fail('funding-zero-sum', `market ${p.marketId}: paid ${p.totalPaid}, received ${p.totalReceived}`);
          }
          break;
        }
        case 'liquidation': {
          const l = event.liquidation;
          if (l.insuranceFundAfter < 0) fail('insurance-fund-non-negative', `fund ${l.insuranceFundAfter} after liquidating ${l.accountId}`);
          break;
        }
        default:
          break;
      }
    }
  }

  /**
   * price-time-priority, from the fills alone: one taker order's fills (consecutive fill events
   * with its order id) take the makers best price first — a buy's prices never fall, a sell's never
   * rise — and, at one price, oldest first: maker order ids are assigned in arrival order, so they
   * rise. Fills of a market's auction uncrossing in this block are not continuous matching and are
   * not judged. What it cannot see: a taker that fills one younger order while an older one at the
   * same price waits (no second fill to compare with); the book's model test covers that.
   */
  private checkPriority(events: readonly VenueEvent[], fail: (i: VenueInvariant, d: string) => void): void {
    const auctioned = new Set<number>();
    for (const event of events) if (event.kind === 'auctionResult') auctioned.add(event.auctionResult.marketId);
    let previous: { takerOrderId: number; marketId: number; priceTicks: number; makerOrderId: number } | undefined;
    for (const event of events) {
      if (event.kind !== 'fill' || auctioned.has(event.fill.marketId)) continue;
      const f = event.fill;
      const p = previous;
      previous = { takerOrderId: f.takerOrderId, marketId: f.marketId, priceTicks: f.priceTicks, makerOrderId: f.makerOrderId };
      if (!p || p.takerOrderId !== f.takerOrderId || p.marketId !== f.marketId) continue;
      const worsePrice = f.takerSide === SIDE_BUY ? f.priceTicks < p.priceTicks : f.priceTicks > p.priceTicks;
      if (worsePrice) fail('price-time-priority', `taker order ${f.takerOrderId} in market ${f.marketId} filled at ${p.priceTicks} before the better ${f.priceTicks}`);
      else if (f.priceTicks === p.priceTicks && f.makerOrderId < p.makerOrderId) {
        fail('price-time-priority', `taker order ${f.takerOrderId} in market ${f.marketId} took maker order ${p.makerOrderId} before the older ${f.makerOrderId} at ${f.priceTicks}`);
      }
    }
  }
}

/**
 * fees-venue-favour for one side of a fill: the fee charged is never below the exact fee (a rebate
 * never above it), and at most one unit off; the problem, or undefined. Exact in doubles while the
 * notional and both products are safe integers (the comparison of their difference with PPM is
 * then exact too), else in BigInt — no BigInt per fill in the common case.
 */
export function feeProblem(f: FillEvent, who: 'maker' | 'taker', fee: number, ppm: number, quotePerTickLot: number): string | undefined {
  if (fee === 0 && (who === 'taker' || ppm === 0)) return undefined;
  const notional = f.priceTicks * f.sizeLots * quotePerTickLot;
  const exact = notional * ppm;
  const charged = fee * PPM;
  let wrong: boolean;
  if (Number.isSafeInteger(notional) && Number.isSafeInteger(exact) && Number.isSafeInteger(charged)) wrong = charged < exact || charged - exact >= PPM;
  else {
    const exactBig = BigInt(f.priceTicks) * BigInt(f.sizeLots) * BigInt(quotePerTickLot) * BigInt(ppm);
    const chargedBig = BigInt(fee) * BigInt(PPM);
    wrong = chargedBig < exactBig || chargedBig - exactBig >= BigInt(PPM);
  }
  if (!wrong) return undefined;
  return `fill ${f.fillId}: ${who} fee ${fee} for notional ${BigInt(f.priceTicks) * BigInt(f.sizeLots) * BigInt(quotePerTickLot)} at ${ppm} ppm`;
}

function sameSums(a: VenueSums, b: VenueSums): boolean {
  if (a.balances !== b.balances) return false;
  const markets = Math.max(a.longs.length, b.longs.length, a.shorts.length, b.shorts.length);
  for (let m = 0; m < markets; m++) if ((a.longs[m] ?? 0) !== (b.longs[m] ?? 0) || (a.shorts[m] ?? 0) !== (b.shorts[m] ?? 0)) return false;
  return true;
}
