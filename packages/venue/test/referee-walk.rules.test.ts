/**
 * The referee's walk of a block (referee/referee.ts) rule by rule: after each of these blocks its
 * books are the engine's — every account's equity, every live order, the fund — and it has not
 * lost its way (found by mutation testing; the random histories of referee.ledger.test.ts check
 * the same at the end of whole runs, seconds later):
 * - cancel-all in every market (market 0) and in one; a cancel by client order id;
 * - hedger quotes: both sides, a requote (the old quote's cancels first), one side, two empty
 *   sides (a cancel only), a side refused before it had an order id;
 * - a transaction and its duplicate in one block; a client's nonce window past 1,024 nonces and
 *   its floor (old nonces are duplicates); consensus evidence; an undecodable transaction;
 * - funding split among receivers by size, the units left by remainder then account index.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type VenueConfig } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { agrees } from './referee-agrees.ts';
import { funded, POST_ONLY, S, Scenario } from './venue-scenario.ts';


const quote = (v: Scenario, bid: [number, number], ask: [number, number], market = 1) =>
  encodeTx('hedger', v.nonce('hedger'), { hedgerQuote: { accountId: 'hedger', marketId: market, quoteId: 1, bidPriceTicks: bid[0], bidSizeLots: bid[1], askPriceTicks: ask[0], askSizeLots: ask[1] } });
const cancelAll = (v: Scenario, id: string, marketId: number) => encodeTx(id, v.nonce(id), { cancelAll: { accountId: id, marketId } });

describe('cancels', () => {
  it('cancel-all in every market, in one market, and a cancel by client order id', () => {
    const v = new Scenario({ markets: 2 });
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([v.limit('alice', 'buy', 9_900, 1, { cid: 1 }), v.limit('alice', 'buy', 9_800, 2, { market: 2 }), v.limit('bob', 'sell', 10_100, 1), v.limit('bob', 'sell', 10_200, 1, { market: 2 })]);
    agrees(v);
    v.block([cancelAll(v, 'alice', 0), v.limit('alice', 'buy', 9_700, 1, { cid: 3 }), v.limit('alice', 'buy', 9_600, 1, { market: 2 })]);
    agrees(v);
    v.block([cancelAll(v, 'bob', 2), cancelAll(v, 'alice', 1), v.cancel('alice', 3)]);
    agrees(v);
    expect(v.market(1).book.orderCount + v.market(2).book.orderCount).toBe(2);
  });
});

describe('hedger quotes', () => {
  it('both sides, a requote, one side, two empty sides, a side refused before it had an id', () => {
    const v = new Scenario();
    funded(v, { hedger: 5_000_000, alice: 1_000_000 });
    v.block([quote(v, [9_900, 2], [10_100, 3])]);
    agrees(v);
    expect(v.market().book.orderCount).toBe(2);
    v.block([quote(v, [9_950, 1], [10_050, 1])]);
    agrees(v);
    v.block([quote(v, [9_960, 4], [0, 0])]);
    agrees(v);
    expect(v.market().book.orderCount).toBe(1);
    v.block([quote(v, [0, 0], [0, 0])]);
    agrees(v);
    expect(v.market().book.orderCount).toBe(0);
    v.block([quote(v, [9_900, 1], [10_100, 2])]);
    v.block([v.limit('alice', 'buy', 10_100, 1), quote(v, [0, 1], [10_090, 1])]);
    agrees(v);
  });
});

describe('duplicates and the nonce window', () => {
  it('a transaction and its exact duplicate in one block: counted once', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000 });
    const deposit = v.deposit('alice', 500);
    v.block([deposit, deposit]);
    agrees(v);
    expect(v.collateral('alice')).toBe(1_500);
  });

  it('past 1,024 nonces the window keeps the newest half above a floor: old nonces are duplicates, new ones apply', () => {
    const v = new Scenario();
    const deposit = (nonce: number) => encodeTx('alice', nonce, { deposit: { accountId: 'alice', amount: 1 } });
    v.block(Array.from({ length: 1_030 }, (_, i) => deposit(i + 1)));
    v.block([deposit(1), deposit(512), deposit(513), deposit(1_030), deposit(1_031), deposit(2_000), deposit(1_500)]);
    agrees(v);
    expect(v.collateral('alice')).toBe(1_033);
    expect(v.state.nonces.get('alice')?.floor).toBe(512);
  });

  it('consensus evidence and an undecodable transaction in a block', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000 });
    v.block([encodeTx('', 0, { evidence: {} }), { bytes: Uint8Array.of(0xff, 0xff), tx: undefined }, v.deposit('alice', 5)]);
    agrees(v);
    expect(v.collateral('alice')).toBe(1_005);
  });
});

describe('funding among several receivers', () => {
  it('shares by size, the units left to the largest remainders, then the lowest account index', () => {
    const v = new Scenario({
      policy: { ...DEFAULT_POLICY, name: 'funding', blockGapHalt: { enabled: false, thresholdUs: 10 * S } },
      price: 10_001,
      tweak: (c) => {
        const m = c.markets[0] as VenueConfig['markets'][number];
        m.funding = { intervalUs: 4 * S, clampPpm: 6_000 };
        m.markEmaWindowUs = S;
      },
    });
    funded(v, { alice: 1_000_000, bob: 1_000_000, carol: 1_000_000, dave: 1_000_000, erin: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_001, 1), v.limit('carol', 'sell', 10_001, 2), v.limit('dave', 'sell', 10_001, 4), v.limit('alice', 'buy', 10_001, 7)]);
    v.block([v.limit('erin', 'buy', 10_300, 1, { tif: POST_ONLY }), v.limit('erin', 'sell', 10_400, 1, { tif: POST_ONLY })]);
    for (let i = 0; i < 6; i++) {
      v.block([]);
      agrees(v);
    }
    const paid = ['alice', 'bob', 'carol', 'dave'].map((id) => v.position(id).fundingPaid);
    expect(paid[0]).toBeGreaterThan(0);
    expect(paid[0]).toBe(-(paid[1] as number) - (paid[2] as number) - (paid[3] as number));
    expect(paid.slice(1).every((p) => p < 0)).toBe(true);
  });
});
