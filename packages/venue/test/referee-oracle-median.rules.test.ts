/**
 * The referee's own oracle price (referee/oracle-median.ts), rule by rule (found by mutation
 * testing): only registered oracles with a good signature are kept; per oracle and market the
 * report with the highest sequence wins; a report is fresh while block time - observed time <=
 * the staleness bound; below the quorum of fresh reports the price is stale; else the lower
 * median of the fresh prices, sorted as numbers.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@faultline/venue';
import { signedOracleReport, testVenueConfig } from '@faultline/venue/testing';
import { RefereeOracle, type SignedReport } from '../src/referee/oracle-median.ts';

const { config, oracleKeys } = testVenueConfig({ markets: 2, oracles: 4, quorum: 2, policy: DEFAULT_POLICY });
const STALE = config.oracleStalenessUs;
const T = 100_000_000;

function report(oracle: number, priceTicks: number, o: { marketId?: number; observedAtUs?: number; reportSeq?: number } = {}): SignedReport {
  const oracleId = `oracle-${oracle}`;
  const keys = oracleKeys.get(oracleId);
  if (!keys) throw new Error(oracleId);
  return signedOracleReport(keys, { oracleId, marketId: o.marketId ?? 1, priceTicks, observedAtUs: o.observedAtUs ?? T, reportSeq: o.reportSeq ?? 1 }) as SignedReport;
}

describe('which reports the referee keeps', () => {
  it('a report from an oracle the config does not register is refused, naming it', () => {
    const oracle = new RefereeOracle(config);
    expect(oracle.accept({ ...report(1, 100), oracleId: 'oracle-99' })).toBe('report from unregistered oracle oracle-99 accepted');
  });

  it('a report whose signature does not match its content is refused and not counted', () => {
    const oracle = new RefereeOracle(config);
    expect(oracle.accept({ ...report(1, 100, { reportSeq: 4 }), priceTicks: 101 })).toBe('report of oracle-1 seq 4 accepted with a bad signature');
    expect(oracle.accept(report(2, 100))).toBeUndefined();
    expect(oracle.expected(1, T)).toEqual({ price: undefined, fresh: 1 });
  });

  it('per oracle and market the highest sequence wins; an older or equal sequence arriving later is ignored', () => {
    const oracle = new RefereeOracle(config);
    oracle.accept(report(1, 100, { reportSeq: 5 }));
    oracle.accept(report(2, 100, { reportSeq: 1 }));
    oracle.accept(report(1, 300, { reportSeq: 4 }));
    oracle.accept(report(1, 200, { reportSeq: 5 }));
    expect(oracle.expected(1, T).price).toBe(100);
    oracle.accept(report(1, 50, { reportSeq: 6 }));
    expect(oracle.expected(1, T).price).toBe(50);
    oracle.accept(report(1, 70, { reportSeq: 1, marketId: 2 }));
    oracle.accept(report(2, 80, { reportSeq: 1, marketId: 2 }));
    expect([oracle.expected(1, T).price, oracle.expected(2, T).price]).toEqual([50, 70]);
  });
});

describe('the price: a fresh quorum\'s lower median', () => {
  it('a report observed exactly the staleness bound ago is fresh, one microsecond more is stale', () => {
    const oracle = new RefereeOracle(config);
    oracle.accept(report(1, 100));
    oracle.accept(report(2, 110));
    expect(oracle.expected(1, T + STALE)).toEqual({ price: 100, fresh: 2 });
    expect(oracle.expected(1, T + STALE + 1)).toEqual({ price: undefined, fresh: 0 });
  });

  it('one fresh report below a quorum of two is stale; a market nobody reported has none fresh', () => {
    const oracle = new RefereeOracle(config);
    oracle.accept(report(1, 100));
    oracle.accept(report(2, 110, { observedAtUs: T - STALE - 1 }));
    expect(oracle.expected(1, T)).toEqual({ price: undefined, fresh: 1 });
    expect(oracle.expected(2, T)).toEqual({ price: undefined, fresh: 0 });
  });

  it('the lower median, sorted as numbers: {9, 10, 100} -> 10, {9, 10, 100, 1000} -> 10, {100, 9} -> 9', () => {
    const oracle = new RefereeOracle(config);
    oracle.accept(report(1, 100));
    oracle.accept(report(2, 9));
    expect(oracle.expected(1, T)).toEqual({ price: 9, fresh: 2 });
    oracle.accept(report(3, 10));
    expect(oracle.expected(1, T)).toEqual({ price: 10, fresh: 3 });
    oracle.accept(report(4, 1000));
    expect(oracle.expected(1, T)).toEqual({ price: 10, fresh: 4 });
  });
});
