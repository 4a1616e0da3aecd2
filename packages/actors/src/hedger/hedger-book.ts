/**
 * The hedger's books, pure and integer: no host, no clock, no I/O, so every number in the
 * summary can be checked by hand (test/hedger.test.ts).
 *
 * Per market, two legs:
 *   venue leg     position and cash from the venue fills (fees: makerFee/takerFee; a negative
 *                 fee is a rebate and adds cash), marked at the venue's mark price;
 *   external leg  position and cash from the hedge fills (fee), marked at the external price.
 *   cash          −Σ signedLots x priceTicks x quotePerTickLot − Σ fee   (quote units)
 *   leg P&L       cash + position x markTicks x quotePerTickLot
 *   delta         venue position + external position (lots)
 *   basis P&L     (venue P&L + external P&L) − the same P&L with both legs marked at the
 *                 external price  =  venue position x (venue mark − external price) x quotePerTickLot:
 *                 what the gap between the two venues' prices is worth to the hedger now.
 * A price not seen yet falls back to the leg's last fill price, then to the other venue's
 * price, so a book with no marks still values at something it has seen (and basis is 0).
 * Funding payments are not booked: they are the venue's account state, not fills.
 */

import { SIDE_BUY, SIDE_SELL } from '@faultline/venue';

export interface HedgerMarket {
  marketId: number;
  quotePerTickLot: number;
}

/** One fill on one leg, from the hedger's side: +lots bought, −lots sold; fee > 0 paid, < 0 rebate. */
export interface LegTrade {
  signedLots: number;
  priceTicks: number;
  fee: number;
}

export interface LegState {
  positionLots: number;
  cash: number;
  feesPaid: number;
  /** The last fill's price (0 before the first): the fallback mark. */
  lastPriceTicks: number;
}

export interface MarketBookState {
  marketId: number;
  venue: LegState;
  external: LegState;
  venueMarkTicks: number;
  externalPriceTicks: number;
}

export interface MarketFigures {
  marketId: number;
  venuePositionLots: number;
  externalPositionLots: number;
  deltaLots: number;
  venueCash: number;
  externalCash: number;
  venueFeesPaid: number;
  externalFeesPaid: number;
  venueMarkTicks: number;
  externalPriceTicks: number;
  venuePnl: number;
  externalPnl: number;
  basisPnl: number;
}

/** The venue's FillEvent fields the book needs (takerSide: 1 buy, 2 sell). */
export interface VenueFillLike {
  makerAccountId: string;
  takerAccountId: string;
  takerSide: number;
  priceTicks: number;
  sizeLots: number;
  makerFee: number;
  takerFee: number;
}


function assertInt(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`hedger-book: ${what} must be a safe integer, got ${value}`);
}

/**
 * The account's trades in one venue fill: none if it is neither side, two if it is both (a
 * self-trade, which the venue prevents; booked anyway so the book never silently drops a fill).
 */
export function venueTradesOf(accountId: string, fill: VenueFillLike): LegTrade[] {
  if (fill.takerSide !== SIDE_BUY && fill.takerSide !== SIDE_SELL) throw new RangeError(`hedger-book: takerSide ${fill.takerSide} is neither buy nor sell`);
  const takerSign = fill.takerSide === SIDE_BUY ? 1 : -1;
  const trades: LegTrade[] = [];
  if (fill.makerAccountId === accountId) trades.push({ signedLots: -takerSign * fill.sizeLots, priceTicks: fill.priceTicks, fee: fill.makerFee });
  if (fill.takerAccountId === accountId) trades.push({ signedLots: takerSign * fill.sizeLots, priceTicks: fill.priceTicks, fee: fill.takerFee });
  return trades;
}

/** A hedge fill's side (1 buy, 2 sell) and size as a signed trade. */
export function signedLotsOf(side: number, sizeLots: number): number {
  if (side === SIDE_BUY) return sizeLots;
  if (side === SIDE_SELL) return -sizeLots;
  throw new RangeError(`hedger-book: side ${side} is neither buy nor sell`);
}

function emptyLeg(): LegState {
  return { positionLots: 0, cash: 0, feesPaid: 0, lastPriceTicks: 0 };
}

function bookTrade(leg: LegState, trade: LegTrade, quotePerTickLot: number): void {
  assertInt(trade.signedLots, 'signedLots');
  assertInt(trade.priceTicks, 'priceTicks');
  assertInt(trade.fee, 'fee');
  if (trade.priceTicks <= 0) throw new RangeError(`hedger-book: priceTicks must be > 0, got ${trade.priceTicks}`);
  leg.positionLots += trade.signedLots;
  leg.cash -= trade.signedLots * trade.priceTicks * quotePerTickLot + trade.fee;
  leg.feesPaid += trade.fee;
  leg.lastPriceTicks = trade.priceTicks;
  assertInt(leg.cash, 'cash');
}

export class HedgerBook {
  private readonly markets = new Map<number, { config: HedgerMarket; state: MarketBookState }>();

  constructor(markets: readonly HedgerMarket[]) {
    for (const config of markets) {
      assertInt(config.marketId, 'marketId');
      if (!Number.isSafeInteger(config.quotePerTickLot) || config.quotePerTickLot < 1) throw new RangeError(`hedger-book: quotePerTickLot must be an integer >= 1, got ${config.quotePerTickLot}`);
      if (this.markets.has(config.marketId)) throw new RangeError(`hedger-book: market ${config.marketId} listed twice`);
      this.markets.set(config.marketId, {
        config: { ...config },
        state: { marketId: config.marketId, venue: emptyLeg(), external: emptyLeg(), venueMarkTicks: 0, externalPriceTicks: 0 },
      });
    }
  }

