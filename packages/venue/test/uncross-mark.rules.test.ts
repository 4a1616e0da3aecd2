/**
 * Rules of the uncross and the mark that auction.rules and oracle.rules left open (found by
 * mutation testing of auction.ts and oracle.ts): volume decides before imbalance, and imbalance
 * in both directions; after the fill guard cancels an order the uncross is planned again with the
 * others; sells pair up by price before time; a market that never had a report has no mark and an
 * oracle age of "never"; a report observed at time 0 has an age; the basis EMA stands still while
 * the market is halted.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, findUncross, MARKET_AUCTION, MARKET_HALTED, SIDE_BUY, SIDE_SELL, type VenuePolicy } from '@faultline/venue';
import { encodeTx, signedOracleReport } from '@faultline/venue/testing';
import type { SigningKeyPair } from '@faultline/protocol';
import { bodies, funded, S, Scenario } from './venue-scenario.ts';

const B = (priceTicks: number, sizeLots: number) => ({ side: SIDE_BUY, priceTicks, sizeLots });
const Sl = (priceTicks: number, sizeLots: number) => ({ side: SIDE_SELL, priceTicks, sizeLots });

describe('findUncross\'s order of rules', () => {
  it('volume first, though another price has the smaller imbalance: 102 (3 lots, imbalance -2) over 101 (2 lots, imbalance 1)', () => {
    expect(findUncross([Sl(102, 3), Sl(101, 2), B(102, 3), B(100, 2)], 101)).toEqual({ priceTicks: 102, volumeLots: 3, imbalanceLots: -2 });
  });

  it('equal volume: the smaller imbalance at the higher price (101, 0) over the lower (100, 1)', () => {
    expect(findUncross([B(101, 2), B(100, 1), Sl(100, 2)], 100)).toEqual({ priceTicks: 101, volumeLots: 2, imbalanceLots: 0 });
  });

  it('equal volume: the smaller imbalance at the lower price (100, 0) over the higher (102, -3)', () => {
    expect(findUncross([B(102, 1), B(102, 1), Sl(100, 2), Sl(102, 3)], 102)).toEqual({ priceTicks: 100, volumeLots: 2, imbalanceLots: 0 });
  });
});

/** Funded at 1 s, a gap halts the market at 17 s, the auction opens at 22 s with `queue`, uncrosses at 32 s. */
function auction(deposits: Record<string, number>, queue: (v: Scenario) => ReturnType<Scenario['limit']>[], prices?: Record<number, number>) {
  const v = new Scenario();
  funded(v, deposits);
  v.block([]);
  v.block([], { dtUs: 15 * S });
  v.idle(4);
  v.block(queue(v));
  expect(v.market().state).toBe(MARKET_AUCTION);
  v.idle(9, prices ? { prices } : {});
  return { v, uncross: v.block([]) };
}
const fills = (events: ReturnType<Scenario['block']>) => bodies(events, 'fill').map((f) => [f.makerAccountId, f.takerAccountId, f.priceTicks, f.sizeLots]);

describe('the uncross', () => {
  it('after the guard cancels alice\'s bid it is planned again without it: bob\'s ask meets carol\'s bid at 9,990', () => {
    // The oracle falls to 9,000: alice (5,000) would lose 10,000 buying 10 at 10,000.
    const { uncross } = auction({ alice: 5_000, bob: 1_000_000, carol: 1_000_000 }, (v) => [v.limit('alice', 'buy', 10_000, 10), v.limit('carol', 'buy', 9_990, 10), v.limit('bob', 'sell', 9_990, 10)], { 1: 9_000 });
    expect(bodies(uncross, 'orderUpdate')[0]).toMatchObject({ accountId: 'alice', status: 'cancelled', reason: 'undercollateralized' });
    expect(bodies(uncross, 'auctionResult')).toEqual([expect.objectContaining({ priceTicks: 9_990, matchedLots: 10, imbalanceLots: 0 })]);
    expect(fills(uncross)).toEqual([['carol', 'bob', 9_990, 10]]);
  });

  it('sells pair up by price, then time: carol\'s newer 9,900 ask fills before bob\'s older 10,000 one', () => {
    // Buys 3 @ 10,100; sells bob 2 @ 10,000, carol 2 @ 9,900: 10,000 and 10,100 match 3 (imbalance -1); 10,000 is the oracle.
    const { uncross } = auction({ alice: 1_000_000, bob: 1_000_000, carol: 1_000_000 }, (v) => [v.limit('bob', 'sell', 10_000, 2), v.limit('carol', 'sell', 9_900, 2), v.limit('alice', 'buy', 10_100, 3)]);
    expect(fills(uncross)).toEqual([
      ['carol', 'alice', 10_000, 2],
      ['bob', 'alice', 10_000, 1],
    ]);
  });
});

describe('oracle age and the mark before any report', () => {
  it('a market no oracle ever reported has no mark and an age of never; the other market\'s is its report\'s', () => {
    const v = new Scenario({ markets: 2 });
    v.block([], { report: (_id, market, price) => (market === 2 ? undefined : price) });
    expect([v.market(2).markTicks, v.market(2).oracleAgeUs]).toEqual([0, Number.MAX_SAFE_INTEGER]);
    expect([v.market(1).markTicks, v.market(1).oracleAgeUs]).toEqual([10_000, 0]);
  });

  it('a report observed at time 0 is 1 s old at 1 s', () => {
    const v = new Scenario();
    const keys = v.oracleKeys.get('oracle-1') as SigningKeyPair;
    v.block([encodeTx('oracle-1', 1, { oracleReport: signedOracleReport(keys, { oracleId: 'oracle-1', marketId: 1, priceTicks: 10_000, observedAtUs: 0, reportSeq: 1 }) })], { report: () => undefined });
    expect(v.market().oracleAgeUs).toBe(S);
  });
});

describe('the basis EMA during a halt', () => {
  it('stands still while the market is halted, though the book\'s mid stays away from the oracle', () => {
    const policy: VenuePolicy = { ...DEFAULT_POLICY, name: 'keep-orders', cancelOnHalt: { enabled: false } };
    const v = new Scenario({ policy });
    funded(v, { bob: 1_000_000 });
    v.block([v.limit('bob', 'buy', 10_100, 1), v.limit('bob', 'sell', 10_300, 1)]); // mid 10,200
    v.block([]);
    const before = v.market().basisEmaTicksE6;
    expect(before).toBeGreaterThan(0);
    v.block([], { dtUs: 15 * S });
    expect(v.market().state).toBe(MARKET_HALTED);
    v.block([]);
    expect([v.market().basisEmaTicksE6, v.market().markTicks]).toEqual([before, 10_000]);
  });
});
