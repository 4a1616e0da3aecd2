/**
 * The venue's small modules, rule by rule (for mutation testing of reject.ts, assert.ts,
 * lookup.ts, context.ts, state.ts, accounting.ts, block-interval.ts, builders.ts and
 * client-txs.ts): rejections and assertions with their names and messages, the market-state
 * guards, genesis state, positions and P&L by hand-computed numbers, block intervals, and the
 * builders' defaults.
 */
import { describe, expect, it } from 'vitest';
import { createVenueState, DEFAULT_POLICY, isRejectCode, MARKET_ACTIVE, MARKET_AUCTION, MARKET_HALTED, MARKET_PRE_OPEN, NAMED_POLICIES, VenueAssertionError, blockIntervalUs, keyedVenueConfig } from '@faultline/venue';
import { ClientTxs, TEST_INSURANCE_FUND_SEED, testVenueConfig } from '@faultline/venue/testing';
import { applyTrade, isFlat, unrealizedPnl } from '../src/accounting.ts';
import { assert } from '../src/assert.ts';
import { BlockContext } from '../src/context.ts';
import { TxRejection, reject } from '../src/reject.ts';
import { getOrCreateAccount } from '../src/state.ts';
import { details, rejections, Scenario } from './venue-scenario.ts';

const thrown = (f: () => unknown): Error => {
  try {
    f();
  } catch (error) {
    return error as Error;
  }
  throw new Error('nothing thrown');
};

describe('rejections and assertions', () => {
  it('a rejection carries its code and detail; its message is "code: detail", or the code alone', () => {
    const withDetail = thrown(() => reject('unknown-order', 'order 7')) as TxRejection;
    const bare = thrown(() => reject('missing-client-id')) as TxRejection;
    expect([withDetail.name, withDetail.code, withDetail.detail, withDetail.message]).toEqual(['TxRejection', 'unknown-order', 'order 7', 'unknown-order: order 7']);
    expect([bare.detail, bare.message]).toEqual(['', 'missing-client-id']);
    expect([isRejectCode('duplicate-tx'), isRejectCode('deviation-guard'), isRejectCode('no-such-code')]).toEqual([true, true, false]);
  });

  it('an assertion throws VenueAssertionError with its message, built lazily only when it fails', () => {
    let built = 0;
    const lazy = () => `built ${++built}`;
    assert(true, lazy);
    expect(built).toBe(0);
    const error = thrown(() => assert(false, lazy));
    expect([error instanceof VenueAssertionError, error.name, error.message]).toEqual([true, 'VenueAssertionError', 'built 1']);
    expect(thrown(() => assert(false, 'plain')).message).toBe('plain');
  });

  it('an unknown account is named (JSON-quoted) in its rejection', () => {
    const v = new Scenario();
    const events = v.block([v.withdraw('nobody', 5)]);
    expect([rejections(events), details(events)]).toEqual([['unknown-account'], ['"nobody"']]);
  });
});

describe('market states (BlockContext.setMarketState)', () => {
  it('records when a halt began, once: a halt renewed keeps its start', () => {
    const v = new Scenario();
    v.block([]);
    const market = v.market();
    expect(market.state).toBe(MARKET_ACTIVE);
    new BlockContext(v.state, 2, 5_000_000).setMarketState(market, MARKET_HALTED, 'one', 9);
    expect([market.haltedSinceUs, market.reason, market.stateUntilUs]).toEqual([5_000_000, 'one', 9]);
    const ctx = new BlockContext(v.state, 2, 7_000_000);
    ctx.setMarketState(market, MARKET_HALTED, 'two', 0);
    expect([market.haltedSinceUs, market.reason]).toEqual([5_000_000, 'two']);
    expect(ctx.events).toEqual([{ kind: 'marketStatus', marketStatus: { marketId: 1, height: 2, state: MARKET_HALTED, reason: 'two', blockTimeUs: 7_000_000 } }]);
  });

  it('never goes back to pre-open, and leaves pre-open only for continuous trading', () => {
    const v = new Scenario();
    const market = v.market();
    const ctx = new BlockContext(v.state, 1, 1);
    expect(market.state).toBe(MARKET_PRE_OPEN);
    expect(thrown(() => ctx.setMarketState(market, MARKET_HALTED, 'x', 0)).message).toBe(`assert: market 1 left pre-open for state ${MARKET_HALTED}, not active`);
    expect(thrown(() => ctx.setMarketState(market, MARKET_AUCTION, 'x', 0)).message).toBe(`assert: market 1 left pre-open for state ${MARKET_AUCTION}, not active`);
    ctx.setMarketState(market, MARKET_ACTIVE, 'genesis-open', 0);
    expect(thrown(() => ctx.setMarketState(market, MARKET_PRE_OPEN, 'back', 0)).message).toBe('assert: market 1 set back to pre-open (back)');
    expect(market.haltedSinceUs).toBe(0);
  });
});

