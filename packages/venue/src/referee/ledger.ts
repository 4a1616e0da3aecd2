/**
 * The referee's own books: a deliberately simple second model of every account, built only from
 * accepted transactions and venue events, never from the engine's margin, health, oracle or
 * liquidation code (test/referee.independence.test.ts enforces the imports).
 *
 * Money model (exact integers, no realized/unrealized split): each account keeps `cash` =
 * deposits - withdrawals - fees - funding paid - liquidation penalties + fund payments
 * - sum(signed lots x price x multiplier of its trades). Its equity at the marks is then
 *   equity = cash + sum over markets (size x mark x multiplier)
 * which equals the engine's collateral + unrealized P&L whatever the engine's rounding of its
 * cost basis, because that rounding only moves units between realized and unrealized.
 *
 * Requirement (the worst case the account must be able to pay, docs/venue.md "Referee"):
 *   per market: initial margin (base fraction, at the mark) on the worse side of
 *   max(|size + resting buys|, |size - resting sells|), plus for every resting order the loss
 *   against the mark if it fills at its limit (lots x max(0, +-(limit - mark)) x multiplier); a
 *   reduce-only order counts on its side only up to what closes the position.
 * The health-scaled initial margin is left out on purpose: the referee is the lenient bound, so
 * what it flags is a real hole, not a disagreement about a policy factor.
 */
import type { MarketConfig, VenueConfig } from '../config.ts';
import { PPM, SIDE_BUY } from '../vocabulary.ts';

export interface RefPosition {
  size: number;
}

export interface RefAccount {
  readonly id: string;
  /** Creation order: the engine's account index (accounts are created by their first deposit). */
  readonly index: number;
  cash: number;
  /** Signed lots per listed market, by position in RefereeLedger.marketList (an array: no Map lookup per read). */
  readonly sizes: number[];
  /** Positions in markets the config does not list (the engine makes none; a broken one could). */
  readonly unlisted: Map<number, RefPosition>;
  /** Deficit recorded as bad debt by a liquidation that left the account flat (units). */
  recordedDeficit: number;
}

export interface RefOrder {
  orderId: number;
  accountId: string;
  marketId: number;
  side: number;
  limitTicks: number;
  lots: number;
  /** docs/venue.md: a reduce-only order fills only what closes its account's position at the time. */
  reduceOnly: boolean;
}

/** What standing() reads of one account, copied (RefereeLedger.keep): its standing as it was, later. */
export interface StandingInputs {
  exists: boolean;
  cash: number;
  sizes: readonly number[];
  orders: readonly RefOrder[];
}

export interface Standing {
  equity: number;
  /** Initial margin on the worse side plus resting orders' adverse loss at their limits. */
  requirement: number;
  /** Maintenance margin of positions alone (what liquidation compares equity with). */
  maintenance: number;
  /** Maintenance margin on the worse side (for the dYdX-style "did not worsen" ratio). */
  worstMaintenance: number;
  /** Per market, by its position in the config's market list (RefereeLedger.marketList): the worse side's lots. */
  worstLots: number[];
  flat: boolean;
}

export class RefereeLedger {
  readonly accounts = new Map<string, RefAccount>();
  /** Live orders by id; change them through addOrder/removeOrder, which keep the per-account index. */
  readonly orders = new Map<number, RefOrder>();
  /** The same orders by account (standing() reads one account's orders, not every order). */
  private readonly ordersByAccount = new Map<string, Map<number, RefOrder>>();
  /** Change through setMark (standing() reads them by config position too). */
  readonly marks = new Map<number, number>();
  readonly markets = new Map<number, MarketConfig>();
  /** The markets in config order; standing() keeps its per-market sums by position in this list. */
  readonly marketList: readonly MarketConfig[];
  private readonly marketIndex = new Map<number, number>();
  /** standing()'s per-market order sums, reused (zeroed) by every call: two calls per order, no Map each. */
  private readonly buys: number[];
  private readonly sells: number[];
  private readonly closingBuys: number[];
  private readonly closingSells: number[];
  /** The marks by position in marketList (0 before a market's first price), kept by setMark. */
  private readonly markByIndex: number[];
  fund: number;

