/**
 * applyBlock works in batches of WARM_BATCH (session 24, warm.ts): the batch's clients and
 * accounts are read once first, to bring them into the caches, then the batch is applied; at the
 * block's end, the touched accounts likewise. The reads change nothing and decide nothing, and
 * the batches must not change which transactions apply, in which order, or which accounts get an
 * AccountUpdate: every transaction once, in block order, across batch boundaries; every touched
 * account once, by index. And the warming functions return what they read, summed — nothing else.
 */
import { describe, expect, it } from 'vitest';
import { stateHash, txFromWire, type VenueState } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { WARM_BATCH, warmAccounts, warmLevels, warmTxs } from '../src/warm.ts';
import { OrderBook, SIDE_BUY, SIDE_SELL, type RestingOrder } from '../src/book/order-book.ts';
import { bodies, funded, rejections, Scenario } from './venue-scenario.ts';

describe('applyBlock in batches', () => {
  it(`a block of ${3 * WARM_BATCH + 5} deposits to as many accounts: each applied once, in order, each account one AccountUpdate, by index`, () => {
    expect(WARM_BATCH).toBeGreaterThan(1);
    const n = 3 * WARM_BATCH + 5;
    const v = new Scenario();
    const ids = Array.from({ length: n }, (_, i) => `acct-${String(i).padStart(3, '0')}`);
    const events = v.block(ids.map((id, i) => v.deposit(id, 1_000 + i)));
    expect(rejections(events)).toEqual([]);
    expect(v.state.accounts.map((a) => [a.id, a.collateral])).toEqual(ids.map((id, i) => [id, 1_000 + i]));
    expect(bodies(events, 'accountUpdate').map((u) => [u.accountId, u.collateral])).toEqual(ids.map((id, i) => [id, 1_000 + i]));
  });

  it('a duplicate across a batch boundary is still a duplicate, and the transaction after it still applies', () => {
    const v = new Scenario();
    const filler = Array.from({ length: WARM_BATCH - 1 }, (_, i) => v.deposit(`f${i}`, 10));
    const first = v.deposit('a', 100);
    // The same bytes again: first is the last of batch one, the copy the first of batch two.
    const events = v.block([...filler, first, first, v.deposit('b', 5)]);
    expect(rejections(events)).toEqual(['duplicate-tx']);
    expect([v.collateral('a'), v.collateral('b')]).toEqual([100, 5]);
  });

  it('orders in later batches see the fills of earlier ones: a resting ask taken by a buy two batches on', () => {
    const v = new Scenario();
    funded(v, { maker: 1_000_000, taker: 1_000_000 });
    const filler = Array.from({ length: 2 * WARM_BATCH }, (_, i) => v.deposit(`f${i}`, 10));
    const events = v.block([v.limit('maker', 'sell', 10_000, 3), ...filler, v.limit('taker', 'buy', 10_000, 2)]);
    expect(rejections(events)).toEqual([]);
    expect(bodies(events, 'fill').map((f) => [f.makerAccountId, f.takerAccountId, f.sizeLots])).toEqual([['maker', 'taker', 2]]);
    expect([v.position('maker').sizeLots, v.position('taker').sizeLots]).toEqual([-2, 2]);
    // Every account the block touched has its AccountUpdate, once, by index.
    expect(bodies(events, 'accountUpdate').map((u) => u.accountId)).toEqual(['maker', 'taker', ...filler.map((_, i) => `f${i}`)]);
  });
});

/** Accounts a and b after a fill (a short 1 with 2 lots resting, b long 1 with a bid resting), hashed once (so every principal has its place in the tree). */
function stateWith(): VenueState {
  const v = new Scenario();
  funded(v, { a: 1_000_000, b: 1_000_000 });
  v.block([v.limit('a', 'sell', 10_000, 3), v.limit('b', 'buy', 10_000, 1), v.limit('b', 'buy', 9_000, 2)]);
  stateHash(v.state);
  return v.state;
}

/** A principal's place in id order (state-hash.ts keeps it on the account and the window). */
function offsetOf(leaf: unknown): number {
  return (leaf as { pos: number }).pos;
}

