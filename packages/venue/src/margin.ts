/**
 * The margin model (docs/venue.md, "Margin model"): one set of numbers for order admission,
 * withdrawals and the account's health.
 *
 * Per market m, with position s, cost basis C, resting buys B and sells S (lots), mark M, lot
 * multiplier k and the (health-scaled) initial margin fraction:
 *   equity        = collateral + Σ (s·M·k − C)
 *   initial       = Σ ⌈|s|·M·k·IM⌉                         (positions only)
 *   maintenance   = Σ ⌈|s|·M·k·MM⌉
 *   orderLoss(o)  = lots·k·max(0, adverse(limit vs M))     (a bid above M, an ask below M)
 *   required      = Σ ( ⌈max(|s+B|, |s−S|)·M·k·IM⌉ + Σ_orders orderLoss(o) )
 *                   (reduce-only orders count in B or S only up to what closes s)
 * `required` is the initial margin of the worse side if every resting order of that side filled,
 * plus what every resting order would lose against the mark if it filled at its limit. Resting
 * orders' fees are left out of the requirement (a maker earns a rebate by default): the fill
 * guard keeps any fee from taking equity below zero. Admission counts the fees an order pays. The orders of an account are kept incrementally here (reserved when an order rests or
 * queues, released on fill, cancel, expiry and halt-cancel), and their loss is cached per mark.
 *
 * Admission of an order (dYdX v4's two branches, docs/venue.md):
 *   A. equity − (the order's worst case) ≥ required after it: its immediate fills at the book's
 *      prices (no credit for a gain) and their taker fee, what rests at its limit;
 *   B. or the order does not worsen collateralization: it only closes (with the account's other
 *      closing orders it never flips the position), the account's equity is positive, and at its
 *      worst price per lot a (its adverse loss against the mark + the fee of a lot) it keeps equity/maintenance from falling and
 *      equity ≥ 0 after any part of it fills:  a·MM ≤ E·mm_lot  and  a·lots ≤ E.
 * Reduce-only orders take the same check. A fill of a user order never takes either account's
 * equity below zero (the fill guard, matching.ts); only a liquidation can.
 */
import { PPM, ceilDiv, mulDivCeil } from './math.ts';
import { SIDE_BUY, type Side } from './book/order-book.ts';
import { assert } from './assert.ts';
import { reject } from './reject.ts';
import type { BlockContext } from './context.ts';
import { type Account, type ExposedOrder, type MarketRuntime, type OrderExposure, type VenueState, exposureOf } from './state.ts';

export interface AccountRisk {
  equity: number;
  /** Initial margin of positions only. */
  initial: number;
  /** `required` above: the worse side's initial margin with resting orders, plus their worst-case loss. */
  initialWithOrders: number;
  maintenance: number;
  /** Σ orderLoss of the resting orders (part of initialWithOrders). */
  orderLoss: number;
}

/** What an order of `lots` at `priceTicks` loses against `markTicks` if it fills there. */
export function orderLoss(market: MarketRuntime, side: Side, priceTicks: number, lots: number, markTicks: number): number {
  const adverse = side === SIDE_BUY ? priceTicks - markTicks : markTicks - priceTicks;
  return adverse > 0 ? adverse * lots * market.config.quotePerTickLot : 0;
}

/** Σ orderLoss of an account's orders in one market at the market's mark (cached per mark). */
export function exposureLoss(market: MarketRuntime, exposure: OrderExposure): number {
  const mark = market.markTicks;
  if (exposure.lossAtMarkTicks !== mark) {
    let loss = 0;
    for (const order of exposure.orders.values()) loss += orderLoss(market, order.side, order.priceTicks, order.lots, mark);
    exposure.lossQuote = loss;
    exposure.lossAtMarkTicks = mark;
  }
  return exposure.lossQuote;
}

/** Reserves a new live order of the account (it rests in the book or queues in the auction). */
export function reserveOrder(account: Account, market: MarketRuntime, orderId: number, order: ExposedOrder): void {
  assert(Number.isSafeInteger(order.lots) && order.lots > 0, () => `reserve of order ${orderId} with ${order.lots} lots`);
  const exposure = exposureOf(account, market.config.marketId);
  assert(!exposure.orders.has(orderId), () => `order ${orderId} reserved twice`);
  exposure.orders.set(orderId, order); // the callers pass a fresh object: it is owned from here
  if (order.side === SIDE_BUY) exposure.buyLots += order.lots;
  else exposure.sellLots += order.lots;
  if (order.reduceOnly) {
    if (order.side === SIDE_BUY) exposure.reduceOnlyBuyLots += order.lots;
    else exposure.reduceOnlySellLots += order.lots;
  }
  exposure.count++;
  if (exposure.lossAtMarkTicks === market.markTicks) exposure.lossQuote += orderLoss(market, order.side, order.priceTicks, order.lots, market.markTicks);
}

