/**
 * Liquidation, insurance fund and auto-deleveraging.
 *
 * A Liquidate transaction is re-checked at execution with the venue's own mark: it executes
 * only when the account's equity is below its maintenance margin (a liquidator working from
 * stale data can never liquidate a healthy account), the market is ACTIVE, the oracle is fresh
 * (policy), and no grace period protects it (unless its health is below the policy's floor).
 *
 * Execution:
 * 1. cancel the account's orders in every market;
 * 2. close the position against the book with an IOC order limited to maxSlippagePpm from the
 *    mark (and the price band) and, with ADL on, to the worst price at which the deficit stays
 *    within what the fund holds (the bankruptcy price when it is empty: coveredPriceLimit);
 *    no taker fee;
 * 3. penalty: feePpm of the closed notional, at most the equity left, to the insurance fund;
 * 4. if part of the position is still open, the account's equity is negative and the fund holds
 *    less than the deficit, the fund gives all it has and the rest is closed by ADL at the
 *    account's bankruptcy price against the opposite side, ranked by (unrealized P&L / cost) x
 *    (notional / equity) — Hyperliquid's profit x leverage ranking — most first, ties by index;
 *    (with a fund able to cover, an unfilled remainder stays open for the next attempt);
 * 5. once the account is flat, a negative balance is paid by the fund as far as it can; the rest
 *    stays on the account as negative collateral: bad debt.
 * A liquidation that can close nothing (empty book within the limits, no ADL due) is refused
 * with `no-liquidity` and changes nothing.
 */
import { PPM, ceilDiv, floorDiv, mulDivCeil, mulDivFloor } from './math.ts';
import { SIDE_BUY, SIDE_SELL } from './book/order-book.ts';
import { accountHealth, applyTrade, isFlat, unrealizedPnl } from './accounting.ts';
import type { BlockContext } from './context.ts';
import { cancelAccountOrders } from './cancels.ts';
import { executeTaker, positionReader } from './matching.ts';
import { bandedLimitOf, slippageLimit } from './price-band.ts';
import { type Account, type MarketRuntime, type Position, MARKET_ACTIVE } from './state.ts';
import type { LiquidationEvent, LiquidationReason } from './events.ts';

export interface LiquidateInput {
  liquidatorId: string;
  accountId: string;
  marketId: number;
  observedMarkTicks: number;
}

