/**
 * The venue snapshot (snapshot.ts), rule by rule (found by mutation testing): a restored state is
 * the state — every field of the canonical snapshot, the state hash, and what the next block does
 * (the books' queues and every order's margin reserve come back too); the canonical order holds
 * whatever order the maps were filled in; and bad snapshots are refused with a SnapshotError that
 * says why: undecodable bytes, another version, another genesis config, a market the config does
 * not list, an order of an account that does not exist.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { encodeMessage } from '@faultline/protocol';
import { applyBlock, encodeSnapshot, restoreSnapshot, snapshotDigest, snapshotOf, SnapshotError, SNAPSHOT_VERSION, stateHashFromScratch, type VenueState } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { funded, IOC, Scenario } from './venue-scenario.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** Two markets, positions in both, resting orders both sides (one reduce-only), a quote, a withdrawal, a nonce gap. */
function rich(): Scenario {
  const v = new Scenario({ markets: 2 });
  funded(v, { alice: 2_000_000, bob: 2_000_000, carol: 2_000_000, hedger: 2_000_000 });
  v.block([v.limit('bob', 'sell', 10_000, 3), v.limit('alice', 'buy', 10_000, 3), v.limit('carol', 'buy', 10_000, 2, { market: 2 }), v.limit('bob', 'sell', 10_000, 2, { market: 2, tif: IOC })]);
  v.block([
    v.limit('alice', 'sell', 10_050, 2, { reduceOnly: true, cid: 7 }),
    v.limit('carol', 'buy', 9_950, 4, { cid: 8 }),
    v.limit('carol', 'buy', 9_950, 1, { cid: 9 }),
    v.limit('bob', 'sell', 10_200, 5, { market: 2 }),
    encodeTx('hedger', v.nonce('hedger'), { hedgerQuote: { accountId: 'hedger', marketId: 1, quoteId: 1, bidPriceTicks: 9_900, bidSizeLots: 2, askPriceTicks: 10_100, askSizeLots: 3 } }),
    v.withdraw('carol', 1_000),
    encodeTx('dave', 5, { deposit: { accountId: 'dave', amount: 10 } }),
    encodeTx('dave', 3, { deposit: { accountId: 'dave', amount: 10 } }),
  ]);
  return v;
}

function restored(v: Scenario): VenueState {
  return restoreSnapshot(v.config, encodeSnapshot(v.state));
}

