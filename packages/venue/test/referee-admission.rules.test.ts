/**
 * admission-margin's "did not worsen" rule (referee.ts notWorse, dYdX v4's collateralization
 * check) at its edges, on a real block whose fill is changed by one figure (found by mutation
 * testing): alice, under her initial margin after a fall to 9,500, sells half her long. Accepted
 * while no market's worse side grows, equity stays >= 0 and equity / worse-side maintenance does
 * not fall — here exactly when equity after >= half the equity before (the worse side halves) —
 * and named with its figures the moment the ratio falls by one unit or equity goes below zero.
 */
import { describe, expect, it } from 'vitest';
import { applyBlock, createVenueState, DEFAULT_POLICY, Referee, type BlockTx, type VenueEvent, type VenueState } from '@faultline/venue';
import { ClientTxs, encodeTx, signedOracleReport, testVenueConfig } from '@faultline/venue/testing';

const S = 1_000_000;

/** The blocks of the story, each with its events and the fund before it. */
function story() {
  const { config, oracleKeys } = testVenueConfig({ markets: 1, policy: { ...DEFAULT_POLICY, name: 'no-grace', gracePeriod: { ...DEFAULT_POLICY.gracePeriod, enabled: false } }, insuranceFundSeed: 1_000 });
  const state: VenueState = createVenueState(config);
  const c = new ClientTxs();
  const steps: Array<{ block: { height: number; timeUs: number; txs: BlockTx[] }; events: VenueEvent[]; fund: number }> = [];
  let price = 10_000;
  const block = (txs: BlockTx[]) => {
    const timeUs = (state.height + 1) * S;
    const reports = [...oracleKeys].map(([oracleId, keys]) => {
      const reportSeq = c.nonce(oracleId);
      return encodeTx(oracleId, reportSeq, { oracleReport: signedOracleReport(keys, { oracleId, marketId: 1, priceTicks: price, observedAtUs: timeUs, reportSeq }) });
    });
    const b = { height: state.height + 1, timeUs, txs: [...reports, ...txs] };
    const fund = state.insuranceFund;
    steps.push({ block: b, events: applyBlock(state, b, { hash: false }).events, fund });
  };
  block([c.deposit('alice', 6_000), c.deposit('bob', 1_000_000), c.deposit('carol', 1_000_000)]);
  block([c.limit('bob', 'sell', 10_000, 10), c.limit('alice', 'buy', 10_000, 10)]);
  price = 9_500;
  block([c.limit('carol', 'buy', 9_500, 5)]);
  block([c.limit('alice', 'sell', 9_500, 5, { tif: 2 })]);
  return { config, steps };
}

/** The referee's findings in the last block, its alice fill changed by `tamper`. */
function judged(tamper: (fill: { priceTicks: number; takerFee: number }) => void = () => {}): string[] {
  const { config, steps } = story();
  const referee = new Referee(config);
  let found: string[] = [];
  steps.forEach((step, i) => {
    const events = i === steps.length - 1 ? structuredClone(step.events) : step.events;
    if (i === steps.length - 1) for (const e of events) if (e.kind === 'fill') tamper(e.fill);
    found = referee.observe(step.block, events, step.fund).map((v) => `${v.invariant}: ${v.detail}`);
  });
  expect(referee.problems).toEqual([]);
  return found;
}

describe('admission-margin: a reducing order by an account under its initial margin', () => {
  it('the story: alice sells 5 of her 10 lots at the mark, paying the taker fee', () => {
    const { steps } = story();
    const fills = steps[3]?.events.filter((e) => e.kind === 'fill').map((e) => (e as { fill: { takerAccountId: string; sizeLots: number; priceTicks: number; takerFee: number } }).fill);
    expect(fills?.map((f) => [f.takerAccountId, f.sizeLots, f.priceTicks, f.takerFee])).toEqual([['alice', 5, 9_500, 24]]);
    expect(judged()).toEqual([]);
  });

  it('accepted while equity after >= half the equity before (950): a fee of 475 leaves exactly 475', () => {
    expect(judged((f) => (f.takerFee = 475))).toEqual([]);
  });

  it('one unit more and the ratio falls: named with the figures before and after', () => {
    expect(judged((f) => (f.takerFee = 476))).toEqual(['admission-margin: accepted order of alice leaves equity 474 < requirement 2375 (with resting orders\' worst case; before: equity 950, requirement 4750)']);
  });

  it('a fill that takes equity below zero: named by the fill rule and the admission rule', () => {
    const found = judged((f) => (f.priceTicks = 9_300));
    expect(found.map((x) => x.split(':')[0])).toEqual(['no-hidden-deficit', 'admission-margin']);
    expect(found[1]).toBe('admission-margin: accepted order of alice leaves equity -74 < requirement 2375 (with resting orders\' worst case; before: equity 950, requirement 4750)');
  });
});
