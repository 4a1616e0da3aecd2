/**
 * The market-maker hedger: its books by hand-computed examples (and a property for the basis
 * identity), then the actor in the simulator against two fakes the test steers — an execution
 * node on `exec.fake` that publishes BlockExecuted every 100 ms (oracle, statuses, the fills
 * the test makes against the hedger's live quote, account updates) and an external venue on
 * `external.ext` that fills, rejects, delays or ignores hedge orders. What is checked is the
 * hedger's behaviour, not the venue's.
 */
import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { pb, type faultline } from '@faultline/protocol';
import type { Actor, Host } from '@faultline/runtime';
import { Simulation } from '@faultline/runtime/sim';
import { venueEventToWire, type AccountUpdateEvent, type VenueEvent } from '@faultline/venue';
import { createHedger, DeltaLimitTracker, HedgerBook, venueTradesOf, type HedgerActor, type HedgerConfig } from '../src/hedger/mod.ts';

const BUY = pb.Side.SIDE_BUY;
const SELL = pb.Side.SIDE_SELL;

// ── the books ─────────────────────────────────────────────────────────────────────────────

describe('hedger-book', () => {
  const fill = (over: Partial<Parameters<typeof venueTradesOf>[1]>) => ({ makerAccountId: 'h', takerAccountId: 't', takerSide: 1, priceTicks: 1000, sizeLots: 3, makerFee: -3, takerFee: 15, ...over });

  it('turns a venue fill into the account’s side of it: maker opposite the taker, taker with it, self-trade both', () => {
    expect(venueTradesOf('h', fill({}))).toEqual([{ signedLots: -3, priceTicks: 1000, fee: -3 }]);
    expect(venueTradesOf('h', fill({ takerSide: 2 }))).toEqual([{ signedLots: 3, priceTicks: 1000, fee: -3 }]);
    expect(venueTradesOf('t', fill({ takerSide: 2 }))).toEqual([{ signedLots: -3, priceTicks: 1000, fee: 15 }]);
    expect(venueTradesOf('x', fill({}))).toEqual([]);
    expect(venueTradesOf('h', fill({ takerAccountId: 'h' }))).toEqual([
      { signedLots: -3, priceTicks: 1000, fee: -3 },
      { signedLots: 3, priceTicks: 1000, fee: 15 },
    ]);
    expect(() => venueTradesOf('h', fill({ takerSide: 0 }))).toThrow(RangeError);
  });

  it('hedged short: positions, cash with rebate and fee, P&L at each venue’s price, basis from the gap', () => {
    const book = new HedgerBook([{ marketId: 1, quotePerTickLot: 10 }]);
    // Sold 3 @ 1000 on the venue as maker, rebate 3; bought 3 @ 1002 outside, fee 15.
    book.venueFill(1, { signedLots: -3, priceTicks: 1000, fee: -3 });
    book.externalFill(1, { signedLots: 3, priceTicks: 1002, fee: 15 });
    book.setVenueMark(1, 1005);
    book.setExternalPrice(1, 1001);
    const f = book.figures(1);
    expect(f).toMatchObject({ venuePositionLots: -3, externalPositionLots: 3, deltaLots: 0, venueCash: 30_003, externalCash: -30_075, venueFeesPaid: -3, externalFeesPaid: 15 });
    expect(f.venuePnl).toBe(30_003 - 3 * 1005 * 10); // −147
    expect(f.externalPnl).toBe(-30_075 + 3 * 1001 * 10); // −45
    // Both legs at 1001: 30 003 − 30 075 + 0 = −72; combined −192; the gap is worth −120.
    expect(f.basisPnl).toBe(-120);
    expect(f.basisPnl).toBe(-3 * (1005 - 1001) * 10);
  });

  it('long, partly hedged: delta is what is left, basis is the venue leg times the gap', () => {
    const book = new HedgerBook([{ marketId: 1, quotePerTickLot: 10 }, { marketId: 2, quotePerTickLot: 1 }]);
    book.venueFill(1, { signedLots: 5, priceTicks: 990, fee: 2 });
    book.externalFill(1, { signedLots: -4, priceTicks: 989, fee: 0 });
    book.setVenueMark(1, 995);
    book.setExternalPrice(1, 992);
    const f = book.figures(1);
    expect(f).toMatchObject({ venuePositionLots: 5, externalPositionLots: -4, deltaLots: 1, venueCash: -49_502, externalCash: 39_560 });
    expect(f.venuePnl).toBe(248); // −49 502 + 5 x 995 x 10
    expect(f.externalPnl).toBe(-120); // 39 560 − 4 x 992 x 10
    expect(f.basisPnl).toBe(150); // 128 − (−49 502 + 39 560 + 1 x 992 x 10 = −22)
    expect(book.totals()).toMatchObject({ deltaLots: 1, venuePnl: 248, externalPnl: -120, basisPnl: 150 });
    expect(book.maxAbsDeltaLots()).toBe(1);
    expect(book.isFlat()).toBe(false);
  });

  it('without marks it values at its last fills, and the basis is zero', () => {
    const book = new HedgerBook([{ marketId: 1, quotePerTickLot: 2 }]);
    book.venueFill(1, { signedLots: 2, priceTicks: 500, fee: 0 });
    expect(book.figures(1)).toMatchObject({ venuePnl: 0, externalPnl: 0, basisPnl: 0, venueMarkTicks: 500, externalPriceTicks: 500 });
    book.venueFill(1, { signedLots: -2, priceTicks: 510, fee: 1 });
    expect(book.figures(1)).toMatchObject({ venuePositionLots: 0, venuePnl: 2 * 10 * 2 - 1, basisPnl: 0 });
    expect(book.isFlat()).toBe(true);
  });

  it('refuses non-integers, non-positive prices and unknown markets; snapshots round-trip', () => {
    const book = new HedgerBook([{ marketId: 1, quotePerTickLot: 1 }]);
    expect(() => book.venueFill(1, { signedLots: 1.5, priceTicks: 10, fee: 0 })).toThrow(RangeError);
    expect(() => book.venueFill(1, { signedLots: 1, priceTicks: 0, fee: 0 })).toThrow(RangeError);
    expect(() => book.externalFill(9, { signedLots: 1, priceTicks: 10, fee: 0 })).toThrow(RangeError);
    expect(() => new HedgerBook([{ marketId: 1, quotePerTickLot: 0 }])).toThrow(RangeError);
    book.venueFill(1, { signedLots: 4, priceTicks: 100, fee: 1 });
    book.setExternalPrice(1, 101);
    const copy = new HedgerBook([{ marketId: 1, quotePerTickLot: 1 }]);
    copy.restore(book.snapshot());
    expect(copy.figures(1)).toEqual(book.figures(1));
  });

  it('tracks the largest |delta| and the time spent beyond the limit', () => {
    const tracker = new DeltaLimitTracker(3);
    tracker.observe(0, 0);
    tracker.observe(100, 5);
    tracker.observe(250, 2);
    tracker.observe(300, 4);
    expect(tracker.maxAbsDeltaLots).toBe(5);
    expect(tracker.timeOutsideUs(400)).toBe(150 + 100);
    tracker.observe(400, 3); // at the limit is inside
    expect(tracker.timeOutsideUs(1_000)).toBe(250);
  });

  const trade = fc.record({ signedLots: fc.integer({ min: -50, max: 50 }).filter((n) => n !== 0), priceTicks: fc.integer({ min: 1, max: 100_000 }), fee: fc.integer({ min: -100, max: 100 }) });
  test.prop([fc.array(trade, { maxLength: 20 }), fc.array(trade, { maxLength: 20 }), fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100 })])(
    'basis P&L = venue position x (venue mark − external price) x quotePerTickLot; legs add up to the combined P&L',
    (venue, external, mark, price, q) => {
      const book = new HedgerBook([{ marketId: 7, quotePerTickLot: q }]);
      for (const t of venue) book.venueFill(7, t);
      for (const t of external) book.externalFill(7, t);
      book.setVenueMark(7, mark);
      book.setExternalPrice(7, price);
      const f = book.figures(7);
      expect(f.basisPnl).toBe(f.venuePositionLots * (mark - price) * q + 0);
      const cashOf = (ts: typeof venue) => ts.reduce((c, t) => c - t.signedLots * t.priceTicks * q - t.fee, 0);
      expect(f.venuePnl + f.externalPnl).toBe(cashOf(venue) + cashOf(external) + f.venuePositionLots * mark * q + f.externalPositionLots * price * q);
    },
  );
});