export function liquidate(ctx: BlockContext, input: LiquidateInput): void {
  const { state } = ctx;
  const result: LiquidationEvent = {
    height: ctx.height,
    accountId: input.accountId,
    marketId: input.marketId,
    liquidatorId: input.liquidatorId,
    executed: false,
    reason: '',
    sizeLots: 0,
    priceTicks: 0,
    penalty: 0,
    badDebt: 0,
    insuranceFundAfter: state.insuranceFund,
    equityBefore: 0,
    maintenanceBefore: 0,
    markTicks: 0,
  };
  const refuse = (reason: LiquidationReason): void => {
    result.reason = reason;
    ctx.emit({ kind: 'liquidation', liquidation: result });
  };
  const account = state.accountsById.get(input.accountId);
  if (!account) return refuse('unknown-account');
  const market = input.marketId === 0 ? largestPosition(ctx, account) : state.markets.get(input.marketId);
  if (!market) return refuse(input.marketId === 0 ? 'no-position' : 'unknown-market');
  result.marketId = market.config.marketId;
  result.markTicks = market.markTicks;
  const position = account.positions.get(market.config.marketId);
  if (!position || position.sizeLots === 0) return refuse('no-position');
  const health = accountHealth(state, account);
  // The planted variant forgets unrealized P&L: collateral alone stands for equity.
  const before = ctx.variant === 'liquidation-equity-omits-pnl' ? { ...health, equity: account.collateral } : health;
  result.equityBefore = before.equity;
  result.maintenanceBefore = before.maintenance;
  if (market.state !== MARKET_ACTIVE) return refuse('market-halted');
  if (state.config.policy.liquidationNeedsFreshOracle.enabled && market.oracleStale) return refuse('oracle-stale');
  // The planted bug trusts the liquidator's view instead of re-checking with the venue's mark.
  const unhealthy = ctx.variant === 'liquidate-without-recheck' ? input.observedMarkTicks > 0 : before.equity < before.maintenance;
  if (!unhealthy) return refuse('healthy-at-execution');
  const grace = state.config.policy.gracePeriod;
  if (grace.enabled && ctx.timeUs < market.graceUntilUs && !(before.equity < mulDivFloor(before.maintenance, grace.liquidateBelowHealthPpm, PPM))) {
    return refuse('grace-period');
  }

  const size = position.sizeLots;
  const side = size > 0 ? SIDE_SELL : SIDE_BUY;
  const slippage = slippageLimit(market, side, market.config.liquidation.maxSlippagePpm);
  // With ADL on, the book close never fills beyond the price at which the account's deficit
  // passes what the fund holds (the bankruptcy price when the fund is empty): the rest goes to
  // ADL. Without ADL (a policy to compare) nothing else could close it: the book close goes to the
  // slippage limit and the deficit beyond the fund stays as bad debt.
  const capped = state.config.policy.adl.enabled && ctx.variant !== 'liquidation-past-bankruptcy';
  const cap = capped ? coveredPriceLimit(market, position, before.equity, state.insuranceFund) : undefined;
  const limitTicks = cap === undefined ? slippage : side === SIDE_SELL ? Math.max(slippage, cap) : Math.min(slippage, cap);
  // Nothing to close on the book and no ADL due: refused, with nothing changed (not even the
  // account's orders). ADL is due when the account is underwater beyond what the fund holds.
  const fillable = market.book.fillableLots({ orderId: 0, accountIndex: account.index, side, limitPriceTicks: bandedLimitOf(ctx, market, side, limitTicks), sizeLots: Math.abs(size) }, Math.abs(size), positionReader(ctx, market));
  const adlDue = state.config.policy.adl.enabled && before.equity < 0 && state.insuranceFund < -before.equity;
  if (fillable === 0 && !adlDue) return refuse('no-liquidity');
  // A limit beyond the book's range (the whole close is past what the fund covers) fills nothing.
  const fills = limitTicks >= 1 && limitTicks <= market.config.maxPriceTicks;

  for (const each of state.markets.values()) cancelAccountOrders(ctx, each, account, 'liquidation');
  let filledLots = 0;
  let filledNotional = 0;
  if (fills) executeTaker(ctx, market, account, {
    orderId: state.nextOrderId++,
    side,
    limitTicks,
    sizeLots: Math.abs(size),
    clientOrderId: 0,
    rests: false,
    liquidation: true,
    onFill: (price, lots) => {
      filledLots += lots;
      filledNotional += price * lots * market.config.quotePerTickLot;
    },
  });
  const afterFills = accountHealth(state, account).equity;
  const penalty = Math.min(mulDivCeil(filledNotional, market.config.liquidation.feePpm, PPM), Math.max(0, afterFills));
  account.collateral -= penalty;
  state.insuranceFund += penalty;
  const equity = afterFills - penalty;
  let adlLots = 0;
  if (equity < 0) result.badDebt = -equity;
  const open = account.positions.get(market.config.marketId)?.sizeLots ?? 0;
  const fundShort = ctx.variant === 'adl-before-fund-exhausted' || state.insuranceFund < -equity;
  if (equity < 0 && open !== 0 && state.config.policy.adl.enabled && fundShort) {
    // The fund cannot cover the deficit: it gives all it has, then the rest is deleveraged.
    account.collateral += state.insuranceFund;
    const covered = state.insuranceFund;
    state.insuranceFund = 0;
    adlLots = deleverage(ctx, market, account, equity + covered);
  }
  if (isFlat(account) && account.collateral < 0) {
    // A realized loss beyond the account's collateral: the fund pays what it can; the rest is
    // bad debt left on the account (counted once: a flat account cannot be liquidated again).
    const cover = ctx.variant === 'fund-cover-unbounded' ? -account.collateral : Math.min(state.insuranceFund, -account.collateral);
    state.insuranceFund -= cover;
    account.collateral += cover;
    state.badDebtTotal += -account.collateral;
  }
  ctx.touch(account);
  result.executed = filledLots + adlLots > 0;
  result.reason = !result.executed ? 'no-liquidity' : adlLots > 0 ? (filledLots > 0 ? 'book+adl' : 'adl') : filledLots === Math.abs(size) ? 'book' : 'book-partial';
  result.sizeLots = filledLots + adlLots;
  result.priceTicks = filledLots > 0 ? Math.round(filledNotional / (filledLots * market.config.quotePerTickLot)) : 0;
  result.penalty = penalty;
  result.insuranceFundAfter = state.insuranceFund;
  ctx.emit({ kind: 'liquidation', liquidation: result });
}

/**
 * The worst price at which closing the whole position leaves a deficit the fund can still pay:
 * equity without this position + s·P·k − C >= −fund. For a long, the lowest sell price (rounded
 * up to the price step); for a short, the highest buy price (rounded down). The venue's favour:
 * a fill at the returned price never leaves more deficit than the fund holds. It may lie
 * outside [1, maxPriceTicks]: then no book fill is acceptable.
 */
