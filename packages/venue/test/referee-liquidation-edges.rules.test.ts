/**
 * The referee's liquidation and quote rules at their edges (referee/referee.ts:256-420, found by
 * mutation testing): ADL is judged once per liquidation, at its first ADL event, and a fund that
 * holds exactly the deficit there could have paid it (a violation); an account liquidated at
 * exactly its maintenance margin was not below it (a violation); events that end inside a
 * liquidation are named; the two sides of a hedger quote rest each with its own side and price,
 * so a hedger with the margin for one side of 2 lots passes admission.
 */
import { describe, expect, it } from 'vitest';
import { Referee } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { find, Recorder } from './referee-recorder.ts';

/** alice (`deposit`) long 10 at 10,000 from bob (6) and carol (4); at 9,000 she is liquidated, dave takes nothing, the 10 lots go by ADL to carol then bob. */
function liquidated(deposit = 6_000): Recorder {
  const v = new Recorder();
  v.block([v.deposit('alice', deposit), v.deposit('bob', 100_000), v.deposit('carol', 30_000), v.deposit('dave', 1_000_000)]);
  v.block([v.limit('bob', 'sell', 10_000, 6), v.limit('carol', 'sell', 10_000, 4), v.limit('alice', 'buy', 10_000, 10)]);
  v.price = 9_000;
  v.block([v.limit('dave', 'buy', 8_800, 3), v.liquidate('alice')]);
  return v;
}

/** The referee's violations in the last block when the fund recorded before it is `fund`. */
function withFund(v: Recorder, fund: number): string[] {
  const referee = new Referee(v.config);
  let found: string[] = [];
  v.steps.forEach((step, i) => {
    const last = i === v.steps.length - 1;
    const out = referee.observe(step.block, step.events, last ? fund : step.fundBefore);
    if (last) found = out.map((o) => `${o.invariant}: ${o.detail}`);
  });
  expect(referee.problems).toEqual([]);
  return found;
}

describe('ADL after the fund is exhausted', () => {
  it('the liquidation goes to ADL in two events, alice 4,050 short at the mark', () => {
    const v = liquidated();
    const events = v.steps[2]?.events ?? [];
    expect(events.filter((e) => e.kind === 'adl').map((e) => (e as { adl: { counterpartyAccountId: string; sizeLots: number } }).adl).map((a) => `${a.counterpartyAccountId} ${a.sizeLots}`)).toEqual(['carol 4', 'bob 6']);
    expect(find(events, 'liquidation').equityBefore).toBe(-4_050);
  });

  it('a fund holding exactly the deficit could have paid it: ADL then is a violation; one unit less is not', () => {
    const v = liquidated();
    expect(withFund(v, 4_050)).toEqual(["adl-after-fund-exhausted: ADL of alice (deficit 4050 at the mark) while the fund, as recorded before the block plus this block's flows, holds 4050"]);
    expect(withFund(v, 4_049)).toEqual([]);
  });

  it('is judged at the first ADL event only: after carol took 4 lots at the bankruptcy price the deficit left is smaller than a fund of 3,000, which is no violation', () => {
    expect(withFund(liquidated(), 3_000)).toEqual([]);
  });
});

describe('liquidation-recheck at exactly maintenance', () => {
  it('an account the referee sees at equity = maintenance (2,910 at 9,700) was not below it', () => {
    // alice (5,960) bought 10 at 10,000 with a taker fee of 50: at 9,700 her equity is 2,910, maintenance 3 % of 97,000.
    const found = liquidated(5_960).judge((events) => {
      for (const e of events) if (e.kind === 'oraclePrice') Object.assign(e.oraclePrice, { markTicks: 9_700 });
    }).found;
    expect(found).toContain('liquidation-recheck: alice liquidated with equity 2910 >= maintenance 2910 (referee, at the mark)');
  });
});

describe('events that end inside a liquidation', () => {
  it('say so', () => {
    const v = liquidated();
    const { problems } = v.judge((events) => events.splice(events.findIndex((e) => e.kind === 'adl')));
    expect(problems).toEqual(['referee lost at block time 3000000: the events ended inside the liquidation']);
  });
});

describe('a two-sided quote', () => {
  function quoted(deposit: number): Recorder {
    const v = new Recorder();
    v.block([v.deposit('hedger', deposit), v.deposit('alice', 100_000)]);
    v.block([encodeTx('hedger', v.nonce('hedger'), { hedgerQuote: { accountId: 'hedger', marketId: 1, quoteId: 1, bidPriceTicks: 9_900, bidSizeLots: 2, askPriceTicks: 10_100, askSizeLots: 2 } })]);
    return v;
  }

  it('rests each side with its own side and limit: the bid a buy at 9,900, the ask a sell at 10,100', () => {
    const v = quoted(1_500);
    const referee = new Referee(v.config);
    for (const step of v.steps) expect(referee.observe(step.block, step.events, step.fundBefore)).toEqual([]);
    expect([...referee.ledger.orders.values()].map((o) => `${o.orderId} ${o.side} ${o.limitTicks} ${o.lots}`)).toEqual(['1 1 9900 2', '2 2 10100 2']);
  });

  it('a hedger with 1,500 (one side of 2 lots needs 1,000, four lots of one side 2,000) passes admission', () => {
    expect(quoted(1_500).judge()).toEqual({ found: [], problems: [] });
    expect(quoted(1_000).judge()).toEqual({ found: [], problems: [] });
  });
});
