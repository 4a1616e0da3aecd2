/**
 * The solvency referee: follows a venue block by block from the block's transactions, the
 * venue events and the marks alone (ledger.ts says what it keeps and how it counts), and judges:
 *
 * - admission-margin: after every accepted order or withdrawal, the account's requirement (with
 *   its resting orders' worst case) is covered — or the action did not worsen it: equity stays
 *   >= 0, no market's worse-side lots grow, and equity / worse-side maintenance does not fall
 *   (dYdX v4's collateralization check). A withdrawal always worsens, so it must be covered.
 * - no-hidden-deficit: (1) no user fill lowers an account's equity below zero (only liquidation
 *   may); (2) an executed liquidation that leaves the account flat with negative equity records
 *   at least that deficit as bad debt; (3) no account ends a block flat with negative equity
 *   beyond what was recorded; (4) with ADL on, no fill of a liquidation's book close is at a
 *   price where closing the whole position there leaves a deficit beyond what the fund holds
 *   (the rest is ADL's, at the bankruptcy price: a fill past it hands the makers a deficit that
 *   the ADL then spreads over the opposite side unseen).
 * - fund-pays-only-bad-debt: the fund moves only in liquidations; each draw pays at most the
 *   liquidated account's deficit at that moment (its negative equity after the close and the
 *   penalty), and the fund gains at most the penalty.
 * - liquidation-recheck: an executed liquidation finds the account, by the referee's equity and
 *   maintenance margin at the block's mark, below maintenance; and every liquidation the engine
 *   judged (executed or refused after judging) reports the account's equity the referee counts:
 *   the engine decided on that figure.
 * - adl-after-fund-exhausted: deleveraging starts only when the fund — as recorded in the
 *   previous block's state, plus this block's penalties, minus its draws — is smaller than the
 *   account's deficit at the mark.
 * - oracle-fresh-quorum-median: each market's oracle price is the lower median of a fresh quorum
 *   of the signed reports the blocks carried (oracle-median.ts), or stale when there is none.
 *
 * Walking a block: the engine emits, in order, rejections of the block's oracle reports, each
 * market's start-of-block events (ending with its OraclePrice), then each other transaction's
 * events in block order, then AccountUpdates. A transaction's events end at a mark known from
 * its kind (an order's own final OrderUpdate, a liquidation's LiquidationResult), so the
 * referee knows which transaction each fill and cancel belongs to. Anything it cannot place is a
 * `problem` (a referee that lost its way says so instead of judging).
 */
import { createHash } from 'node:crypto';
import type { VenueConfig } from '../config.ts';
import type { VenueEvent } from '../events.ts';
import type { faultline } from '@faultline/protocol';
import { SIDE_BUY, SIDE_SELL } from '../vocabulary.ts';
import { RefereeLedger, type Standing, type StandingInputs } from './ledger.ts';
import { RefereeOracle } from './oracle-median.ts';

export type RefereeInvariant =
  | 'admission-margin'
  | 'no-hidden-deficit'
  | 'fund-pays-only-bad-debt'
  | 'liquidation-recheck'
  | 'adl-after-fund-exhausted'
  | 'oracle-fresh-quorum-median';

/** Liquidation refusals reported before the engine judged the account's health (no equity in them). */
const JUDGED_BEFORE_HEALTH: ReadonlySet<string> = new Set(['unknown-account', 'unknown-market', 'no-position']);

export const REFEREE_INVARIANTS: readonly RefereeInvariant[] = [
  'admission-margin',
  'no-hidden-deficit',
  'fund-pays-only-bad-debt',
  'liquidation-recheck',
  'adl-after-fund-exhausted',
  'oracle-fresh-quorum-median',
];

export interface RefereeViolation {
  invariant: RefereeInvariant;
  detail: string;
}

/** What the referee needs of a block: its time and its transactions (decoded where they decode). */
export interface RefereeBlock {
  timeUs: number;
  txs: ReadonlyArray<{ bytes: Uint8Array; tx: faultline.v1.ITransaction | undefined }>;
}

type Tx = faultline.v1.ITransaction;

/** An order the current transaction may create, in the order the engine places them. */
interface NewOrderSpec {
  accountId: string;
  marketId: number;
  side: number;
  limitTicks: number;
  reduceOnly?: boolean;
}

