/**
 * The referee (referee/referee.ts) fed a real block's transactions and events with one field
 * changed: each of its rules names its invariant with the figures it judged (found by mutation
 * testing) — the engine's own report of a liquidation (the equity it judged, the fund after,
 * the bad debt), the oracle price and the reports behind it, a user fill's price — and each way
 * the events can stop matching the transactions makes the referee say where it lost its way
 * (then it judges nothing more) instead of judging on.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, Referee, type BlockTx, type VenueEvent, type VenuePolicy } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { find, Recorder, S, type Step } from './referee-recorder.ts';

/** alice (6,000) long 10 at 10,000 from bob and carol; the price falls to 9,000 and she is liquidated, the rest by ADL. */
function liquidated(policy?: VenuePolicy): Recorder {
  const v = new Recorder(policy ? { policy } : {});
  v.block([v.deposit('alice', 6_000), v.deposit('bob', 100_000), v.deposit('carol', 30_000), v.deposit('dave', 1_000_000)]);
  v.block([v.limit('bob', 'sell', 10_000, 6), v.limit('carol', 'sell', 10_000, 4), v.limit('alice', 'buy', 10_000, 10)]);
  v.price = 9_000;
  v.block([v.limit('dave', 'buy', 8_800, 3), v.liquidate('alice')]);
  return v;
}

describe('the engine\'s report of a liquidation', () => {
  it('the untampered history raises nothing', () => {
    expect(liquidated().judge()).toEqual({ found: [], problems: [] });
  });

  it('liquidation-recheck: the equity the engine says it judged on must be the referee\'s', () => {
    const v = liquidated();
    const l = find(v.steps[2]?.events ?? [], 'liquidation');
    expect([l.executed, l.equityBefore]).toEqual([true, -4_050]);
    expect(v.judge((events) => (find(events, 'liquidation').equityBefore += 1)).found).toEqual(['liquidation-recheck: liquidation of alice (executed) judged equity -4049; the referee\'s at the mark is -4050']);
  });

  it('fund-pays-only-bad-debt: a fund that gains more than the penalty, or pays more than the deficit', () => {
    const v = liquidated();
    const l = find(v.steps[2]?.events ?? [], 'liquidation');
    // The fund (20) paid alice's deficit in full: 100 more after it is a gain of 80 beyond the penalty.
    expect([l.penalty, l.insuranceFundAfter]).toEqual([0, 0]);
    expect(v.judge((events) => (find(events, 'liquidation').insuranceFundAfter += 100)).found).toContain('fund-pays-only-bad-debt: the fund gained 80 beyond the penalty 0 liquidating alice');
    const paid = v.judge((events) => (find(events, 'liquidation').insuranceFundAfter -= 1_000_000));
    expect(paid.found.filter((f) => f.startsWith('fund-pays'))).toEqual([expect.stringMatching(/^fund-pays-only-bad-debt: the fund paid \d+ for alice whose deficit was \d+$/)]);
  });

  it('no-hidden-deficit: without ADL, a flat account\'s deficit must be recorded as bad debt in full', () => {
    const v = new Recorder({ policy: { ...DEFAULT_POLICY, name: 'no-adl', adl: { enabled: false } } });
    v.block([v.deposit('alice', 6_000), v.deposit('bob', 100_000), v.deposit('carol', 1_000_000)]);
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    v.price = 9_000;
    v.block([v.limit('carol', 'buy', 9_000, 10), v.liquidate('alice')]);
    expect(v.judge()).toEqual({ found: [], problems: [] });
    const l = find(v.steps[2]?.events ?? [], 'liquidation');
    expect(l.badDebt).toBeGreaterThan(0);
    // alice ends flat at -4,030 (4,050 short, 20 from the fund): bad debt of at least that is recorded.
    expect(l.badDebt).toBe(4_050);
    expect(v.judge((events) => (find(events, 'liquidation').badDebt = 4_030)).found).toEqual([]);
    expect(v.judge((events) => (find(events, 'liquidation').badDebt = 4_029)).found).toEqual([
      'no-hidden-deficit: alice closed flat at equity -4030, bad debt recorded 4029',
      'no-hidden-deficit: alice ends the block flat at equity -4030 with 0 recorded as bad debt',
    ]);
  });

  it('a refused liquidation leaves the fund where it was and reports the equity the referee counts, unless refused before judging health', () => {
    const v = new Recorder();
    v.block([v.deposit('alice', 100_000), v.deposit('bob', 100_000)]);
    v.block([v.limit('bob', 'sell', 10_000, 1), v.limit('alice', 'buy', 10_000, 1)]);
    v.block([v.liquidate('alice'), v.liquidate('carol')]);
    const [healthy, unknown] = (v.steps[2]?.events ?? []).filter((e) => e.kind === 'liquidation').map((e) => (e as { liquidation: { reason: string; executed: boolean } }).liquidation);
    expect([healthy?.reason, healthy?.executed, unknown?.reason]).toEqual(['healthy-at-execution', false, 'unknown-account']);
    expect(v.judge()).toEqual({ found: [], problems: [] });
    const liquidations = (events: VenueEvent[]) => events.filter((e) => e.kind === 'liquidation').map((e) => (e as { liquidation: { insuranceFundAfter: number; equityBefore: number } }).liquidation);
    // The next refusal starts from the fund the engine reported.
    expect(v.judge((events) => (liquidations(events)[0] as { insuranceFundAfter: number }).insuranceFundAfter++).found).toEqual([
      'fund-pays-only-bad-debt: refused liquidation of alice moved the fund from 20 to 21',
      'fund-pays-only-bad-debt: refused liquidation of carol moved the fund from 21 to 20',
    ]);
    expect(v.judge((events) => (liquidations(events)[0] as { equityBefore: number }).equityBefore++).found).toEqual(['liquidation-recheck: liquidation of alice (healthy-at-execution) judged equity 99996; the referee\'s at the mark is 99995']);
    expect(v.judge((events) => (liquidations(events)[1] as { equityBefore: number }).equityBefore++).found).toEqual([]);
  });

  it('an executed liquidation of an account the referee finds healthy', () => {
    const v = liquidated();
    // The same block with the price the referee sees kept at 10,000: alice is then above maintenance.
    const found = v.judge((events) => {
      for (const e of events) if (e.kind === 'oraclePrice') Object.assign(e.oraclePrice, { markTicks: 10_000 });
    }).found;
    expect(found).toContain('liquidation-recheck: alice liquidated with equity 5950 >= maintenance 3000 (referee, at the mark)');
  });
});

