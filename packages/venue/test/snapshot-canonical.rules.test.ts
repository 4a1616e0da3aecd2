/**
 * The canonical snapshot (snapshot.ts), the rules its round-trip tests left open (found by mutation
 * testing): quote slots are listed by account index whatever order they were opened in, and an
 * auction-queue order is never reduce-only in the snapshot (the queue holds no reduce-only orders).
 */
import { describe, expect, it } from 'vitest';
import { encodeSnapshot, restoreSnapshot, snapshotOf } from '@faultline/venue';
import { funded, Scenario } from './venue-scenario.ts';

describe('the canonical snapshot', () => {
  it('lists quote slots by account index, not in the order they were opened', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000, carol: 1_000_000 });
    const market = v.market(1);
    const [a, b, c] = [v.account('alice').index, v.account('bob').index, v.account('carol').index];
    market.quotes.set(c, { bidOrderId: 30, askOrderId: 31 });
    market.quotes.set(a, { bidOrderId: 10, askOrderId: 11 });
    market.quotes.set(b, { bidOrderId: 20, askOrderId: 21 });
    const quotes = snapshotOf(v.state).markets[0]?.quotes;
    expect(quotes).toEqual([
      { accountIndex: a, bidOrderId: 10, askOrderId: 11 },
      { accountIndex: b, bidOrderId: 20, askOrderId: 21 },
      { accountIndex: c, bidOrderId: 30, askOrderId: 31 },
    ]);
    expect([a, b, c]).toEqual([0, 1, 2]);
    expect(snapshotOf(restoreSnapshot(v.config, encodeSnapshot(v.state))).markets[0]?.quotes).toEqual(quotes);
  });

  it('writes every queued auction order as not reduce-only', () => {
    const v = new Scenario();
    funded(v, { bob: 1_000_000 });
    const bob = v.account('bob');
    v.market(1).auctionQueue.push({ orderId: 5, accountIndex: bob.index, side: 1, priceTicks: 9_800, sizeLots: 2, clientOrderId: 4, timeInForce: 1 });
    expect(snapshotOf(v.state).markets[0]?.auctionQueue.map((o) => o.reduceOnly)).toEqual([false]);
  });
});