const NONCE_WINDOW = 1024;

export class Referee {
  readonly ledger: RefereeLedger;
  private readonly oracle: RefereeOracle;
  private readonly nonces = new Map<string, { floor: number; seen: Set<number> }>();
  private maxOrderId = 0;
  /** Where the referee could not follow the engine's events (it then judges nothing more). */
  readonly problems: string[] = [];

  // Per-block walk state.
  private events: readonly VenueEvent[] = [];
  private at = 0;
  private out: RefereeViolation[] = [];
  private timeUs = 0;
  /** Orders the current transaction may create (front first) and whether a fill is a user's. */
  private pendingOrders: NewOrderSpec[] = [];
  /** Order ids above this are new to the transaction being walked (Infinity outside orders). */
  private newAbove = Number.POSITIVE_INFINITY;
  private liquidating: string | undefined;

  constructor(readonly config: VenueConfig) {
    this.ledger = new RefereeLedger(config);
    this.oracle = new RefereeOracle(config);
  }

  get lost(): boolean {
    return this.problems.length > 0;
  }

  /**
   * Judges one applied block. `recordedFund` is the insurance fund as the previous block's state
   * recorded it (the referee starts each block from it, so its fund is not the engine's latest).
   */
  observe(block: RefereeBlock, events: readonly VenueEvent[], recordedFund?: number): RefereeViolation[] {
    if (this.lost) return [];
    this.events = events;
    this.at = 0;
    this.out = [];
    // The venue's clock never runs backwards (docs/venue.md): a block time before the previous
    // one, or not a safe integer, counts as the previous block's time.
    if (Number.isSafeInteger(block.timeUs) && block.timeUs >= this.timeUs) this.timeUs = block.timeUs;
    if (recordedFund !== undefined) this.ledger.fund = recordedFund;
    try {
      this.walk(block);
    } catch (error) {
      if (!(error instanceof RefereeLost)) throw error;
      this.problems.push(error.message);
      return [];
    }
    return this.out;
  }

  private walk(block: RefereeBlock): void {
    for (const item of block.txs) {
      const report = item.tx?.oracleReport;
      if (!item.tx || !report) continue;
      if (this.rejectedNext(item)) continue;
      const problem = this.oracle.accept({
        oracleId: report.oracleId ?? '',
        marketId: report.marketId ?? 0,
        priceTicks: Number(report.priceTicks ?? 0),
        observedAtUs: Number(report.observedAtUs ?? 0),
        reportSeq: Number(report.reportSeq ?? 0),
        signature: report.signature ?? new Uint8Array(0),
      });
      if (problem) this.fail('oracle-fresh-quorum-median', problem);
    }
    // Start of block: every market's status changes, cancels, auction, funding, oracle price.
    let pricesSeen = 0;
    while (pricesSeen < this.ledger.markets.size) {
      const event = this.next('the start-of-block events');
      this.handle(event);
      if (event.kind === 'oraclePrice') pricesSeen++;
    }
    for (const item of block.txs) {
      if (item.tx?.oracleReport) continue;
      if (!item.tx) {
        this.expectRejection(item);
        continue;
      }
      if (item.tx.evidence) continue;
      if (this.rejectedNext(item)) continue;
      this.applyAccepted(item.tx);
    }
    const touched: string[] = [];
    while (this.at < this.events.length) {
      const event = this.next('the account updates');
      if (event.kind !== 'accountUpdate') this.lose(`unexpected ${event.kind} event after the transactions: ${JSON.stringify(event)}`);
      else touched.push(event.accountUpdate.accountId);
    }
    for (const accountId of touched) {
      const account = this.ledger.accounts.get(accountId);
      if (!account) continue;
      // Flat: its equity is its cash (a held position rules the check out without a whole standing).
      const equity = this.ledger.flatCash(accountId);
      if (equity !== undefined && equity < 0 && account.recordedDeficit < -equity) {
        this.fail('no-hidden-deficit', `${accountId} ends the block flat at equity ${equity} with ${account.recordedDeficit} recorded as bad debt`);
      }
    }
  }

