/**
 * The hedger core stepped alone: no host, no simulator, time passed in. Each test feeds it
 * blocks, external prices, hedge fills and timer firings and reads the effects it returns.
 * What the actor does with them over a host is hedger.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage, pb, type faultline } from '@faultline/protocol';
import { venueEventToWire, type VenueEvent } from '@faultline/venue';
import { hedgeFillFromWire } from '../src/convert.ts';
import type { CoreEffect } from '../src/core/mod.ts';
import {
  decideHedger as decide,
  decodeHedgerWal,
  hedgeTimeoutTimer,
  hedgerMetrics,
  hedgerMode,
  initialHedgerState,
  openHedgeLots,
  restoreHedger as restore,
  walSnapshot,
  QUOTE_TICK_TIMER,
  type HedgerConfig,
  type HedgerInput,
  type HedgerState,
  type HedgerWalRecord,
  type HedgerWalSnapshot,
} from '../src/hedger/mod.ts';

const BUY = pb.Side.SIDE_BUY;
const SELL = pb.Side.SIDE_SELL;
const ORACLE = 10_000;

const CONFIG: HedgerConfig = {
  hedgerId: 'hedger',
  venueId: 'ext',
  markets: [{ marketId: 1, quotePerTickLot: 10 }],
  deposit: 1_000_000,
  quoteIntervalUs: 500_000,
  halfSpreadBps: 10,
  quoteSizeLots: 5,
  maxInventoryLots: 20,
  hedgeThresholdLots: 2,
  deltaLimitLots: 4,
  staleAfterUs: 1_000_000,
  hedgeTimeoutUs: 2_000_000,
};

type HedgerEffect = CoreEffect;

/** A core's state and the effects `decide` returned, with the clock the test moves. */
function stepper(config: HedgerConfig = CONFIG) {
  let state: HedgerState = initialHedgerState(config, 'hedger');
  const log: HedgerEffect[] = [];
  let height = 0;
  let fillId = 0;
  let position = 0;
  const s = {
    get state(): HedgerState {
      return state;
    },
    log,
    nowUs: 0,
    run(input: HedgerInput): HedgerEffect[] {
      const decision = decide(state, input, s.nowUs);
      state = decision.state;
      log.push(...decision.effects);
      return decision.effects;
    },
    /** A BlockExecuted with these events, an oracle price and our account's update (the position the test keeps). */
    block(events: VenueEvent[] = []): HedgerEffect[] {
      height++;
      const all: VenueEvent[] = [{ kind: 'oraclePrice', oraclePrice: { marketId: 1, height, priceTicks: ORACLE, freshReports: 3, stale: false, markTicks: ORACLE } }, ...events];
      all.push({ kind: 'accountUpdate', accountUpdate: { accountId: 'hedger', height, collateral: 1, equity: 1, marginInitial: 0, marginMaintenance: 0, positions: position ? [{ marketId: 1, sizeLots: position, entryNotional: 0, realizedPnl: 0, fundingPaid: 0 }] : [], openOrders: 0 } });
      return s.run({ kind: 'executed', executed: { height, replicaId: 'r', events: all.map(venueEventToWire), stateHash: new Uint8Array(32), blockTimeUs: s.nowUs } });
    },
    /** A taker trades against our quote: we buy (+) or sell (−) `lots` on the venue. */
    venueFill(lots: number): HedgerEffect[] {
      position += lots;
      return s.block([{ kind: 'fill', fill: { fillId: ++fillId, height, marketId: 1, makerOrderId: 1, takerOrderId: 2, makerAccountId: 'hedger', takerAccountId: 't', takerSide: lots > 0 ? SELL : BUY, priceTicks: ORACLE, sizeLots: Math.abs(lots), makerFee: 0, takerFee: 0 } }]);
    },
    price(priceTicks = ORACLE + 4): HedgerEffect[] {
      return s.run({ kind: 'external-price', tick: { marketId: 1, priceTicks, atUs: s.nowUs } });
    },
    fillHedge(order: faultline.v1.IHedgeOrder, key = `ext:${order.orderId}`): HedgerEffect[] {
      return s.run({ kind: 'hedge-fill', fill: hedgeFillFromWire({ hedgerId: 'hedger', orderId: order.orderId, marketId: 1, side: order.side, sizeLots: order.sizeLots, priceTicks: ORACLE + 4, fee: 1 }), key });
    },
    tick(): HedgerEffect[] {
      return s.run({ kind: 'timer', timer: QUOTE_TICK_TIMER });
    },
    /** Start, fund, see a fresh venue and external price: quoting, flat. */
    ready(): void {
      s.run({ kind: 'start' });
      s.nowUs += 100_000;
      s.block();
      s.price();
    },
  };
  return s;
}

