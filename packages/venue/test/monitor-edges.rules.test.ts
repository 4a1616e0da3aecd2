/**
 * Edges of the monitor's checks and kept sums that the first rule tests left unpinned (found by
 * mutation testing of checks.ts and monitor-sums.ts):
 * - no-fill-while-halted: an auction result does not license a fill in a halted market;
 * - price-time-priority: a later fill at a better price may take a younger maker (ids order only one level);
 * - fees-venue-favour: a fee of exactly 1,000,000 units is judged in doubles like any other;
 * - the planted sums-forget-touched-account forgets one account already read, never a new one;
 * - the kept sums: another state object at the next height is summed from scratch; a position in
 *   the market id just past the config's largest is not read into the next account's slot; an
 *   account whose position changes size stays a holder that funding re-reads; the per-account
 *   size slots grow with the accounts; an account term beyond 2^53 with the sum back below it is exact.
 */
import { describe, expect, it } from 'vitest';
import { encodeSnapshot, MARKET_HALTED, restoreSnapshot, SIDE_BUY, VenueEventJudge, type FillEvent, type VenueEvent } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { feeProblem } from '../src/checks.ts';
import { KeptSums, scratchSums } from '../src/monitor-sums.ts';
import { funded, Scenario } from './venue-scenario.ts';
import { keptSumsSetup } from './kept-sums-setup.ts';

const fill = (f: Partial<FillEvent>): VenueEvent => ({
  kind: 'fill',
  fill: { fillId: 1, height: 2, marketId: 1, makerOrderId: 1, takerOrderId: 2, makerAccountId: 'm', takerAccountId: 't', takerSide: SIDE_BUY, priceTicks: 10_000, sizeLots: 1, makerFee: -1, takerFee: 5, ...f },
});

describe('the event judge at its edges', () => {
  const config = new Scenario().config;
  const names = (events: VenueEvent[]) => new VenueEventJudge(config).judge(2, events, { timeUs: 0, txs: [] }, undefined).map((v) => v.invariant);

  it('a halted market\'s fill is not licensed by an auction result in the block', () => {
    const halted: VenueEvent = { kind: 'marketStatus', marketStatus: { marketId: 1, height: 2, state: MARKET_HALTED, reason: '', blockTimeUs: 0 } };
    const auction: VenueEvent = { kind: 'auctionResult', auctionResult: { marketId: 1, height: 2, priceTicks: 10_000, matchedLots: 1, imbalanceLots: 0 } };
    expect(names([halted, auction, fill({})])).toEqual(['no-fill-while-halted']);
  });

  it('a buy\'s later fill one level up may take a lower-numbered maker: ids order fills only within a price', () => {
    expect(names([fill({ priceTicks: 10_000, makerOrderId: 5 }), fill({ priceTicks: 10_001, makerOrderId: 4, takerFee: 6 })])).toEqual([]);
  });

  it('a fee of exactly 1,000,000 units (notional 2 x 10^9 at 500 ppm) is right', () => {
    const f = fill({ priceTicks: 2_000_000, sizeLots: 1_000 }) as { fill: FillEvent };
    expect(feeProblem(f.fill, 'taker', 1_000_000, 500, 1)).toBeUndefined();
    expect(feeProblem(f.fill, 'taker', 999_999, 500, 1)).toBe('fill 1: taker fee 999999 for notional 2000000000 at 500 ppm');
  });
});

const NO_TXS = { txs: [], timeUs: 0 };
const named = (id: string) => ({ txs: [encodeTx('x', 1, { deposit: { accountId: id } } as never)], timeUs: 0 });

