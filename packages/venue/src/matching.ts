/**
 * Matching and settlement: a validated taker matches in continuous trading (price-time
 * priority, self-trade prevention cancel-resting, the price band), rests or cancels what is
 * left; each fill is booked (positions, realized P&L, fees in the venue's favour).
 *
 * The fill guard (docs/venue.md, "Margin model"): before each fill, a maker whose equity the fill
 * would take below zero is cancelled (`undercollateralized`) and the taker stops there; a user
 * taker stops before a fill that would take its own equity below zero. So no user fill ever
 * leaves an account with negative equity: only a liquidation can. A taker that stops rests
 * nothing (what rests was admitted against its preview of the book).
 */
import { PPM, mulDivCeil, mulDivFloor } from './math.ts';
import { SIDE_BUY, type Side } from './vocabulary.ts';
import type { FillGuard, PositionOf } from './book/order-book.ts';
import { applyTrade } from './accounting.ts';
import { assert } from './assert.ts';
import type { BlockContext } from './context.ts';
import { equityOf, releaseLots, releaseOrder, reserveOrder } from './margin.ts';
import { clearQuoteSlot, emitOrderUpdate } from './order-events.ts';
import { bandBlocks, bandedLimitOf } from './price-band.ts';
import { haltMarket } from './cancels.ts';
import { type Account, type MarketRuntime, MARKET_ACTIVE, positionOf } from './state.ts';

export interface TakerSpec {
  orderId: number;
  side: Side;
  limitTicks: number;
  sizeLots: number;
  clientOrderId: number;
  rests: boolean;
  /** What rests stays reduce-only: it fills at most what closes the position at the time (order-book.ts). */
  reduceOnly?: boolean;
  /** Liquidation orders pay no taker fee (the penalty replaces it), never halt the band and are not guarded. */
  liquidation?: boolean;
  onFill?: (priceTicks: number, sizeLots: number) => void;
}

/** The variants that re-create the holes of the margin model also switch its second line off. */
export function guardOff(ctx: BlockContext): boolean {
  return ctx.variant === 'resting-reserve-forgotten' || ctx.variant === 'reduce-only-unchecked' || ctx.variant === 'withdrawal-ignores-resting';
}

function fillGuard(ctx: BlockContext, market: MarketRuntime, taker: Account, guardTaker: boolean): FillGuard {
  const k = market.config.quotePerTickLot;
  const mark = market.markTicks;
  const traderFavour = ctx.variant === 'fee-rounding-trader-favour';
  return (maker, lots, priceTicks) => {
    const notional = priceTicks * lots * k;
    // What the maker gains against the mark (the taker the opposite), less each one's fee.
    const makerGain = (maker.side === SIDE_BUY ? mark - priceTicks : priceTicks - mark) * lots * k;
    const makerAccount = ctx.state.accounts[maker.accountIndex] as Account;
    if (equityOf(ctx.state, makerAccount) + makerGain - feeFor(notional, market.config.makerFeePpm, traderFavour) < 0) return 'cancel-maker';
    if (guardTaker && equityOf(ctx.state, taker) - makerGain - feeFor(notional, market.config.takerFeePpm, traderFavour) < 0) return 'stop';
    return 'fill';
  };
}

/** What a taker would fill now (the same rules as executeTaker, before any fill guard). */
export function takerPreview(ctx: BlockContext, market: MarketRuntime, account: Account, side: Side, limitTicks: number, sizeLots: number): { lots: number; ticksTimesLots: number; worstTicks: number } {
  if (bandBlocks(ctx, market, side)) return { lots: 0, ticksTimesLots: 0, worstTicks: 0 };
  return market.book.fillPreview({ orderId: 0, accountIndex: account.index, side, limitPriceTicks: bandedLimitOf(ctx, market, side, limitTicks), sizeLots }, positionReader(ctx, market));
}

/** Maker accounts' positions in `market`, for the book's reduce-only caps. */
export function positionReader(ctx: BlockContext, market: MarketRuntime): PositionOf {
  const marketId = market.config.marketId;
  return (accountIndex) => (ctx.state.accounts[accountIndex] as Account).positions.get(marketId)?.sizeLots ?? 0;
}

