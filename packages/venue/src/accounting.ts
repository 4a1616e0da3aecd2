/**
 * Positions, P&L and margin of cross-margined accounts, in integers.
 *
 * A position keeps a signed cost basis C (size x price x multiplier summed over its opening
 * fills). Unrealized P&L at price P is size x P x m - C. Closing q of |s| lots removes
 * ceil(C x q / |s|) from C: the rounding only moves a fraction of a unit between the closed and
 * the still-open part, so realized + unrealized stays exact, and conservation holds exactly:
 *   sum(collateral) - sum(C) + insurance fund + fees = deposits - withdrawals
 * (sum(-C) is the sum of every unrealized P&L at any one price, since longs = shorts).
 */
import { mulDivCeil, mulExact } from './math.ts';
import type { Account, MarketRuntime, Position } from './state.ts';
import { positionOf } from './state.ts';

/** Applies a trade of `lots` (signed: > 0 buys) at `priceTicks`; returns the realized P&L. */
export function applyTrade(account: Account, market: MarketRuntime, signedLots: number, priceTicks: number): number {
  const position = positionOf(account, market.config.marketId);
  const m = market.config.quotePerTickLot;
  const size = position.sizeLots;
  let realized = 0;
  let remaining = signedLots;
  if (size !== 0 && Math.sign(size) !== Math.sign(signedLots)) {
    const closing = Math.min(Math.abs(size), Math.abs(signedLots));
    const removed = closing === Math.abs(size) ? position.costQuote : mulDivCeil(position.costQuote, closing, Math.abs(size));
    const valueClosed = Math.sign(size) * mulExact(closing * priceTicks, m);
    realized = valueClosed - removed;
    position.costQuote -= removed;
    position.sizeLots += Math.sign(signedLots) * closing;
    remaining = signedLots + Math.sign(size) * closing;
  }
  if (remaining !== 0) {
    position.costQuote += Math.sign(remaining) * mulExact(Math.abs(remaining) * priceTicks, m);
    position.sizeLots += remaining;
  }
  position.realizedPnl += realized;
  account.collateral += realized;
  return realized;
}

export function unrealizedPnl(position: Position, markTicks: number, quotePerTickLot: number): number {
  return position.sizeLots * markTicks * quotePerTickLot - position.costQuote;
}

/** The margin model's numbers (margin.ts) under the names the rest of the code base reads. */
export { accountRisk as accountHealth, type AccountRisk as AccountHealth, marginFor, scaledInitialPpm } from './margin.ts';

export function isFlat(account: Account): boolean {
  for (const position of account.positions.values()) if (position.sizeLots !== 0) return false;
  return true;
}