describe('the kept sums at their edges', () => {
  const setup = keptSumsSetup;

  it('another state object at the next height (a restored copy that differs) is summed from scratch', () => {
    const { v, kept, h } = setup();
    const copy = restoreSnapshot(v.config, encodeSnapshot(v.state));
    (copy.accountsById.get('carol') as { collateral: number }).collateral += 1;
    expect(kept.update(copy, h + 1, [], NO_TXS).balances).toBe(scratchSums(copy).balances);
  });

  it('a position in the market id just past the config\'s largest (2 here) is summed from scratch', () => {
    const { v, kept, h } = setup();
    v.account('carol').positions.set(3, { marketId: 3, sizeLots: 5, costQuote: 0, realizedPnl: 0, fundingPaid: 0, feesPaid: 0 } as never);
    const s = kept.update(v.state, h + 1, [], named('carol'));
    expect([s.longs[3], s.longs[0] ?? 0]).toEqual([5, 0]);
    v.account('carol').positions.delete(3);
    const again = kept.update(v.state, h + 2, [], named('dave'));
    expect([again.longs[3] ?? 0, again.balances]).toEqual([0, scratchSums(v.state).balances]);
  });

  it('an account whose position changes size stays a holder: funding still re-reads it', () => {
    const { v, kept, h } = setup();
    (v.account('alice').positions.get(1) as { sizeLots: number }).sizeLots = 3;
    kept.update(v.state, h + 1, [], named('alice'));
    v.account('alice').collateral += 7;
    const s = kept.update(v.state, h + 2, [{ kind: 'funding', funding: { marketId: 1 } } as never], NO_TXS);
    expect(s.balances).toBe(scratchSums(v.state).balances);
    expect(s.longs[1]).toBe(3);
  });

  it('the size slots grow with the accounts: the tenth account\'s position read twice counts once', () => {
    const v = new Scenario({ markets: 2 });
    funded(v, Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`a${i}`, 1_000_000])));
    const kept = new KeptSums();
    kept.update(v.state, v.state.height, [], undefined);
    v.block([v.limit('a8', 'sell', 10_000, 2, { market: 2 }), v.limit('a9', 'buy', 10_000, 2, { market: 2 })]);
    const h = v.state.height;
    kept.update(v.state, h, v.events, { txs: [], timeUs: 0 });
    const s = kept.update(v.state, h + 1, [], named('a9'));
    expect([s.longs[2], s.shorts[2]]).toEqual([2, 2]);
    expect(s.balances).toBe(scratchSums(v.state).balances);
  });

  it('one account\'s term beyond 2^53 while the sum is back below it: exact, from scratch', () => {
    const { v, kept, h } = setup();
    for (const id of ['alice', 'bob', 'dave']) v.account(id).collateral = 0;
    v.account('bob').collateral = -1_000_000;
    const carol = v.account('carol');
    carol.collateral = Number.MAX_SAFE_INTEGER;
    carol.positions.set(2, { marketId: 2, sizeLots: 0, costQuote: -4, realizedPnl: 0, fundingPaid: 0, feesPaid: 0 } as never);
    let exact = 0n;
    for (const a of v.state.accounts) {
      exact += BigInt(a.collateral);
      for (const p of a.positions.values()) exact -= BigInt(p.costQuote);
    }
    expect(exact).toBeLessThan(BigInt(Number.MAX_SAFE_INTEGER));
    expect(scratchSums(v.state).balances).toBe(exact);
    expect(kept.update(v.state, h + 1, [], { txs: ['alice', 'bob', 'carol', 'dave'].flatMap((id) => named(id).txs), timeUs: 0 }).balances).toBe(exact);
  });

  it('scratch sums exact when an account\'s cost takes the running sum past 2^53 to an odd value', () => {
    const v = new Scenario();
    funded(v, { alice: 1 });
    const alice = v.account('alice');
    alice.collateral = Number.MAX_SAFE_INTEGER;
    alice.positions.set(1, { marketId: 1, sizeLots: 0, costQuote: -4, realizedPnl: 0, fundingPaid: 0, feesPaid: 0 } as never);
    expect(scratchSums(v.state).balances).toBe(BigInt(Number.MAX_SAFE_INTEGER) + 4n);
  });
});

describe('the planted sums-forget-touched-account forgets exactly one account the sums had read', () => {
  it('the first named of two is forgotten, the second read; an account new in the block is never the one', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000, bob: 1_000 });
    const kept = new KeptSums('sums-forget-touched-account');
    const start = kept.update(v.state, v.state.height, [], undefined).balances;
    v.account('alice').collateral += 1;
    v.account('bob').collateral += 2;
    const h = v.state.height;
    expect(kept.update(v.state, h + 1, [], { txs: [...named('alice').txs, ...named('bob').txs], timeUs: 0 }).balances).toBe(start + 2n);
    v.block([v.deposit('carol', 5)]);
    expect(kept.update(v.state, h + 2, [], NO_TXS).balances).toBe(start + 2n + 5n);
  });
});
