/**
 * The venue monitor's conservation and open-interest sums (checks.ts), kept between blocks: each
 * account's balance term (collateral - cost basis of its positions) and position sizes are
 * remembered, and a block re-reads only the accounts it could have changed — every account its
 * transactions or events name, every holder of a position in a market it funded, every account it
 * created. Summing all 10,000 accounts of a large venue every height was a tenth of replaying a
 * 1M-event log (BENCHMARKS.md).
 *
 * Which accounts a block touched is read from the block and its events, never from the engine's
 * own dirty tracking (the engine's AccountUpdates are among those events, but so are the fills,
 * liquidations, ADL and the transactions that name accounts). Anything out of the ordinary — a
 * height that does not follow the last one, a different state object, a sum beyond a safe
 * integer — is summed from scratch. `scratchSums` is that from-scratch sum; the property test
 * (test/monitor-sums.props.test.ts) holds the kept sums equal to it after every block of random
 * histories and catches the planted `sums-forget-touched-account`.
 */
import type { VenueEvent } from './events.ts';
import type { Account, VenueState } from './state.ts';
import type { RefereeBlock } from './referee/referee.ts';
import { WARM_BATCH, warmsAhead } from './warm.ts';

/**
 * Planted faults in the monitor's kept sums (testing seam: `@faultline/venue/testing`'s
 * MONITOR_VARIANTS; only tests pass one).
 */
export type MonitorVariant =
  /** Every block, the first account the block touched keeps its previous balance and sizes. */
  'sums-forget-touched-account';

export const MONITOR_VARIANTS: readonly MonitorVariant[] = ['sums-forget-touched-account'];

/** The account object and its positions Map (not its table): only brings them into the caches (warm.ts). */
function warmHead(account: Account): number {
  return account.collateral + account.positions.size;
}

/** The positions' table and each Position read() reads: only brings them into the caches. */
function warmPositions(account: Account): number {
  let x = 0;
  for (const position of account.positions.values()) x += position.costQuote;
  return x;
}

export interface VenueSums {
  /** Σ over accounts of collateral - Σ cost basis of its positions, exactly. */
  balances: bigint;
  /** Open long / short lots per market id (sparse arrays). */
  longs: readonly number[];
  shorts: readonly number[];
}

/** The sums from nothing: every account of the state (exact; in doubles while every partial sum is a safe integer). */
export function scratchSums(state: VenueState): VenueSums {
  let sum = 0;
  let exact = true;
  const longs: number[] = [];
  const shorts: number[] = [];
  for (const account of state.accounts) {
    sum += account.collateral;
    exact &&= Number.isSafeInteger(sum);
    for (const position of account.positions.values()) {
      sum -= position.costQuote;
      exact &&= Number.isSafeInteger(sum);
      const size = position.sizeLots;
      if (size > 0) longs[position.marketId] = (longs[position.marketId] ?? 0) + size;
      else if (size < 0) shorts[position.marketId] = (shorts[position.marketId] ?? 0) - size;
    }
  }
  let balances = BigInt(exact ? sum : 0);
  if (!exact) {
    for (const account of state.accounts) {
      balances += BigInt(account.collateral);
      for (const position of account.positions.values()) balances -= BigInt(position.costQuote);
    }
  }
  return { balances, longs, shorts };
}

export class KeptSums {
  private state: VenueState | undefined;
  private height = 0;
  /** Accounts read so far (indexes below this). */
  private count = 0;
  /** Per account index: collateral - Σ costQuote as last read (a safe integer, else the sums are redone from scratch). */
  private balance = new Float64Array(0);
  /** Per account index x stride + market id: the signed size as last read (flat: no array per account). */
  private sizes = new Float64Array(0);
  /** Market ids are below this (the config's largest + 1); a position elsewhere is summed from scratch. */
  private stride = 1;
  private sum = 0;
  private longs: number[] = [];
  private shorts: number[] = [];
  /** Per market id: indexes of the accounts holding a position there (funding touches them all). */
  private holders: Array<Set<number>> = [];
  /** Per block: the account indexes to re-read, each once (`marked[index] === epoch`). */
  private touched: number[] = [];
  private marked = new Uint32Array(0);
  private epoch = 0;
  /** What the cache-warming reads summed (warm.ts): kept so they are not dropped as dead code; never read. */
  private warmed = 0;
  /** read()'s per-market sizes of one account, reused. */
  private now: number[] = [];

  constructor(private readonly variant?: MonitorVariant) {}

