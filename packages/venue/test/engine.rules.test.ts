/**
 * The engine's own rules, one by one (found by mutation testing of engine.ts): what it does with a
 * block out of order, an undecodable transaction, consensus evidence, a missing client or account
 * id, a duplicate (the nonce window and its compaction), a transfer at its bounds, a hash switched
 * off, and the order of the positions an AccountUpdate lists.
 *
 * And a bug it found: a withdrawal asserted that no more had been withdrawn than deposited — false
 * once a bankrupt account's debt is left on it (ADL off, the fund empty): its counterparties
 * withdraw their gains, and the assertion threw out of applyBlock, halting every replica. A
 * withdrawal now asserts what it guarantees: the account's collateral stays non-negative.
 */
import { describe, expect, it } from 'vitest';
import { applyBlock, createVenueState, DEFAULT_POLICY, VenueBlockError } from '@faultline/venue';
import { encodeTx, testVenueConfig } from '@faultline/venue/testing';
import { bodies, details, funded, rejections, Scenario } from './venue-scenario.ts';

type Events = ReturnType<Scenario['block']>;
const rejected = (events: Events) => bodies(events, 'txRejected').map((r) => [r.clientId, r.nonce, r.reason, r.detail]);

describe('blocks', () => {
  it('a block out of order throws a VenueBlockError naming both heights', () => {
    const { config } = testVenueConfig({ markets: 1 });
    const state = createVenueState(config);
    let error: unknown;
    try {
      applyBlock(state, { height: 2, timeUs: 1, txs: [] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VenueBlockError);
    expect([(error as Error).name, (error as Error).message]).toEqual(['VenueBlockError', 'block 2 applied at height 0: blocks apply in order']);
  });

  it('hash: false returns no state hash; by default the hash is 32 bytes', () => {
    const { config } = testVenueConfig({ markets: 1 });
    const state = createVenueState(config);
    expect(applyBlock(state, { height: 1, timeUs: 1, txs: [] }, { hash: false }).stateHash).toBeUndefined();
    expect(applyBlock(state, { height: 2, timeUs: 2, txs: [] }).stateHash?.length).toBe(32);
  });
});

describe('transactions the engine refuses or skips', () => {
  it('undecodable bytes: malformed-tx with no client, nonce 0 and the decoder\'s reason (undecodable when it gave none)', () => {
    const v = new Scenario();
    const bytes = new Uint8Array([0xff, 0xff]);
    const events = v.block([{ bytes, tx: undefined, decodeError: 'truncated' }, { bytes, tx: undefined }]);
    expect(rejected(events)).toEqual([
      ['', 0, 'malformed-tx', 'truncated'],
      ['', 0, 'malformed-tx', 'undecodable'],
    ]);
  });

  it('consensus evidence yields nothing at all, not even a rejection for its missing client id', () => {
    const v = new Scenario();
    const events = v.block([encodeTx('', 0, { evidence: {} })]);
    expect(bodies(events, 'txRejected')).toEqual([]);
  });

  it('a transaction without a client id is refused (missing-client-id), a deposit without an account id too (missing-account-id)', () => {
    const v = new Scenario();
    const events = v.block([encodeTx('', 1, { deposit: { accountId: 'alice', amount: 5 } }), encodeTx('alice', 1, { deposit: { accountId: '', amount: 5 } })]);
    expect(rejections(events)).toEqual(['missing-client-id', 'missing-account-id']);
    expect(v.state.accounts).toEqual([]);
  });

  it('a duplicate is refused with the client and nonce in its detail', () => {
    const v = new Scenario();
    const deposit = encodeTx('alice', 4, { deposit: { accountId: 'alice', amount: 5 } });
    const events = v.block([deposit, deposit]);
    expect(rejected(events).map(([, , reason, detail]) => [reason, detail])).toEqual([['duplicate-tx', 'alice 4']]);
  });

  it('a deposit to a new account beyond the account limit names the limit', () => {
    const v = new Scenario({ tweak: (c) => void (c.limits = { maxAccounts: 1 }) });
    const events = v.block([v.deposit('alice', 5), v.deposit('bob', 5)]);
    expect(details(events)).toEqual(['limit 1']);
  });
});

describe('transfer amounts at their bounds', () => {
  it('exactly the largest transfer is taken; one more is amount-above-max, the detail naming both', () => {
    const v = new Scenario();
    const max = v.config.maxTransferAmount;
    const events = v.block([v.deposit('alice', max), v.deposit('alice', max + 1)]);
    expect(details(events)).toEqual([`${max + 1} > ${max}`]);
    expect(rejections(events)).toEqual(['amount-above-max']);
    expect(v.collateral('alice')).toBe(max);
  });

  it('a deposit may take an account\'s collateral up to 2^53 - 1 and not past it (value-limit)', () => {
    const v = new Scenario({ tweak: (c) => void (c.maxTransferAmount = Number.MAX_SAFE_INTEGER) });
    funded(v, { alice: 1_000 });
    // Collateral beyond the deposits (gains the fund paid, in effect): the rule reads the account, not the totals.
    v.account('alice').collateral = Number.MAX_SAFE_INTEGER - 10;
    const block = (height: number, amount: number) =>
      applyBlock(v.state, { height, timeUs: height * 1_000_000, txs: [v.deposit('alice', amount)] }, { hash: false }).events;
    expect(rejections(block(2, 10))).toEqual([]);
    expect(v.collateral('alice')).toBe(Number.MAX_SAFE_INTEGER);
    const refused = block(3, 1);
    expect(rejections(refused)).toEqual(['value-limit']);
    expect(details(refused)).toEqual([`1 would pass ${Number.MAX_SAFE_INTEGER}`]);
  });
});

describe('the nonce window', () => {
  /** `count` deposits of 1 by alice, with the nonces `order` gives, in blocks of 300. */
  function deposits(nonces: number[]): Scenario {
    const v = new Scenario();
    for (let i = 0; i < nonces.length; i += 300) {
      const events = v.block(nonces.slice(i, i + 300).map((n) => encodeTx('alice', n, { deposit: { accountId: 'alice', amount: 1 } })));
      expect(rejections(events)).toEqual([]);
    }
    return v;
  }
  const window = (v: Scenario) => {
    const w = v.state.nonces.get('alice');
    return { floor: w?.floor, seen: w?.count, lowest: w?.runs[0] };
  };

  it('holds 1,024 nonces; the 1,025th drops the lowest 512 below a floor, and the floor itself is a duplicate', () => {
    const v = deposits(Array.from({ length: 1_024 }, (_, i) => i + 1));
    expect(window(v)).toEqual({ floor: 0, seen: 1_024, lowest: 1 });
    v.block([encodeTx('alice', 1_025, { deposit: { accountId: 'alice', amount: 1 } })]);
    expect(window(v)).toEqual({ floor: 512, seen: 513, lowest: 513 });
    const again = v.block([512, 513, 1].map((n) => encodeTx('alice', n, { deposit: { accountId: 'alice', amount: 1 } })));
    expect(rejections(again)).toEqual(['duplicate-tx', 'duplicate-tx', 'duplicate-tx']);
  });

  it('compaction drops the lowest nonces, whatever order they arrived in', () => {
    const v = deposits(Array.from({ length: 1_025 }, (_, i) => 1_025 - i));
    expect(window(v)).toEqual({ floor: 512, seen: 513, lowest: 513 });
  });
});

describe('withdrawals', () => {
  it('an account may withdraw its whole collateral, which leaves it at zero', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000 });
    expect(rejections(v.block([v.withdraw('alice', 1_000)]))).toEqual([]);
    expect(v.collateral('alice')).toBe(0);
  });

  it('with ADL off and no fund, a bankrupt account keeps its debt and its counterparties withdraw their gains: more than was deposited, and the block applies', () => {
    const v = new Scenario({ insuranceFundSeed: 0, policy: { ...DEFAULT_POLICY, name: 'no-adl', adl: { enabled: false } } });
    funded(v, { alice: 6_000, bob: 100_000, carol: 100_000, dave: 100_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    // Oracle 9,000: alice's equity is -4,050; closed on carol's bid she keeps the debt (no fund, no ADL).
    const liquidation = v.block([v.limit('carol', 'buy', 9_000, 10), v.liquidate('alice')], { prices: { 1: 9_000 } });
    expect(bodies(liquidation, 'liquidation').map((l) => [l.executed, l.badDebt])).toEqual([[true, 4_050]]);
    // bob takes his 10,000 gain from dave; carol and dave then close against each other.
    v.block([v.limit('dave', 'sell', 9_000, 10), v.limit('bob', 'buy', 9_000, 10)]);
    v.block([v.limit('dave', 'buy', 9_000, 10), v.limit('carol', 'sell', 9_000, 10)]);
    expect(['alice', 'bob', 'carol', 'dave'].map((id) => v.position(id).sizeLots)).toEqual([0, 0, 0, 0]);
    const out = v.block(['bob', 'carol', 'dave'].map((id) => v.withdraw(id, v.collateral(id))));
    expect(rejections(out)).toEqual([]);
    expect(v.collateral('alice')).toBe(-4_050);
    expect(v.state.totalWithdrawals - v.state.totalDeposits).toBe(4_050 - v.state.feesCollected);
  });
});

describe('AccountUpdate', () => {
  it('lists the positions by market id, whatever order they opened in', () => {
    const v = new Scenario({ markets: 3 });
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    const events = v.block([3, 1, 2].flatMap((market) => [v.limit('bob', 'sell', 10_000, 1, { market }), v.limit('alice', 'buy', 10_000, 1, { market })]));
    const alice = bodies(events, 'accountUpdate').find((u) => u.accountId === 'alice');
    expect(alice?.positions.map((p) => [p.marketId, p.sizeLots])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
  });
});

describe('the planted priority-off-by-one variant', () => {
  it('reaches the book: a level\'s second order fills first', () => {
    const v = new Scenario({ variant: 'priority-off-by-one' });
    funded(v, { alice: 1_000_000, bob: 1_000_000, carol: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 1), v.limit('carol', 'sell', 10_000, 1)]);
    const events = v.block([v.limit('alice', 'buy', 10_000, 1)]);
    expect(bodies(events, 'fill').map((f) => f.makerAccountId)).toEqual(['carol']);
  });
});
