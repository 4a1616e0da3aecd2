/**
 * The market-maker hedger as a pure core, in the validator's shape (consensus/tendermint.ts):
 * every input comes with the current time and returns the effects the actor carries out in
 * order — persist a record, snapshot, submit a venue tx, send a hedge order, set or cancel a
 * timer, log. No host, no clock, no timers of its own: a test steps it alone.
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
 * - Control states: hedger-machine.ts, stepped here with xstate's pure `transition`; its
 *   guards read the facts this core computes at the input's time and hands it as event data.
 *   Timers (the quote tick, each hedge's timeout) are effects; the actor runs them on the host.
 *
 * Planted bug 'never-pull' (campaign tests only): the venue is always fit to quote once funded
 * and priced — a halt, a stale oracle or a stale view no longer pulls the quotes. On a halt that
 * costs little (the venue cancels and rejects while halted); with its view cut off it is fatal:
 * the venue trades on against quotes the hedger keeps renewing, it sees none of those fills, so
 * it neither hedges them nor stops at maxInventoryLots, and its true delta grows for as long as
 * the view is stale. The simulator's hedger-delta-bounded invariant, computed from the venue's
 * state and the external venue's fills (not from these books), catches it.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { faultline } from '@faultline/protocol';
import { MARKET_ACTIVE, SIDE_BUY as BUY, SIDE_SELL as SELL, type AccountUpdateEvent } from '@faultline/venue';
import type { HedgerVariant } from '../variants.ts';
import type { ExecutedBlockView, MarketView } from '../venue/venue-view.ts';
import { DeltaLimitTracker, HedgerBook, signedLotsOf, venueTradesOf, type HedgerMarket, type LegTrade } from './hedger-book.ts';
import { hedgerMachine, type HedgerAction, type HedgerFacts, type HedgerMachineEvent, type HedgerMode } from './hedger-machine.ts';
import { bookFromWal, bookToWal, orderFromWal, orderToWal, tradeFromWal, type HedgeOrderRecord, type HedgerWalRecord, type HedgerWalSnapshot } from './hedger-wal.ts';

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

export interface HedgerMetrics {
  state: HedgerMode;
  venuePositionLots: number;
  externalPositionLots: number;
  deltaLots: number;
  maxAbsDeltaLots: number;
  venuePnl: number;
  externalPnl: number;
  basisPnl: number;
  timeOutsideDeltaLimitUs: number;
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

/** One market's two sides; a side of size 0 is not quoted (both 0: a pull). */
export interface QuoteSides {
  marketId: number;
  bidPriceTicks: number;
  bidSizeLots: number;
  askPriceTicks: number;
  askSizeLots: number;
}

/** An external price tick, in domain numbers (the actor converts the wire message). */
export interface ExternalPriceInput {
  marketId: number;
  priceTicks: number;
  atUs: number;
}

/** A fill of one of our hedge orders; `key` names its envelope (sender:seq:sentAtUs), so a copy is booked once. */
export interface HedgeFillInput {
  orderId: number;
  marketId: number;
  side: number;
  sizeLots: number;
  priceTicks: number;
  fee: number;
  key: string;
}

export interface HedgeRejectInput {
  orderId: number;
  reason: string;
}

/** The core's timers: the quote tick and one timeout per open hedge order. */
export type HedgerTimer = { kind: 'tick' } | { kind: 'hedge-timeout'; orderId: number };

export type HedgerEffect =
  /** Append to the durable log; comes before the message it protects. */
  | { kind: 'persist'; record: HedgerWalRecord }
  /** A durable snapshot covering every record persisted so far. */
  | { kind: 'snapshot'; snapshot: HedgerWalSnapshot }
  /** A venue transaction, published on `tx.<clientId>`. */
  | { kind: 'submit'; tx: faultline.v1.ITransaction }
  /** A hedge order, published on `external.<hedgerId>`. */
  | { kind: 'hedge'; order: faultline.v1.IHedgeOrder }
  /** Arms a timer (re-arming one that is armed replaces it); `onTimer` when it fires. */
  | { kind: 'set-timer'; timer: HedgerTimer; delayUs: number }
  /** Cancels a timer if it is armed. */
  | { kind: 'cancel-timer'; timer: HedgerTimer }
  | { kind: 'log'; level: 'debug' | 'info' | 'warn'; message: string; fields: Record<string, unknown> };

