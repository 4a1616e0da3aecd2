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
import { PPM, ceilDiv, mulDivCeil, mulExact } from './math.ts';
import type { Account, MarketRuntime, Position, VenueState } from './state.ts';
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

export interface AccountHealth {
  equity: number;
  /** Initial margin of positions only. */
  initial: number;
  /** Initial margin counting resting orders on their worse side (what new risk must cover). */
  initialWithOrders: number;
  maintenance: number;
}

/**
 * Equity and margin at each market's mark. Requirements round up (the venue's favour). The
 * initial margin fraction of a market is scaled by its health factor (1 + imExtraPpm).
 */
export function accountHealth(state: VenueState, account: Account, extra?: { marketId: number; buyLots: number; sellLots: number }): AccountHealth {
  let equity = account.collateral;
  let initial = 0;
  let initialWithOrders = 0;
  let maintenance = 0;
  const visit = (market: MarketRuntime, sizeLots: number, costQuote: number, buyLots: number, sellLots: number): void => {
    const m = market.config.quotePerTickLot;
    const mark = market.markTicks;
    equity += sizeLots * mark * m - costQuote;
    const imPpm = scaledInitialPpm(market);
    initial += marginFor(Math.abs(sizeLots), mark, m, imPpm);
    const worst = Math.max(Math.abs(sizeLots + buyLots), Math.abs(sizeLots - sellLots));
    initialWithOrders += marginFor(worst, mark, m, imPpm);
    maintenance += marginFor(Math.abs(sizeLots), mark, m, market.config.maintenanceMarginPpm);
  };
  for (const [marketId, market] of state.markets) {
    const position = account.positions.get(marketId);
    const exposure = account.exposure.get(marketId);
    const add = extra && extra.marketId === marketId ? extra : undefined;
    if (!position && !exposure && !add) continue;
    visit(
      market,
      position?.sizeLots ?? 0,
      position?.costQuote ?? 0,
      (exposure?.buyLots ?? 0) + (add?.buyLots ?? 0),
      (exposure?.sellLots ?? 0) + (add?.sellLots ?? 0),
    );
  }
  return { equity, initial, initialWithOrders, maintenance };
}

export function scaledInitialPpm(market: MarketRuntime): number {
  const base = market.config.initialMarginPpm;
  return market.imExtraPpm === 0 ? base : Math.min(PPM, ceilDiv(base * (PPM + market.imExtraPpm), PPM));
}

export function marginFor(lots: number, markTicks: number, quotePerTickLot: number, ppm: number): number {
  if (lots === 0) return 0;
  return mulDivCeil(lots * markTicks * quotePerTickLot, ppm, PPM);
}

export function isFlat(account: Account): boolean {
  for (const position of account.positions.values()) if (position.sizeLots !== 0) return false;
  return true;
}