  private applyAccepted(tx: Tx): void {
    const kind = txKind(tx);
    switch (kind) {
      case 'deposit': {
        const account = this.ledger.account(tx.deposit?.accountId ?? '');
        account.cash += Number(tx.deposit?.amount ?? 0);
        return;
      }
      case 'withdraw': {
        const accountId = tx.withdraw?.accountId ?? '';
        const before = this.ledger.keep(accountId);
        this.ledger.account(accountId).cash -= Number(tx.withdraw?.amount ?? 0);
        this.judgeAdmission('withdrawal', accountId, before, this.ledger.standing(accountId), false);
        return;
      }
      case 'placeOrder': {
        const o = tx.placeOrder as faultline.v1.IPlaceOrder;
        const accountId = o.accountId ?? '';
        const before = this.ledger.keep(accountId);
        this.pendingOrders = [{ accountId, marketId: o.marketId ?? 0, side: o.side ?? 0, limitTicks: Number(o.priceTicks ?? 0), reduceOnly: o.reduceOnly === true }];
        const floor = (this.newAbove = this.maxOrderId);
        this.consumeUntil('the order', (e) => isOwnFinal(e, accountId, floor));
        this.pendingOrders = [];
        this.newAbove = Number.POSITIVE_INFINITY;
        this.judgeAdmission('order', accountId, before, this.ledger.standing(accountId), true);
        return;
      }
      case 'hedgerQuote': {
        const q = tx.hedgerQuote as faultline.v1.IHedgerQuote;
        const accountId = q.accountId ?? '';
        const marketId = q.marketId ?? 0;
        const before = this.ledger.keep(accountId);
        this.pendingOrders = [];
        if (Number(q.bidSizeLots ?? 0) > 0) this.pendingOrders.push({ accountId, marketId, side: SIDE_BUY, limitTicks: Number(q.bidPriceTicks ?? 0) });
        if (Number(q.askSizeLots ?? 0) > 0) this.pendingOrders.push({ accountId, marketId, side: SIDE_SELL, limitTicks: Number(q.askPriceTicks ?? 0) });
        // The old quote's cancels come first (a quote of two empty sides is only that).
        for (let e = this.events[this.at]; e?.kind === 'orderUpdate' && e.orderUpdate.status === 'cancelled' && e.orderUpdate.reason === 'requote' && e.orderUpdate.accountId === accountId; e = this.events[this.at]) {
          this.handle(this.next('the quote'));
        }
        let placed = 0;
        for (let side = this.pendingOrders.length; side > 0; side--) {
          const floor = (this.newAbove = this.maxOrderId);
          const last = this.consumeUntil('the quote', (e) => isOwnFinal(e, accountId, floor) || (e.kind === 'orderUpdate' && e.orderUpdate.status === 'rejected' && e.orderUpdate.accountId === accountId));
          if (last.kind === 'orderUpdate' && last.orderUpdate.status === 'rejected') this.pendingOrders.shift();
          else placed++;
        }
        this.pendingOrders = [];
        this.newAbove = Number.POSITIVE_INFINITY;
        if (placed > 0) this.judgeAdmission('quote', accountId, before, this.ledger.standing(accountId), true);
        return;
      }
      case 'cancelOrder':
        this.consumeUntil('the cancel', (e) => e.kind === 'orderUpdate' && e.orderUpdate.status === 'cancelled');
        return;
      case 'cancelAll': {
        const accountId = tx.cancelAll?.accountId ?? '';
        const marketId = tx.cancelAll?.marketId ?? 0;
        for (let e = this.events[this.at]; e && isUserCancel(e, accountId, marketId); e = this.events[this.at]) this.handle(this.next('cancels'));
        return;
      }
      case 'liquidate':
        this.liquidate(tx.liquidate as faultline.v1.ILiquidate);
        return;
      default:
        this.lose(`accepted transaction of unknown kind`);
    }
  }

