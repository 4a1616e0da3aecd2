/**
 * The state hash's layout (state-leaves.ts, state-hash.ts) rule by rule (found by mutation
 * testing): the root of a fixed venue is pinned (the layout is a format: replicas and logs compare
 * it), every field of every leaf moves it — and the incremental root follows once the leaf is
 * marked — the canonical orders make it independent of the order maps were filled in, and the
 * incremental root equals the one from scratch when leaves grow past their buffers and shift the
 * leaves after them.
 */
import { describe, expect, it } from 'vitest';
import { stateHash, stateHashFromScratch, type Account, type MarketRuntime, type VenueState } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { funded, IOC, Scenario } from './venue-scenario.ts';
import { addNonce, nonceRunsOf, noncesOf, type NonceRuns } from '../src/nonce-window.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** Two markets, positions, resting orders (one reduce-only), a quote, nonce gaps, a non-ASCII id, values past 2^32 and below 0. */
function fixed(): Scenario {
  const v = new Scenario({ markets: 2 });
  funded(v, { alice: 2_000_000, bob: 2_000_000, carol: 2_000_000, hedger: 2_000_000, 'zoë': 1_000 });
  v.block([v.limit('bob', 'sell', 10_000, 3), v.limit('alice', 'buy', 10_000, 3), v.limit('carol', 'buy', 10_000, 2, { market: 2 }), v.limit('bob', 'sell', 10_000, 2, { market: 2, tif: IOC })]);
  v.block([
    v.limit('alice', 'sell', 10_050, 2, { reduceOnly: true, cid: 7 }),
    v.limit('carol', 'buy', 9_950, 4, { cid: 8 }),
    encodeTx('hedger', v.nonce('hedger'), { hedgerQuote: { accountId: 'hedger', marketId: 1, quoteId: 1, bidPriceTicks: 9_900, bidSizeLots: 2, askPriceTicks: 10_100, askSizeLots: 3 } }),
    encodeTx('dave', 5, { deposit: { accountId: 'dave', amount: 10 } }),
    encodeTx('dave', 3, { deposit: { accountId: 'dave', amount: 10 } }),
    encodeTx('dave', 4, { deposit: { accountId: 'dave', amount: 10 } }),
    encodeTx('dave', 9, { deposit: { accountId: 'dave', amount: 10 } }),
  ]);
  Object.assign(v.state, { totalDeposits: v.state.totalDeposits + 5_000_000_000_000, insuranceFund: v.state.insuranceFund + 5_000_000_000_000, badDebtTotal: 3 });
  Object.assign(v.market(2), { basisEmaTicksE6: -12_345_678_901, haltedSinceUs: 7, stateUntilUs: 8, graceUntilUs: 9, lastFundingUs: 10 });
  return v;
}

describe('the pinned root', () => {
  it('of the fixed venue, from scratch and incrementally', () => {
    const v = fixed();
    const root = hex(stateHashFromScratch(v.state));
    expect(root).toBe(PINNED);
    expect(hex(stateHash(v.state))).toBe(root);
  });
});

const account = (v: Scenario, id: string): Account => v.account(id);
const position = (v: Scenario, id: string, market = 1) => account(v, id).positions.get(market) as { marketId: number; sizeLots: number; costQuote: number; realizedPnl: number; fundingPaid: number; feesPaid: number };
const market = (v: Scenario, id = 1): MarketRuntime => v.market(id);
const order = (v: Scenario, cid: number) => [...market(v).book.orders()].find((o) => o.clientOrderId === cid) as { orderId: number; accountIndex: number; sizeLots: number; clientOrderId: number; reduceOnly: boolean };
const queued = (v: Scenario) => {
  const q = { orderId: 90, accountIndex: 1, side: 1 as const, priceTicks: 9_000, sizeLots: 1, clientOrderId: 2, timeInForce: 1 };
  market(v).auctionQueue.push(q);
  return q;
};