/** Releases `lots` of a live order (a fill or a reduction); the order leaves at zero. */
export function releaseLots(account: Account, market: MarketRuntime, orderId: number, lots: number): void {
  const exposure = account.exposure.get(market.config.marketId);
  const order = exposure?.orders.get(orderId);
  assert(exposure !== undefined && order !== undefined, () => `release of order ${orderId}, which holds no reserve`);
  assert(Number.isSafeInteger(lots) && lots > 0 && lots <= order.lots, () => `release of ${lots} lots of order ${orderId}, which reserves ${order.lots}`);
  if (exposure.lossAtMarkTicks === market.markTicks) {
    const mark = market.markTicks;
    exposure.lossQuote -= orderLoss(market, order.side, order.priceTicks, order.lots, mark) - orderLoss(market, order.side, order.priceTicks, order.lots - lots, mark);
  }
  order.lots -= lots;
  if (order.side === SIDE_BUY) exposure.buyLots -= lots;
  else exposure.sellLots -= lots;
  if (order.reduceOnly) {
    if (order.side === SIDE_BUY) exposure.reduceOnlyBuyLots -= lots;
    else exposure.reduceOnlySellLots -= lots;
  }
  if (order.lots === 0) {
    exposure.orders.delete(orderId);
    exposure.count--;
  }
  assert(exposure.buyLots >= 0 && exposure.sellLots >= 0 && exposure.count >= 0 && exposure.lossQuote >= 0, () => `negative reserve of account ${account.id}`);
  assert(exposure.reduceOnlyBuyLots >= 0 && exposure.reduceOnlyBuyLots <= exposure.buyLots && exposure.reduceOnlySellLots >= 0 && exposure.reduceOnlySellLots <= exposure.sellLots, () => `reduce-only reserve of account ${account.id} outside its side's`);
  if (exposure.count === 0) {
    // Released exactly: nothing may be left behind once the last order is gone.
    assert(exposure.buyLots === 0 && exposure.sellLots === 0 && exposure.reduceOnlyBuyLots === 0 && exposure.reduceOnlySellLots === 0 && exposure.orders.size === 0, () => `account ${account.id} keeps a reserve with no order`);
    assert(exposure.lossAtMarkTicks !== market.markTicks || exposure.lossQuote === 0, () => `account ${account.id} keeps an order loss of ${exposure.lossQuote} with no order`);
    account.exposure.delete(market.config.marketId);
  }
}

/** Releases all that is left of a live order (cancel, expiry, halt-cancel). */
export function releaseOrder(account: Account, market: MarketRuntime, orderId: number): void {
  const lots = account.exposure.get(market.config.marketId)?.orders.get(orderId)?.lots;
  assert(lots !== undefined, () => `release of order ${orderId}, which holds no reserve`);
  releaseLots(account, market, orderId, lots);
}

export function equityOf(state: VenueState, account: Account): number {
  let equity = account.collateral;
  for (const position of account.positions.values()) {
    if (position.sizeLots === 0 && position.costQuote === 0) continue;
    const market = state.markets.get(position.marketId) as MarketRuntime;
    equity += position.sizeLots * market.markTicks * market.config.quotePerTickLot - position.costQuote;
  }
  return equity;
}

/**
 * Equity and requirements at each market's mark. Requirements round up (the venue's favour).
 * Walks the account's own positions, then the markets where it has resting orders and no
 * position (most accounts have none): not every market of the venue with two Map lookups each
 * (1,700 calls a block on the replay bench's log, ~1/3 of this function's time). The sums are of
 * safe integers, so the order of the markets does not change them.
 */
