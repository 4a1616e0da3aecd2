/**
 * The price band: a taker never trades outside ±bandPpm of the band reference (the oracle); if
 * it would have, the market halts (`price-band`), CME-style. Also the slippage limits of market
 * orders and liquidations around the mark.
 */
import { ceilDiv, floorDiv, mulDivCeil, mulDivFloor } from './math.ts';
import { PPM, SIDE_BUY, SIDE_SELL, type Side } from './vocabulary.ts';
import type { BlockContext } from './context.ts';
import type { Account, MarketRuntime } from './state.ts';
import { cancelOrderById } from './cancels.ts';

/** A price limit `ppm` away from the mark on the taker's worse side, rounded inward, >= 1 tick. */
export function slippageLimit(market: MarketRuntime, side: Side, ppm: number): number {
  const mark = market.markTicks;
  const raw = side === SIDE_BUY ? mulDivFloor(mark, PPM + ppm, PPM) : mulDivCeil(mark, PPM - ppm, PPM);
  const step = market.config.priceStepTicks;
  const stepped = side === SIDE_BUY ? floorDiv(raw, step) * step : ceilDiv(raw, step) * step;
  return Math.min(market.config.maxPriceTicks, Math.max(step, stepped));
}

/** The band's edges around the reference, or undefined when the band is off or unset. */
export function bandOf(ctx: BlockContext, market: MarketRuntime): { lo: number; hi: number } | undefined {
  const band = ctx.state.config.policy.priceBand;
  const ref = market.bandReferenceTicks;
  if (!band.enabled || ref === 0) return undefined;
  return { lo: Math.max(1, mulDivCeil(ref, PPM - band.bandPpm, PPM)), hi: mulDivFloor(ref, PPM + band.bandPpm, PPM) };
}

export function bandedLimitOf(ctx: BlockContext, market: MarketRuntime, side: Side, limitTicks: number): number {
  const band = bandOf(ctx, market);
  if (!band) return limitTicks;
  return side === SIDE_BUY ? Math.min(limitTicks, band.hi) : Math.max(limitTicks, band.lo);
}

/**
 * A maker beyond the band on the taker's better side (it rested before the reference moved,
 * within this block) would fill outside the band: then the taker does not match at all.
 */
export function bandBlocks(ctx: BlockContext, market: MarketRuntime, side: Side): boolean {
  const band = bandOf(ctx, market);
  const front = side === SIDE_BUY ? market.book.bestAskTicks() : market.book.bestBidTicks();
  return band !== undefined && front !== undefined && (side === SIDE_BUY ? front < band.lo : front > band.hi);
}

/**
 * After the band's reference moves, resting orders beyond the new band are cancelled (they
 * would fill outside it). Only the extreme levels are visited: O(1) when nothing is outside.
 */
export function cancelOutsideBand(ctx: BlockContext, market: MarketRuntime): void {
  const band = bandOf(ctx, market);
  if (!band) return;
  for (;;) {
    const bid = market.book.bestBidTicks();
    const ask = market.book.bestAskTicks();
    const side = bid !== undefined && bid > band.hi ? SIDE_BUY : ask !== undefined && ask < band.lo ? SIDE_SELL : undefined;
    if (side === undefined) return;
    for (const order of market.book.bestLevelOrders(side)) {
      cancelOrderById(ctx, market, ctx.state.accounts[order.accountIndex] as Account, order.orderId, 'outside-band');
    }
  }
}