/** A publish's body, whichever member it is. */
const bodyOf = (e: HedgerEffect): faultline.v1.IEnvelope | undefined => (e.kind === 'publish' ? (e.body as faultline.v1.IEnvelope) : undefined);
const hedges = (effects: HedgerEffect[]) => effects.flatMap((e) => bodyOf(e)?.hedgeOrder ?? []);
const quotes = (effects: HedgerEffect[]) => effects.flatMap((e) => bodyOf(e)?.tx?.hedgerQuote ?? []);
const isPull = (q: { bidSizeLots?: number | null; askSizeLots?: number | null }) => !q.bidSizeLots && !q.askSizeLots;
/** The persisted records, as bytes. */
const records = (effects: HedgerEffect[]) => effects.flatMap((e) => (e.kind === 'persist' ? [e.record] : []));
/**
 * What the log makes durable, as bytes: the snapshot without the marks (the venue's mark and the
 * external price are observed, not logged: the next block and price tick bring them back).
 */
const decodedRecords = (entries: Uint8Array[]): HedgerWalRecord[] => {
  const decoded = decodeHedgerWal({ snapshot: undefined, entries });
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.records;
};
const durable = (state: HedgerState) => {
  const snapshot = walSnapshot(state);
  return encodeMessage('HedgerWalSnapshot', { ...snapshot, books: (snapshot.books ?? []).map((b: faultline.v1.IHedgerWalMarketBook) => ({ ...b, venueMarkTicks: 0, externalPriceTicks: 0 })) });
};

