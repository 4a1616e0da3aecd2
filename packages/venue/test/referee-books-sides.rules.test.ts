/**
 * Two rules of the referee's books that the first rule tests left unpinned (found by mutation
 * testing of referee/ledger.ts and oracle-median.ts):
 * - a reduce-only order counts on its own side, up to what closes the position, on top of that
 *   side's other orders (a long's reduce-only sell widens the sell side past its plain sells);
 * - an oracle's report with a sequence not above its kept one changes nothing, even when its
 *   price would move the lower median.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, RefereeLedger, SIDE_BUY, SIDE_SELL, type VenueConfig } from '@faultline/venue';
import { signedOracleReport, testVenueConfig } from '@faultline/venue/testing';
import { RefereeOracle, type SignedReport } from '../src/referee/oracle-median.ts';

describe('reduce-only orders on top of their side', () => {
  const config = { insuranceFundSeed: 0, markets: [{ marketId: 1, quotePerTickLot: 1, initialMarginPpm: 50_000, maintenanceMarginPpm: 30_000 }] } as unknown as VenueConfig;
  const order = (orderId: number, side: number, lots: number, reduceOnly: boolean) => ({ orderId, accountId: 'alice', marketId: 1, side, limitTicks: 100, lots, reduceOnly });

  it('long 4 with plain sells of 10 and a reduce-only sell of 3: the sell side is 13, worst |4 - 13| = 9', () => {
    const l = new RefereeLedger(config);
    l.setMark(1, 100);
    l.trade('alice', 1, 4, 100);
    l.addOrder(order(1, SIDE_SELL, 10, false));
    expect(l.standing('alice').worstLots).toEqual([6]);
    l.addOrder(order(2, SIDE_SELL, 3, true));
    expect(l.standing('alice').worstLots).toEqual([9]);
  });

  it('short 4 with plain buys of 10 and a reduce-only buy of 3: worst |-4 + 13| = 9', () => {
    const l = new RefereeLedger(config);
    l.setMark(1, 100);
    l.trade('alice', 1, -4, 100);
    l.addOrder(order(1, SIDE_BUY, 10, false));
    l.addOrder(order(2, SIDE_BUY, 3, true));
    expect(l.standing('alice').worstLots).toEqual([9]);
  });
});

describe('an oracle\'s older or repeated sequence', () => {
  const { config, oracleKeys } = testVenueConfig({ markets: 1, oracles: 3, quorum: 2, policy: DEFAULT_POLICY });
  const T = 50_000_000;
  const report = (oracle: number, priceTicks: number, reportSeq: number): SignedReport => {
    const oracleId = `oracle-${oracle}`;
    return signedOracleReport(oracleKeys.get(oracleId) as never, { oracleId, marketId: 1, priceTicks, observedAtUs: T, reportSeq }) as SignedReport;
  };

  it('a lower sequence or the same sequence at a lower price arriving later does not move the median', () => {
    const oracle = new RefereeOracle(config);
    oracle.accept(report(1, 100, 5));
    oracle.accept(report(2, 100, 1));
    oracle.accept(report(1, 50, 4));
    expect(oracle.expected(1, T).price).toBe(100);
    oracle.accept(report(1, 40, 5));
    expect(oracle.expected(1, T).price).toBe(100);
    oracle.accept(report(1, 30, 6));
    expect(oracle.expected(1, T).price).toBe(30);
  });
});
