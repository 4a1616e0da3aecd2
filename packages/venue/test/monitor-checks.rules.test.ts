/**
 * The VenueMonitor's state checks (checks.ts), each shown to fire on a state tampered in exactly
 * one place, by name and detail — the monitor is the independent judge, so a check that cannot
 * fail is the hole issue 13 is about (found by mutation testing of checks.ts):
 * - conservation: every term of balances + fund + fees = deposits - withdrawals, with its sign;
 * - open-interest per market; insurance-fund-non-negative (0 is fine); book-not-crossed (a bid
 *   equal to the ask is crossed); cancel-on-halt (book orders and the auction queue, only when the
 *   policy cancels on halt);
 * - finish(): the from-scratch sums judged again at the end, silent only when they equal the sums
 *   the last check judged at the same height.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, MARKET_HALTED, VenueMonitor, type VenueState } from '@faultline/venue';
import { funded, Scenario } from './venue-scenario.ts';

const EMPTY = { timeUs: 0, txs: [] };

/** What a fresh monitor (sums from scratch) finds in the state now. */
function judged(state: VenueState): Array<[string, string]> {
  return new VenueMonitor().checkState(state, state.height, [], EMPTY).map((v) => [v.invariant, v.detail]);
}

/** alice long 2, bob short 2 at 10,000 in market 1; fees collected; bids and asks resting. */
function traded(options: ConstructorParameters<typeof Scenario>[0] = {}): Scenario {
  const v = new Scenario(options);
  funded(v, { alice: 1_000_000, bob: 1_000_000, carol: 1_000_000 });
  v.block([v.limit('bob', 'sell', 10_000, 2), v.limit('alice', 'buy', 10_000, 2)]);
  v.block([v.limit('carol', 'buy', 9_900, 1), v.limit('carol', 'sell', 10_100, 1)]);
  return v;
}

describe('conservation: balances + fund + fees = deposits - withdrawals', () => {
  it('holds on the untampered state, with fees collected and positions open', () => {
    const v = traded();
    expect(v.state.feesCollected).toBeGreaterThan(0);
    expect(v.state.totalWithdrawals).toBe(0);
    expect(judged(v.state)).toEqual([]);
  });

  it('one unit of collateral from nowhere is off by 1', () => {
    const v = traded();
    v.account('carol').collateral += 1;
    expect(judged(v.state)).toEqual([['conservation', 'balances + fund + fees = 4000001, deposits - withdrawals = 4000000 (off by 1)']]);
  });

  it('each term counts with its sign: fund +1, fees +1, withdrawals +1 (off by 1), deposits +1 (off by -1), cost basis +1 (off by -1)', () => {
    const offBy = (tamper: (v: Scenario) => void): string[] => {
      const v = traded();
      tamper(v);
      return judged(v.state).map(([invariant, detail]) => `${invariant} ${/off by (-?\d+)/.exec(detail)?.[1]}`);
    };
    expect(offBy((v) => (v.state.insuranceFund += 1))).toEqual(['conservation 1']);
    expect(offBy((v) => (v.state.feesCollected += 1))).toEqual(['conservation 1']);
    expect(offBy((v) => (v.state.totalWithdrawals += 1))).toEqual(['conservation 1']);
    expect(offBy((v) => (v.state.totalDeposits += 1))).toEqual(['conservation -1']);
    expect(offBy((v) => ((v.account('alice').positions.get(1) as { costQuote: number }).costQuote += 1))).toEqual(['conservation -1']);
  });
});

describe('open-interest: long lots = short lots per market', () => {
  it('a lot more long than short is named with both sides', () => {
    const v = traded();
    (v.account('alice').positions.get(1) as { sizeLots: number }).sizeLots = 3;
    expect(judged(v.state)).toEqual([['open-interest', 'market 1: long 3 lots, short 2 lots']]);
  });

  it('shorts with no long at all are 0 lots long, not a missing side', () => {
    const v = traded();
    (v.account('alice').positions.get(1) as { sizeLots: number }).sizeLots = 0;
    expect(judged(v.state)).toEqual([['open-interest', 'market 1: long 0 lots, short 2 lots']]);
  });

  it('longs with no short: 0 lots short', () => {
    const v = traded();
    (v.account('bob').positions.get(1) as { sizeLots: number }).sizeLots = 0;
    expect(judged(v.state)).toEqual([['open-interest', 'market 1: long 2 lots, short 0 lots']]);
  });
});

describe('insurance-fund-non-negative (the state half)', () => {
  it('a fund of -5 is named (and conservation with it); a fund of exactly 0 is fine', () => {
    const v = traded();
    const fund = v.state.insuranceFund;
    v.state.insuranceFund = -5;
    expect(judged(v.state).map(([i, d]) => (i === 'conservation' ? i : `${i}: ${d}`))).toEqual(['conservation', 'insurance-fund-non-negative: fund -5']);
    v.state.insuranceFund = 0;
    v.state.feesCollected += fund;
    expect(judged(v.state)).toEqual([]);
  });
});