  private liquidate(l: faultline.v1.ILiquidate): void {
    const accountId = l.accountId ?? '';
    const before = this.ledger.standing(accountId);
    this.liquidating = accountId;
    let deficitAtAdl = 0;
    let adlChecked = false;
    let event: VenueEvent;
    for (;;) {
      event = this.next('the liquidation');
      if (event.kind === 'adl' && !adlChecked) {
        adlChecked = true;
        const deficit = -this.ledger.standing(accountId).equity;
        deficitAtAdl = Math.max(0, deficit);
        if (this.ledger.fund >= deficit) {
          this.fail('adl-after-fund-exhausted', `ADL of ${accountId} (deficit ${deficit} at the mark) while the fund, as recorded before the block plus this block's flows, holds ${this.ledger.fund}`);
        }
      }
      if (event.kind === 'liquidation') break;
      this.handle(event);
    }
    this.liquidating = undefined;
    const result = event.liquidation;
    if (result.accountId !== accountId) this.lose(`liquidation result for ${result.accountId} while liquidating ${accountId}`);
    const fundBefore = this.ledger.fund;
    // The engine reports the equity it judged on once it has looked at the position (the earlier
    // refusals — unknown account or market, no position — report none).
    if (!JUDGED_BEFORE_HEALTH.has(result.reason) && result.equityBefore !== before.equity) {
      this.fail('liquidation-recheck', `liquidation of ${accountId} (${result.executed ? 'executed' : result.reason}) judged equity ${result.equityBefore}; the referee's at the mark is ${before.equity}`);
    }
    if (!result.executed) {
      if (result.insuranceFundAfter !== fundBefore) {
        this.fail('fund-pays-only-bad-debt', `refused liquidation of ${accountId} moved the fund from ${fundBefore} to ${result.insuranceFundAfter}`);
      }
      this.ledger.fund = result.insuranceFundAfter;
      return;
    }
    if (!(before.equity < before.maintenance)) {
      this.fail('liquidation-recheck', `${accountId} liquidated with equity ${before.equity} >= maintenance ${before.maintenance} (referee, at the mark)`);
    }
    const account = this.ledger.account(accountId);
    account.cash -= result.penalty;
    const afterPenalty = this.ledger.standing(accountId).equity;
    const draw = fundBefore + result.penalty - result.insuranceFundAfter;
    // The deficit the fund may cover: after the close and the penalty, or — when the rest was
    // deleveraged — before the ADL (the fund pays first, the ADL price then clears the rest).
    const deficit = Math.max(0, -afterPenalty, deficitAtAdl);
    if (draw < 0) {
      this.fail('fund-pays-only-bad-debt', `the fund gained ${-draw} beyond the penalty ${result.penalty} liquidating ${accountId}`);
    } else if (draw > deficit) {
      this.fail('fund-pays-only-bad-debt', `the fund paid ${draw} for ${accountId} whose deficit was ${deficit}`);
    }
    account.cash += draw;
    this.ledger.fund = result.insuranceFundAfter;
    const after = this.ledger.standing(accountId);
    if (after.flat && after.equity < 0) {
      if (result.badDebt < -after.equity) {
        this.fail('no-hidden-deficit', `${accountId} closed flat at equity ${after.equity}, bad debt recorded ${result.badDebt}`);
      } else account.recordedDeficit = -after.equity;
      // Open interest is balanced, so opposite positions always exist to take the rest at the
      // bankruptcy price: with ADL on, a closed account never leaves a deficit behind.
      if (this.config.policy.adl.enabled) {
        this.fail('no-hidden-deficit', `${accountId} closed flat at equity ${after.equity} (the fund ${result.insuranceFundAfter}) although ADL could have taken the rest at the bankruptcy price`);
      }
    }
  }

  /**
   * no-hidden-deficit (4): a book fill of a liquidation's close at `priceTicks`, taken as the
   * price of the whole position still open: the account's equity with that position valued there
   * (its cash already holds the fills so far) must not be below minus the fund.
   */
  private judgeCloseFill(accountId: string, marketId: number, priceTicks: number, fillId: number): void {
    const size = this.ledger.size(accountId, marketId);
    const atFill = this.equity(accountId) + size * (priceTicks - (this.ledger.marks.get(marketId) ?? 0)) * this.ledger.multiplier(marketId);
    if (atFill < -this.ledger.fund) {
      this.fail('no-hidden-deficit', `liquidation fill ${fillId} of ${accountId} at ${priceTicks}: closing the position there leaves equity ${atFill}, beyond the fund's ${this.ledger.fund} (ADL on: the rest is ADL's at the bankruptcy price)`);
    }
  }