describe('the oracle price and the reports behind it', () => {
  function priced(): Recorder {
    const v = new Recorder();
    v.block([v.deposit('alice', 1_000)]);
    v.block([]);
    return v;
  }

  it('a price other than the fresh median, or stale with a fresh quorum', () => {
    const v = priced();
    expect(v.judge()).toEqual({ found: [], problems: [] });
    expect(v.judge((events) => find(events, 'oraclePrice').priceTicks++).found).toEqual(['oracle-fresh-quorum-median: market 1: price 10001, the signed reports\' fresh median is 10000 (3 fresh)']);
    expect(v.judge((events) => (find(events, 'oraclePrice').stale = true)).found).toEqual(['oracle-fresh-quorum-median: market 1: price stale, the signed reports\' fresh median is 10000 (3 fresh)']);
  });

  it('a price without a fresh quorum; a stale one without is right', () => {
    const v = priced();
    const far = v.timeUs + 60 * S;
    expect(v.judge(() => {}, { timeUs: far }).found).toEqual(['oracle-fresh-quorum-median: market 1: price 10000 with 0 fresh signed reports, quorum 2']);
    expect(v.judge((events) => (find(events, 'oraclePrice').stale = true), { timeUs: far }).found).toEqual([]);
  });

  it('a block time that runs backwards or is not a safe integer counts as the previous block\'s', () => {
    const v = priced();
    expect(v.judge(() => {}, { timeUs: 2 ** 60 }).found).toEqual([]);
    expect(v.judge(() => {}, { timeUs: 5 }).found).toEqual([]);
  });

  it('an accepted report with a bad signature, or from an oracle the config does not register', () => {
    const v = priced();
    const report = (txs: BlockTx[]) => txs[1]?.tx?.oracleReport as { priceTicks: number; oracleId: string };
    expect(v.judge((_e, txs) => report(txs).priceTicks++).found).toEqual(['oracle-fresh-quorum-median: report of oracle-2 seq 2 accepted with a bad signature']);
    expect(v.judge((_e, txs) => (report(txs).oracleId = 'oracle-9')).found).toEqual(['oracle-fresh-quorum-median: report from unregistered oracle oracle-9 accepted']);
  });
});

describe('no-hidden-deficit (1): a user fill never takes equity below zero', () => {
  it('a fill at a price that costs the taker more than it holds', () => {
    const v = new Recorder();
    v.block([v.deposit('alice', 6_000), v.deposit('bob', 100_000)]);
    v.block([v.limit('bob', 'sell', 10_000, 1), v.limit('alice', 'buy', 10_000, 1)]);
    expect(v.judge()).toEqual({ found: [], problems: [] });
    const fill = find(v.steps[1]?.events ?? [], 'fill');
    const found = v.judge((events) => (find(events, 'fill').priceTicks = 17_000)).found;
    expect(found).toContain(`no-hidden-deficit: fill ${fill.fillId} takes alice's equity from 6000 to -1005 (a user fill; only liquidation may go below zero)`);
  });
});