describe('book-not-crossed', () => {
  it('under the planted crossing-order-rests a bid resting at the ask is crossed; a bid a tick below is not', () => {
    const v = new Scenario({ variant: 'crossing-order-rests' });
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 2), v.limit('alice', 'buy', 9_999, 1)]);
    expect(judged(v.state)).toEqual([]);
    v.block([v.limit('alice', 'buy', 10_000, 1)]);
    expect(judged(v.state)).toEqual([['book-not-crossed', 'market 1: bid 10000 >= ask 10000']]);
  });
});

describe('cancel-on-halt', () => {
  it('a halted market with orders on its book is named with the count; an active one is not', () => {
    const v = traded();
    expect(judged(v.state)).toEqual([]);
    v.market().state = MARKET_HALTED;
    expect(judged(v.state)).toEqual([['cancel-on-halt', 'market 1 halted with 2 orders left']]);
  });

  it('orders in the auction queue count too, with an empty book', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000 });
    v.market().state = MARKET_HALTED;
    expect(judged(v.state)).toEqual([]);
    v.market().auctionQueue.push({} as never);
    expect(judged(v.state)).toEqual([['cancel-on-halt', 'market 1 halted with 1 orders left']]);
  });

  it('is not judged when the policy keeps orders on halt', () => {
    const v = traded({ policy: { ...DEFAULT_POLICY, cancelOnHalt: { enabled: false } } });
    v.market().state = MARKET_HALTED;
    expect(judged(v.state)).toEqual([]);
  });
});

describe('check(): the events half, then the state half', () => {
  it('returns both halves\' violations, events first, at the height given', () => {
    const v = traded();
    const monitor = new VenueMonitor();
    v.state.insuranceFund = -1;
    const liquidation = { kind: 'liquidation', liquidation: { accountId: 'bob', insuranceFundAfter: -1 } } as never;
    expect(monitor.check(v.state, 7, [liquidation], EMPTY).map((x) => [x.invariant, x.height])).toEqual([
      ['insurance-fund-non-negative', 7],
      ['conservation', 7],
      ['insurance-fund-non-negative', 7],
    ]);
  });
});

describe('finish(): the sums from scratch at the end', () => {
  it('is silent after a check of the same sums at the same height', () => {
    const v = traded();
    const monitor = new VenueMonitor();
    monitor.checkState(v.state, v.state.height, [], EMPTY);
    expect(monitor.finish(v.state)).toEqual([]);
  });

  it('judges again what changed after the last check (an account no block named), saying so', () => {
    const v = traded();
    const monitor = new VenueMonitor();
    monitor.checkState(v.state, v.state.height, [], EMPTY);
    v.account('carol').collateral += 2;
    expect(monitor.finish(v.state).map((x) => [x.invariant, x.height, x.detail.endsWith('off by 2) (summed over every account at the end)')])).toEqual([['conservation', v.state.height, true]]);
  });

  it('a size changed without the balance (open interest alone) is still a difference', () => {
    const v = traded();
    const monitor = new VenueMonitor();
    monitor.checkState(v.state, v.state.height, [], EMPTY);
    (v.account('bob').positions.get(1) as { sizeLots: number }).sizeLots = -1;
    expect(monitor.finish(v.state).map((x) => x.detail)).toEqual(['market 1: long 2 lots, short 1 lots (summed over every account at the end)']);
    (v.account('bob').positions.get(1) as { sizeLots: number }).sizeLots = -2;
    (v.account('alice').positions.get(1) as { sizeLots: number }).sizeLots = 1;
    expect(monitor.finish(v.state).map((x) => x.detail)).toEqual(['market 1: long 1 lots, short 2 lots (summed over every account at the end)']);
  });

  it('a market that only the end sums hold (a position in a second market) is a difference', () => {
    const v = new Scenario({ markets: 2 });
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 1), v.limit('alice', 'buy', 10_000, 1)]);
    const monitor = new VenueMonitor();
    monitor.checkState(v.state, v.state.height, [], EMPTY);
    const alice = v.account('alice');
    alice.positions.set(2, { ...(alice.positions.get(1) as object), marketId: 2, sizeLots: 1, costQuote: 0 } as never);
    expect(monitor.finish(v.state).map((x) => x.detail)).toEqual(['market 2: long 1 lots, short 0 lots (summed over every account at the end)']);
  });

  it('a violation the last check judged at another height is judged again', () => {
    const v = traded();
    const monitor = new VenueMonitor();
    v.state.totalDeposits += 3;
    expect(monitor.checkState(v.state, v.state.height - 1, [], EMPTY).map((x) => x.invariant)).toEqual(['conservation']);
    expect(monitor.finish(v.state).map((x) => x.invariant)).toEqual(['conservation']);
  });
});

describe('each check reports at its own height, into its own list', () => {
  it('two checks of one monitor in a row: the first list keeps its violation and height, the second gets its own', () => {
    const v = traded();
    const monitor = new VenueMonitor();
    v.state.insuranceFund = -1;
    const first = monitor.checkState(v.state, 7, [], EMPTY);
    v.state.insuranceFund = -2;
    const second = monitor.checkState(v.state, 8, [], EMPTY);
    const fund = (list: typeof first) => list.filter((x) => x.invariant === 'insurance-fund-non-negative').map((x) => [x.height, x.detail]);
    expect(fund(first)).toEqual([[7, 'fund -1']]);
    expect(fund(second)).toEqual([[8, 'fund -2']]);
  });
});