// ── the actor in the simulator ─────────────────────────────────────────────────────────────

const BLOCK_US = 100_000;
const ORACLE = 10_000;
const EXTERNAL = 10_004;
const Q = 10;

const CONFIG: HedgerConfig = {
  hedgerId: 'hedger',
  venueId: 'ext',
  markets: [{ marketId: 1, quotePerTickLot: Q }],
  deposit: 1_000_000_000,
  quoteIntervalUs: 500_000,
  halfSpreadBps: 10,
  quoteSizeLots: 5,
  maxInventoryLots: 20,
  hedgeThresholdLots: 2,
  deltaLimitLots: 4,
  staleAfterUs: 1_000_000,
  hedgeTimeoutUs: 2_000_000,
};

type Quote = faultline.v1.IHedgerQuote;

/** The steerable execution node: it executes deposits and quotes; fills happen when the test says. */
class FakeExec implements Actor {
  running = true;
  oracleStale = false;
  height = 0;
  state = 1;
  readonly quotes: Array<{ timeUs: number; quote: Quote }> = [];
  readonly deposits: faultline.v1.ITransaction[] = [];
  readonly positions = new Map<string, number>();
  private live: Quote | undefined;
  private queued: VenueEvent[] = [];
  private readonly touched = new Set<string>();
  private readonly applied = new Set<string>();
  private fillIdNext = 1;