  /** One event's effect on the ledger (and the checks that belong to that moment). */
  private handle(event: VenueEvent): void {
    switch (event.kind) {
      case 'fill': {
        const f = event.fill;
        this.seeOrderId(f.makerOrderId);
        this.seeOrderId(f.takerOrderId);
        const takerSign = f.takerSide === SIDE_BUY ? 1 : -1;
        const maker = f.makerAccountId;
        const taker = f.takerAccountId;
        const userTaker = this.liquidating !== taker;
        // (No arrays per fill: the maker, then a user taker, each by name.)
        const makerWas = this.equity(maker);
        const takerWas = userTaker ? this.equity(taker) : 0;
        this.ledger.trade(taker, f.marketId, takerSign * f.sizeLots, f.priceTicks);
        this.ledger.trade(maker, f.marketId, -takerSign * f.sizeLots, f.priceTicks);
        this.ledger.account(maker).cash -= f.makerFee;
        this.ledger.account(taker).cash -= f.takerFee;
        const makerOrder = this.ledger.orders.get(f.makerOrderId);
        if (makerOrder) makerOrder.lots -= f.sizeLots;
        const takerOrder = this.ledger.orders.get(f.takerOrderId);
        if (takerOrder) takerOrder.lots -= f.sizeLots;
        this.judgeUserFill(f.fillId, maker, makerWas);
        if (userTaker) this.judgeUserFill(f.fillId, taker, takerWas);
        if (!userTaker && this.config.policy.adl.enabled) this.judgeCloseFill(taker, f.marketId, f.priceTicks, f.fillId);
        return;
      }
      case 'orderUpdate': {
        const u = event.orderUpdate;
        if (u.orderId === 0) return; // a hedger side rejected before it had an id
        const known = this.ledger.orders.get(u.orderId);
        const fresh = u.orderId > this.newAbove;
        this.seeOrderId(u.orderId);
        if (u.status === 'resting' || u.status === 'accepted') {
          if (known) known.lots = u.remainingLots;
          else {
            const spec = fresh ? this.pendingOrders[0] : undefined;
            if (!spec || spec.accountId !== u.accountId) this.lose(`order ${u.orderId} of ${u.accountId} rests, but no transaction of that account placed it`);
            this.ledger.addOrder({ orderId: u.orderId, accountId: u.accountId, marketId: u.marketId, side: spec.side, limitTicks: spec.limitTicks, lots: u.remainingLots, reduceOnly: spec.reduceOnly === true });
          }
        } else if (u.status === 'filled' || u.status === 'cancelled') {
          this.ledger.removeOrder(u.orderId);
        }
        if (fresh && u.status !== 'rejected' && this.pendingOrders[0]?.accountId === u.accountId) this.pendingOrders.shift();
        return;
      }
      case 'adl': {
        const a = event.adl;
        const sign = Math.sign(this.ledger.size(a.liquidatedAccountId, a.marketId));
        this.ledger.trade(a.liquidatedAccountId, a.marketId, -sign * a.sizeLots, a.priceTicks);
        this.ledger.trade(a.counterpartyAccountId, a.marketId, sign * a.sizeLots, a.priceTicks);
        return;
      }
      case 'funding':
        this.fund(event.funding);
        return;
      case 'oraclePrice': {
        const p = event.oraclePrice;
        this.ledger.setMark(p.marketId, p.markTicks);
        const expected = this.oracle.expected(p.marketId, this.timeUs);
        if (expected.price === undefined && !p.stale) {
          this.fail('oracle-fresh-quorum-median', `market ${p.marketId}: price ${p.priceTicks} with ${expected.fresh} fresh signed reports, quorum ${this.config.oracleQuorum}`);
        } else if (expected.price !== undefined && (p.stale || p.priceTicks !== expected.price)) {
          this.fail('oracle-fresh-quorum-median', `market ${p.marketId}: price ${p.stale ? 'stale' : p.priceTicks}, the signed reports' fresh median is ${expected.price} (${expected.fresh} fresh)`);
        }
        return;
      }
      case 'liquidation':
        this.lose(`a liquidation result of ${event.liquidation.accountId} outside a liquidation`);
        return;
      case 'txRejected':
        this.lose(`a rejection of ${event.txRejected.clientId}/${event.txRejected.nonce} inside another transaction's events`);
        return;
      case 'accountUpdate':
        this.lose(`an account update of ${event.accountUpdate.accountId} before the transactions ended`);
        return;
      case 'marketStatus':
      case 'auctionResult':
        return;
    }
  }

