/**
 * The market-maker hedger. It quotes both sides of each of its markets on the venue around the
 * venue's oracle price (HedgerQuote transactions: the venue replaces its previous quote with two
 * post-only orders) and hedges the resulting delta on the external venue (HedgeOrder on
 * `external.<hedgerId>`; HedgeFill / HedgeReject come back on `external.<venueId>`).
 *
 * - Quotes: bid/ask = oracle ∓ halfSpread − skew, skew = halfSpread x inventory / maxInventory
 *   (a long hedger lowers both prices to sell more); the side that would take the venue
 *   inventory past maxInventoryLots is not quoted.
 * - Hedging: when |venue position + external position + open hedges| > hedgeThresholdLots, one
 *   market order for all of it. Open hedges count, so a hedge in flight is not sent twice; an
 *   order unanswered after hedgeTimeoutUs is taken as lost and hedged again. A fill that comes
 *   after all is still booked (the fills, not the orders, are the truth) and the next hedge
 *   corrects the over-hedge.
 * - Books (hedger-book.ts) from the fills; the venue's AccountUpdate is checked against the
 *   venue leg after each block, and a difference (fills the view never saw: heights skipped on
 *   a lossy link, ADL) is booked at the mark so the hedge follows the real position.
 * - Restarts: deposit, fills, hedge orders and their closing are written to the durable log
 *   (JSON entries, a snapshot every SNAPSHOT_EVERY_ENTRIES) before the message they concern
 *   leaves, so a new incarnation resumes with the same books and does not hedge twice.
 *   maxAbsDelta and time outside the delta limit count from the incarnation's start.
 * Control states: hedger-machine.ts.
 *
 * Planted bug 'never-pull' (campaign tests only): the venue is always fit to quote once funded
 * and priced — a halt, a stale oracle or a stale view no longer pulls the quotes. On a halt that
 * costs little (the venue cancels and rejects while halted); with its view cut off it is fatal:
 * the venue trades on against quotes the hedger keeps renewing, it sees none of those fills, so
 * it neither hedges them nor stops at maxInventoryLots, and its true delta grows for as long as
 * the view is stale. The simulator's hedger-delta-bounded invariant, computed from the venue's
 * state and the external venue's fills (not from these books), catches it.
 */
import type { HedgerVariant } from '../variants.ts';
import { createActor, type Actor as XstateActor } from 'xstate';
import { pb, type faultline } from '@faultline/protocol';
import { hostClock, type Actor, type DecodedEnvelope, type Host, type TimerId } from '@faultline/runtime';
import type { AccountUpdateEvent } from '@faultline/venue';
import { TxSender } from '../venue/tx-sender.ts';
import { VenueView, type ExecutedBlockView } from '../venue/venue-view.ts';
import { DeltaLimitTracker, HedgerBook, signedLotsOf, venueTradesOf, type HedgerMarket, type LegTrade, type MarketBookState } from './hedger-book.ts';
import { createHedgerMachine, type HedgerMode } from './hedger-machine.ts';

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

interface HedgeOrderRecord {
  orderId: number;
  marketId: number;
  signedLots: number;
  filledLots: number;
  sentAtUs: number;
  open: boolean;
  /** Envelopes already booked for this order: a duplicated message is booked once. */
  fillKeys: string[];
}

type LogEntry =
  | { k: 'deposit'; tx: faultline.v1.ITransaction }
  | { k: 'funded' }
  | { k: 'venue-fill'; marketId: number; fillId: number; trade: LegTrade }
  | { k: 'hedge-order'; order: HedgeOrderRecord }
  | { k: 'hedge-fill'; orderId: number; key: string; trade: LegTrade }
  | { k: 'hedge-closed'; orderId: number };