export interface HedgerCoreOptions {
  /** Its venue account (the actor id). */
  accountId: string;
  config: HedgerConfig;
  /** Testing seam (see the header): never from a config or a spec. */
  variant?: HedgerVariant;
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

export function timerKey(timer: HedgerTimer): string {
  return timer.kind === 'tick' ? 'tick' : `hedge-timeout/${timer.orderId}`;
}

interface ExternalQuote {
  priceTicks: number;
  atUs: number;
  receivedAtUs: number;
}

export class HedgerCore {
  readonly book: HedgerBook;
  readonly tracker: DeltaLimitTracker;
  readonly tally = { quotesSent: 0, pullsSent: 0, hedgeOrders: 0, hedgeFills: 0, hedgeRejects: 0, hedgeTimeouts: 0, reconciledLots: 0 };
  /** Hedge orders by id, oldest first (Map order is insertion order). */
  readonly orders = new Map<number, HedgeOrderRecord>();
  depositTx: faultline.v1.ITransaction | undefined;
  funded = false;
  lastVenueFillId = 0;
  private readonly config: HedgerConfig;
  private readonly accountId: string;
  private readonly variant: HedgerVariant | undefined;
  private readonly external = new Map<number, ExternalQuote>();
  /** The venue view's markets as of the last block, and when (input time) that block came. */
  private readonly markets = new Map<number, MarketView>();
  private viewAtUs: number | undefined;
  /** Markets whose last HedgerQuote quoted something: a pull is owed when they stop quoting. */
  private readonly live = new Set<number>();
  /** Markets with a hedge rejected since the last tick: not re-hedged before the next one. */
  private readonly rejectedSinceTick = new Set<number>();
  /** The timeout in force (µs): adapts to how late fills come (see adaptTimeout). */
  private hedgeTimeoutUs: number;
  private nonce = 0;
  private nextOrderId = 1;
  private nextQuoteId = 1;
  private entriesSinceSnapshot = 0;
  private machine: SnapshotFrom<typeof hedgerMachine> | undefined;
  private effects: HedgerEffect[] = [];
  private nowUs = 0;

  constructor(options: HedgerCoreOptions) {
    validateHedgerConfig(options.config);
    this.config = options.config;
    this.accountId = options.accountId;
    this.variant = options.variant;
    this.book = new HedgerBook(options.config.markets);
    this.tracker = new DeltaLimitTracker(options.config.deltaLimitLots);
    this.hedgeTimeoutUs = options.config.hedgeTimeoutUs;
  }

  get mode(): HedgerMode {
    return (this.machine?.value as HedgerMode | undefined) ?? 'flat';
  }

  metrics(nowUs: number): HedgerMetrics {
    const totals = this.book.totals();
    return {
      state: this.mode,
      venuePositionLots: totals.venuePositionLots,
      externalPositionLots: totals.externalPositionLots,
      deltaLots: totals.deltaLots,
      maxAbsDeltaLots: this.tracker.maxAbsDeltaLots,
      venuePnl: totals.venuePnl,
      externalPnl: totals.externalPnl,
      basisPnl: totals.basisPnl,
      timeOutsideDeltaLimitUs: this.tracker.timeOutsideUs(nowUs),
      ...this.tally,
    };
  }

  /** Open hedge orders' remaining lots, signed (+ buying), in a market. */
  openHedgeLots(marketId: number): number {
    let lots = 0;
    for (const order of this.orders.values()) if (order.open && order.marketId === marketId) lots += order.signedLots - order.filledLots;
    return lots;
  }