/** Matches a validated taker in continuous trading, then rests or cancels what is left. */
export function executeTaker(ctx: BlockContext, market: MarketRuntime, account: Account, taker: TakerSpec): number {
  const limit = bandedLimitOf(ctx, market, taker.side, taker.limitTicks);
  const blocked = bandBlocks(ctx, market, taker.side);
  const guard = guardOff(ctx) ? undefined : fillGuard(ctx, market, account, !taker.liquidation);
  const result = blocked || (ctx.variant === 'crossing-order-rests' && taker.rests)
    ? { remainingLots: taker.sizeLots, stpCancelled: [], fills: 0, guardCancelled: [], stopped: false, reduceOnlyCancelled: [] }
    : market.book.match(
        { orderId: taker.orderId, accountIndex: account.index, side: taker.side, limitPriceTicks: limit, sizeLots: taker.sizeLots },
        (fill) => {
          const maker = ctx.state.accounts[fill.maker.accountIndex] as Account;
          releaseLots(maker, market, fill.maker.orderId, fill.sizeLots);
          settleFill(ctx, market, {
            maker: fill.maker,
            makerAccount: maker,
            takerAccount: account,
            takerOrderId: taker.orderId,
            takerSide: taker.side,
            priceTicks: fill.priceTicks,
            sizeLots: fill.sizeLots,
            takerPaysFee: !taker.liquidation,
          });
          if (fill.makerDone) clearQuoteSlot(market, fill.maker);
          if (fill.makerDone) emitOrderUpdate(ctx, market, maker, fill.maker.orderId, fill.maker.clientOrderId, 'filled', 0, '');
          taker.onFill?.(fill.priceTicks, fill.sizeLots);
        },
        guard ? { stp: 'cancel-resting', guard, positionOf: positionReader(ctx, market) } : { stp: 'cancel-resting', positionOf: positionReader(ctx, market) },
      );
  for (const cancelled of result.stpCancelled) {
    const owner = ctx.state.accounts[cancelled.accountIndex] as Account;
    releaseOrder(owner, market, cancelled.orderId);
    clearQuoteSlot(market, cancelled);
    emitOrderUpdate(ctx, market, owner, cancelled.orderId, cancelled.clientOrderId, 'cancelled', 0, 'self-trade');
  }
  for (const cancelled of result.guardCancelled) {
    const owner = ctx.state.accounts[cancelled.accountIndex] as Account;
    releaseOrder(owner, market, cancelled.orderId);
    clearQuoteSlot(market, cancelled);
    emitOrderUpdate(ctx, market, owner, cancelled.orderId, cancelled.clientOrderId, 'cancelled', 0, 'undercollateralized');
    ctx.touch(owner);
  }
  for (const cancelled of result.reduceOnlyCancelled) {
    const owner = ctx.state.accounts[cancelled.accountIndex] as Account;
    releaseOrder(owner, market, cancelled.orderId);
    clearQuoteSlot(market, cancelled);
    const position = owner.positions.get(market.config.marketId)?.sizeLots ?? 0;
    emitOrderUpdate(ctx, market, owner, cancelled.orderId, cancelled.clientOrderId, 'cancelled', 0, 'reduce-only', `position ${position}`);
    ctx.touch(owner);
  }
  let remaining = result.remainingLots;
  if (remaining > 0 && !result.stopped && !taker.liquidation && (limit !== taker.limitTicks || blocked)) {
    // The band stopped the taker: if liquidity waits beyond the band within its own limit, the
    // market would have traded through the band — halt it.
    const next = taker.side === SIDE_BUY ? market.book.bestAskTicks() : market.book.bestBidTicks();
    const wouldTrade = next !== undefined && (taker.side === SIDE_BUY ? next <= taker.limitTicks : next >= taker.limitTicks);
    if (wouldTrade) haltMarket(ctx, market, 'price-band', ctx.timeUs + ctx.state.config.policy.priceBand.haltUs);
  }
  if (remaining > 0 && taker.rests && !result.stopped && market.state === MARKET_ACTIVE) {
    market.book.rest({
      orderId: taker.orderId,
      accountIndex: account.index,
      side: taker.side,
      priceTicks: taker.limitTicks,
      sizeLots: remaining,
      clientOrderId: taker.clientOrderId,
      reduceOnly: taker.reduceOnly ?? false,
    });
    reserveOrder(account, market, taker.orderId, { side: taker.side, priceTicks: taker.limitTicks, lots: remaining, clientOrderId: taker.clientOrderId, reduceOnly: taker.reduceOnly ?? false });
    emitOrderUpdate(ctx, market, account, taker.orderId, taker.clientOrderId, 'resting', remaining, '');
    return remaining;
  }
  if (remaining === 0) emitOrderUpdate(ctx, market, account, taker.orderId, taker.clientOrderId, 'filled', 0, '');
  else {
    const reason = result.guardCancelled.length > 0 ? 'maker-undercollateralized' : result.stopped ? 'taker-undercollateralized' : market.state === MARKET_ACTIVE ? 'unfilled' : 'market-halted';
    emitOrderUpdate(ctx, market, account, taker.orderId, taker.clientOrderId, 'cancelled', remaining, reason);
    remaining = 0;
  }
  return remaining;
}