interface LogSnapshot {
  book: MarketBookState[];
  depositTx: faultline.v1.ITransaction | null;
  funded: boolean;
  lastVenueFillId: number;
  orders: HedgeOrderRecord[];
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

const BPS = 10_000;
const MARKET_ACTIVE = 1;
const BUY = pb.Side.SIDE_BUY;
const SELL = pb.Side.SIDE_SELL;
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

export class HedgerActor implements Actor {
  readonly view: VenueView;
  readonly book: HedgerBook;
  private readonly tracker: DeltaLimitTracker;
  private readonly tally = { quotesSent: 0, pullsSent: 0, hedgeOrders: 0, hedgeFills: 0, hedgeRejects: 0, hedgeTimeouts: 0, reconciledLots: 0 };
  private readonly external = new Map<number, ExternalQuote>();
  /** Markets whose last HedgerQuote quoted something: a pull is owed when they stop quoting. */
  private readonly live = new Set<number>();
  private readonly orders = new Map<number, HedgeOrderRecord>();
  private readonly timers = new Map<number, TimerId>();
  private sender: TxSender | undefined;
  private machine: XstateActor<ReturnType<typeof createHedgerMachine>> | undefined;
  private depositTx: faultline.v1.ITransaction | undefined;
  private funded = false;
  private lastVenueFillId = 0;
  private nextOrderId = 1;
  private nextQuoteId = 1;
  private entriesSinceSnapshot = 0;
  /** Markets with a hedge rejected since the last tick: not re-hedged before the next one. */
  private readonly rejectedSinceTick = new Set<number>();
  /** The timeout in force (µs): adapts to how late fills come (see onHedgeFill). */
  private hedgeTimeoutUs: number;

  constructor(
    private readonly host: Host,
    private readonly config: HedgerConfig,
    /** Testing seam (see the header): never from a config or a spec. */
    private readonly testOptions: { variant?: HedgerVariant } = {},
  ) {
    validateHedgerConfig(config);
    this.book = new HedgerBook(config.markets);
    this.tracker = new DeltaLimitTracker(config.deltaLimitLots);
    this.view = new VenueView(host);
    this.hedgeTimeoutUs = config.hedgeTimeoutUs;
  }

  get accountId(): string {
    return this.host.actorId;
  }

  get mode(): HedgerMode {
    return (this.machine?.getSnapshot().value as HedgerMode | undefined) ?? 'flat';
  }

  metrics(): HedgerMetrics {
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
      timeOutsideDeltaLimitUs: this.tracker.timeOutsideUs(this.host.now()),
      ...this.tally,
    };
  }

  /** Open hedge orders' remaining lots, signed (+ buying), in a market. */
  openHedgeLots(marketId: number): number {
    let lots = 0;
    for (const order of this.orders.values()) if (order.open && order.marketId === marketId) lots += order.signedLots - order.filledLots;
    return lots;
  }

  start(): void {
    const now = Math.max(0, this.host.now());
    // Time-based ids: a new incarnation never reuses its predecessor's nonces, quote or order ids.
    this.sender = new TxSender(this.host, this.host.actorId, now);
    this.nextQuoteId = now + 1;
    this.recover();
    this.nextOrderId = Math.max(now, ...this.orders.keys()) + 1;
    for (const order of this.orders.values()) if (order.open) this.armTimeout(order, Math.max(0, order.sentAtUs + this.config.hedgeTimeoutUs - now));
    this.host.subscribe('external.*', (envelope, subject) => this.onExternal(envelope, subject));
    this.view.onBlock((block) => this.onBlock(block));
    this.view.start();
    if (this.depositTx) {
      // A restart: the deposit once more (lost before it was committed? the venue drops a copy),
      // and a pull, since the predecessor may have left quotes on the book that nobody watches.
      this.host.publish(`tx.${this.depositTx.clientId}`, { tx: this.depositTx });
      for (const { marketId } of this.config.markets) this.pull(marketId);
    } else this.sendDeposit();
    this.tracker.observe(now, this.book.maxAbsDeltaLots());
    this.machine = createActor(
      createHedgerMachine(
        {
          venueOk: () => this.venueOk(),
          externalUp: () => this.config.markets.some((m) => this.externalFresh(m.marketId)),
          isFlat: () => this.book.isFlat() && ![...this.orders.values()].some((o) => o.open),
          tick: () => this.tick(),
          requote: () => this.requote(),
          pullAll: () => {
            for (const marketId of [...this.live]) this.pull(marketId);
          },
          hedge: () => this.hedge(),
        },
        { quoteIntervalUs: this.config.quoteIntervalUs },
      ),
      { clock: hostClock(this.host) },
    );
    let modeWas = this.mode;
    this.machine.subscribe((snapshot) => {
      if (snapshot.value !== modeWas) this.host.logger.debug('hedger mode', { mode: snapshot.value, was: modeWas });
      modeWas = snapshot.value as HedgerMode;
    });
    this.machine.start();
  }