  // ── the durable log: one way to change the books and orders, live and on recovery ────────

  /** Rebuilds the state from a decoded log (hedger-wal.ts), before start: the snapshot, then every record through `evolve`. */
  restore(snapshot: HedgerWalSnapshot | undefined, records: readonly HedgerWalRecord[]): void {
    if (snapshot) {
      this.book.restore((snapshot.books ?? []).map(bookFromWal));
      this.depositTx = snapshot.depositTx ?? undefined;
      this.funded = snapshot.funded ?? false;
      this.lastVenueFillId = Number(snapshot.lastVenueFillId ?? 0);
      for (const wal of snapshot.orders ?? []) {
        const order = orderFromWal(wal);
        this.orders.set(order.orderId, order);
      }
    }
    for (const record of records) this.evolve(record);
  }

  /** Applies one record to the state. Total: a record about a market or order it does not know changes nothing. */
  evolve(record: HedgerWalRecord): void {
    if (record.deposit) this.depositTx = record.deposit;
    else if (record.funded) this.funded = true;
    else if (record.venueFill) {
      const marketId = record.venueFill.marketId ?? 0;
      if (this.book.has(marketId)) this.book.venueFill(marketId, tradeFromWal(record.venueFill.trade));
      this.lastVenueFillId = Math.max(this.lastVenueFillId, Number(record.venueFill.fillId ?? 0));
    } else if (record.hedgeOrder) this.remember(orderFromWal(record.hedgeOrder));
    else if (record.hedgeFill) {
      const order = this.orders.get(Number(record.hedgeFill.orderId ?? 0));
      if (!order || !this.book.has(order.marketId)) return;
      const trade = tradeFromWal(record.hedgeFill.trade);
      order.filledLots += trade.signedLots;
      order.fillKeys.push(record.hedgeFill.key ?? '');
      this.book.externalFill(order.marketId, trade);
    } else if (record.hedgeClosed) {
      const order = this.orders.get(Number(record.hedgeClosed.orderId ?? 0));
      if (order) order.open = false;
    }
  }

  /** What a snapshot holds: everything the records rebuild. */
  walSnapshot(): HedgerWalSnapshot {
    return {
      books: this.book.snapshot().map(bookToWal),
      ...(this.depositTx ? { depositTx: this.depositTx } : {}),
      funded: this.funded,
      lastVenueFillId: this.lastVenueFillId,
      orders: [...this.orders.values()].map(orderToWal),
    };
  }

  // ── inputs ───────────────────────────────────────────────────────────────────────────────

  start(nowUs: number): HedgerEffect[] {
    return this.run(nowUs, () => {
      // Time-based ids: a new incarnation never reuses its predecessor's nonces, quote or order ids.
      const now = Math.max(0, nowUs);
      this.nonce = now;
      this.nextQuoteId = now + 1;
      this.nextOrderId = Math.max(now, ...this.orders.keys()) + 1;
      for (const order of this.orders.values()) {
        if (order.open) this.emit({ kind: 'set-timer', timer: { kind: 'hedge-timeout', orderId: order.orderId }, delayUs: Math.max(0, order.sentAtUs + this.config.hedgeTimeoutUs - now) });
      }
      if (this.depositTx) {
        // A restart: the deposit once more (lost before it was committed? the venue drops a copy),
        // and a pull, since the predecessor may have left quotes on the book that nobody watches.
        this.emit({ kind: 'submit', tx: this.depositTx });
        for (const { marketId } of this.config.markets) this.pull(marketId);
      } else this.sendDeposit();
      this.tracker.observe(now, this.book.maxAbsDeltaLots());
      const [machine, actions] = initialTransition(hedgerMachine, this.facts());
      this.machine = machine;
      this.act(actions);
    });
  }