/** Each edit changes one field of one leaf; `mark` names the principal the incremental hash must re-read. */
const EDITS: Array<[string, (v: Scenario) => void, string?]> = [
  ['height', (v) => v.state.height++],
  ['block time', (v) => v.state.blockTimeUs++],
  ['previous block time', (v) => v.state.prevBlockTimeUs++],
  ['next order id', (v) => v.state.nextOrderId++],
  ['next fill id', (v) => v.state.nextFillId++],
  ['insurance fund (past 2^32)', (v) => (v.state.insuranceFund += 2 ** 32)],
  ['fees collected', (v) => v.state.feesCollected++],
  ['total deposits', (v) => v.state.totalDeposits++],
  ['total withdrawals', (v) => v.state.totalWithdrawals++],
  ['bad debt', (v) => v.state.badDebtTotal++],
  ['config hash', (v) => ((v.state as { configHash: Uint8Array }).configHash = Uint8Array.from(v.state.configHash, (b, i) => (i === 31 ? b ^ 1 : b)))],
  ['account index', (v) => ((account(v, 'bob') as { index: number }).index = 9), 'bob'],
  ['collateral', (v) => account(v, 'bob').collateral++, 'bob'],
  ['position market id', (v) => position(v, 'bob').marketId++, 'bob'],
  ['position size', (v) => position(v, 'bob').sizeLots++, 'bob'],
  ['position cost', (v) => position(v, 'bob').costQuote++, 'bob'],
  ['position realized P&L', (v) => position(v, 'bob').realizedPnl++, 'bob'],
  ['position funding', (v) => position(v, 'bob').fundingPaid++, 'bob'],
  ['position fees', (v) => position(v, 'bob').feesPaid++, 'bob'],
  ['second market position', (v) => position(v, 'bob', 2).sizeLots--, 'bob'],
  ['nonce floor', (v) => ((v.state.nonces.get('dave') as { floor: number }).floor = 2), 'dave'],
  ['a nonce extending the first run', (v) => addNonce(v.state.nonces.get('dave') as NonceRuns, 6), 'dave'],
  ['a nonce extending the last run', (v) => addNonce(v.state.nonces.get('dave') as NonceRuns, 10), 'dave'],
  ['a nonce removed', (v) => (v.state.nonces.get('dave') as NonceRuns).runs.splice(2, 2), 'dave'],
  ['the first nonce one lower', (v) => addNonce(v.state.nonces.get('dave') as NonceRuns, 2), 'dave'],
  ['market state', (v) => (market(v).state = 3)],
  ['market reason', (v) => (market(v).reason = 'other')],
  ['state until', (v) => market(v, 2).stateUntilUs++],
  ['grace until', (v) => market(v, 2).graceUntilUs++],
  ['halted since', (v) => market(v, 2).haltedSinceUs++],
  ['oracle price', (v) => market(v, 2).oracleTicks++],
  ['oracle stale', (v) => (market(v, 2).oracleStale = !market(v, 2).oracleStale)],
  ['mark', (v) => market(v, 2).markTicks++],
  ['basis EMA', (v) => market(v, 2).basisEmaTicksE6++],
  ['last trade', (v) => market(v, 2).lastTradeTicks++],
  ['last funding', (v) => market(v, 2).lastFundingUs++],
  ['band reference', (v) => market(v, 2).bandReferenceTicks++],
  ['auction queue order', (v) => queued(v)],
  ['queued order id', (v) => queued(v).orderId++],
  ['queued order account', (v) => queued(v).accountIndex++],
  ['queued order side', (v) => ((queued(v) as { side: number }).side = 2)],
  ['queued order price', (v) => queued(v).priceTicks++],
  ['queued order size', (v) => queued(v).sizeLots++],
  ['queued client order id', (v) => queued(v).clientOrderId++],
  ['queued time in force', (v) => queued(v).timeInForce++],
  ['quote account', (v) => {
    const [[index, q]] = [...market(v).quotes.entries()] as [[number, { bidOrderId: number; askOrderId: number }]];
    market(v).quotes.delete(index);
    market(v).quotes.set(index + 1, q);
  }],
  ['quote bid id', (v) => [...market(v).quotes.values()].forEach((q) => q.bidOrderId++)],
  ['quote ask id', (v) => [...market(v).quotes.values()].forEach((q) => q.askOrderId++)],
  ['a second quote', (v) => market(v).quotes.set(0, { bidOrderId: 0, askOrderId: 0 })],
  ['oracle report price', (v) => v.state.oracleReports.get('oracle-2')!.get(2)!.priceTicks++],
  ['oracle report time', (v) => v.state.oracleReports.get('oracle-2')!.get(2)!.observedAtUs++],
  ['oracle report sequence', (v) => v.state.oracleReports.get('oracle-2')!.get(2)!.reportSeq++],
  ['oracle report market', (v) => {
    const byMarket = v.state.oracleReports.get('oracle-2')!;
    byMarket.set(3, byMarket.get(2)!);
    byMarket.delete(2);
  }],
  ['oracle id', (v) => {
    v.state.oracleReports.set('oracle-9', v.state.oracleReports.get('oracle-3')!);
    v.state.oracleReports.delete('oracle-3');
  }],
];

/** Edits of resting book orders: the book's own change count is what tells the incremental hash, so these are judged from scratch. */
const BOOK_EDITS: Array<[string, (v: Scenario) => void]> = [
  ['book order id', (v) => order(v, 8).orderId++],
  ['book order account', (v) => order(v, 8).accountIndex++],
  ['book order size', (v) => order(v, 8).sizeLots++],
  ['book client order id', (v) => order(v, 8).clientOrderId++],
  ['book reduce-only flag', (v) => (order(v, 7).reduceOnly = false)],
];

describe('every field moves the root', () => {
  it.each(EDITS)('%s', (_what, edit, principal) => {
    const v = fixed();
    const before = hex(stateHash(v.state));
    edit(v);
    const after = hex(stateHashFromScratch(v.state));
    expect(after).not.toBe(before);
    if (principal) v.state.hashCache.mark(principal, v.state.accountsById.get(principal), v.state.nonces.get(principal));
    v.state.hashCache.oracleDirty = true;
    expect(hex(stateHash(v.state))).toBe(after);
  });

  it.each(BOOK_EDITS)('%s', (_what, edit) => {
    const v = fixed();
    const before = hex(stateHashFromScratch(v.state));
    edit(v);
    expect(hex(stateHashFromScratch(v.state))).not.toBe(before);
  });
});