  stop(): void {
    this.machine?.stop();
  }

  // ── venue side ──────────────────────────────────────────────────────────────────────────

  private venueOk(): boolean {
    if (this.testOptions.variant === 'never-pull') return this.config.markets.some((m) => this.quotable(m.marketId));
    return this.funded && this.view.ageUs() <= this.config.staleAfterUs && this.config.markets.some((m) => this.quotable(m.marketId));
  }

  private quotable(marketId: number): boolean {
    const market = this.view.market(marketId);
    if (this.testOptions.variant === 'never-pull') return this.funded && (market?.oracleTicks ?? 0) > 0;
    return this.funded && this.view.ageUs() <= this.config.staleAfterUs && market?.state === MARKET_ACTIVE && !market.oracleStale && market.oracleTicks > 0;
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
    const oracle = this.view.market(market.marketId)?.oracleTicks ?? 0;
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
    (this.sender as TxSender).submit({ hedgerQuote: { accountId: this.accountId, quoteId: this.nextQuoteId++, ...quote } });
    this.tally.quotesSent++;
  }

  private sendDeposit(): void {
    const sender = this.sender as TxSender;
    // Built here so the very transaction can be logged first and re-sent (same nonce) later.
    const tx: faultline.v1.ITransaction = { clientId: sender.clientId, nonce: sender.lastNonce + 1, submittedAtUs: this.host.now(), deposit: { accountId: this.accountId, amount: this.config.deposit } };
    this.append({ k: 'deposit', tx });
    this.depositTx = tx;
    sender.submit({ deposit: tx.deposit });
  }