  /**
   * Funding of one market (docs/venue.md, "Funding"): payers pay ceil(|size| x oracle x m x |rate|);
   * receivers share the total pro rata to size, rounded down, the units left going one each to
   * the largest remainders, then the lowest account index.
   */
  private fund(f: { marketId: number; ratePpm: number; oracleTicks: number }): void {
    const m = this.ledger.multiplier(f.marketId);
    const payers: Array<{ id: string; index: number; lots: number }> = [];
    const receivers: Array<{ id: string; index: number; lots: number }> = [];
    for (const account of this.ledger.accounts.values()) {
      const size = this.ledger.sizeOf(account, f.marketId);
      if (size === 0) continue;
      ((size > 0) === f.ratePpm > 0 ? payers : receivers).push({ id: account.id, index: account.index, lots: Math.abs(size) });
    }
    let total = 0n;
    for (const payer of payers) {
      const exact = BigInt(payer.lots) * BigInt(f.oracleTicks) * BigInt(m) * BigInt(Math.abs(f.ratePpm));
      const amount = exact / 1_000_000n + (exact % 1_000_000n === 0n ? 0n : 1n);
      this.ledger.account(payer.id).cash -= Number(amount);
      total += amount;
    }
    const lots = BigInt(receivers.reduce((sum, r) => sum + r.lots, 0));
    if (lots === 0n) return;
    const shares = receivers.map((r) => ({ ...r, amount: (total * BigInt(r.lots)) / lots, remainder: (total * BigInt(r.lots)) % lots }));
    let left = total - shares.reduce((sum, s) => sum + s.amount, 0n);
    for (const share of [...shares].sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1))) {
      if (left === 0n) break;
      share.amount += 1n;
      left -= 1n;
    }
    for (const share of shares) this.ledger.account(share.id).cash += Number(share.amount);
  }

  /** no-hidden-deficit (1): a user fill never takes an account's equity below zero (only liquidation may). */
  private judgeUserFill(fillId: number, who: string, was: number): void {
    const now = this.equity(who);
    if (now < 0 && now < was) this.fail('no-hidden-deficit', `fill ${fillId} takes ${who}'s equity from ${was} to ${now} (a user fill; only liquidation may go below zero)`);
  }

  /** `kept`: the account as it was before the action (its standing is computed only when `after` is not covered). */
  private judgeAdmission(what: string, accountId: string, kept: StandingInputs, after: Standing, mayNotWorsen: boolean): void {
    if (after.equity >= after.requirement) return;
    const before = this.ledger.standingOf(kept);
    if (mayNotWorsen && notWorse(before, after)) return;
    this.fail(
      'admission-margin',
      `accepted ${what} of ${accountId} leaves equity ${after.equity} < requirement ${after.requirement} (with resting orders' worst case; before: equity ${before.equity}, requirement ${before.requirement})`,
    );
  }

  private equity(accountId: string): number {
    return this.ledger.equity(accountId);
  }

  private seeOrderId(id: number): void {
    if (id > this.maxOrderId) this.maxOrderId = id;
  }

  /** Consumes events through the first one `isEnd` accepts; returns it. */
  private consumeUntil(what: string, isEnd: (event: VenueEvent) => boolean): VenueEvent {
    for (;;) {
      const event = this.next(what);
      const end = isEnd(event);
      this.handle(event);
      if (end) return event;
    }
  }

  private next(what: string): VenueEvent {
    const event = this.events[this.at++];
    if (!event) this.lose(`the events ended inside ${what}`);
    return event;
  }

  /** Whether the next event rejects this transaction (consumed if so). */
  private rejectedNext(item: { bytes: Uint8Array; tx: Tx | undefined }): boolean {
    const clientId = item.tx?.clientId ?? '';
    const nonce = Number(item.tx?.nonce ?? 0);
    // The client's window, looked up once (the rejection check below never changes it).
    const window = this.nonces.get(clientId);
    const applied = window !== undefined && (nonce <= window.floor || window.seen.has(nonce));
    const event = this.events[this.at];
    const matches = event?.kind === 'txRejected' && event.txRejected.clientId === clientId && event.txRejected.nonce === nonce && sameHash(event.txRejected.txHash, item.bytes);
    // An accepted transaction with no events of its own followed by its duplicate: the rejection
    // that follows is the duplicate's, so a transaction not yet applied takes a duplicate-tx
    // rejection only when it is itself a duplicate. (Only that code: a duplicate client order id
    // is an ordinary rejection of a new transaction.)
    if (matches && (applied || event.txRejected.reason !== 'duplicate-tx')) {
      this.at++;
      return true;
    }
    if (applied) this.lose(`${clientId}/${nonce} applied twice`);
    this.recordNonce(clientId, window, nonce);
    return false;
  }

  private expectRejection(item: { bytes: Uint8Array }): void {
    const event = this.events[this.at];
    if (event?.kind !== 'txRejected' || !sameHash(event.txRejected.txHash, item.bytes)) this.lose('an undecodable transaction without its rejection');
    this.at++;
  }

  /**
   * The engine's duplicate window (docs/venue.md): the last 1,024 nonces per client above a floor.
   * `found`: the client's window as rejectedNext looked it up (undefined: a new client).
   */
  private recordNonce(clientId: string, found: { floor: number; seen: Set<number> } | undefined, nonce: number): void {
    let window = found;
    if (!window) this.nonces.set(clientId, (window = { floor: 0, seen: new Set() }));
    window.seen.add(nonce);
    if (window.seen.size > NONCE_WINDOW) {
      const sorted = [...window.seen].sort((a, b) => a - b);
      window.floor = sorted[NONCE_WINDOW / 2 - 1] as number;
      window.seen = new Set(sorted.slice(NONCE_WINDOW / 2));
    }
  }

  private fail(invariant: RefereeInvariant, detail: string): void {
    this.out.push({ invariant, detail });
  }

  private lose(detail: string): never {
    throw new RefereeLost(`referee lost at block time ${this.timeUs}: ${detail}`);
  }
}