  /** A block of the venue view, in height order; `markets` is the view's market state after it. */
  onBlock(nowUs: number, block: ExecutedBlockView, markets: ReadonlyMap<number, MarketView>): HedgerEffect[] {
    return this.run(nowUs, () => {
      this.viewAtUs = nowUs;
      for (const marketId of this.book.marketIds()) {
        const market = markets.get(marketId);
        if (market) this.markets.set(marketId, { ...market });
      }
      let requote = false;
      let update: AccountUpdateEvent | undefined;
      for (const event of block.events) {
        if (event.kind === 'fill' && this.book.has(event.fill.marketId)) {
          const fill = event.fill;
          const trades = venueTradesOf(this.accountId, fill);
          if (trades.length === 0 || fill.fillId <= this.lastVenueFillId) continue;
          for (const trade of trades) this.record({ venueFill: { marketId: fill.marketId, fillId: fill.fillId, trade } });
          requote = true; // a side was (partly) taken: put it back at the next block, not the next tick
        } else if (event.kind === 'oraclePrice' && this.book.has(event.oraclePrice.marketId)) {
          this.book.setVenueMark(event.oraclePrice.marketId, event.oraclePrice.markTicks);
        } else if (event.kind === 'marketStatus' && this.book.has(event.marketStatus.marketId)) {
          requote = true;
        } else if (event.kind === 'accountUpdate' && event.accountUpdate.accountId === this.accountId) {
          update = event.accountUpdate;
        }
      }
      if (update) {
        if (!this.funded) this.record({ funded: {} });
        this.reconcile(update);
      }
      this.tracker.observe(nowUs, this.book.maxAbsDeltaLots());
      this.step({ type: 'BLOCK', requote, facts: this.facts() });
    });
  }

  onExternalPrice(nowUs: number, tick: ExternalPriceInput): HedgerEffect[] {
    return this.run(nowUs, () => {
      const { marketId, priceTicks, atUs } = tick;
      if (!this.book.has(marketId) || !(priceTicks > 0) || !Number.isSafeInteger(priceTicks)) return;
      if (atUs < (this.external.get(marketId)?.atUs ?? -Infinity)) return; // reordered: keep the newer
      this.external.set(marketId, { priceTicks, atUs, receivedAtUs: nowUs });
      this.book.setExternalPrice(marketId, priceTicks);
      this.step({ type: 'EXTERNAL', facts: this.facts() });
    });
  }

  onHedgeFill(nowUs: number, fill: HedgeFillInput): HedgerEffect[] {
    return this.run(nowUs, () => {
      const order = this.orders.get(fill.orderId);
      const { sizeLots, priceTicks, side } = fill;
      if (!order || order.fillKeys.includes(fill.key) || !(sizeLots > 0) || !(priceTicks > 0)) return;
      if (fill.marketId !== order.marketId || (side !== BUY && side !== SELL) || Math.sign(signedLotsOf(side, 1)) !== Math.sign(order.signedLots)) {
        this.emit({ kind: 'log', level: 'warn', message: 'hedger: hedge fill does not match its order; ignored', fields: { orderId: order.orderId } });
        return;
      }
      // Never more than the order: anything beyond is a copy the envelope key did not catch.
      const lots = Math.min(sizeLots, Math.abs(order.signedLots) - Math.abs(order.filledLots));
      if (lots <= 0) return;
      const trade: LegTrade = { signedLots: Math.sign(order.signedLots) * lots, priceTicks, fee: fill.fee };
      if (order.fillKeys.length === 0) this.adaptTimeout(nowUs - order.sentAtUs);
      this.record({ hedgeFill: { orderId: order.orderId, key: fill.key, trade } });
      this.tally.hedgeFills++;
      if (order.open && order.filledLots === order.signedLots) this.close(order);
      this.tracker.observe(nowUs, this.book.maxAbsDeltaLots());
      this.step({ type: 'HEDGE_FILLED', facts: this.facts() });
    });
  }