  constructor(readonly config: VenueConfig) {
    for (const market of config.markets) this.markets.set(market.marketId, market);
    this.marketList = [...this.markets.values()];
    this.marketList.forEach((market, index) => this.marketIndex.set(market.marketId, index));
    const zeros = () => this.marketList.map(() => 0);
    this.buys = zeros();
    this.sells = zeros();
    this.closingBuys = zeros();
    this.closingSells = zeros();
    this.markByIndex = zeros();
    this.fund = config.insuranceFundSeed;
  }

  account(id: string): RefAccount {
    let account = this.accounts.get(id);
    if (!account) {
      account = { id, index: this.accounts.size, cash: 0, sizes: new Array<number>(this.marketList.length).fill(0), unlisted: new Map(), recordedDeficit: 0 };
      this.accounts.set(id, account);
    }
    return account;
  }

  multiplier(marketId: number): number {
    return this.markets.get(marketId)?.quotePerTickLot ?? 1;
  }

  /** One side of a trade: `signedLots` > 0 buys. */
  trade(accountId: string, marketId: number, signedLots: number, priceTicks: number): void {
    const account = this.account(accountId);
    const index = this.marketIndex.get(marketId);
    if (index !== undefined) account.sizes[index] = (account.sizes[index] as number) + signedLots;
    else {
      let position = account.unlisted.get(marketId);
      if (!position) account.unlisted.set(marketId, (position = { size: 0 }));
      position.size += signedLots;
    }
    account.cash -= signedLots * priceTicks * this.multiplier(marketId);
  }

  size(accountId: string, marketId: number): number {
    const account = this.accounts.get(accountId);
    return account ? this.sizeOf(account, marketId) : 0;
  }

  sizeOf(account: RefAccount, marketId: number): number {
    const index = this.marketIndex.get(marketId);
    return index !== undefined ? (account.sizes[index] as number) : (account.unlisted.get(marketId)?.size ?? 0);
  }

  /** cash + Σ size x mark x multiplier over every market the account holds (a market without a mark counts 0). */
  equity(accountId: string): number {
    const account = this.accounts.get(accountId);
    if (!account) return 0;
    let equity = account.cash;
    const { marketList, markByIndex } = this;
    for (let index = 0; index < marketList.length; index++) {
      const size = account.sizes[index] as number;
      if (size !== 0) equity += size * (markByIndex[index] as number) * (marketList[index] as MarketConfig).quotePerTickLot;
    }
    for (const [marketId, position] of account.unlisted) equity += position.size * (this.marks.get(marketId) ?? 0) * this.multiplier(marketId);
    return equity;
  }

  addOrder(order: RefOrder): void {
    this.removeOrder(order.orderId);
    this.orders.set(order.orderId, order);
    let mine = this.ordersByAccount.get(order.accountId);
    if (!mine) this.ordersByAccount.set(order.accountId, (mine = new Map()));
    mine.set(order.orderId, order);
  }

  removeOrder(orderId: number): void {
    const order = this.orders.get(orderId);
    if (!order) return;
    this.orders.delete(orderId);
    const mine = this.ordersByAccount.get(order.accountId);
    mine?.delete(orderId);
    if (mine?.size === 0) this.ordersByAccount.delete(order.accountId);
  }

  ordersOf(accountId: string): Iterable<RefOrder> {
    return this.ordersByAccount.get(accountId)?.values() ?? [];
  }

  /** Sets a market's mark (the Map, and by config position for standing()). */
  setMark(marketId: number, markTicks: number): void {
    this.marks.set(marketId, markTicks);
    const index = this.marketIndex.get(marketId);
    if (index !== undefined) this.markByIndex[index] = markTicks;
  }

  /**
   * The account's equity when it holds no position in any listed market (what standing() reports
   * as `flat`, its equity then being its cash), else undefined: the end-of-block deficit check
   * without a whole standing per touched account.
   */
  flatCash(accountId: string): number | undefined {
    const account = this.accounts.get(accountId);
    if (!account) return 0;
    for (const size of account.sizes) if (size !== 0) return undefined;
    return account.cash;
  }