describe('hedger core, stepped without a host', () => {
  it('starts by logging its deposit before sending it, and arms its quote tick', () => {
    const s = stepper();
    const effects = s.run({ kind: 'start' });
    expect(effects.map((e) => e.kind)).toEqual(['persist', 'publish', 'set-timer']);
    const [persisted] = records(effects);
    expect(decodeMessage('HedgerWalRecord', persisted ?? new Uint8Array())).toMatchObject({ ok: true, value: { deposit: { clientId: 'hedger', nonce: 1, deposit: { accountId: 'hedger', amount: CONFIG.deposit } } } });
    expect(effects[1]).toMatchObject({ kind: 'publish', subject: 'tx.hedger', body: { tx: { nonce: 1, deposit: { amount: CONFIG.deposit } } } });
    expect(effects[2]).toEqual({ kind: 'set-timer', timer: QUOTE_TICK_TIMER, delayUs: CONFIG.quoteIntervalUs });
    expect(hedgerMode(s.state)).toBe('flat');
  });

  it('quotes once funded with a fresh view, and hedges when |delta| exceeds the threshold — logging the order before sending it', () => {
    const s = stepper();
    s.ready();
    expect(hedgerMode(s.state)).toBe('quoting');
    expect(quotes(s.log).at(-1)).toMatchObject({ bidPriceTicks: ORACLE - 10, askPriceTicks: ORACLE + 10, bidSizeLots: 5, askSizeLots: 5 });
    s.nowUs += 100_000;
    const within = s.venueFill(2); // 2 lots: at the threshold, not beyond
    expect(hedges(within)).toEqual([]);
    s.nowUs += 100_000;
    const beyond = s.venueFill(3); // 5 lots
    expect(hedges(beyond)).toEqual([expect.objectContaining({ hedgerId: 'hedger', marketId: 1, side: SELL, sizeLots: 5, limitPriceTicks: 0 })]);
    const kinds = beyond.map((e) => e.kind);
    const orderAt = beyond.findIndex((e) => bodyOf(e)?.hedgeOrder);
    expect(kinds.lastIndexOf('persist', orderAt)).toBeGreaterThan(kinds.indexOf('persist')); // the order's record before the order
    expect(beyond.find((e) => e.kind === 'set-timer' && e.timer !== QUOTE_TICK_TIMER)).toMatchObject({ delayUs: CONFIG.hedgeTimeoutUs });
    // In flight: the next block does not hedge it again.
    s.nowUs += 100_000;
    expect(hedges(s.block())).toEqual([]);
    expect(openHedgeLots(s.state, 1)).toBe(-5);
  });

  it('unwinds: a hedged position closed on the venue is bought back outside', () => {
    const s = stepper();
    s.ready();
    s.nowUs += 100_000;
    const [order] = hedges(s.venueFill(5));
    s.nowUs += 5_000;
    s.fillHedge(order ?? {});
    expect(hedgerMetrics(s.state, s.nowUs)).toMatchObject({ venuePositionLots: 5, externalPositionLots: -5, deltaLots: 0, hedgeFills: 1 });
    s.nowUs += 100_000;
    const unwind = hedges(s.venueFill(-5));
    expect(unwind).toEqual([expect.objectContaining({ side: BUY, sizeLots: 5 })]);
    s.nowUs += 5_000;
    s.fillHedge(unwind[0] ?? {});
    expect(hedgerMetrics(s.state, s.nowUs)).toMatchObject({ venuePositionLots: 0, externalPositionLots: 0, deltaLots: 0 });
    s.nowUs += 100_000;
    s.tick();
    expect(hedgerMode(s.state)).toBe('quoting');
  });

  it('hedge venue disconnected: no hedge without a fresh external price; an unanswered order is lost after its timeout and sent again', () => {
    const s = stepper();
    s.ready();
    s.nowUs += 100_000;
    const [first] = hedges(s.venueFill(5));
    expect(first).toBeDefined();
    // The external venue goes silent: no fill, no prices.
    s.nowUs += CONFIG.hedgeTimeoutUs;
    s.run({ kind: 'timer', timer: hedgeTimeoutTimer(Number(first?.orderId)) });
    expect(hedgerMetrics(s.state, s.nowUs)).toMatchObject({ hedgeTimeouts: 1, hedgeOrders: 1 });
    // Its prices are stale by now (staleAfterUs 1 s): nothing is sent into the void.
    expect(hedges(s.tick())).toEqual([]);
    expect(openHedgeLots(s.state, 1)).toBe(0);
    // Back: the next price brings the hedge.
    s.nowUs += 100_000;
    expect(hedges(s.price())).toEqual([expect.objectContaining({ side: SELL, sizeLots: 5 })]);
  });

  it('no quotes while its hedge venue is unreachable: a stale external price pulls them at the next input, a fresh one brings them back', () => {
    const s = stepper();
    s.ready();
    s.nowUs += CONFIG.staleAfterUs + 1; // the last external price is now stale; the venue's view is not
    s.block();
    expect(quotes(s.log).at(-1)).toMatchObject({ bidSizeLots: 0, askSizeLots: 0 });
    expect(hedgerMode(s.state)).toBe('flat');
    s.nowUs += CONFIG.quoteIntervalUs;
    expect(quotes(s.tick())).toEqual([]);
    s.nowUs += 100_000;
    const back = quotes(s.price());
    expect(back).toEqual([expect.objectContaining({ bidSizeLots: 5, askSizeLots: 5 })]);
    expect(hedgerMode(s.state)).toBe('quoting');
  });

  it('a stale venue view pulls the quotes once, at the first input after it went stale, then hedges only', () => {
    const s = stepper();
    s.ready();
    s.nowUs += 100_000;
    s.venueFill(4);
    const before = quotes(s.log).length;
    s.nowUs += CONFIG.staleAfterUs + 1; // no block since: the view is stale
    const pulled = quotes(s.price());
    expect(pulled).toHaveLength(1);
    expect(isPull(pulled[0] ?? {})).toBe(true);
    expect(hedgerMode(s.state)).toBe('hedge-only');
    s.nowUs += CONFIG.quoteIntervalUs;
    s.price();
    expect(quotes(s.tick())).toEqual([]);
    expect(quotes(s.log)).toHaveLength(before + 1);
    expect(hedgerMetrics(s.state, s.nowUs).pullsSent).toBe(1);
  });

  it('recovery from its log equals the live state: the records replayed through evolve, with or without a snapshot', () => {
    const s = stepper();
    s.ready();
    for (const lots of [5, -2, 7, -9]) {
      s.nowUs += 100_000;
      const [order] = hedges(s.venueFill(lots));
      s.nowUs += 5_000;
      if (order) s.fillHedge(order);
      s.nowUs += 5_000;
      if (order) s.fillHedge(order); // a duplicate: booked once
    }
    s.nowUs += 100_000;
    const [lost] = hedges(s.venueFill(6)); // left open
    expect(lost).toBeDefined();
    const all = records(s.log);
    // Through the bytes, as the actor persists them.
    const decoded = decodeHedgerWal({ snapshot: undefined, entries: all });
    if (!decoded.ok) throw new Error(decoded.error);
    const replayed = restore(initialHedgerState(CONFIG, 'hedger'), decoded.snapshot, decoded.records);
    expect(durable(replayed)).toEqual(durable(s.state));
    expect(replayed.orders).toEqual(s.state.orders);
    expect(replayed.funded).toBe(true);
    const { venueMarkTicks: _m, externalPriceTicks: _p, ...liveBook } = s.state.book.snapshot()[0] ?? {};
    expect(replayed.book.snapshot()[0]).toMatchObject(liveBook);
    expect(openHedgeLots(replayed, 1)).toBe(openHedgeLots(s.state, 1));

    // A snapshot halfway, then the rest of the records.
    const half = Math.floor(all.length / 2);
    const partial = restore(initialHedgerState(CONFIG, 'hedger'), undefined, decodedRecords(all.slice(0, half)));
    const snapshot: HedgerWalSnapshot = walSnapshot(partial);
    const fromSnapshot = decodeHedgerWal({ snapshot: encodeMessage('HedgerWalSnapshot', snapshot), entries: all.slice(half) });
    if (!fromSnapshot.ok) throw new Error(fromSnapshot.error);
    const resumed = restore(initialHedgerState(CONFIG, 'hedger'), fromSnapshot.snapshot, fromSnapshot.records);
    expect(durable(resumed)).toEqual(durable(s.state));

    // A restarted core re-sends the deposit, pulls, and re-arms the open order's timeout: it does not hedge twice.
    const start = decide(resumed, { kind: 'start' }, s.nowUs + 1_000).effects;
    expect(hedges(start)).toEqual([]);
    expect(start.find((e) => e.kind === 'set-timer' && e.timer !== QUOTE_TICK_TIMER)).toMatchObject({ timer: hedgeTimeoutTimer(Number(lost?.orderId)) });
    expect(quotes(start).every(isPull)).toBe(true);
  });

  it('its durable log decodes without throwing: garbage and old JSON logs are refused with a reason', () => {
    const json = new TextEncoder().encode(JSON.stringify({ k: 'funded' }));
    const old = decodeHedgerWal({ snapshot: undefined, entries: [json] });
    expect(old).toEqual({ ok: false, error: expect.stringMatching(/record 0 is JSON, the hedger's log format before protobuf/) });
    expect(decodeHedgerWal({ snapshot: json, entries: [] })).toMatchObject({ ok: false, error: expect.stringMatching(/its snapshot is JSON/) });
    const garbage = decodeHedgerWal({ snapshot: undefined, entries: [encodeMessage('HedgerWalRecord', { funded: {} }), new Uint8Array([0x0a, 0xff, 0xff])] });
    expect(garbage).toMatchObject({ ok: false, error: expect.stringMatching(/^record 1 does not decode/) });
    const empty = decodeHedgerWal({ snapshot: undefined, entries: [new Uint8Array()] });
    expect(empty).toMatchObject({ ok: false, error: 'record 0 holds no record this build knows' });
    const record: HedgerWalRecord = { venueFill: { marketId: 1, fillId: 3, trade: { signedLots: -4, priceTicks: 10, fee: -1 } } };
    expect(decodeHedgerWal({ snapshot: undefined, entries: [encodeMessage('HedgerWalRecord', record)] })).toMatchObject({ ok: true, records: [record] });
  });
  it('a hostile or broken external venue: fills of unknown orders, the wrong side or market, bad prices, oversize and repeated fills book nothing beyond the order', () => {
    const s = stepper();
    s.ready();
    s.nowUs += 100_000;
    const [order] = hedges(s.venueFill(5)); // sell 5 outside
    const id = order?.orderId ?? 0;
    const fill = (over: Partial<faultline.v1.IHedgeFill>, key: string) => s.run({ kind: 'hedge-fill', fill: hedgeFillFromWire({ hedgerId: 'hedger', orderId: id, marketId: 1, side: SELL, sizeLots: 1, priceTicks: ORACLE, fee: 0, ...over }), key });
    fill({ orderId: Number(id) + 1 }, 'a'); // not ours
    const wrongSide = fill({ side: BUY }, 'b');
    expect(wrongSide).toEqual([expect.objectContaining({ kind: 'log', level: 'warn' })]);
    fill({ marketId: 2 }, 'c');
    fill({ priceTicks: 0 }, 'd');
    fill({ sizeLots: -3 }, 'e');
    expect(hedgerMetrics(s.state, s.nowUs)).toMatchObject({ externalPositionLots: 0, hedgeFills: 0 });
    fill({ sizeLots: 3 }, 'f');
    fill({ sizeLots: 3 }, 'f'); // the same envelope again
    fill({ sizeLots: 50 }, 'g'); // more than is left: capped at 2
    fill({ sizeLots: 1 }, 'h'); // the order is filled: nothing left
    expect(hedgerMetrics(s.state, s.nowUs)).toMatchObject({ venuePositionLots: 5, externalPositionLots: -5, deltaLots: 0, hedgeFills: 2 });
    expect(openHedgeLots(s.state, 1)).toBe(0);
    // Prices: an unknown market, a non-positive or non-integer price and an older tick change nothing.
    const before = s.state.book.figures(1).externalPriceTicks;
    for (const tick of [{ marketId: 2, priceTicks: 1, atUs: s.nowUs }, { marketId: 1, priceTicks: -1, atUs: s.nowUs }, { marketId: 1, priceTicks: 1.5, atUs: s.nowUs }, { marketId: 1, priceTicks: 1, atUs: 0 }]) {
      expect(s.run({ kind: 'external-price', tick })).toEqual([]);
    }
    expect(s.state.book.figures(1).externalPriceTicks).toBe(before);
  });
});