export function accountRisk(state: VenueState, account: Account, options: { ignoreOrderLoss?: boolean } = {}): AccountRisk {
  const risk: AccountRisk = { equity: account.collateral, initial: 0, initialWithOrders: 0, maintenance: 0, orderLoss: 0 };
  const ignoreOrderLoss = options.ignoreOrderLoss === true;
  const exposures = account.exposure.size > 0 ? account.exposure : undefined;
  for (const position of account.positions.values()) {
    const market = state.markets.get(position.marketId) as MarketRuntime;
    addMarketRisk(risk, market, position.sizeLots, position.costQuote, exposures?.get(position.marketId), ignoreOrderLoss);
  }
  if (exposures) {
    for (const marketId of exposures.keys()) {
      if (!account.positions.has(marketId)) addMarketRisk(risk, state.markets.get(marketId) as MarketRuntime, 0, 0, exposures.get(marketId), ignoreOrderLoss);
    }
  }
  return risk;
}

/** One market's part of accountRisk: position `s` lots at cost `cost`, and the account's resting orders there. */
function addMarketRisk(risk: AccountRisk, market: MarketRuntime, s: number, cost: number, exposure: OrderExposure | undefined, ignoreOrderLoss: boolean): void {
  const k = market.config.quotePerTickLot;
  const mark = market.markTicks;
  risk.equity += s * mark * k - cost;
  const imPpm = scaledInitialPpm(market);
  risk.initial += marginFor(Math.abs(s), mark, k, imPpm);
  risk.maintenance += marginFor(Math.abs(s), mark, k, market.config.maintenanceMarginPpm);
  const worst = exposure ? worstSideLots(s, exposure) : Math.abs(s);
  const loss = exposure && !ignoreOrderLoss ? exposureLoss(market, exposure) : 0;
  risk.orderLoss += loss;
  risk.initialWithOrders += marginFor(worst, mark, k, imPpm) + loss;
}

/**
 * The worse side's position if every resting order of that side filled: max(|s + B|, |s − S|),
 * where a reduce-only order counts only up to what closes the position (the book caps its fills
 * there, order-book.ts): B = plain buys + min(reduce-only buys, max(0, −s)), likewise S.
 */
export function worstLots(s: number, buys: number, sells: number, reduceOnlyBuys: number, reduceOnlySells: number): number {
  const b = buys - reduceOnlyBuys + Math.min(reduceOnlyBuys, Math.max(0, -s));
  const x = sells - reduceOnlySells + Math.min(reduceOnlySells, Math.max(0, s));
  return Math.max(Math.abs(s + b), Math.abs(s - x));
}

function worstSideLots(s: number, exposure: OrderExposure): number {
  return worstLots(s, exposure.buyLots, exposure.sellLots, exposure.reduceOnlyBuyLots, exposure.reduceOnlySellLots);
}

export function scaledInitialPpm(market: MarketRuntime): number {
  const base = market.config.initialMarginPpm;
  return market.imExtraPpm === 0 ? base : Math.min(PPM, ceilDiv(base * (PPM + market.imExtraPpm), PPM));
}

export function marginFor(lots: number, markTicks: number, quotePerTickLot: number, ppm: number): number {
  if (lots === 0) return 0;
  return mulDivCeil(lots * markTicks * quotePerTickLot, ppm, PPM);
}

/** What admission knows of an order: its immediate fills (the book's preview) and what rests. */
export interface OrderWorstCase {
  side: Side;
  limitTicks: number;
  /** Lots and Σ price x lots it fills now, and the worst price it reaches (0 when nothing fills). */
  now: { lots: number; ticksTimesLots: number; worstTicks: number };
  /** Lots that rest (or queue) at the limit. */
  restLots: number;
  /** A reduce-only order: what rests counts only up to what closes the position. */
  reduceOnly?: boolean;
}