class RefereeLost extends Error {}

/**
 * No market's worse side grows, and either nothing moved the wrong way (equity did not fall,
 * the requirement did not rise) or dYdX v4's rule holds: equity stays >= 0 and equity /
 * worse-side maintenance does not fall.
 */
function notWorse(before: Standing, after: Standing): boolean {
  for (let index = 0; index < after.worstLots.length; index++) if ((after.worstLots[index] as number) > (before.worstLots[index] as number)) return false;
  // Nothing moved the wrong way (an order that neither filled nor rested, a cancel-only quote).
  if (after.equity >= before.equity && after.requirement <= before.requirement) return true;
  if (after.equity < 0) return false;
  if (after.worstMaintenance === 0) return true;
  return BigInt(after.equity) * BigInt(before.worstMaintenance) >= BigInt(before.equity) * BigInt(after.worstMaintenance);
}

function isOwnFinal(event: VenueEvent, accountId: string, floor: number): boolean {
  if (event.kind !== 'orderUpdate') return false;
  const u = event.orderUpdate;
  return u.accountId === accountId && u.orderId > floor && u.status !== 'rejected';
}

function isUserCancel(event: VenueEvent, accountId: string, marketId: number): boolean {
  return event.kind === 'orderUpdate' && event.orderUpdate.status === 'cancelled' && event.orderUpdate.accountId === accountId && event.orderUpdate.reason === 'user' && (marketId === 0 || event.orderUpdate.marketId === marketId);
}

function txKind(tx: Tx): string {
  for (const kind of ['placeOrder', 'cancelOrder', 'cancelAll', 'deposit', 'withdraw', 'liquidate', 'hedgerQuote'] as const) if (tx[kind]) return kind;
  return 'unknown';
}

function sameHash(hash: Uint8Array, bytes: Uint8Array): boolean {
  return Buffer.from(hash).equals(createHash('sha256').update(bytes).digest());
}