  onHedgeReject(nowUs: number, reject: HedgeRejectInput): HedgerEffect[] {
    return this.run(nowUs, () => {
      const order = this.orders.get(reject.orderId);
      if (!order?.open) return;
      this.close(order);
      this.tally.hedgeRejects++;
      this.rejectedSinceTick.add(order.marketId);
      this.emit({ kind: 'log', level: 'info', message: 'hedger: hedge rejected', fields: { orderId: order.orderId, reason: reject.reason } });
      this.step({ type: 'HEDGE_REJECTED', facts: this.facts() });
    });
  }

  /** A timer the core set has fired (the actor forgets it first: it is no longer armed). */
  onTimer(nowUs: number, timer: HedgerTimer): HedgerEffect[] {
    return this.run(nowUs, () => {
      if (timer.kind === 'tick') return this.step({ type: 'TICK', facts: this.facts() });
      const order = this.orders.get(timer.orderId);
      if (!order?.open) return;
      // The timeout grew since this order was sent: it gets the longer wait too.
      const leftUs = order.sentAtUs + this.hedgeTimeoutUs - nowUs;
      if (leftUs > 0) return this.emit({ kind: 'set-timer', timer, delayUs: leftUs });
      this.close(order);
      this.tally.hedgeTimeouts++;
      this.step({ type: 'HEDGE_LOST', facts: this.facts() });
    });
  }

  // ── the machine ──────────────────────────────────────────────────────────────────────────

  /** The routing facts at the current input's time. */
  private facts(): HedgerFacts {
    return {
      venueOk: this.venueOk(),
      externalUp: this.config.markets.some((m) => this.externalFresh(m.marketId)),
      flat: this.book.isFlat() && ![...this.orders.values()].some((o) => o.open),
    };
  }

  private step(event: HedgerMachineEvent): void {
    const was = this.mode;
    const [machine, actions] = transition(hedgerMachine, this.machine as SnapshotFrom<typeof hedgerMachine>, event);
    this.machine = machine;
    if (this.mode !== was) this.emit({ kind: 'log', level: 'debug', message: 'hedger mode', fields: { mode: this.mode, was } });
    this.act(actions);
  }

  /** Carries out the machine's actions in order; the next tick is armed after everything else the step did. */
  private act(actions: ReadonlyArray<{ type: string }>): void {
    let scheduleTick = false;
    for (const { type } of actions) {
      switch (type as HedgerAction) {
        case 'tick':
          this.tick();
          break;
        case 'requote':
          this.requote();
          break;
        case 'pullAll':
          for (const marketId of [...this.live]) this.pull(marketId);
          break;
        case 'hedge':
          this.hedge();
          break;
        case 'scheduleTick':
          scheduleTick = true;
          break;
        default:
          break; // xstate's own (the context assignment)
      }
    }
    if (scheduleTick) this.emit({ kind: 'set-timer', timer: { kind: 'tick' }, delayUs: this.config.quoteIntervalUs });
  }

  // ── venue side ───────────────────────────────────────────────────────────────────────────

  private viewFresh(): boolean {
    return this.viewAtUs !== undefined && this.nowUs - this.viewAtUs <= this.config.staleAfterUs;
  }

  private venueOk(): boolean {
    if (this.variant === 'never-pull') return this.config.markets.some((m) => this.quotable(m.marketId));
    return this.funded && this.viewFresh() && this.config.markets.some((m) => this.quotable(m.marketId));
  }

  private quotable(marketId: number): boolean {
    const market = this.markets.get(marketId);
    if (this.variant === 'never-pull') return this.funded && (market?.oracleTicks ?? 0) > 0;
    // Its hedge venue must be reachable too: a fill it could not hedge is risk it does not take on.
    return this.funded && this.viewFresh() && market?.state === MARKET_ACTIVE && !market.oracleStale && market.oracleTicks > 0 && this.externalFresh(marketId);
  }

  private requote(): void {
    for (const market of this.config.markets) {
      const quote = this.quotable(market.marketId) ? this.quoteFor(market) : undefined;
      if (quote && (quote.bidSizeLots > 0 || quote.askSizeLots > 0)) {
        this.submitQuote(quote);
        this.live.add(market.marketId);
      } else if (this.live.has(market.marketId)) this.pull(market.marketId);
    }
  }