export interface FillSpec {
  maker: { orderId: number; side: Side };
  makerAccount: Account;
  takerAccount: Account;
  takerOrderId: number;
  takerSide: Side;
  priceTicks: number;
  sizeLots: number;
  takerPaysFee: boolean;
}

/** Books one fill: positions, realized P&L, fees (rounded in the venue's favour), the event. */
export function settleFill(ctx: BlockContext, market: MarketRuntime, fill: FillSpec): void {
  const config = market.config;
  assert(fill.sizeLots > 0 && fill.priceTicks > 0, () => `fill of ${fill.sizeLots} lots at ${fill.priceTicks}`);
  assert(fill.maker.side !== fill.takerSide, 'a fill between two orders of the same side');
  const notional = fill.priceTicks * fill.sizeLots * config.quotePerTickLot;
  const makerFee = feeFor(notional, config.makerFeePpm, ctx.variant === 'fee-rounding-trader-favour');
  const takerFee = fill.takerPaysFee ? feeFor(notional, config.takerFeePpm, ctx.variant === 'fee-rounding-trader-favour') : 0;
  const makerSign = fill.maker.side === SIDE_BUY ? 1 : -1;
  applyTrade(fill.makerAccount, market, makerSign * fill.sizeLots, fill.priceTicks);
  applyTrade(fill.takerAccount, market, -makerSign * (fill.sizeLots + (ctx.variant === 'taker-extra-lot' ? 1 : 0)), fill.priceTicks);
  chargeFee(fill.makerAccount, market, makerFee);
  chargeFee(fill.takerAccount, market, takerFee);
  ctx.state.feesCollected += makerFee + takerFee;
  market.lastTradeTicks = fill.priceTicks;
  ctx.touch(fill.makerAccount);
  ctx.touch(fill.takerAccount);
  ctx.emit({
    kind: 'fill',
    fill: {
      fillId: ctx.state.nextFillId++,
      height: ctx.height,
      marketId: config.marketId,
      makerOrderId: fill.maker.orderId,
      takerOrderId: fill.takerOrderId,
      makerAccountId: fill.makerAccount.id,
      takerAccountId: fill.takerAccount.id,
      takerSide: fill.takerSide,
      priceTicks: fill.priceTicks,
      sizeLots: fill.sizeLots,
      makerFee,
      takerFee,
    },
  });
}

/**
 * Fee on a notional, rounded toward +infinity — the venue's favour both ways: a charge rounds up,
 * a rebate (negative ppm) rounds toward zero. The planted variant rounds toward -infinity.
 */
export function feeFor(notional: number, ppm: number, traderFavour = false): number {
  return traderFavour ? mulDivFloor(notional, ppm, PPM) : mulDivCeil(notional, ppm, PPM);
}

function chargeFee(account: Account, market: MarketRuntime, fee: number): void {
  if (fee === 0) return;
  account.collateral -= fee;
  positionOf(account, market.config.marketId).feesPaid += fee;
}
