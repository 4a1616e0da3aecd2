/**
 * The referee's walk of a hedger quote side by side (referee/referee.ts:1-255, found by mutation
 * testing): a side the engine rejects (post-only would cross) takes its own spec with it, so the
 * other side rests with its own side and price; a quote is judged by the did-not-worsen rule, so
 * an account already under its initial margin may quote the side that reduces its position.
 */
import { describe, expect, it } from 'vitest';
import { Referee } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { Recorder } from './referee-recorder.ts';

/** A fresh referee over every recorded block: the violations of each, and the referee. */
function judged(v: Recorder): { found: string[][]; referee: Referee } {
  const referee = new Referee(v.config);
  const found = v.steps.map((step) => referee.observe(step.block, step.events, step.fundBefore).map((o) => `${o.invariant}: ${o.detail}`));
  expect(referee.problems).toEqual([]);
  return { found, referee };
}

const quote = (v: Recorder, bid: [number, number], ask: [number, number]) =>
  encodeTx('hedger', v.nonce('hedger'), { hedgerQuote: { accountId: 'hedger', marketId: 1, quoteId: 1, bidPriceTicks: bid[0], bidSizeLots: bid[1], askPriceTicks: ask[0], askSizeLots: ask[1] } });

describe('a quote whose bid is rejected', () => {
  it('rests its ask as a sell at the ask price', () => {
    const v = new Recorder();
    v.block([v.deposit('hedger', 50_000), v.deposit('alice', 100_000)]);
    v.block([v.limit('alice', 'sell', 9_950, 1)]);
    v.block([quote(v, [9_960, 2], [10_100, 2])]);
    const updates = (v.steps[2]?.events ?? []).filter((e) => e.kind === 'orderUpdate').map((e) => (e as { orderUpdate: { orderId: number; status: string; reason: string } }).orderUpdate);
    expect(updates.map((u) => `${u.orderId} ${u.status} ${u.reason}`)).toEqual(['0 rejected post-only-would-cross', '2 resting ']);
    const { found, referee } = judged(v);
    expect(found).toEqual([[], [], []]);
    expect([...referee.ledger.orders.values()].filter((o) => o.accountId === 'hedger').map((o) => `${o.orderId} ${o.side} ${o.limitTicks} ${o.lots}`)).toEqual(['2 2 10100 2']);
  });
});

describe('a quote that only reduces the position', () => {
  it('passes admission although the account is under its initial margin before and after', () => {
    const v = new Recorder();
    v.block([v.deposit('hedger', 6_000), v.deposit('bob', 100_000)]);
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('hedger', 'buy', 10_000, 10)]);
    v.price = 9_800;
    v.block([quote(v, [0, 0], [10_100, 2])]);
    const { found, referee } = judged(v);
    expect(found).toEqual([[], [], []]);
    // Long 10 at 9,800: equity 3,950, initial margin 4,900; the ask of 2 does not widen the worse (long) side.
    expect(referee.ledger.standing('hedger')).toMatchObject({ equity: 3_950, requirement: 4_900, worstLots: [10] });
    expect([...referee.ledger.orders.values()].filter((o) => o.accountId === 'hedger').map((o) => `${o.side} ${o.limitTicks} ${o.lots}`)).toEqual(['2 10100 2']);
  });
});