describe('canonical orders', () => {
  it('nonces, oracle reports, quotes and the auction queue hash the same whatever order they were added in', () => {
    const a = fixed();
    const b = fixed();
    const q1 = { orderId: 91, accountIndex: 1, side: 2 as const, priceTicks: 9_100, sizeLots: 1, clientOrderId: 3, timeInForce: 1 };
    const q2 = { orderId: 90, accountIndex: 0, side: 1 as const, priceTicks: 9_000, sizeLots: 2, clientOrderId: 2, timeInForce: 2 };
    a.market(1).auctionQueue.push(q1, q2);
    b.market(1).auctionQueue.push({ ...q2 }, { ...q1 });
    a.market(1).quotes.set(0, { bidOrderId: 1, askOrderId: 2 });
    const quotes = [...b.market(1).quotes.entries()];
    b.market(1).quotes.clear();
    b.market(1).quotes.set(0, { bidOrderId: 1, askOrderId: 2 });
    for (const [k, q] of quotes) b.market(1).quotes.set(k, q);
    const reports = [...b.state.oracleReports.entries()].reverse().map(([id, m]) => [id, new Map([...m.entries()].reverse())] as const);
    b.state.oracleReports.clear();
    for (const [id, m] of reports) b.state.oracleReports.set(id, m);
    // A window has no insertion order left: its runs from the nonces in reverse are the same runs.
    const dave = b.state.nonces.get('dave') as NonceRuns;
    b.state.nonces.set('dave', nonceRunsOf(dave.floor, noncesOf(dave).reverse()));
    expect(noncesOf(b.state.nonces.get('dave') as NonceRuns)).toEqual([3, 4, 5, 9]);
    expect(hex(stateHashFromScratch(b.state))).toBe(hex(stateHashFromScratch(a.state)));
  });
});

describe('the incremental root when leaves grow and shift', () => {
  /** `n` accounts (three buckets at 150), all funded in one block. */
  function many(n: number): Scenario {
    const v = new Scenario();
    v.block(Array.from({ length: n }, (_, i) => v.deposit(`acct-${String(i).padStart(3, '0')}`, 1_000)));
    return v;
  }
  const gaps = (v: Scenario, id: string, from: number, count: number) => {
    const window = v.state.nonces.get(id) as NonceRuns;
    for (let i = 0; i < count; i++) addNonce(window, from + 2 * i);
    v.state.hashCache.mark(id, v.state.accountsById.get(id), v.state.nonces.get(id));
  };

  it('a leaf in the middle of a bucket grows (later leaves move) and then a later leaf changes', () => {
    const v = many(150);
    stateHash(v.state);
    gaps(v, 'acct-070', 100, 3);
    expect(hex(stateHash(v.state))).toBe(hex(stateHashFromScratch(v.state)));
    v.account('acct-071').collateral++;
    v.state.hashCache.mark('acct-071', v.account('acct-071'), undefined);
    v.account('acct-127').collateral++;
    v.state.hashCache.mark('acct-127', v.account('acct-127'), undefined);
    expect(hex(stateHash(v.state))).toBe(hex(stateHashFromScratch(v.state)));
  });

  it('a leaf grows past its bucket\'s 16 KiB, and the leaves after it still hash where they now sit', () => {
    const v = many(150);
    stateHash(v.state);
    gaps(v, 'acct-065', 100, 1_200);
    expect(hex(stateHash(v.state))).toBe(hex(stateHashFromScratch(v.state)));
    v.account('acct-100').collateral++;
    v.state.hashCache.mark('acct-100', v.account('acct-100'), undefined);
    expect(hex(stateHash(v.state))).toBe(hex(stateHashFromScratch(v.state)));
  });

  it('a bucket laid out past 16 KiB when new principals arrive, and a leaf that shrinks', () => {
    const v = many(70);
    gaps(v, 'acct-010', 100, 1_200);
    stateHash(v.state);
    v.block([v.deposit('acct-000a', 5)]);
    expect(hex(stateHash(v.state))).toBe(hex(stateHashFromScratch(v.state)));
    Object.assign(v.state.nonces.get('acct-010') as NonceRuns, { runs: [1, 1], count: 1 });
    v.state.hashCache.mark('acct-010', v.account('acct-010'), v.state.nonces.get('acct-010'));
    v.account('acct-011').collateral++;
    v.state.hashCache.mark('acct-011', v.account('acct-011'), undefined);
    expect(hex(stateHash(v.state))).toBe(hex(stateHashFromScratch(v.state)));
  });

  it('a state with no principals at all', () => {
    const v = new Scenario();
    const state = v.state as VenueState;
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
  });
});

const PINNED = 'd7abe0f4854bbde5456f1c174996c8be65a61632826f7abdf5e29e12c6f8ae6b';
