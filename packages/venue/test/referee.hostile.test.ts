/**
 * A user must not be able to blind the solvency referee. Its invariants are not evaluated once it
 * loses track of the engine's events (referee.unjudged.test.ts), so any ordinary rejection it
 * misreads is a way to switch the checks off for the rest of the run. Found in session 18's audit
 * of issue 17: a second order with a client order id already resting (`duplicate-client-order-id`)
 * was taken for the rejection of a later duplicate transaction (`duplicate-tx`), the referee
 * applied the order itself, met the rejection where it expected the order's events, and stopped.
 */
import { describe, expect, it } from 'vitest';
import { encodeTx } from '@faultline/venue/testing';
import { bodies } from './venue-scenario.ts';
import { RefereeScript } from './referee-script.ts';

describe('ordinary rejections never blind the referee', () => {
  it('a duplicate client order id is rejected and the referee goes on judging (it still sees a later hole)', () => {
    const v = new RefereeScript({ variant: 'withdrawal-ignores-resting' });
    v.block([v.deposit('alice', 20_000)]);
    expect(v.block([v.limit('alice', 'buy', 9_900, 1, { cid: 7 })])).toEqual([]);
    expect(v.block([v.limit('alice', 'buy', 9_800, 1, { cid: 7 })])).toEqual([]);
    expect(bodies(v.events, 'txRejected').map((r) => r.reason)).toEqual(['duplicate-client-order-id']);
    expect(v.referee.problems).toEqual([]);
    // Still judging: with the first bid, 11 lots bid need IM 5,500 + the 10,900 bid's loss 9,000;
    // the planted variant counts the IM only (free 14,500) and lets 14,000 of 20,000 leave.
    v.block([v.limit('alice', 'buy', 10_900, 10)]);
    v.block([v.withdraw('alice', 14_000)]);
    expect(bodies(v.events, 'txRejected')).toEqual([]);
    expect(v.referee.problems).toEqual([]);
    expect(v.named()).toEqual(['admission-margin']);
  });

  it('a duplicate client order id in the same block as the order it repeats, then a cancel by that id', () => {
    const v = new RefereeScript();
    v.block([v.deposit('alice', 50_000)]);
    v.block([v.limit('alice', 'buy', 9_900, 1, { cid: 5 }), v.limit('alice', 'sell', 10_100, 1, { cid: 5 })]);
    expect(bodies(v.events, 'txRejected').map((r) => r.reason)).toEqual(['duplicate-client-order-id']);
    v.block([encodeTx('alice', v.nonce('alice'), { cancelOrder: { accountId: 'alice', marketId: 1, orderId: 0, clientOrderId: 5 } }), v.limit('alice', 'buy', 9_800, 1, { cid: 5 })]);
    expect(bodies(v.events, 'txRejected')).toEqual([]);
    expect(v.referee.problems).toEqual([]);
    expect(v.violations).toEqual([]);
  });
});