  constructor(private readonly host: Host) {}

  start(): void {
    this.host.subscribe('tx.*', (envelope) => {
      const tx = envelope.tx;
      if (!tx || this.applied.has(`${tx.clientId}/${tx.nonce}`)) return;
      this.applied.add(`${tx.clientId}/${tx.nonce}`);
      if (tx.deposit) {
        this.deposits.push(tx);
        this.touched.add(tx.deposit.accountId ?? '');
      } else if (tx.hedgerQuote) {
        this.quotes.push({ timeUs: this.host.now(), quote: tx.hedgerQuote });
        this.live = tx.hedgerQuote;
      }
    });
    const loop = () => {
      if (this.running) this.block();
      this.host.setTimer(BLOCK_US, loop);
    };
    this.host.setTimer(BLOCK_US, loop);
  }

  setStatus(state: number, reason: string): void {
    this.state = state;
    this.queued.push({ kind: 'marketStatus', marketStatus: { marketId: 1, height: 0, state, reason, blockTimeUs: 0 } });
  }

  /** A taker hits the hedger's live bid (taker sells) or lifts its ask (taker buys). */
  hit(side: 'bid' | 'ask', lots: number): void {
    const q = this.live as Quote;
    const price = Number(side === 'bid' ? q.bidPriceTicks : q.askPriceTicks);
    expect(Number(side === 'bid' ? q.bidSizeLots : q.askSizeLots)).toBeGreaterThanOrEqual(lots);
    const makerFee = -Math.floor((price * lots * Q * 100) / 1_000_000); // a 100 ppm maker rebate
    const account = q.accountId ?? '';
    this.queued.push({
      kind: 'fill',
      fill: { fillId: this.fillIdNext++, height: 0, marketId: 1, makerOrderId: 1, takerOrderId: 2, makerAccountId: account, takerAccountId: 'taker', takerSide: side === 'bid' ? SELL : BUY, priceTicks: price, sizeLots: lots, makerFee, takerFee: 0 },
    });
    this.shift(account, side === 'bid' ? lots : -lots);
  }

  /** The position moves with no fill in sight (a skipped height, an ADL): only the AccountUpdate tells. */
  shift(accountId: string, lots: number): void {
    this.positions.set(accountId, (this.positions.get(accountId) ?? 0) + lots);
    this.touched.add(accountId);
  }

  private block(): void {
    const height = ++this.height;
    const events: VenueEvent[] = [{ kind: 'oraclePrice', oraclePrice: { marketId: 1, height, priceTicks: ORACLE, freshReports: 3, stale: this.oracleStale, markTicks: ORACLE } }];
    events.push(...this.queued); // their height fields stay 0: the hedger does not read them
    this.queued = [];
    for (const accountId of this.touched) events.push({ kind: 'accountUpdate', accountUpdate: this.update(accountId, height) });
    this.touched.clear();
    this.host.publish('exec.fake', { blockExecuted: { height, replicaId: 'fake', events: events.map(venueEventToWire), stateHash: new Uint8Array(32), blockTimeUs: this.host.now() } });
  }