  /** The sums after the block at `height` (applied to `state`, with its events and transactions). */
  update(state: VenueState, height: number, events: readonly VenueEvent[], block: RefereeBlock | undefined): VenueSums {
    if (state !== this.state || height !== this.height + 1 || this.count > state.accounts.length) return this.rebuild(state, height);
    this.height = height;
    this.touched.length = 0;
    this.epoch++;
    for (const item of block?.txs ?? []) {
      const tx = item.tx;
      if (!tx) continue;
      this.name(state, tx.placeOrder?.accountId ?? tx.deposit?.accountId ?? tx.withdraw?.accountId ?? tx.cancelOrder?.accountId ?? tx.cancelAll?.accountId ?? tx.liquidate?.accountId ?? tx.hedgerQuote?.accountId);
      if (tx.liquidate) this.name(state, tx.liquidate.liquidatorId);
    }
    for (const event of events) {
      switch (event.kind) {
        case 'accountUpdate':
          this.name(state, event.accountUpdate.accountId);
          break;
        case 'fill':
          this.name(state, event.fill.makerAccountId);
          this.name(state, event.fill.takerAccountId);
          break;
        case 'orderUpdate':
          this.name(state, event.orderUpdate.accountId);
          break;
        case 'liquidation':
          this.name(state, event.liquidation.accountId);
          this.name(state, event.liquidation.liquidatorId);
          break;
        case 'adl':
          this.name(state, event.adl.liquidatedAccountId);
          this.name(state, event.adl.counterpartyAccountId);
          break;
        case 'funding':
          for (const index of this.holders[event.funding.marketId] ?? []) this.mark(index);
          break;
        default:
          break;
      }
    }
    this.reserve(state.accounts.length);
    for (let index = this.count; index < state.accounts.length; index++) this.mark(index);
    let forget = this.variant === 'sums-forget-touched-account';
    const touched = this.touched;
    const warm = warmsAhead(state);
    for (let from = 0; from < touched.length; from += WARM_BATCH) {
      const to = Math.min(touched.length, from + WARM_BATCH);
      // The batch's accounts read first, link by link across the batch (warm.ts: cache misses in
      // flight together), then summed.
      if (warm) {
        for (let i = from; i < to; i++) this.warmed += warmHead(state.accounts[touched[i] as number] as Account);
        for (let i = from; i < to; i++) this.warmed += warmPositions(state.accounts[touched[i] as number] as Account);
      }
      for (let i = from; i < to; i++) {
        const index = touched[i] as number;
        if (forget && index < this.count) {
          forget = false;
          continue;
        }
        if (!this.read(state.accounts[index] as Account)) return this.rebuild(state, height);
      }
    }
    this.count = state.accounts.length;
    return { balances: BigInt(this.sum), longs: this.longs, shorts: this.shorts };
  }

  private name(state: VenueState, accountId: string | null | undefined): void {
    if (!accountId) return;
    const account = state.accountsById.get(accountId);
    // Accounts created in this block are read by index below (the arrays grow there).
    if (account && account.index < this.count) this.mark(account.index);
  }

  private mark(index: number): void {
    if (this.marked[index] === this.epoch) return;
    this.marked[index] = this.epoch;
    this.touched.push(index);
  }

  /** Re-reads one account into the sums; false when a sum leaves the safe integers or a market id is unknown. */
  private read(account: Account): boolean {
    const index = account.index;
    const stride = this.stride;
    let balance = account.collateral;
    for (const position of account.positions.values()) {
      balance -= position.costQuote;
      if (!(position.marketId >= 0 && position.marketId < stride)) return false;
    }
    if (!Number.isSafeInteger(balance)) return false;
    this.sum += balance - (this.balance[index] as number);
    if (!Number.isSafeInteger(this.sum)) return false;
    this.balance[index] = balance;
    const base = index * stride;
    // The account's sizes now (positions are few: the config's markets), then per market the
    // change from what was read before; a holder set changes only when a position opens or closes.
    const now = this.now;
    now.fill(0);
    for (const position of account.positions.values()) now[position.marketId] = position.sizeLots;
    for (let marketId = 0; marketId < stride; marketId++) {
      const was = this.sizes[base + marketId] as number;
      const size = now[marketId] as number;
      if (was === size) continue;
      this.sizes[base + marketId] = size;
      if (was > 0) this.longs[marketId] = (this.longs[marketId] as number) - was;
      else if (was < 0) this.shorts[marketId] = (this.shorts[marketId] as number) + was;
      if (size > 0) this.longs[marketId] = (this.longs[marketId] ?? 0) + size;
      else if (size < 0) this.shorts[marketId] = (this.shorts[marketId] ?? 0) - size;
      if (was !== 0 && size === 0) this.holders[marketId]?.delete(index);
      else if (was === 0) {
        let holders = this.holders[marketId];
        if (!holders) this.holders[marketId] = holders = new Set();
        holders.add(index);
      }
    }
    return true;
  }

  /** Room for `accounts` accounts in the per-account arrays (doubling; new entries zero). */
  private reserve(accounts: number): void {
    if (accounts <= this.balance.length) return;
    const capacity = Math.max(accounts, 2 * this.balance.length, 64);
    this.balance = grow(this.balance, new Float64Array(capacity));
    this.sizes = grow(this.sizes, new Float64Array(capacity * this.stride));
    this.marked = grow(this.marked, new Uint32Array(capacity));
  }

  /** From nothing (the first block seen, a gap, another state, a sum beyond 2^53, an unknown market). */
  private rebuild(state: VenueState, height: number): VenueSums {
    this.state = state;
    this.height = height;
    this.count = 0;
    this.stride = Math.max(0, ...state.config.markets.map((m) => m.marketId)) + 1;
    this.now = new Array<number>(this.stride).fill(0);
    this.balance = new Float64Array(0);
    this.sizes = new Float64Array(0);
    this.marked = new Uint32Array(0);
    this.reserve(state.accounts.length);
    this.sum = 0;
    this.longs = [];
    this.shorts = [];
    this.holders = [];
    let exact = true;
    for (const account of state.accounts) exact &&= this.read(account);
    if (exact) {
      this.count = state.accounts.length;
      return { balances: BigInt(this.sum), longs: this.longs, shorts: this.shorts };
    }
    // Beyond the safe integers (or a position in a market the config does not list): the exact
    // sum, and from scratch again next block.
    this.state = undefined;
    return scratchSums(state);
  }
}

/** `to` holding `from`'s entries first (a module function: a closure made per call costs its creation, and under tsx a defineProperty). */
function grow<T extends Float64Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
