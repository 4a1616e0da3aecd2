/**
 * An account's health as the liquidator estimates it: the last AccountUpdate the venue sent,
 * revalued at the latest marks the view has seen (an account is only reported when a block
 * touches it, while marks move every block). Same formulas and rounding as the venue:
 *   equity      = collateral + Σ (sizeLots x mark x quotePerTickLot − entryNotional)
 *   maintenance = Σ ceil(|sizeLots| x mark x quotePerTickLot x maintenanceMarginPpm / 1e6)
 * It is an estimate on purpose: the venue re-checks every Liquidate with its own state.
 */
import { mulDivCeil, PPM, type AccountUpdateEvent } from '@faultline/venue';

export interface MarketRisk {
  marketId: number;
  quotePerTickLot: number;
  maintenanceMarginPpm: number;
}

export interface AccountRisk {
  accountId: string;
  equity: number;
  maintenance: number;
  /** The market of the largest position at the mark: the one the venue liquidates first (market id 0). */
  largestMarketId: number;
  largestMarkTicks: number;
}

/**
 * `markOf` returns 0 for a market without a mark yet: such a position is valued at its entry
 * (no P&L), the best guess available. Positions in markets missing from `markets` are skipped.
 */
export function assessAccount(update: AccountUpdateEvent, markets: ReadonlyMap<number, MarketRisk>, markOf: (marketId: number) => number): AccountRisk {
  let equity = update.collateral;
  let maintenance = 0;
  let largestMarketId = 0;
  let largestMarkTicks = 0;
  let largestNotional = -1;
  for (const position of update.positions) {
    const risk = markets.get(position.marketId);
    if (!risk || position.sizeLots === 0) continue;
    const mark = markOf(position.marketId);
    const value = mark > 0 ? position.sizeLots * mark * risk.quotePerTickLot : position.entryNotional;
    equity += value - position.entryNotional;
    const notional = Math.abs(value);
    maintenance += mulDivCeil(notional, risk.maintenanceMarginPpm, PPM);
    if (notional > largestNotional) {
      largestNotional = notional;
      largestMarketId = position.marketId;
      largestMarkTicks = mark;
    }
  }
  return { accountId: update.accountId, equity, maintenance, largestMarketId, largestMarkTicks };
}

/** Below maintenance: what the venue requires to execute a liquidation. */
export function isUnhealthy(risk: AccountRisk): boolean {
  return risk.maintenance > 0 && risk.equity < risk.maintenance;
}

/** Worst first: lowest equity / maintenance; ties by account id (a stable, seed-free order). */
export function worstFirst(a: AccountRisk, b: AccountRisk): number {
  const ha = a.equity / a.maintenance;
  const hb = b.equity / b.maintenance;
  if (ha !== hb) return ha - hb;
  return a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0;
}