export function coveredPriceLimit(market: MarketRuntime, position: { sizeLots: number; costQuote: number }, equity: number, fund: number): number {
  const k = market.config.quotePerTickLot;
  const s = position.sizeLots;
  const otherEquity = equity - unrealizedPnl(position as Position, market.markTicks, k);
  const numerator = position.costQuote - otherEquity - fund;
  const step = market.config.priceStepTicks;
  if (s > 0) return ceilDiv(ceilDiv(numerator, s * k), step) * step;
  return floorDiv(floorDiv(-numerator, -s * k), step) * step;
}

function largestPosition(ctx: BlockContext, account: Account): MarketRuntime | undefined {
  let best: MarketRuntime | undefined;
  let bestNotional = 0;
  for (const market of ctx.state.markets.values()) {
    const size = account.positions.get(market.config.marketId)?.sizeLots ?? 0;
    const notional = Math.abs(size) * market.markTicks * market.config.quotePerTickLot;
    if (size !== 0 && (!best || notional > bestNotional)) {
      best = market;
      bestNotional = notional;
    }
  }
  return best;
}

/**
 * Closes the account's open size in `market` at its bankruptcy price against ranked opposite
 * positions. Returns the lots closed.
 */
function deleverage(ctx: BlockContext, market: MarketRuntime, account: Account, equity: number): number {
  const { state } = ctx;
  const marketId = market.config.marketId;
  const m = market.config.quotePerTickLot;
  const position = account.positions.get(marketId);
  if (!position || position.sizeLots === 0) return 0;
  const size = position.sizeLots;
  // Equity without this position; the bankruptcy price brings the account's equity to zero,
  // rounded so that the account ends at >= 0 (it never leaves debt behind through rounding).
  const otherEquity = equity - unrealizedPnl(position, market.markTicks, m);
  const numerator = position.costQuote - otherEquity;
  const raw = size > 0 ? ceilDiv(numerator, size * m) : floorDiv(-numerator, -size * m);
  const bankruptcy = Math.min(market.config.maxPriceTicks, Math.max(1, raw));
  const ranked = rankForAdl(ctx, market, size > 0 ? -1 : 1);
  let left = Math.abs(size);
  let closed = 0;
  for (const counterparty of ranked) {
    if (left === 0) break;
    const lots = Math.min(left, Math.abs(counterparty.positions.get(marketId)?.sizeLots ?? 0));
    if (lots === 0) continue;
    const fundBefore = state.insuranceFund;
    applyTrade(account, market, size > 0 ? -lots : lots, bankruptcy);
    applyTrade(counterparty, market, size > 0 ? lots : -lots, bankruptcy);
    ctx.touch(counterparty);
    left -= lots;
    closed += lots;
    ctx.emit({
      kind: 'adl',
      adl: {
        height: ctx.height,
        marketId,
        liquidatedAccountId: account.id,
        counterpartyAccountId: counterparty.id,
        sizeLots: lots,
        priceTicks: bankruptcy,
        insuranceFundBefore: fundBefore,
      },
    });
  }
  return closed;
}

/** Opposite-side accounts, most profitable x most leveraged first. */
function rankForAdl(ctx: BlockContext, market: MarketRuntime, sign: 1 | -1): Account[] {
  const marketId = market.config.marketId;
  const m = market.config.quotePerTickLot;
  const candidates: Array<{ account: Account; pnl: bigint; cost: bigint; notional: bigint; equity: bigint }> = [];
  for (const account of ctx.state.accounts) {
    const position = account.positions.get(marketId);
    if (!position || Math.sign(position.sizeLots) !== sign) continue;
    candidates.push({
      account,
      pnl: BigInt(unrealizedPnl(position, market.markTicks, m)),
      cost: BigInt(Math.abs(position.costQuote) || 1),
      notional: BigInt(Math.abs(position.sizeLots) * market.markTicks * m),
      equity: BigInt(accountHealth(ctx.state, account).equity),
    });
  }
  // score = pnl/cost x notional/equity; accounts with equity <= 0 rank last.
  return candidates
    .sort((a, b) => {
      const aValid = a.equity > 0n;
      const bValid = b.equity > 0n;
      if (aValid !== bValid) return aValid ? -1 : 1;
      if (aValid) {
        const left = a.pnl * a.notional * b.cost * b.equity;
        const right = b.pnl * b.notional * a.cost * a.equity;
        if (left !== right) return left > right ? -1 : 1;
      }
      return a.account.index - b.account.index;
    })
    .map((c) => c.account);
}