describe('the warming reads', () => {
  it('warmAccounts sums collateral, Map sizes, position sizes, open-order counts, leaf offsets and the nonce runs of their leaves (length, first nonce) of accounts[from, to), and changes nothing', () => {
    const state = stateWith();
    const [a, b] = state.accounts as [VenueState['accounts'][number], VenueState['accounts'][number]];
    // a: short 1 with 2 lots still resting (one order); b: long 1 with one bid resting.
    expect([a.positions.get(1)?.sizeLots, b.positions.get(1)?.sizeLots, a.exposure.get(1)?.count, b.exposure.get(1)?.count]).toEqual([-1, 1, 1, 1]);
    // a's leaf is the first in id order (place 0), b's the next.
    expect(offsetOf(a.hashLeaf)).toBe(0);
    expect(offsetOf(b.hashLeaf)).toBe(1);
    const before = JSON.stringify(state.accounts.map((x) => [x.collateral, [...x.positions], [...x.exposure].map(([m, e]) => [m, e.count, e.buyLots, e.sellLots])]));
    // Each leaf's nonce window (a and b each sent their own orders): its runs' length, then their first nonce.
    expect([state.nonces.get('a')?.runs, state.nonces.get('b')?.runs]).toEqual([[1, 2], [1, 3]]);
    expect([(a.hashLeaf as { window: unknown }).window, (b.hashLeaf as { window: unknown }).window]).toEqual([state.nonces.get('a'), state.nonces.get('b')]);
    const sumA = a.collateral + 1 + 1 + (-1 + 1) + offsetOf(a.hashLeaf) + 2 + 1;
    const sumB = b.collateral + 1 + 1 + (1 + 1) + offsetOf(b.hashLeaf) + 2 + 1;
    expect(warmAccounts(state.accounts, 0, 1)).toBe(sumA);
    expect(warmAccounts(state.accounts, 1, 2)).toBe(sumB);
    expect(warmAccounts(state.accounts, 0, 2)).toBe(sumA + sumB);
    // An account not hashed yet has no leaf: it adds nothing for it.
    const fresh = { ...b, hashLeaf: undefined };
    expect(warmAccounts([fresh], 0, 1)).toBe(sumB - offsetOf(b.hashLeaf) - 3);
    // A leaf with no window (an account no client of its own id has sent for) or an empty one: nothing for the window.
    const noWindow = { ...b, hashLeaf: { ...(b.hashLeaf as object), window: undefined } as unknown as typeof b.hashLeaf };
    expect(warmAccounts([noWindow], 0, 1)).toBe(sumB - 3);
    const emptyWindow = { ...b, hashLeaf: { ...(b.hashLeaf as object), window: { floor: 0, runs: [], count: 0 } } as unknown as typeof b.hashLeaf };
    expect(warmAccounts([emptyWindow], 0, 1)).toBe(sumB - 3);
    expect(warmAccounts(state.accounts, 1, 1)).toBe(0);
    expect(JSON.stringify(state.accounts.map((x) => [x.collateral, [...x.positions], [...x.exposure].map(([m, e]) => [m, e.count, e.buyLots, e.sellLots])]))).toBe(before);
  });

  it("warmTxs reads each client's window and the account each transaction names; it skips what failed decoding, oracle reports and unknown ids", () => {
    const state = stateWith();
    const a = state.accountsById.get('a');
    const b = state.accountsById.get('b');
    const wa = state.nonces.get('a');
    const wb = state.nonces.get('b');
    if (!a || !b || !wa || !wb) throw new Error('the setup lost an account');
    // Accounts: collateral, Map sizes, position sizes, order counts. Windows: floor, count, the
    // last run's last nonce, the leaf offset (a and b are each one principal: one leaf for both).
    const accountA = a.collateral + 1 + 1 + (-1 + 1);
    const accountB = b.collateral + 1 + 1 + (1 + 1);
    expect([wa.floor, wa.runs, wb.floor, wb.runs]).toEqual([0, [1, 2], 0, [1, 3]]);
    const windowA = wa.floor + wa.count + 2 + offsetOf(wa.hashLeaf);
    const windowB = wb.floor + wb.count + 3 + offsetOf(wb.hashLeaf);
    const tx = (item: ReturnType<typeof encodeTx>) => ({ tx: item.tx ? txFromWire(item.tx) : undefined });
    const cases: Array<[string, ReturnType<typeof tx>, number]> = [
      // Sent by the other client where the kind allows it: the account read is the one the body names.
      ['a deposit to a, sent by b', tx(encodeTx('b', 9, { deposit: { accountId: 'a', amount: 1 } })), windowB + accountA],
      ['a withdrawal of b, sent by a', tx(encodeTx('a', 9, { withdraw: { accountId: 'b', amount: 1 } })), windowA + accountB],
      ['an order of a, sent by b', tx(encodeTx('b', 9, { placeOrder: { accountId: 'a', marketId: 1, clientOrderId: 0, side: 1, type: 1, timeInForce: 1, priceTicks: 1, sizeLots: 1, reduceOnly: false } })), windowB + accountA],
      ['a cancel of b, sent by a', tx(encodeTx('a', 9, { cancelOrder: { accountId: 'b', marketId: 1, orderId: 0, clientOrderId: 1 } })), windowA + accountB],
      ['a cancel-all of a, sent by b', tx(encodeTx('b', 9, { cancelAll: { accountId: 'a', marketId: 0 } })), windowB + accountA],
      ['a liquidation of b by a', tx(encodeTx('a', 9, { liquidate: { liquidatorId: 'a', accountId: 'b', marketId: 1, observedMarkTicks: 0 } })), windowA + accountB],
      ['a quote of a, sent by b', tx(encodeTx('b', 9, { hedgerQuote: { accountId: 'a', marketId: 1, bidPriceTicks: 1, bidSizeLots: 1, askPriceTicks: 2, askSizeLots: 1 } })), windowB + accountA],
      ['a transaction with no body: its client names the account', tx(encodeTx('b', 9, {})), windowB + accountB],
      ['a new client and account', tx(encodeTx('nobody', 1, { deposit: { accountId: 'nobody', amount: 1 } })), 0],
      ['bytes that did not decode', { tx: undefined }, 0],
    ];
    for (const [what, item, expected] of cases) expect([what, warmTxs(state, [item], 0, 1)]).toEqual([what, expected]);
    // Only [from, to) is read.
    const items = cases.map(([, item]) => item);
    expect(warmTxs(state, items, 1, 3)).toBe(cases[1]![2] + cases[2]![2]);
    expect(warmTxs(state, items, 2, 2)).toBe(0);
  });

  it('an oracle report is not warmed (reports are applied before the batches)', () => {
    const state = stateWith();
    const report = txFromWire(encodeTx('a', 9, { oracleReport: { oracleId: 'a', marketId: 1, priceTicks: 1, observedAtUs: 1, reportSeq: 1, signature: new Uint8Array(64) } }).tx!);
    expect(report.reportsPrice).toBe(true);
    expect(warmTxs(state, [{ tx: report }], 0, 1)).toBe(0);
  });

  it("warmLevels sums each level's fields length and its first live slot's order id, and changes nothing", () => {
    const book = new OrderBook({ marketId: 1, ordersMax: 100 });
    const order = (orderId: number, side: 1 | 2, priceTicks: number): RestingOrder => ({ orderId, accountIndex: 7, side, priceTicks, sizeLots: 3, clientOrderId: 0, reduceOnly: false });
    expect([SIDE_BUY, SIDE_SELL]).toEqual([1, 2]);
    book.rest(order(10, SIDE_BUY, 100));
    book.rest(order(11, SIDE_BUY, 100));
    book.rest(order(12, SIDE_BUY, 99));
    book.rest(order(20, SIDE_SELL, 105));
    // The head of the 100 level cancelled: its first live slot is now order 11's (two slots of five fields).
    book.cancel(10);
    const before = JSON.stringify([...book.orders()]);
    expect(warmLevels(book.hashedLevels(SIDE_BUY))).toBe(10 + 11 + 5 + 12);
    expect(warmLevels(book.hashedLevels(SIDE_SELL))).toBe(5 + 20);
    expect(warmLevels([])).toBe(0);
    expect(JSON.stringify([...book.orders()])).toBe(before);
  });
});