  private onBlock(block: ExecutedBlockView): void {
    let requote = false;
    let update: AccountUpdateEvent | undefined;
    for (const event of block.events) {
      if (event.kind === 'fill' && this.book.has(event.fill.marketId)) {
        const fill = event.fill;
        const trades = venueTradesOf(this.accountId, fill);
        if (trades.length === 0 || fill.fillId <= this.lastVenueFillId) continue;
        this.lastVenueFillId = fill.fillId;
        for (const trade of trades) {
          this.append({ k: 'venue-fill', marketId: fill.marketId, fillId: fill.fillId, trade });
          this.book.venueFill(fill.marketId, trade);
        }
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
      if (!this.funded) {
        this.funded = true;
        this.append({ k: 'funded' });
      }
      this.reconcile(update);
    }
    this.tracker.observe(this.host.now(), this.book.maxAbsDeltaLots());
    this.machine?.send({ type: 'BLOCK', requote });
  }

  /** The venue's word on the position wins: book what no fill explained, at the mark, no fee. */
  private reconcile(update: AccountUpdateEvent): void {
    for (const marketId of this.book.marketIds()) {
      const venueLots = update.positions.find((p) => p.marketId === marketId)?.sizeLots ?? 0;
      const missingLots = venueLots - this.book.venuePositionLots(marketId);
      const priceTicks = this.view.market(marketId)?.markTicks || this.book.figures(marketId).venueMarkTicks;
      if (missingLots === 0 || !(priceTicks > 0)) continue;
      const trade = { signedLots: missingLots, priceTicks, fee: 0 };
      this.append({ k: 'venue-fill', marketId, fillId: this.lastVenueFillId, trade });
      this.book.venueFill(marketId, trade);
      this.tally.reconciledLots += Math.abs(missingLots);
      this.host.logger.warn('hedger: venue position differs from its fills; booked at the mark', { marketId, missingLots, priceTicks });
    }
  }

  // ── external side ───────────────────────────────────────────────────────────────────────

  private externalFresh(marketId: number): boolean {
    const quote = this.external.get(marketId);
    return quote !== undefined && this.host.now() - quote.receivedAtUs <= this.config.staleAfterUs;
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
    const order: HedgeOrderRecord = { orderId: this.nextOrderId++, marketId, signedLots, filledLots: 0, sentAtUs: this.host.now(), open: true, fillKeys: [] };
    this.remember(order);
    this.append({ k: 'hedge-order', order });
    this.host.publish(`external.${this.config.hedgerId}`, {
      hedgeOrder: { hedgerId: this.config.hedgerId, orderId: order.orderId, marketId, side: signedLots > 0 ? BUY : SELL, sizeLots: Math.abs(signedLots), limitPriceTicks: 0 },
    });
    this.tally.hedgeOrders++;
    this.armTimeout(order, this.hedgeTimeoutUs);
  }

  private armTimeout(order: HedgeOrderRecord, delayUs: number): void {
    this.timers.set(
      order.orderId,
      this.host.setTimer(delayUs, () => {
        this.timers.delete(order.orderId);
        if (!order.open) return;
        // The timeout grew since this order was sent: it gets the longer wait too.
        const leftUs = order.sentAtUs + this.hedgeTimeoutUs - this.host.now();
        if (leftUs > 0) return this.armTimeout(order, leftUs);
        this.close(order);
        this.tally.hedgeTimeouts++;
        this.machine?.send({ type: 'HEDGE_LOST' });
      }),
    );
  }

  private close(order: HedgeOrderRecord): void {
    order.open = false;
    this.append({ k: 'hedge-closed', orderId: order.orderId });
    const timer = this.timers.get(order.orderId);
    if (timer !== undefined) this.host.cancelTimer(timer);
    this.timers.delete(order.orderId);
  }

  private remember(order: HedgeOrderRecord): void {
    this.orders.set(order.orderId, order);
    // Map order is insertion order: the oldest goes first. An open order is never forgotten
    // (at most HEDGES_OPEN_PER_MARKET_MAX per market are open).
    for (const [id, old] of this.orders) {
      if (this.orders.size <= HEDGE_ORDERS_REMEMBERED_MAX) break;
      if (!old.open) this.orders.delete(id);
    }
  }

  private onExternal(envelope: DecodedEnvelope, subject: string): void {
    if (subject !== `external.${this.config.venueId}`) return; // our own orders echo on external.<hedgerId>
    if (envelope.externalPrice) this.onExternalPrice(envelope.externalPrice);
    else if (envelope.hedgeFill?.hedgerId === this.config.hedgerId) this.onHedgeFill(envelope.hedgeFill, `${envelope.sender}:${Number(envelope.seq)}:${Number(envelope.sentAtUs)}`);
    else if (envelope.hedgeReject?.hedgerId === this.config.hedgerId) this.onHedgeReject(envelope.hedgeReject);
  }

  private onExternalPrice(tick: faultline.v1.IExternalPriceTick): void {
    const marketId = Number(tick.marketId ?? 0);
    const priceTicks = Number(tick.priceTicks ?? 0);
    const atUs = Number(tick.atUs ?? 0);
    if (!this.book.has(marketId) || !(priceTicks > 0) || !Number.isSafeInteger(priceTicks)) return;
    if (atUs < (this.external.get(marketId)?.atUs ?? -Infinity)) return; // reordered: keep the newer
    this.external.set(marketId, { priceTicks, atUs, receivedAtUs: this.host.now() });
    this.book.setExternalPrice(marketId, priceTicks);
    this.machine?.send({ type: 'EXTERNAL' });
  }

  private onHedgeFill(fill: faultline.v1.IHedgeFill, key: string): void {
    const order = this.orders.get(Number(fill.orderId ?? 0));
    const sizeLots = Number(fill.sizeLots ?? 0);
    const priceTicks = Number(fill.priceTicks ?? 0);
    if (!order || order.fillKeys.includes(key) || !(sizeLots > 0) || !(priceTicks > 0)) return;
    const side = Number(fill.side ?? 0);
    if (Number(fill.marketId ?? 0) !== order.marketId || (side !== BUY && side !== SELL) || Math.sign(signedLotsOf(side, 1)) !== Math.sign(order.signedLots)) {
      this.host.logger.warn('hedger: hedge fill does not match its order; ignored', { orderId: order.orderId });
      return;
    }
    // Never more than the order: anything beyond is a copy the envelope key did not catch.
    const lots = Math.min(sizeLots, Math.abs(order.signedLots) - Math.abs(order.filledLots));
    if (lots <= 0) return;
    const trade: LegTrade = { signedLots: Math.sign(order.signedLots) * lots, priceTicks, fee: Number(fill.fee ?? 0) };
    if (order.fillKeys.length === 0) this.adaptTimeout(this.host.now() - order.sentAtUs);
    this.append({ k: 'hedge-fill', orderId: order.orderId, key, trade });
    this.applyHedgeFill(order, key, trade);
    this.tally.hedgeFills++;
    if (order.open && order.filledLots === order.signedLots) this.close(order);
    this.tracker.observe(this.host.now(), this.book.maxAbsDeltaLots());
    this.machine?.send({ type: 'HEDGE_FILLED' });
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

  private applyHedgeFill(order: HedgeOrderRecord, key: string, trade: LegTrade): void {
    order.filledLots += trade.signedLots;
    order.fillKeys.push(key);
    this.book.externalFill(order.marketId, trade);
  }

  private onHedgeReject(reject: faultline.v1.IHedgeReject): void {
    const order = this.orders.get(Number(reject.orderId ?? 0));
    if (!order?.open) return;
    this.close(order);
    this.tally.hedgeRejects++;
    this.rejectedSinceTick.add(order.marketId);
    this.host.logger.info('hedger: hedge rejected', { orderId: order.orderId, reason: reject.reason ?? '' });
    this.machine?.send({ type: 'HEDGE_REJECTED' });
  }

  // ── housekeeping and the durable log ─────────────────────────────────────────────────────

  private tick(): void {
    this.rejectedSinceTick.clear();
    // Same nonce as the first send: harmless if that one was committed after all.
    if (!this.funded && this.depositTx) this.host.publish(`tx.${this.depositTx.clientId}`, { tx: this.depositTx });
    if (this.entriesSinceSnapshot >= SNAPSHOT_EVERY_ENTRIES) {
      const snapshot: LogSnapshot = { book: this.book.snapshot(), depositTx: this.depositTx ?? null, funded: this.funded, lastVenueFillId: this.lastVenueFillId, orders: [...this.orders.values()] };
      this.host.log.snapshot(new TextEncoder().encode(JSON.stringify(snapshot)));
      this.entriesSinceSnapshot = 0;
    }
  }

  private append(entry: LogEntry): void {
    this.host.log.append(new TextEncoder().encode(JSON.stringify(entry)));
    this.entriesSinceSnapshot++;
  }

  private recover(): void {
    const { snapshot, entries } = this.host.log.recover();
    const decoder = new TextDecoder();
    if (snapshot) {
      const state = JSON.parse(decoder.decode(snapshot)) as LogSnapshot;
      this.book.restore(state.book);
      this.depositTx = state.depositTx ?? undefined;
      this.funded = state.funded;
      this.lastVenueFillId = state.lastVenueFillId;
      for (const order of state.orders) this.orders.set(order.orderId, order);
    }
    for (const bytes of entries) {
      const entry = JSON.parse(decoder.decode(bytes)) as LogEntry;
      if (entry.k === 'deposit') this.depositTx = entry.tx;
      else if (entry.k === 'funded') this.funded = true;
      else if (entry.k === 'venue-fill') {
        if (this.book.has(entry.marketId)) this.book.venueFill(entry.marketId, entry.trade);
        this.lastVenueFillId = Math.max(this.lastVenueFillId, entry.fillId);
      } else if (entry.k === 'hedge-order') this.remember({ ...entry.order, fillKeys: [...entry.order.fillKeys] });
      else {
        const order = this.orders.get(entry.orderId);
        if (!order) continue;
        if (entry.k === 'hedge-fill') {
          if (this.book.has(order.marketId)) this.applyHedgeFill(order, entry.key, entry.trade);
        }
        else order.open = false;
      }
    }
  }
}

export function createHedger(config: HedgerConfig, testOptions: { variant?: HedgerVariant } = {}): (host: Host) => HedgerActor {
  validateHedgerConfig(config);
  return (host) => new HedgerActor(host, config, testOptions);
}
