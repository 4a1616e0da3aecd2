/**
 * The monitor's kept sums (monitor-sums.ts) rule by rule (found by mutation testing): each way a
 * block names an account — every transaction kind, the liquidator, every event kind, funding's
 * holders, an account the block created — makes the next update re-read it, and an account no
 * one named is not re-read (the cost contract: a block re-reads only what it could have changed);
 * a gap in heights, another state object or an account fewer is summed from scratch; sums beyond
 * 2^53 and positions in markets the config does not list are exact, from scratch.
 */
import { describe, expect, it } from 'vitest';
import type { VenueEvent } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { KeptSums, scratchSums, type VenueSums } from '../src/monitor-sums.ts';
import { funded, Scenario } from './venue-scenario.ts';
import { keptSumsSetup } from './kept-sums-setup.ts';

/** Σ collateral - Σ cost basis in BigInt, account by account. */
function exactBalances(state: Scenario['state']): bigint {
  let sum = 0n;
  for (const a of state.accounts) {
    sum += BigInt(a.collateral);
    for (const p of a.positions.values()) sum -= BigInt(p.costQuote);
  }
  return sum;
}

const plain = (s: VenueSums) => ({ balances: s.balances, longs: [...s.longs].map((x) => x ?? 0), shorts: [...s.shorts].map((x) => x ?? 0) });

const setup = keptSumsSetup;

const tx = (body: Record<string, unknown>) => ({ txs: [encodeTx('x', 1, body as never)], timeUs: 0 });
const NO_TXS = { txs: [], timeUs: 0 };

/** Each source names `who` (carol unless the row says); the update after carol's collateral +1 must see it. */
const NAMINGS: Array<[string, { txs: ReturnType<typeof tx>['txs']; timeUs: number }, VenueEvent[]]> = [
  ['a placed order', tx({ placeOrder: { accountId: 'carol' } }), []],
  ['a deposit', tx({ deposit: { accountId: 'carol' } }), []],
  ['a withdrawal', tx({ withdraw: { accountId: 'carol' } }), []],
  ['a cancel', tx({ cancelOrder: { accountId: 'carol' } }), []],
  ['a cancel-all', tx({ cancelAll: { accountId: 'carol' } }), []],
  ['a liquidation\'s account', tx({ liquidate: { accountId: 'carol', liquidatorId: 'dave' } }), []],
  ['a liquidation\'s liquidator', tx({ liquidate: { accountId: 'dave', liquidatorId: 'carol' } }), []],
  ['a hedger quote', tx({ hedgerQuote: { accountId: 'carol' } }), []],
  ['an account update', NO_TXS, [{ kind: 'accountUpdate', accountUpdate: { accountId: 'carol' } } as never]],
  ['a fill\'s maker', NO_TXS, [{ kind: 'fill', fill: { makerAccountId: 'carol', takerAccountId: 'dave' } } as never]],
  ['a fill\'s taker', NO_TXS, [{ kind: 'fill', fill: { makerAccountId: 'dave', takerAccountId: 'carol' } } as never]],
  ['an order update', NO_TXS, [{ kind: 'orderUpdate', orderUpdate: { accountId: 'carol' } } as never]],
  ['a liquidation result\'s account', NO_TXS, [{ kind: 'liquidation', liquidation: { accountId: 'carol', liquidatorId: 'dave' } } as never]],
  ['a liquidation result\'s liquidator', NO_TXS, [{ kind: 'liquidation', liquidation: { accountId: 'dave', liquidatorId: 'carol' } } as never]],
  ['an ADL\'s liquidated account', NO_TXS, [{ kind: 'adl', adl: { liquidatedAccountId: 'carol', counterpartyAccountId: 'dave' } } as never]],
  ['an ADL\'s counterparty', NO_TXS, [{ kind: 'adl', adl: { liquidatedAccountId: 'dave', counterpartyAccountId: 'carol' } } as never]],
];

