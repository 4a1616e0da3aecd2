/**
 * applyBlock is total: every resource limit and every value at a boundary is a rejection with a
 * RejectCode that leaves the state unchanged — never an exception (issue 17, item 4). First a
 * corpus of single transactions (the state hash after the block equals the hash after an empty
 * block at the same height), then random histories over a venue with tiny limits.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRejectCode, stateHash, type BlockTx, type RejectCode, type VenueConfig } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { historyArbitrary, runHistory } from './venue-run.ts';
import { bodies, funded, IOC, rejections, Scenario } from './venue-scenario.ts';

const MAX = Number.MAX_SAFE_INTEGER; // 2^53 - 1

/** A venue with tiny limits: 3 accounts, 3 orders a book, 2 open orders an account, positions of 100, prices in steps of 5, sizes of 2. */
function tiny(config: VenueConfig): void {
  config.limits = { maxAccounts: 3, maxOrdersPerBook: 3 };
  for (const m of config.markets) {
    m.maxOpenOrdersPerAccount = 2;
    m.priceStepTicks = 5;
    m.sizeStepLots = 2;
    m.maxOrderLots = 100;
    m.maxPositionLots = 100;
  }
}

/** alice and bob funded; alice rests 2 bids, bob 1 ask: the book (3) and alice (2) are full. */
function primed(): Scenario {
  const v = new Scenario({ tweak: tiny });
  funded(v, { alice: 1_000_000, bob: 1_000_000 });
  v.block([v.limit('alice', 'buy', 9_900, 2), v.limit('alice', 'buy', 9_800, 2), v.limit('bob', 'sell', 10_100, 2)]);
  expect(v.market().book.orderCount).toBe(3);
  return v;
}

function expectRejected(tx: (v: Scenario) => BlockTx, code: RejectCode): void {
  const bad = primed();
  const empty = primed();
  const events = bad.block([tx(bad)]);
  empty.block([]);
  expect(rejections(events)).toEqual([code]);
  expect(isRejectCode(code)).toBe(true);
  expect(Buffer.from(stateHash(bad.state)).toString('hex')).toBe(Buffer.from(stateHash(empty.state)).toString('hex'));
}

const place = (v: Scenario, fields: Record<string, unknown>, client = 'alice'): BlockTx =>
  encodeTx(client, v.nonce(client), { placeOrder: { accountId: client, marketId: 1, side: 1, type: 1, timeInForce: 1, priceTicks: 9_000, sizeLots: 2, ...fields } });