  private update(accountId: string, height: number): AccountUpdateEvent {
    const sizeLots = this.positions.get(accountId) ?? 0;
    return { accountId, height, collateral: 1, equity: 1, marginInitial: 0, marginMaintenance: 0, positions: sizeLots ? [{ marketId: 1, sizeLots, entryNotional: 0, realizedPnl: 0, fundingPaid: 0 }] : [], openOrders: 0 };
  }
}

/** The external venue: prices every 100 ms; hedge orders filled at its bid/ask (fee 200 ppm), rejected, or ignored. */
class FakeExternal implements Actor {
  pricesOn = true;
  mode: 'fill' | 'reject' | 'silent' = 'fill';
  fillLatencyUs = 5_000;
  readonly orders: Array<{ timeUs: number; order: faultline.v1.IHedgeOrder }> = [];

  constructor(private readonly host: Host) {}

  start(): void {
    const loop = () => {
      if (this.pricesOn) this.host.publish('external.ext', { externalPrice: { marketId: 1, priceTicks: EXTERNAL, bidTicks: EXTERNAL - 1, askTicks: EXTERNAL + 1, atUs: this.host.now() } });
      this.host.setTimer(BLOCK_US, loop);
    };
    loop();
    this.host.subscribe('external.*', (envelope) => {
      const order = envelope.hedgeOrder;
      if (!order) return;
      this.orders.push({ timeUs: this.host.now(), order });
      const { hedgerId, orderId, marketId, side, sizeLots } = order;
      if (this.mode === 'reject') this.host.publish('external.ext', { hedgeReject: { hedgerId, orderId, reason: 'disconnected' } });
      if (this.mode !== 'fill') return;
      const priceTicks = side === BUY ? EXTERNAL + 1 : EXTERNAL - 1;
      const fee = Math.ceil((priceTicks * Number(sizeLots) * Q * 200) / 1_000_000);
      this.host.setTimer(this.fillLatencyUs, () => this.host.publish('external.ext', { hedgeFill: { hedgerId, orderId, marketId, side, sizeLots, priceTicks, fee, atUs: this.host.now() } }));
    });
  }
}

function world(seed = 1, config: HedgerConfig = CONFIG) {
  const sim = new Simulation({ seed });
  const fakes = {} as { exec: FakeExec; external: FakeExternal; hedger: HedgerActor };
  sim.addActor('fake', (host) => (fakes.exec = new FakeExec(host)));
  sim.addActor('ext', (host) => (fakes.external = new FakeExternal(host)));
  sim.addActor('hedger', (host) => (fakes.hedger = createHedger(config)(host)));
  return { sim, ...fakes, get hedger(): HedgerActor {
    return fakes.hedger;
  } };
}

const isPull = (q: Quote) => Number(q.bidSizeLots) === 0 && Number(q.askSizeLots) === 0;
const quotesAfter = (exec: FakeExec, timeUs: number) => exec.quotes.filter((q) => q.timeUs >= timeUs).map((q) => q.quote);
/** Quotes sent before the hedger saw the change may still arrive; after the pull, nothing. */
function expectOnePullLast(quotes: Quote[], quotesBeforeMax = 1): void {
  expect(quotes.filter(isPull)).toHaveLength(1);
  expect(isPull(quotes.at(-1) as Quote)).toBe(true);
  expect(quotes.length).toBeLessThanOrEqual(quotesBeforeMax + 1);
}