describe('genesis state', () => {
  it('markets by id whatever the config\'s order, pre-open with no price; the fund seed counted as deposited; ids from 1', () => {
    const { config } = testVenueConfig({ markets: 3 });
    config.markets.reverse();
    const state = createVenueState(config);
    expect([...state.markets.keys()]).toEqual([1, 2, 3]);
    expect([...state.markets.values()].map((m) => [m.state, m.reason, m.oracleStale, m.markTicks, m.lastFundingUs])).toEqual(Array(3).fill([MARKET_PRE_OPEN, 'genesis', true, 0, -1]));
    expect([state.insuranceFund, state.totalDeposits, state.nextOrderId, state.nextFillId, state.height]).toEqual([TEST_INSURANCE_FUND_SEED, TEST_INSURANCE_FUND_SEED, 1, 1, 0]);
    expect([...state.oracleKeys.keys()]).toEqual(['oracle-1', 'oracle-2', 'oracle-3']);
  });

  it('an account is created once, with the next index', () => {
    const state = createVenueState(testVenueConfig().config);
    const a = getOrCreateAccount(state, 'a');
    const b = getOrCreateAccount(state, 'b');
    expect([a.index, b.index, getOrCreateAccount(state, 'a') === a, state.accounts.length]).toEqual([0, 1, true, 2]);
  });
});

describe('positions and P&L (applyTrade)', () => {
  it('opens, adds, closes part (cost removed rounded up), flips, and realizes into collateral', () => {
    const v = new Scenario();
    const account = getOrCreateAccount(v.state, 'x');
    const market = v.market();
    expect(applyTrade(account, market, 3, 100)).toBe(0); // long 3, cost 300
    expect(applyTrade(account, market, 1, 101)).toBe(0); // long 4, cost 401
    // Sell 1 @ 110: cost removed ceil(401 / 4) = 101, realized 110 - 101 = 9.
    expect(applyTrade(account, market, -1, 110)).toBe(9);
    expect([account.positions.get(1)?.sizeLots, account.positions.get(1)?.costQuote, account.collateral]).toEqual([3, 300, 9]);
    expect(unrealizedPnl(account.positions.get(1) as never, 105, 1)).toBe(15);
    // Sell 5 @ 90: closes 3 (realized 270 - 300 = -30) and opens short 2 (cost -180).
    expect(applyTrade(account, market, -5, 90)).toBe(-30);
    expect(account.positions.get(1)).toMatchObject({ sizeLots: -2, costQuote: -180, realizedPnl: -21 });
    expect(account.collateral).toBe(-21);
    expect(isFlat(account)).toBe(false);
    // Buy 2 @ 80: closes the short, realized -160 + 180 = 20.
    expect(applyTrade(account, market, 2, 80)).toBe(20);
    expect(account.positions.get(1)).toMatchObject({ sizeLots: 0, costQuote: 0 });
    expect(isFlat(account)).toBe(true);
  });

  it('an account with no positions is flat; one flat position among open ones is not enough', () => {
    const v = new Scenario({ markets: 2 });
    const account = getOrCreateAccount(v.state, 'x');
    expect(isFlat(account)).toBe(true);
    applyTrade(account, v.market(1), 1, 100);
    applyTrade(account, v.market(1), -1, 100);
    applyTrade(account, v.market(2), 1, 100);
    expect(isFlat(account)).toBe(false);
  });
});