  /** The quote around the oracle, skewed by inventory; a side of size 0 is not quoted. */
  private quoteFor(market: HedgerMarketConfig): QuoteSides {
    const oracle = this.markets.get(market.marketId)?.oracleTicks ?? 0;
    const step = market.priceStepTicks ?? 1;
    const halfTicks = Math.max(step, Math.floor((oracle * this.config.halfSpreadBps) / BPS));
    const inventory = this.book.venuePositionLots(market.marketId);
    const max = this.config.maxInventoryLots;
    const skewTicks = Math.trunc((halfTicks * Math.max(-max, Math.min(max, inventory))) / max);
    const bidPriceTicks = Math.floor((oracle - halfTicks - skewTicks) / step) * step;
    const askPriceTicks = Math.ceil((oracle + halfTicks - skewTicks) / step) * step;
    let bidSizeLots = Math.max(0, Math.min(this.config.quoteSizeLots, max - inventory));
    const askSizeLots = Math.max(0, Math.min(this.config.quoteSizeLots, max + inventory));
    if (bidPriceTicks < step) bidSizeLots = 0;
    return { marketId: market.marketId, bidPriceTicks: bidSizeLots > 0 ? bidPriceTicks : 0, bidSizeLots, askPriceTicks: askSizeLots > 0 ? askPriceTicks : 0, askSizeLots };
  }

  private pull(marketId: number): void {
    this.submitQuote({ marketId, bidPriceTicks: 0, bidSizeLots: 0, askPriceTicks: 0, askSizeLots: 0 });
    this.live.delete(marketId);
    this.tally.pullsSent++;
  }

  private submitQuote(quote: QuoteSides): void {
    this.submit({ hedgerQuote: { accountId: this.accountId, quoteId: this.nextQuoteId++, ...quote } });
    this.tally.quotesSent++;
  }

  /** A venue tx with the next nonce (one sequence per client, as TxSender keeps it). */
  private submit(body: Omit<faultline.v1.ITransaction, 'clientId' | 'nonce' | 'submittedAtUs'>): faultline.v1.ITransaction {
    const tx: faultline.v1.ITransaction = { clientId: this.accountId, nonce: ++this.nonce, submittedAtUs: this.nowUs, ...body };
    this.emit({ kind: 'submit', tx });
    return tx;
  }

  private sendDeposit(): void {
    // Logged before it is first sent, so the very transaction (same nonce) can be sent again later.
    const tx: faultline.v1.ITransaction = { clientId: this.accountId, nonce: this.nonce + 1, submittedAtUs: this.nowUs, deposit: { accountId: this.accountId, amount: this.config.deposit } };
    this.record({ deposit: tx });
    this.submit({ deposit: tx.deposit });
  }

  /** The venue's word on the position wins: book what no fill explained, at the mark, no fee. */
  private reconcile(update: AccountUpdateEvent): void {
    for (const marketId of this.book.marketIds()) {
      const venueLots = update.positions.find((p) => p.marketId === marketId)?.sizeLots ?? 0;
      const missingLots = venueLots - this.book.venuePositionLots(marketId);
      const priceTicks = this.markets.get(marketId)?.markTicks || this.book.figures(marketId).venueMarkTicks;
      if (missingLots === 0 || !(priceTicks > 0)) continue;
      this.record({ venueFill: { marketId, fillId: this.lastVenueFillId, trade: { signedLots: missingLots, priceTicks, fee: 0 } } });
      this.tally.reconciledLots += Math.abs(missingLots);
      this.emit({ kind: 'log', level: 'warn', message: 'hedger: venue position differs from its fills; booked at the mark', fields: { marketId, missingLots, priceTicks } });
    }
  }

  // ── external side ────────────────────────────────────────────────────────────────────────