  /**
   * What standing() reads of the account, copied (its cash, sizes and live orders): an admission's
   * "before", whose standing is needed only when the "after" is not covered (rarely).
   */
  keep(accountId: string): StandingInputs {
    const account = this.accounts.get(accountId);
    const mine = this.ordersByAccount.get(accountId);
    const orders: RefOrder[] = [];
    if (mine) for (const order of mine.values()) orders.push({ ...order });
    return { exists: account !== undefined, cash: account?.cash ?? 0, sizes: account ? account.sizes.slice() : [], orders };
  }

  /** The standing of inputs kept earlier (the marks as they are now: kept and judged within one transaction). */
  standingOf(inputs: StandingInputs): Standing {
    return this.standingFrom(inputs.exists, inputs.cash, inputs.sizes, inputs.orders);
  }

  standing(accountId: string): Standing {
    const account = this.accounts.get(accountId);
    return this.standingFrom(account !== undefined, account?.cash ?? 0, account?.sizes ?? [], this.ordersByAccount.get(accountId)?.values() ?? []);
  }

  private standingFrom(exists: boolean, cash: number, sizes: readonly number[], orders: Iterable<RefOrder>): Standing {
    const markets = this.marketList;
    const standing: Standing = { equity: cash, requirement: 0, maintenance: 0, worstMaintenance: 0, worstLots: new Array<number>(markets.length).fill(0), flat: true };
    if (!exists) return standing;
    const { buys, sells, closingBuys, closingSells, markByIndex } = this;
    buys.fill(0);
    sells.fill(0);
    closingBuys.fill(0);
    closingSells.fill(0);
    {
      for (const order of orders) {
        const index = this.marketIndex.get(order.marketId);
        // An order in a market the config does not list adds no lots to any market (its sums were never read).
        let mark: number;
        let multiplier: number;
        if (index !== undefined) {
          const into = order.reduceOnly ? (order.side === SIDE_BUY ? closingBuys : closingSells) : order.side === SIDE_BUY ? buys : sells;
          into[index] = (into[index] as number) + order.lots;
          mark = markByIndex[index] as number;
          multiplier = (markets[index] as MarketConfig).quotePerTickLot;
        } else {
          mark = this.marks.get(order.marketId) ?? 0;
          multiplier = 1;
        }
        const adverse = order.side === SIDE_BUY ? order.limitTicks - mark : mark - order.limitTicks;
        if (adverse > 0) standing.requirement += order.lots * adverse * multiplier;
      }
    }
    for (let index = 0; index < markets.length; index++) {
      const market = markets[index] as MarketConfig;
      const size = sizes[index] as number;
      // Reduce-only orders count up to what closes the position, never beyond it.
      const b = (buys[index] as number) + Math.min(closingBuys[index] as number, Math.max(0, -size));
      const s = (sells[index] as number) + Math.min(closingSells[index] as number, Math.max(0, size));
      if (size === 0 && b === 0 && s === 0) continue;
      if (size !== 0) standing.flat = false;
      const mark = markByIndex[index] as number;
      const m = market.quotePerTickLot;
      standing.equity += size * mark * m;
      const worst = Math.max(Math.abs(size + b), Math.abs(size - s));
      standing.worstLots[index] = worst;
      standing.requirement += ceilPpm(worst * mark * m, market.initialMarginPpm);
      standing.maintenance += ceilPpm(Math.abs(size) * mark * m, market.maintenanceMarginPpm);
      standing.worstMaintenance += ceilPpm(worst * mark * m, market.maintenanceMarginPpm);
    }
    return standing;
  }
}

/**
 * ceil(value x ppm / 1e6), exact: in doubles while the product is a safe integer (then it, its
 * remainder and the exact quotient are all represented exactly), else in BigInt (values can
 * pass 2^53 before the division).
 */
export function ceilPpm(value: number, ppm: number): number {
  if (value === 0 || ppm === 0) return 0;
  const approximate = value * ppm;
  if (Number.isSafeInteger(approximate)) {
    const remainder = approximate % PPM;
    // Truncation towards zero, then up for a positive remainder: the ceiling on both signs.
    const quotient = (approximate - remainder) / PPM;
    return remainder > 0 ? quotient + 1 : quotient + 0;
  }
  const product = BigInt(value) * BigInt(ppm);
  const d = BigInt(PPM);
  const q = product / d;
  return Number(product % d === 0n || product < 0n ? q : q + 1n);
}