describe('block intervals', () => {
  it('blocks 1 and 2 close none; from block 3 it is the time since the previous block', () => {
    expect([blockIntervalUs(1, 0, 5), blockIntervalUs(2, 5, 90), blockIntervalUs(3, 90, 100)]).toEqual([undefined, undefined, 10]);
  });
});

describe('builders', () => {
  it('keyedVenueConfig: one market, three oracles with a quorum of two, the default policy and fund; the options change each', () => {
    const plain = keyedVenueConfig();
    expect([plain.config.markets.map((m) => [m.marketId, m.symbol]), plain.config.oracles.map((o) => o.oracleId), plain.config.oracleQuorum, plain.config.policy, plain.config.insuranceFundSeed]).toEqual([
      [[1, 'M1-PERP']],
      ['oracle-1', 'oracle-2', 'oracle-3'],
      2,
      DEFAULT_POLICY,
      5_000_000,
    ]);
    const custom = keyedVenueConfig({ markets: 2, oracles: 4, policy: NAMED_POLICIES.none, insuranceFundSeed: 7, seed: 2 });
    expect([custom.config.markets.map((m) => m.symbol), custom.config.oracles.length, custom.config.oracleQuorum, custom.config.policy.name, custom.config.insuranceFundSeed]).toEqual([['M1-PERP', 'M2-PERP'], 4, 3, 'none', 7]);
    expect(keyedVenueConfig({ quorum: 3 }).config.oracleQuorum).toBe(3);
    // Keys derive from the seed: the same seed gives the same keys, another seed others.
    expect(keyedVenueConfig().config.oracles[0]?.publicKeyHex).toBe(plain.config.oracles[0]?.publicKeyHex);
    expect(custom.config.oracles[0]?.publicKeyHex).not.toBe(plain.config.oracles[0]?.publicKeyHex);
    expect(custom.config.oracles[0]?.publicKeyHex).not.toBe(custom.config.oracles[1]?.publicKeyHex);
  });

  it('testVenueConfig: the tests\' fund unless one is named', () => {
    expect([testVenueConfig().config.insuranceFundSeed, testVenueConfig({ insuranceFundSeed: 9 }).config.insuranceFundSeed]).toEqual([TEST_INSURANCE_FUND_SEED, 9]);
  });

  it('ClientTxs: nonces count per client from 1; a limit order defaults to market 1, GTC, no client order id, not reduce-only', () => {
    const c = new ClientTxs();
    expect([c.nonce('a'), c.nonce('a'), c.nonce('b')]).toEqual([1, 2, 1]);
    const tx = c.limit('a', 'sell', 100, 2).tx;
    expect(tx).toMatchObject({ clientId: 'a', nonce: 3, placeOrder: { accountId: 'a', marketId: 1, clientOrderId: 0, side: 2, type: 1, timeInForce: 1, priceTicks: 100, sizeLots: 2, reduceOnly: false } });
    expect(c.limit('a', 'buy', 100, 2, { market: 2, tif: 3, cid: 9, reduceOnly: true }).tx).toMatchObject({ placeOrder: { marketId: 2, side: 1, timeInForce: 3, clientOrderId: 9, reduceOnly: true } });
    expect(c.deposit('b', 5).tx).toMatchObject({ clientId: 'b', nonce: 2, deposit: { accountId: 'b', amount: 5 } });
    expect(c.withdraw('b', 4).tx).toMatchObject({ nonce: 3, withdraw: { accountId: 'b', amount: 4 } });
  });
});