describe('hedger actor', () => {
  it('deposits first, then quotes both sides around the oracle on every quote tick', () => {
    const { sim, exec, hedger } = world();
    sim.runFor(5_000_000);
    expect(exec.deposits).toHaveLength(1);
    expect(exec.deposits[0]?.deposit).toEqual({ accountId: 'hedger', amount: CONFIG.deposit });
    expect(hedger.mode).toBe('quoting');
    const quotes = quotesAfter(exec, 0);
    // Half spread: 10 bps of 10 000 = 10 ticks. One quote per 500 ms tick, give or take the start.
    expect(quotes.length).toBeGreaterThanOrEqual(8);
    for (const q of quotes) expect(q).toMatchObject({ accountId: 'hedger', marketId: 1, bidPriceTicks: 9_990, bidSizeLots: 5, askPriceTicks: 10_010, askSizeLots: 5 });
    const ids = quotes.map((q) => Number(q.quoteId));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(hedger.metrics()).toMatchObject({ state: 'quoting', deltaLots: 0, hedgeOrders: 0, pullsSent: 0 });
    expect(hedger.metrics().quotesSent - quotes.length).toBeLessThanOrEqual(1); // one may be in flight
  });

  it('hedges a venue fill with an opposite external order; books both legs exactly; skews the next quote', () => {
    const { sim, exec, external, hedger } = world();
    sim.runFor(2_000_000);
    exec.hit('bid', 5); // the hedger buys 5 @ 9 990 on the venue
    sim.runFor(2_000_000);
    expect(external.orders).toHaveLength(1);
    expect(external.orders[0]?.order).toMatchObject({ hedgerId: 'hedger', marketId: 1, side: SELL, sizeLots: 5, limitPriceTicks: 0 });
    const m = hedger.metrics();
    expect(m).toMatchObject({ venuePositionLots: 5, externalPositionLots: -5, deltaLots: 0, maxAbsDeltaLots: 5, hedgeOrders: 1, hedgeRejects: 0 });
    // Venue: −5 x 9 990 x 10 + rebate 49 = −499 451, marked at 10 000: +549.
    expect(m.venuePnl).toBe(-499_451 + 5 * ORACLE * Q);
    // External: sold 5 @ 10 003, fee ceil(500 150 x 200 ppm) = 101: 500 049, marked at 10 004: −151.
    expect(m.externalPnl).toBe(500_049 - 5 * EXTERNAL * Q);
    expect(m.basisPnl).toBe(5 * (ORACLE - EXTERNAL) * Q);
    // Delta 5 > limit 4 from the block to the hedge fill: a few ms, not more.
    expect(m.timeOutsideDeltaLimitUs).toBeGreaterThan(0);
    expect(m.timeOutsideDeltaLimitUs).toBeLessThan(50_000);
    // Inventory 5 of 20: both prices move down by 10 x 5 / 20 = 2 ticks.
    expect(exec.quotes.at(-1)?.quote).toMatchObject({ bidPriceTicks: 9_988, bidSizeLots: 5, askPriceTicks: 10_008, askSizeLots: 5 });
  });

  it('stops quoting the side that would take inventory past its maximum', () => {
    const { sim, exec, hedger } = world(3, { ...CONFIG, maxInventoryLots: 8 });
    sim.runFor(1_500_000);
    exec.hit('ask', 5); // short 5: at most 3 more on the ask
    sim.runFor(1_000_000);
    exec.hit('ask', 3); // short 8: the ask is not quoted
    sim.runFor(1_000_000);
    expect(hedger.metrics().venuePositionLots).toBe(-8);
    expect(exec.quotes.at(-1)?.quote).toMatchObject({ bidSizeLots: 5, askSizeLots: 0, askPriceTicks: 0, bidPriceTicks: 10_000 - 10 + 10 });
  });

  it('on a halt: one pull quote, hedge-only, keeps hedging the fill that came with the halt; quotes again on resume', () => {
    const { sim, exec, external, hedger } = world();
    sim.runFor(2_000_000);
    exec.hit('ask', 4); // the hedger sells 4 in the very block that halts the market
    exec.setStatus(2, 'oracle-stale');
    const haltUs = sim.now();
    sim.runFor(5_000_000);
    expectOnePullLast(quotesAfter(exec, haltUs));
    expect(hedger.mode).toBe('hedge-only');
    expect(external.orders.map((o) => [o.order.side, Number(o.order.sizeLots)])).toEqual([[BUY, 4]]);
    expect(hedger.metrics()).toMatchObject({ state: 'hedge-only', venuePositionLots: -4, externalPositionLots: 4, deltaLots: 0, pullsSent: 1 });
    exec.setStatus(1, 'resumed');
    sim.runFor(2_000_000);
    expect(hedger.mode).toBe('quoting');
    const resumed = quotesAfter(exec, haltUs);
    expect(resumed.filter(isPull)).toHaveLength(1);
    expect(isPull(resumed.at(-1) as Quote)).toBe(false);
  });

  it('a stale view pulls the quotes once: flat with no inventory; pulled when the external venue is down too, hedge-only once it is back', () => {
    const flat = world(4);
    flat.sim.runFor(2_000_000);
    flat.exec.running = false;
    const silentUs = flat.sim.now();
    flat.sim.runFor(4_000_000);
    // A silent venue is only noticed once the view is staleAfterUs old: it quotes until then.
    expectOnePullLast(quotesAfter(flat.exec, silentUs), CONFIG.staleAfterUs / CONFIG.quoteIntervalUs + 1);
    expect(flat.hedger.mode).toBe('flat');

    const { sim, exec, external, hedger } = world(5);
    sim.runFor(2_000_000);
    external.mode = 'silent'; // its orders go unanswered
    exec.hit('bid', 5);
    sim.runFor(1_000_000);
    expect(external.orders).toHaveLength(1);
    external.pricesOn = false;
    exec.running = false;
    const staleUs = sim.now();
    sim.runFor(3_000_000);
    expect(hedger.mode).toBe('pulled');
    expectOnePullLast(quotesAfter(exec, staleUs), CONFIG.staleAfterUs / CONFIG.quoteIntervalUs + 1);
    expect(external.orders).toHaveLength(1); // lost after hedgeTimeoutUs, and not sent again into the void
    expect(hedger.metrics()).toMatchObject({ state: 'pulled', venuePositionLots: 5, deltaLots: 5, hedgeTimeouts: 1 });

    external.pricesOn = true;
    external.mode = 'fill';
    sim.runFor(2_000_000);
    expect(hedger.mode).toBe('hedge-only');
    expect(hedger.metrics()).toMatchObject({ deltaLots: 0, externalPositionLots: -5 });
    exec.running = true;
    sim.runFor(2_000_000);
    expect(hedger.mode).toBe('quoting');
  });

  it('its hedge venue unreachable (no fresh external price): it pulls its quotes once, and quotes again when the prices are back', () => {
    const { sim, exec, external, hedger } = world(12);
    sim.runFor(2_000_000);
    expect(hedger.mode).toBe('quoting');
    external.pricesOn = false;
    const downUs = sim.now();
    sim.runFor(CONFIG.staleAfterUs + 2_000_000);
    expect(hedger.mode).toBe('flat');
    // Quotes sent before its last external price went stale may still come; after the pull, nothing.
    expectOnePullLast(quotesAfter(exec, downUs), CONFIG.staleAfterUs / CONFIG.quoteIntervalUs + 1);
    external.pricesOn = true;
    const upUs = sim.now();
    sim.runFor(1_000_000);
    expect(hedger.mode).toBe('quoting');
    expect(quotesAfter(exec, upUs).some((q) => !isPull(q))).toBe(true);
  });

  it('a stale oracle stops the quotes as a halt does', () => {
    const { sim, exec, hedger } = world(6);
    sim.runFor(2_000_000);
    exec.oracleStale = true;
    const staleUs = sim.now();
    sim.runFor(3_000_000);
    expect(hedger.mode).toBe('flat');
    expectOnePullLast(quotesAfter(exec, staleUs));
  });

  it('re-hedges after rejects (at the next tick, not at once) and brings the delta back within its limit', () => {
    const { sim, exec, external, hedger } = world(7);
    sim.runFor(2_000_000);
    external.mode = 'reject';
    exec.hit('ask', 5);
    sim.runFor(2_000_000);
    const rejects = hedger.metrics().hedgeRejects;
    expect(rejects).toBeGreaterThanOrEqual(3);
    expect(rejects).toBeLessThanOrEqual(5); // one per 500 ms tick, not one per round trip
    expect(external.orders.every((o) => o.order.side === BUY && Number(o.order.sizeLots) === 5)).toBe(true);
    expect(Math.abs(hedger.metrics().deltaLots)).toBe(5);
    external.mode = 'fill';
    sim.runFor(1_000_000);
    const m = hedger.metrics();
    expect(m).toMatchObject({ deltaLots: 0, externalPositionLots: 5, maxAbsDeltaLots: 5 });
    expect(m.hedgeOrders).toBe(rejects + 1);
    expect(m.timeOutsideDeltaLimitUs).toBeGreaterThan(1_900_000);
    expect(m.timeOutsideDeltaLimitUs).toBeLessThan(3_000_000);
  });

  it('takes an unanswered hedge as lost after hedgeTimeoutUs, hedges again; a fill that comes late is booked and corrected', () => {
    const { sim, exec, external, hedger } = world(8);
    sim.runFor(2_000_000);
    external.mode = 'silent';
    exec.hit('bid', 5);
    sim.runFor(1_500_000);
    expect(external.orders).toHaveLength(1); // in flight: not sent twice
    sim.runFor(1_000_000);
    expect(external.orders).toHaveLength(2);
    expect(hedger.metrics().hedgeTimeouts).toBe(1);
    // Now orders fill, but later than the timeout: the hedger over-hedges, then corrects.
    external.mode = 'fill';
    external.fillLatencyUs = 3_000_000;
    sim.runFor(20_000_000);
    const m = hedger.metrics();
    expect(Math.abs(m.deltaLots)).toBeLessThanOrEqual(CONFIG.hedgeThresholdLots);
    expect(m.venuePositionLots).toBe(5);
    expect(m.hedgeTimeouts).toBeGreaterThanOrEqual(2);
    const settled = hedger.metrics().hedgeOrders;
    sim.runFor(5_000_000);
    expect(hedger.metrics().hedgeOrders).toBe(settled); // settled: no churn once the delta is in
  });

  it('books a position the venue reports but no fill explained, and hedges it', () => {
    const { sim, exec, external, hedger } = world(9);
    sim.runFor(2_000_000);
    exec.shift('hedger', -3);
    sim.runFor(1_000_000);
    expect(hedger.metrics()).toMatchObject({ venuePositionLots: -3, externalPositionLots: 3, deltaLots: 0, reconciledLots: 3 });
    expect(external.orders.map((o) => o.order.side)).toEqual([BUY]);
  });

  it('a restarted hedger resumes from its durable log: same books, no second deposit, no double hedge', () => {
    const w = world(10); // w.hedger: the live incarnation
    const { sim, exec, external } = w;
    const first = w.hedger;
    sim.runFor(2_000_000);
    exec.hit('bid', 5);
    sim.runFor(2_000_000);
    const before = w.hedger.metrics();
    sim.crash('hedger');
    sim.runFor(500_000);
    sim.restart('hedger');
    const restartUs = sim.now();
    sim.runFor(10_000_000);
    expect(isPull(quotesAfter(exec, restartUs)[0] as Quote)).toBe(true); // whatever the predecessor left
    expect(w.hedger).not.toBe(first);
    const after = w.hedger.metrics();
    for (const key of ['venuePositionLots', 'externalPositionLots', 'deltaLots', 'venuePnl', 'externalPnl', 'basisPnl'] as const) expect(after[key]).toBe(before[key]);
    expect(external.orders).toHaveLength(1);
    expect(new Set(exec.deposits.map((d) => d.nonce)).size).toBe(1);
    expect(w.hedger.mode).toBe('quoting');
  });

  it('same seed, same publishes', () => {
    const run = (seed: number) => {
      const w = world(seed);
      const log: string[] = [];
      w.sim.observePublishes((p) => log.push(JSON.stringify({ t: p.timeUs, from: p.from, subject: p.subject, envelope: p.envelope }, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v))));
      w.sim.runFor(2_000_000);
      w.external.mode = 'reject';
      w.exec.hit('bid', 5);
      w.sim.runFor(1_500_000);
      w.external.mode = 'fill';
      w.exec.setStatus(2, 'halted');
      w.sim.runFor(3_000_000);
      return { log, metrics: w.hedger.metrics(), hash: w.sim.traceHash() };
    };
    const a = run(11);
    const b = run(11);
    expect(b.log).toEqual(a.log);
    expect(b.metrics).toEqual(a.metrics);
    expect(b.hash).toBe(a.hash);
    expect(a.log.some((line) => line.includes('hedgerQuote'))).toBe(true);
  });

  it('refuses to start on a log of the old JSON format, saying so', () => {
    const sim = new Simulation({ seed: 13 });
    let incarnation = 0;
    // The first incarnation writes what the JSON-logging hedger wrote; the second is the hedger.
    sim.addActor('hedger', (host) => (incarnation++ === 0 ? { start: () => host.log.append(new TextEncoder().encode(JSON.stringify({ k: 'funded' }))) } : createHedger(CONFIG)(host)));
    sim.runFor(1_000);
    sim.crash('hedger');
    expect(() => sim.restart('hedger')).toThrow(/hedger hedger: durable log: record 0 is JSON, the hedger's log format before protobuf/);
  });

  it('refuses a bad config', () => {
    expect(() => createHedger({ ...CONFIG, quoteIntervalUs: 0 })).toThrow(RangeError);
    expect(() => createHedger({ ...CONFIG, markets: [] })).toThrow(RangeError);
    expect(() => createHedger({ ...CONFIG, halfSpreadBps: 10_000 })).toThrow(RangeError);
    expect(() => createHedger({ ...CONFIG, hedgeThresholdLots: -1 })).toThrow(RangeError);
  });
});