describe('a restored state is the state', () => {
  it('every field of the canonical snapshot and the state hash come back', () => {
    const v = rich();
    const s = v.state;
    Object.assign(s, { badDebtTotal: 17, prevBlockTimeUs: s.blockTimeUs - 3 });
    Object.assign(v.market(2), { reason: 'planted', stateUntilUs: 11, graceUntilUs: 12, haltedSinceUs: 13, oracleStale: true, basisEmaTicksE6: -14, lastTradeTicks: 15, lastFundingUs: 16, bandReferenceTicks: 17 });
    const snapshot = snapshotOf(s);
    expect(snapshot.accounts.map((a) => a.accountId)).toEqual(['alice', 'bob', 'carol', 'hedger', 'dave']);
    expect(snapshot.markets[0]?.book.length).toBe(5);
    expect(snapshot.markets[0]?.quotes.length).toBe(1);
    expect(snapshot.nonces.find((n) => n.clientId === 'dave')?.seen).toEqual([3, 5]);
    expect([s.totalWithdrawals, s.feesCollected > 0, s.accountsById.get('alice')?.positions.get(1)?.feesPaid !== 0]).toEqual([1_000, true, true]);
    const back = restored(v);
    expect(snapshotOf(back)).toEqual(snapshot);
    expect(hex(encodeSnapshot(back))).toBe(hex(encodeSnapshot(s)));
    expect(hex(stateHashFromScratch(back))).toBe(hex(stateHashFromScratch(s)));
    expect(hex(snapshotDigest(s))).toBe(createHash('sha256').update(encodeSnapshot(s)).digest('hex'));
  });

  it('the next block does the same on both: queues in order, reserves and reduce-only caps restored', () => {
    const v = rich();
    const back = restored(v);
    const block = {
      height: v.state.height + 1,
      timeUs: v.timeUs + 1_000_000,
      txs: [
        v.marketOrder('dave', 'sell', 3, { priceTicks: 0 }),
        v.limit('carol', 'buy', 9_000, 2_000),
        v.withdraw('alice', 1_990_000),
        v.marketOrder('alice', 'buy', 4),
        v.limit('bob', 'buy', 10_300, 2, { market: 2 }),
      ],
    };
    const original = applyBlock(v.state, block);
    const again = applyBlock(back, block);
    expect(again.events).toEqual(original.events);
    expect(hex(again.stateHash as Uint8Array)).toBe(hex(original.stateHash as Uint8Array));
    expect(original.events.some((e) => e.kind === 'fill')).toBe(true);
    expect(original.events.some((e) => e.kind === 'txRejected')).toBe(true);
  });

  it('each order\'s reserve comes back with its side, price, size, client order id and reduce-only flag', () => {
    const v = rich();
    const back = restored(v);
    for (const id of ['alice', 'bob', 'carol', 'hedger']) {
      // lossAtMarkTicks and lossQuote are a cache of the loss at one mark, recomputed when the mark differs.
      const exposure = (s: VenueState) => [...(s.accountsById.get(id)?.exposure ?? new Map()).entries()].map(([m, e]) => [m, { ...e, lossAtMarkTicks: 0, lossQuote: 0 }]);
      expect(exposure(back), id).toEqual(exposure(v.state));
    }
    expect([...(back.accountsById.get('alice')?.exposure.get(1)?.orders.values() ?? [])].map((o) => o.reduceOnly)).toEqual([true]);
  });

  it('an auction queue comes back by order id, each order reserved with its time in force', () => {
    const v = rich();
    const bob = v.account('bob');
    v.market(1).auctionQueue.push(
      { orderId: 902, accountIndex: bob.index, side: 1, priceTicks: 9_800, sizeLots: 2, clientOrderId: 4, timeInForce: 2 },
      { orderId: 901, accountIndex: bob.index, side: 2, priceTicks: 10_400, sizeLots: 1, clientOrderId: 3, timeInForce: 1 },
    );
    const back = restored(v);
    expect(back.markets.get(1)?.auctionQueue).toEqual([
      { orderId: 901, accountIndex: bob.index, side: 2, priceTicks: 10_400, sizeLots: 1, clientOrderId: 3, timeInForce: 1 },
      { orderId: 902, accountIndex: bob.index, side: 1, priceTicks: 9_800, sizeLots: 2, clientOrderId: 4, timeInForce: 2 },
    ]);
    const reserved = back.accountsById.get('bob')?.exposure.get(1)?.orders;
    expect([reserved?.get(901), reserved?.get(902)]).toEqual([
      { side: 2, priceTicks: 10_400, lots: 1, clientOrderId: 3, reduceOnly: false },
      { side: 1, priceTicks: 9_800, lots: 2, clientOrderId: 4, reduceOnly: false },
    ]);
  });

  it('the canonical order does not depend on the order maps were filled in', () => {
    const v = rich();
    const s = v.state;
    const reports = [...s.oracleReports.entries()].reverse().map(([id, byMarket]) => [id, new Map([...byMarket.entries()].reverse())] as const);
    s.oracleReports.clear();
    for (const [id, byMarket] of reports) s.oracleReports.set(id, byMarket);
    const nonces = [...s.nonces.entries()].reverse().map(([id, w]): [string, typeof w] => [id, { floor: w.floor, runs: [...w.runs], count: w.count }]);
    s.nonces.clear();
    for (const [id, w] of nonces) s.nonces.set(id, w);
    const bob = v.account('bob');
    const positions = [...bob.positions.entries()].reverse();
    bob.positions.clear();
    for (const [id, p] of positions) bob.positions.set(id, p);
    const market = v.market(1);
    const quotes = [...market.quotes.entries()].reverse();
    market.quotes.clear();
    for (const [id, q] of quotes) market.quotes.set(id, q);
    const snapshot = snapshotOf(s);
    expect(snapshot.oracleReports.map((r) => `${r.oracleId}/${r.marketId}`)).toEqual(['oracle-1/1', 'oracle-1/2', 'oracle-2/1', 'oracle-2/2', 'oracle-3/1', 'oracle-3/2']);
    const clients = snapshot.nonces.map((n) => n.clientId);
    expect(clients).toEqual([...clients].sort());
    expect(snapshot.nonces.every((n) => n.seen.every((x, i) => i === 0 || x > (n.seen[i - 1] as number)))).toBe(true);
    expect(positions.map(([id]) => id)).toEqual([2, 1]);
    expect(snapshot.accounts[1]?.positions.map((p) => p.marketId)).toEqual([1, 2]);
    expect(snapshotOf(restored(v))).toEqual(snapshot);
  });
});

describe('bad snapshots are refused, saying why', () => {
  const refusal = (v: Scenario, bytes: Uint8Array): string => {
    try {
      restoreSnapshot(v.config, bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(SnapshotError);
      expect((error as Error).name).toBe('SnapshotError');
      return (error as Error).message;
    }
    return 'restored';
  };
  const encode = (snapshot: ReturnType<typeof snapshotOf>) => encodeMessage('VenueSnapshot', snapshot as never);

  it('bytes that do not decode', () => {
    const v = rich();
    expect(refusal(v, Uint8Array.of(0xff, 0xff, 0xff))).toMatch(/^venue snapshot: ./);
  });

  it('another version', () => {
    const v = rich();
    expect(refusal(v, encode({ ...snapshotOf(v.state), version: SNAPSHOT_VERSION + 1 }))).toBe(`venue snapshot: version ${SNAPSHOT_VERSION + 1}, this build reads ${SNAPSHOT_VERSION}`);
  });

  it('another genesis config', () => {
    const v = rich();
    const other = new Scenario({ markets: 1 });
    expect(refusal(other, encodeSnapshot(v.state))).toBe('venue snapshot: taken under a different genesis config (config hash differs)');
  });

  it('a market the config does not list', () => {
    const v = rich();
    const s = snapshotOf(v.state);
    expect(refusal(v, encode({ ...s, markets: [{ ...(s.markets[1] as (typeof s.markets)[number]), marketId: 9 }] }))).toBe('venue snapshot: market 9 is not in the config');
  });

  it('a book order or a queued order of an account index that does not exist', () => {
    const v = rich();
    const s = snapshotOf(v.state);
    const m = s.markets[0] as (typeof s.markets)[number];
    const order = m.book[0] as (typeof m.book)[number];
    expect(refusal(v, encode({ ...s, markets: [{ ...m, book: [{ ...order, accountIndex: 40 }] }] }))).toBe('venue snapshot: order of unknown account index 40');
    const queued = { orderId: 999, accountIndex: 41, side: 1 as const, priceTicks: 9_000, sizeLots: 1, clientOrderId: 0, timeInForce: 1, reduceOnly: false };
    expect(refusal(v, encode({ ...s, markets: [{ ...m, book: [], auctionQueue: [queued] }] }))).toBe('venue snapshot: order of unknown account index 41');
  });
});