describe('where the referee loses its way (and then judges nothing more)', () => {
  function ordered(): Recorder {
    const v = new Recorder();
    v.block([v.deposit('alice', 100_000), v.deposit('bob', 100_000)]);
    v.block([v.limit('alice', 'buy', 9_000, 1), v.limit('bob', 'sell', 11_000, 1)]);
    return v;
  }
  const lost = (v: Recorder, tamper: (events: VenueEvent[], txs: BlockTx[]) => void): string => {
    const { found, problems } = v.judge(tamper);
    expect(found).toEqual([]);
    expect(problems.length).toBe(1);
    return (problems[0] as string).replace(/^referee lost at block time \d+: /, '');
  };

  it('the untampered blocks are followed', () => {
    expect(ordered().judge()).toEqual({ found: [], problems: [] });
  });

  it('events that end early, inside the start of a block or a transaction', () => {
    const v = ordered();
    expect(lost(v, (events) => events.splice(0))).toBe('the events ended inside the start-of-block events');
    expect(lost(v, (events) => events.splice(events.findIndex((e) => e.kind === 'orderUpdate')))).toBe('the events ended inside the order');
  });

  it('an event after the transactions that is not an account update, and an account update among them', () => {
    const v = ordered();
    const extra: VenueEvent = { kind: 'marketStatus', marketStatus: { marketId: 1, height: 2, state: 1, reason: 'x', blockTimeUs: 0 } };
    expect(lost(v, (events) => events.push(extra))).toBe(`unexpected marketStatus event after the transactions: ${JSON.stringify(extra)}`);
    expect(lost(v, (events) => events.splice(events.findIndex((e) => e.kind === 'orderUpdate'), 0, events.find((e) => e.kind === 'accountUpdate') as VenueEvent))).toBe('an account update of alice before the transactions ended');
  });

  it('an order that rests for an account whose transaction did not place it', () => {
    const v = ordered();
    expect(lost(v, (events) => (find(events, 'orderUpdate').accountId = 'bob'))).toMatch(/^order \d+ of bob rests, but no transaction of that account placed it$/);
  });

  it('a liquidation result or a rejection inside another transaction\'s events', () => {
    const v = ordered();
    const at = (events: VenueEvent[]) => events.findIndex((e) => e.kind === 'orderUpdate');
    const result = { kind: 'liquidation', liquidation: { accountId: 'carol' } } as unknown as VenueEvent;
    expect(lost(v, (events) => events.splice(at(events), 0, result))).toBe('a liquidation result of carol outside a liquidation');
    const rejection = { kind: 'txRejected', txRejected: { clientId: 'zed', nonce: 4, txHash: new Uint8Array(32) } } as unknown as VenueEvent;
    expect(lost(v, (events) => events.splice(at(events), 0, rejection))).toBe('a rejection of zed/4 inside another transaction\'s events');
  });

  it('an undecodable transaction without its rejection; an accepted transaction of no known kind', () => {
    const v = ordered();
    expect(lost(v, (_e, txs) => txs.push({ bytes: Uint8Array.of(1), tx: undefined }))).toBe('an undecodable transaction without its rejection');
    expect(lost(v, (_e, txs) => txs.push(encodeTx('zed', 1, {})))).toBe('accepted transaction of unknown kind');
  });

  it('a transaction applied twice: the same nonce accepted again', () => {
    const v = ordered();
    expect(lost(v, (_e, txs) => txs.push(v.steps[0]?.block.txs[3] as BlockTx))).toBe('alice/1 applied twice');
  });

  it('a liquidation result for another account than the one being liquidated', () => {
    const v = liquidated();
    expect(lost(v, (events) => (find(events, 'liquidation').accountId = 'bob'))).toBe('liquidation result for bob while liquidating alice');
  });

  it('once lost, later blocks are not judged', () => {
    const v = ordered();
    v.block([v.withdraw('alice', 99_999)]);
    const referee = new Referee(v.config);
    referee.observe(v.steps[0]?.block as Step['block'], [], v.steps[0]?.fundBefore);
    expect(referee.lost).toBe(true);
    expect(referee.observe(v.steps[1]?.block as Step['block'], v.steps[1]?.events ?? [], v.steps[1]?.fundBefore)).toEqual([]);
    expect(referee.problems.length).toBe(1);
  });
});