describe('which accounts a block makes the sums re-read', () => {
  it.each(NAMINGS)('%s', (_what, block, events) => {
    const { v, kept, h } = setup();
    v.account('carol').collateral += 1;
    const before = scratchSums(v.state).balances;
    expect(kept.update(v.state, h + 1, events, block).balances).toBe(before);
  });

  it('an account no one named is not re-read (the stale sum is what finish() exists for)', () => {
    const { v, kept, h } = setup();
    const before = kept.update(v.state, h + 1, [], NO_TXS).balances;
    v.account('carol').collateral += 1;
    expect(kept.update(v.state, h + 2, [{ kind: 'fill', fill: { makerAccountId: 'dave', takerAccountId: 'nobody' } } as never], tx({ deposit: { accountId: 'dave' } })).balances).toBe(before);
    expect(kept.update(v.state, h + 3, [], undefined).balances).toBe(before);
  });

  it('funding re-reads every holder of a position in its market, and only there', () => {
    const { v, kept, h } = setup();
    v.account('alice').collateral += 1;
    v.account('bob').collateral += 2;
    v.account('carol').collateral += 4;
    const funding = (marketId: number): VenueEvent[] => [{ kind: 'funding', funding: { marketId } } as never];
    const start = kept.update(v.state, h + 1, [], NO_TXS).balances;
    expect(kept.update(v.state, h + 2, funding(2), NO_TXS).balances).toBe(start);
    expect(kept.update(v.state, h + 3, funding(1), NO_TXS).balances).toBe(start + 3n);
  });

  it('a position opened since is a holder; sizes move the long and short sums', () => {
    const { v, kept, h } = setup();
    v.block([v.limit('dave', 'sell', 10_000, 1, { market: 2 }), v.limit('carol', 'buy', 10_000, 1, { market: 2 })]);
    const s = kept.update(v.state, h + 1, v.events, { txs: [], timeUs: 0 });
    expect(plain(s)).toEqual(plain(scratchSums(v.state)));
    expect([s.longs[2], s.shorts[2]]).toEqual([1, 1]);
    v.account('carol').collateral += 8;
    expect(kept.update(v.state, h + 2, [{ kind: 'funding', funding: { marketId: 2 } } as never], NO_TXS).balances).toBe(scratchSums(v.state).balances);
    (v.account('carol').positions.get(2) as { sizeLots: number }).sizeLots = -3;
    const flipped = kept.update(v.state, h + 3, [], tx({ deposit: { accountId: 'carol' } }));
    expect([flipped.longs[2], flipped.shorts[2]]).toEqual([0, 4]);
  });

  it('accounts the block created are read (by index, named or not)', () => {
    const { v, kept, h } = setup();
    v.block([v.deposit('erin', 5), v.deposit('frank', 7)]);
    expect(kept.update(v.state, h + 1, [], NO_TXS).balances).toBe(scratchSums(v.state).balances);
  });
});

describe('summed from scratch when the kept sums cannot follow', () => {
  it('a height that does not follow the last one, another state object, fewer accounts', () => {
    const { v, kept, h } = setup();
    v.account('carol').collateral += 1;
    expect(kept.update(v.state, h + 2, [], NO_TXS).balances).toBe(scratchSums(v.state).balances);
    const other = new Scenario({ markets: 2 });
    funded(other, { zed: 3 });
    expect(plain(kept.update(other.state, h + 3, [], NO_TXS))).toEqual(plain(scratchSums(other.state)));
    const { v: w, kept: k2, h: h2 } = setup();
    w.state.accounts.pop();
    expect(k2.update(w.state, h2 + 1, [], NO_TXS).balances).toBe(scratchSums(w.state).balances);
  });

  it('sums beyond 2^53 are exact, and stay exact the next block', () => {
    const { v, kept, h } = setup();
    v.account('carol').collateral = Number.MAX_SAFE_INTEGER;
    v.account('dave').collateral = Number.MAX_SAFE_INTEGER;
    const exact = scratchSums(v.state).balances;
    expect(exact).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    expect(exact).toBe(exactBalances(v.state));
    expect(kept.update(v.state, h + 1, [], tx({ deposit: { accountId: 'carol' } })).balances).toBe(exact);
    v.account('alice').collateral += 1;
    expect(kept.update(v.state, h + 2, [], tx({ deposit: { accountId: 'alice' } })).balances).toBe(exact + 1n);
    v.account('dave').collateral = 5;
    expect(kept.update(v.state, h + 3, [], tx({ deposit: { accountId: 'dave' } })).balances).toBe(scratchSums(v.state).balances);
    expect(kept.update(v.state, h + 4, [], NO_TXS).balances).toBe(scratchSums(v.state).balances);
  });

  it('one account\'s collateral beyond 2^53 alone (the account term, not the sum) is exact', () => {
    const { v, kept, h } = setup();
    const alice = v.account('alice');
    alice.collateral = Number.MAX_SAFE_INTEGER;
    (alice.positions.get(1) as { costQuote: number }).costQuote = -5;
    expect(kept.update(v.state, h + 1, [], tx({ deposit: { accountId: 'alice' } })).balances).toBe(scratchSums(v.state).balances);
    expect(scratchSums(v.state).balances).toBe(exactBalances(v.state));
  });

  it('a position in a market the config does not list is summed from scratch', () => {
    const { v, kept, h } = setup();
    const carol = v.account('carol');
    carol.positions.set(7, { marketId: 7, sizeLots: 3, costQuote: 30, realizedPnl: 0, fundingPaid: 0, feesPaid: 0 } as never);
    const s = kept.update(v.state, h + 1, [], tx({ deposit: { accountId: 'carol' } }));
    expect(plain(s)).toEqual(plain(scratchSums(v.state)));
    expect(s.longs[7]).toBe(3);
    const fresh = new KeptSums();
    expect(plain(fresh.update(v.state, h + 1, [], undefined))).toEqual(plain(scratchSums(v.state)));
  });
});