/** Rejects with `insufficient-margin` unless rule A or rule B (above) admits the order. */
export function admitOrder(ctx: BlockContext, account: Account, market: MarketRuntime, order: OrderWorstCase): void {
  const risk = accountRisk(ctx.state, account, { ignoreOrderLoss: ctx.variant === 'resting-reserve-forgotten' });
  const k = market.config.quotePerTickLot;
  const mark = market.markTicks;
  const sign = order.side === SIDE_BUY ? 1 : -1;
  const marketId = market.config.marketId;
  const s = account.positions.get(marketId)?.sizeLots ?? 0;
  const exposure = account.exposure.get(marketId);
  const buys = exposure?.buyLots ?? 0;
  const sells = exposure?.sellLots ?? 0;
  const imPpm = scaledInitialPpm(market);
  // Rule A: the initial requirement after the order's worst case is covered.
  const adverseNow = sign * (order.now.ticksTimesLots - order.now.lots * mark) * k;
  // The taker fee of the immediate fills is part of the worst case (a maker fee is not: by
  // default it is a rebate, and the fill guard keeps any fee from taking equity below zero).
  const takerFee = order.now.lots > 0 ? mulDivCeil(order.now.ticksTimesLots * k, Math.max(0, market.config.takerFeePpm), PPM) : 0;
  const s2 = s + sign * order.now.lots;
  const buys2 = buys + (order.side === SIDE_BUY ? order.restLots : 0);
  const sells2 = sells + (order.side === SIDE_BUY ? 0 : order.restLots);
  const roBuys = exposure?.reduceOnlyBuyLots ?? 0;
  const roSells = exposure?.reduceOnlySellLots ?? 0;
  const before = marginFor(worstLots(s, buys, sells, roBuys, roSells), mark, k, imPpm);
  // A reduce-only rest counts as reduce-only (capped at the position), like the order it becomes.
  const after = order.reduceOnly
    ? marginFor(worstLots(s2, buys2, sells2, roBuys + (order.side === SIDE_BUY ? order.restLots : 0), roSells + (order.side === SIDE_BUY ? 0 : order.restLots)), mark, k, imPpm)
    : marginFor(worstLots(s2, buys2, sells2, roBuys, roSells), mark, k, imPpm);
  const restLoss = orderLoss(market, order.side, order.limitTicks, order.restLots, mark);
  const equityAfter = risk.equity - Math.max(0, adverseNow) - takerFee;
  const required = risk.initialWithOrders - before + after + restLoss;
  if (equityAfter >= required) return;
  // Resting reduce-only orders cannot flip the position (the book caps them): only the others count.
  const sameSide = order.side === SIDE_BUY ? buys - (exposure?.reduceOnlyBuyLots ?? 0) : sells - (exposure?.reduceOnlySellLots ?? 0);
  if (reducesRisk(market, risk, s, order, sameSide)) return;
  reject(
    'insufficient-margin',
    `equity ${risk.equity} - worst case ${risk.equity - equityAfter} < initial ${required} (with resting orders), and the order does not only reduce risk`,
  );
}

/**
 * Rule B: the order only closes, and at its worst price per lot it keeps equity / maintenance
 * from falling and equity >= 0 after any part of it fills (per lot: with a the worst loss of a
 * lot, E the equity and MM the maintenance, closing x lots gives (E − x·a) / (MM − x·mm_lot),
 * which is >= E / MM for every x exactly when a·MM <= E·mm_lot).
 */
function reducesRisk(market: MarketRuntime, risk: AccountRisk, s: number, order: OrderWorstCase, sameSideResting: number): boolean {
  const lots = order.now.lots + order.restLots;
  if (lots === 0) return true; // nothing fills and nothing rests: it changes nothing
  const closes = order.side === SIDE_BUY ? s < 0 : s > 0;
  if (!closes || sameSideResting + lots > Math.abs(s)) return false;
  if (risk.equity <= 0 || risk.maintenance <= 0) return false;
  const k = market.config.quotePerTickLot;
  const mark = market.markTicks;
  const worstTicks = order.restLots > 0 ? order.limitTicks : order.now.worstTicks;
  const sign = order.side === SIDE_BUY ? 1 : -1;
  // The fee a lot may pay (the larger of taker and maker, rounded up per lot) counts as a loss.
  const feePpm = Math.max(0, market.config.takerFeePpm, market.config.makerFeePpm);
  const perLot = sign * (worstTicks - mark) * k + (feePpm > 0 ? mulDivCeil(worstTicks * k, feePpm, PPM) : 0);
  if (perLot <= 0) return true;
  if (perLot * lots > risk.equity) return false;
  // a·MM <= E·mm_lot, mm_lot = M·k·mmPpm / PPM: in BigInt (the products pass 2^53).
  return BigInt(perLot) * BigInt(risk.maintenance) * BigInt(PPM) <= BigInt(risk.equity) * BigInt(mark * k) * BigInt(market.config.maintenanceMarginPpm);
}

/** What a withdrawal may take: min(collateral, equity − required), never below zero. */
export function freeCollateral(ctx: BlockContext, account: Account): number {
  const risk = accountRisk(ctx.state, account, { ignoreOrderLoss: ctx.variant === 'withdrawal-ignores-resting' });
  return Math.max(0, Math.min(account.collateral, risk.equity - risk.initialWithOrders));
}