  private externalFresh(marketId: number): boolean {
    const quote = this.external.get(marketId);
    return quote !== undefined && this.nowUs - quote.receivedAtUs <= this.config.staleAfterUs;
  }

  private hedge(): void {
    for (const { marketId } of this.config.markets) {
      if (!this.externalFresh(marketId) || this.rejectedSinceTick.has(marketId)) continue;
      const residualLots = this.book.deltaLots(marketId) + this.openHedgeLots(marketId);
      if (Math.abs(residualLots) <= this.config.hedgeThresholdLots) continue;
      let open = 0;
      for (const order of this.orders.values()) if (order.open && order.marketId === marketId) open++;
      if (open >= HEDGES_OPEN_PER_MARKET_MAX) continue;
      this.sendHedge(marketId, -residualLots);
    }
  }

  private sendHedge(marketId: number, signedLots: number): void {
    const orderId = this.nextOrderId++;
    this.record({ hedgeOrder: { orderId, marketId, signedLots, filledLots: 0, sentAtUs: this.nowUs, open: true, fillKeys: [] } });
    this.emit({
      kind: 'hedge',
      order: { hedgerId: this.config.hedgerId, orderId, marketId, side: signedLots > 0 ? BUY : SELL, sizeLots: Math.abs(signedLots), limitPriceTicks: 0 },
    });
    this.tally.hedgeOrders++;
    this.emit({ kind: 'set-timer', timer: { kind: 'hedge-timeout', orderId }, delayUs: this.hedgeTimeoutUs });
  }

  private close(order: HedgeOrderRecord): void {
    this.record({ hedgeClosed: { orderId: order.orderId } });
    this.emit({ kind: 'cancel-timer', timer: { kind: 'hedge-timeout', orderId: order.orderId } });
  }

  private remember(order: HedgeOrderRecord): void {
    this.orders.set(order.orderId, order);
    // The oldest goes first. An open order is never forgotten (at most HEDGES_OPEN_PER_MARKET_MAX per market are open).
    for (const [id, old] of this.orders) {
      if (this.orders.size <= HEDGE_ORDERS_REMEMBERED_MAX) break;
      if (!old.open) this.orders.delete(id);
    }
  }

  /**
   * A venue slower than the timeout would have every order taken as lost and hedged again
   * while it is still to fill: an over-hedge at every order. So, as TCP's retransmission
   * timeout does, the timeout follows the latency seen: twice the last first-fill latency,
   * never below hedgeTimeoutUs nor above HEDGE_TIMEOUT_GROWTH_MAX times it.
   */
  private adaptTimeout(latencyUs: number): void {
    const limitUs = HEDGE_TIMEOUT_GROWTH_MAX * this.config.hedgeTimeoutUs;
    this.hedgeTimeoutUs = Math.max(this.config.hedgeTimeoutUs, Math.min(limitUs, 2 * latencyUs));
  }

  // ── housekeeping ─────────────────────────────────────────────────────────────────────────

  private tick(): void {
    this.rejectedSinceTick.clear();
    // Same nonce as the first send: harmless if that one was committed after all.
    if (!this.funded && this.depositTx) this.emit({ kind: 'submit', tx: this.depositTx });
    if (this.entriesSinceSnapshot >= SNAPSHOT_EVERY_ENTRIES) {
      this.emit({ kind: 'snapshot', snapshot: this.walSnapshot() });
      this.entriesSinceSnapshot = 0;
    }
  }

  /** Persists a record, then applies it: the live path and recovery change state in one place. */
  private record(record: HedgerWalRecord): void {
    this.emit({ kind: 'persist', record });
    this.entriesSinceSnapshot++;
    this.evolve(record);
  }

  private emit(effect: HedgerEffect): void {
    this.effects.push(effect);
  }

  private run(nowUs: number, body: () => void): HedgerEffect[] {
    this.nowUs = nowUs;
    this.effects = [];
    body();
    const effects = this.effects;
    this.effects = [];
    return effects;
  }
}
