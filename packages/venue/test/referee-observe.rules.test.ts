/**
 * Referee.observe's bookkeeping between blocks (found by mutation testing): the fund starts at
 * the genesis seed and follows the recorded fund when a caller passes one, its own otherwise; a
 * referee is not lost until it says why.
 */
import { describe, expect, it } from 'vitest';
import { applyBlock, createVenueState, DEFAULT_POLICY, Referee } from '@faultline/venue';
import { encodeTx, signedOracleReport, testVenueConfig } from '@faultline/venue/testing';

describe('the referee between blocks', () => {
  it('starts at the seed, keeps its own fund without a recorded one, takes the recorded one when given', () => {
    const { config, oracleKeys } = testVenueConfig({ markets: 1, policy: DEFAULT_POLICY, insuranceFundSeed: 1_234 });
    const state = createVenueState(config);
    const referee = new Referee(config);
    expect([referee.ledger.fund, referee.lost, referee.problems]).toEqual([1_234, false, []]);
    const reports = [...oracleKeys].map(([oracleId, keys]) => encodeTx(oracleId, 1, { oracleReport: signedOracleReport(keys, { oracleId, marketId: 1, priceTicks: 10_000, observedAtUs: 1_000_000, reportSeq: 1 }) }));
    const block = { height: 1, timeUs: 1_000_000, txs: [...reports, encodeTx('alice', 1, { deposit: { accountId: 'alice', amount: 5 } })] };
    const { events } = applyBlock(state, block, { hash: false });
    expect(referee.observe(block, events)).toEqual([]);
    expect([referee.ledger.fund, referee.lost]).toEqual([1_234, false]);
    const second = { height: 2, timeUs: 2_000_000, txs: [] };
    expect(referee.observe(second, applyBlock(state, second, { hash: false }).events, 999)).toEqual([]);
    expect(referee.ledger.fund).toBe(999);
    expect(referee.ledger.account('alice').cash).toBe(5);
  });
});