  marketIds(): number[] {
    return [...this.markets.keys()];
  }

  has(marketId: number): boolean {
    return this.markets.has(marketId);
  }

  venueFill(marketId: number, trade: LegTrade): void {
    const m = this.market(marketId);
    bookTrade(m.state.venue, trade, m.config.quotePerTickLot);
  }

  externalFill(marketId: number, trade: LegTrade): void {
    const m = this.market(marketId);
    bookTrade(m.state.external, trade, m.config.quotePerTickLot);
  }

  setVenueMark(marketId: number, markTicks: number): void {
    assertInt(markTicks, 'markTicks');
    if (markTicks > 0) this.market(marketId).state.venueMarkTicks = markTicks;
  }

  setExternalPrice(marketId: number, priceTicks: number): void {
    assertInt(priceTicks, 'priceTicks');
    if (priceTicks > 0) this.market(marketId).state.externalPriceTicks = priceTicks;
  }

  venuePositionLots(marketId: number): number {
    return this.market(marketId).state.venue.positionLots;
  }

  deltaLots(marketId: number): number {
    const { venue, external } = this.market(marketId).state;
    return venue.positionLots + external.positionLots;
  }

  figures(marketId: number): MarketFigures {
    const { config, state } = this.market(marketId);
    const { venue, external } = state;
    const q = config.quotePerTickLot;
    const venueMark = state.venueMarkTicks || venue.lastPriceTicks || state.externalPriceTicks || external.lastPriceTicks;
    const externalPrice = state.externalPriceTicks || external.lastPriceTicks || venueMark;
    const venuePnl = venue.cash + venue.positionLots * venueMark * q;
    const externalPnl = external.cash + external.positionLots * externalPrice * q;
    const samePricePnl = venue.cash + external.cash + (venue.positionLots + external.positionLots) * externalPrice * q;
    const basisPnl = venuePnl + externalPnl - samePricePnl + 0; // + 0: never a −0
    for (const [what, value] of [['venuePnl', venuePnl], ['externalPnl', externalPnl], ['basisPnl', basisPnl]] as const) assertInt(value, what);
    return {
      marketId,
      venuePositionLots: venue.positionLots,
      externalPositionLots: external.positionLots,
      deltaLots: venue.positionLots + external.positionLots,
      venueCash: venue.cash,
      externalCash: external.cash,
      venueFeesPaid: venue.feesPaid,
      externalFeesPaid: external.feesPaid,
      venueMarkTicks: venueMark,
      externalPriceTicks: externalPrice,
      venuePnl,
      externalPnl,
      basisPnl,
    };
  }

  /** Sums over markets (lots summed too: meaningful for one market, a rough total for several). */
  totals(): Omit<MarketFigures, 'marketId' | 'venueMarkTicks' | 'externalPriceTicks'> {
    const sum = { venuePositionLots: 0, externalPositionLots: 0, deltaLots: 0, venueCash: 0, externalCash: 0, venueFeesPaid: 0, externalFeesPaid: 0, venuePnl: 0, externalPnl: 0, basisPnl: 0 };
    for (const marketId of this.markets.keys()) {
      const f = this.figures(marketId);
      for (const key of Object.keys(sum) as Array<keyof typeof sum>) sum[key] += f[key];
    }
    return sum;
  }

  /** The largest |delta| over markets (what the delta limit is checked against). */
  maxAbsDeltaLots(): number {
    let max = 0;
    for (const marketId of this.markets.keys()) max = Math.max(max, Math.abs(this.deltaLots(marketId)));
    return max;
  }

  /** Every leg flat. */
  isFlat(): boolean {
    for (const { state } of this.markets.values()) if (state.venue.positionLots !== 0 || state.external.positionLots !== 0) return false;
    return true;
  }

  /** A copy of the state, for the durable log. */
  snapshot(): MarketBookState[] {
    return [...this.markets.values()].map(({ state }) => structuredClone(state));
  }

  /** Restores a snapshot; markets no longer configured are dropped, new ones start empty. */
  restore(states: readonly MarketBookState[]): void {
    for (const state of states) {
      const m = this.markets.get(state.marketId);
      if (m) m.state = structuredClone(state);
    }
  }

  private market(marketId: number): { config: HedgerMarket; state: MarketBookState } {
    const m = this.markets.get(marketId);
    if (!m) throw new RangeError(`hedger-book: market ${marketId} is not booked`);
    return m;
  }
}

/**
 * How far and how long the delta left its limit: the largest |delta| seen and the time spent
 * with |delta| > limitLots. Time is whatever the caller passes (host µs), observed at each
 * change of delta.
 */
export class DeltaLimitTracker {
  maxAbsDeltaLots = 0;
  private outsideUs = 0;
  private outsideSinceUs: number | undefined;

  constructor(readonly limitLots: number) {
    if (!Number.isSafeInteger(limitLots) || limitLots < 0) throw new RangeError(`hedger-book: deltaLimitLots must be an integer >= 0, got ${limitLots}`);
  }

  observe(nowUs: number, absDeltaLots: number): void {
    this.maxAbsDeltaLots = Math.max(this.maxAbsDeltaLots, absDeltaLots);
    const outside = absDeltaLots > this.limitLots;
    if (outside && this.outsideSinceUs === undefined) this.outsideSinceUs = nowUs;
    else if (!outside && this.outsideSinceUs !== undefined) {
      this.outsideUs += nowUs - this.outsideSinceUs;
      this.outsideSinceUs = undefined;
    }
  }

  /** Time outside the limit up to nowUs, counting a stretch still open. */
  timeOutsideUs(nowUs: number): number {
    return this.outsideUs + (this.outsideSinceUs === undefined ? 0 : nowUs - this.outsideSinceUs);
  }
}