describe('every boundary is a rejection with a RejectCode, state unchanged', () => {
  const cases: Array<[string, (v: Scenario) => BlockTx, RejectCode]> = [
    ['size 0', (v) => place(v, { sizeLots: 0 }), 'size-not-positive'],
    ['size negative', (v) => place(v, { sizeLots: -2 }), 'size-not-positive'],
    ['size off the lot step', (v) => place(v, { sizeLots: 3, timeInForce: IOC }), 'size-off-lot'],
    ['size 2^53 - 1', (v) => place(v, { sizeLots: MAX }), 'size-above-max'],
    ['size above the order limit', (v) => place(v, { sizeLots: 102 }), 'size-above-max'],
    ['price 0', (v) => place(v, { priceTicks: 0 }), 'price-not-positive'],
    ['price negative', (v) => place(v, { priceTicks: -5 }), 'price-not-positive'],
    ['price off the tick', (v) => place(v, { priceTicks: 9_001, timeInForce: IOC }), 'price-off-tick'],
    ['price 2^53 - 1', (v) => place(v, { priceTicks: MAX }), 'price-above-max'],
    ['unknown market', (v) => place(v, { marketId: 7 }), 'unknown-market'],
    ['unknown account', (v) => place(v, { accountId: 'zed' }, 'zed'), 'unknown-account'],
    ['a full account (2 open orders)', (v) => place(v, { priceTicks: 9_700 }), 'too-many-open-orders'],
    ['a full book (3 orders)', (v) => place(v, { priceTicks: 10_200, side: 2 }, 'bob'), 'book-full'],
    ['a position above the limit', (v) => place(v, { side: 2, priceTicks: 10_200, sizeLots: 100, timeInForce: IOC }, 'bob'), 'position-limit'],
    ['deposit 0', (v) => encodeTx('alice', v.nonce('alice'), { deposit: { accountId: 'alice', amount: 0 } }), 'amount-not-positive'],
    ['deposit negative', (v) => encodeTx('alice', v.nonce('alice'), { deposit: { accountId: 'alice', amount: -1 } }), 'amount-not-positive'],
    ['deposit 2^53 - 1', (v) => encodeTx('alice', v.nonce('alice'), { deposit: { accountId: 'alice', amount: MAX } }), 'amount-above-max'],
    ['withdraw 2^53 - 1', (v) => encodeTx('alice', v.nonce('alice'), { withdraw: { accountId: 'alice', amount: MAX } }), 'amount-above-max'],
    ['withdraw from an unknown account', (v) => encodeTx('zed', v.nonce('zed'), { withdraw: { accountId: 'zed', amount: 1 } }), 'unknown-account'],
    ['cancel of order 2^53 - 1', (v) => encodeTx('alice', v.nonce('alice'), { cancelOrder: { accountId: 'alice', marketId: 1, orderId: MAX } }), 'unknown-order'],
    ['cancel in an unknown market', (v) => encodeTx('alice', v.nonce('alice'), { cancelOrder: { accountId: 'alice', marketId: 9, orderId: 1 } }), 'unknown-market'],
    ['quote with a negative size', (v) => encodeTx('bob', v.nonce('bob'), { hedgerQuote: { accountId: 'bob', marketId: 1, quoteId: 1, bidPriceTicks: 9_000, bidSizeLots: -2, askPriceTicks: 0, askSizeLots: 0 } }), 'size-not-positive'],
    ['quote crossed', (v) => encodeTx('bob', v.nonce('bob'), { hedgerQuote: { accountId: 'bob', marketId: 1, quoteId: 1, bidPriceTicks: 9_500, bidSizeLots: 2, askPriceTicks: 9_500, askSizeLots: 2 } }), 'quote-crossed'],
    ['nonce 2^53 - 1 then a body-less tx', (v) => encodeTx('alice', MAX, {}), 'unknown-tx-kind'],
  ];
  for (const [name, tx, code] of cases) it(name, () => expectRejected(tx, code));

  it('a deposit to a new account beyond the account limit is rejected (account-limit); to an existing one it is not', () => {
    const v = primed();
    // alice, bob and carol: the third account fills the limit, dave is one too many.
    expect(rejections(v.block([v.deposit('carol', 5)]))).toEqual([]);
    expect(rejections(v.block([v.deposit('dave', 5)]))).toEqual(['account-limit']);
    expect(v.state.accounts.length).toBe(3);
    expect(rejections(v.block([v.deposit('alice', 5)]))).toEqual([]);
  });

  it('a transaction of a new client beyond the client limit is rejected (client-limit) and changes nothing; known clients go on', () => {
    // 3 oracles + alice + bob fill a limit of 5 nonce windows.
    const v = new Scenario({ tweak: (c) => (c.limits = { maxClients: 5 }) });
    funded(v, { alice: 100_000, bob: 100_000 });
    expect(v.state.nonces.size).toBe(5);
    const before = new Map([...v.state.nonces].map(([id, w]) => [id, [...w.runs]]));
    const events = v.block([encodeTx('mallory', 1, { deposit: { accountId: 'alice', amount: 5 } })]);
    expect(rejections(events)).toEqual(['client-limit']);
    expect(bodies(events, 'txRejected')[0]?.detail).toBe('limit 5');
    expect(v.state.nonces.has('mallory')).toBe(false);
    expect(v.collateral('alice')).toBe(100_000);
    expect(rejections(v.block([v.deposit('alice', 5)]))).toEqual([]);
    expect(v.collateral('alice')).toBe(100_005);
    expect([...before.keys()].every((id) => v.state.nonces.has(id))).toBe(true);
  });

  it('a deposit that would take the venue total past 2^53 - 1 is rejected (value-limit)', () => {
    const v = new Scenario({ tweak: (c) => (c.maxTransferAmount = MAX) });
    // The insurance fund's seed (1,000,000) counts as a deposit: 1,000,000 more fit, not one unit beyond.
    funded(v, { alice: MAX - 2_000_000 });
    expect(rejections(v.block([v.deposit('bob', 1_000_001)]))).toEqual(['value-limit']);
    expect(rejections(v.block([v.deposit('bob', 1_000_000)]))).toEqual([]);
    expect(v.state.totalDeposits).toBe(MAX);
  });
});

describe('random histories over tiny limits never throw and never pass a limit', () => {
  it('3 accounts, 3 orders a book, 2 an account: every block applies, every invariant holds, the limits hold', () => {
    let rejectedByLimit = 0;
    fc.assert(
      fc.property(historyArbitrary({ blocks: 25 }), (history) => {
        const outcome = runHistory(history, { hash: false, tweak: tiny });
        expect(outcome.violations.slice(0, 3)).toEqual([]);
        expect(outcome.state.accounts.length).toBeLessThanOrEqual(3);
        for (const market of outcome.state.markets.values()) expect(market.book.orderCount + market.auctionQueue.length).toBeLessThanOrEqual(3);
        for (const events of outcome.events) {
          for (const e of events) {
            if (e.kind === 'txRejected') {
              expect(isRejectCode(e.txRejected.reason)).toBe(true);
              if (e.txRejected.reason === 'book-full' || e.txRejected.reason === 'account-limit' || e.txRejected.reason === 'too-many-open-orders') rejectedByLimit++;
            }
          }
        }
      }),
      { numRuns: 40, seed: 99 },
    );
    expect(rejectedByLimit, 'the histories reach the limits').toBeGreaterThan(20);
  });
});
