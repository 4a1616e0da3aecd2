/**
 * The referee's walk at the edges its rule tests left open (referee/referee.ts:421-576, found by
 * mutation testing), each judged by the referee's books equalling the engine's with the referee
 * still judging and no violation:
 * - funding with a contract multiplier of 2, each payer's amount an exact multiple of 10^6 ppm
 *   (no unit added when nothing is left over);
 * - the duplicate window: it trims once it holds 1,025 nonces (not at 1,024), to the newest half
 *   above a floor taken from the sorted nonces, and each trim moves the floor up;
 * - cancel-all consumes only its own account's user cancels (in its market): the next transaction's
 *   cancel is that transaction's;
 * - an account below zero may send an order that changes nothing, and a user fill may leave it below
 *   zero when it does not lower its equity (at the mark, above the mark).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type VenueConfig } from '@faultline/venue';
import { encodeTx } from '@faultline/venue/testing';
import { agrees } from './referee-agrees.ts';
import { bodies, funded, IOC, POST_ONLY, S, Scenario } from './venue-scenario.ts';
import { Recorder } from './referee-recorder.ts';


describe('funding with a multiplier of 2, amounts an exact multiple of 10^6', () => {
  it('payers pay lots x oracle x 2 x rate / 10^6 with nothing added, receivers share it', () => {
    const v = new Scenario({
      policy: { ...DEFAULT_POLICY, name: 'funding', blockGapHalt: { enabled: false, thresholdUs: 10 * S } },
      tweak: (c) => {
        const m = c.markets[0] as VenueConfig['markets'][number];
        m.quotePerTickLot = 2;
        m.funding = { intervalUs: 4 * S, clampPpm: 6_000 };
        m.markEmaWindowUs = S;
      },
    });
    funded(v, { alice: 1_000_000, bob: 1_000_000, carol: 1_000_000, erin: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 3), v.limit('carol', 'sell', 10_000, 4), v.limit('alice', 'buy', 10_000, 7)]);
    v.block([v.limit('erin', 'buy', 10_300, 1, { tif: POST_ONLY }), v.limit('erin', 'sell', 10_400, 1, { tif: POST_ONLY })]);
    const rates: number[] = [];
    for (let i = 0; i < 6; i++) {
      rates.push(...bodies(v.block([]), 'funding').map((f) => f.ratePpm));
      agrees(v);
    }
    // The premium is beyond the clamp: each interval alice (long 7) pays 7 x 10,000 x 2 x 6,000 / 10^6 = 840 exactly.
    expect(rates.length).toBeGreaterThan(0);
    expect(rates.every((r) => r === 6_000)).toBe(true);
    expect(v.position('alice').fundingPaid).toBe(840 * rates.length);
    expect(v.position('bob').fundingPaid + v.position('carol').fundingPaid).toBe(-840 * rates.length);
  });
});

describe('the duplicate window of a client', () => {
  const deposit = (nonce: number) => encodeTx('alice', nonce, { deposit: { accountId: 'alice', amount: 1 } });
  const rejected = (v: Scenario) => bodies(v.events, 'txRejected').map((r) => `${r.nonce} ${r.reason}`);

  it('holding 1,024 nonces it has not trimmed: an older nonce never used still applies', () => {
    const v = new Scenario();
    v.block(Array.from({ length: 1_024 }, (_, i) => deposit(i + 2)));
    v.block([deposit(1)]);
    expect(rejected(v)).toEqual([]);
    agrees(v);
    expect(v.collateral('alice')).toBe(1_025);
  });

  it('each trim moves the floor: nonces never used below the second floor are duplicates', () => {
    const v = new Scenario();
    v.block(Array.from({ length: 1_599 }, (_, i) => i + 2).filter((n) => n !== 800).map(deposit));
    expect(v.state.nonces.get('alice')?.floor).toBe(1_026);
    v.block([deposit(1), deposit(800), deposit(1_027)]);
    expect(rejected(v)).toEqual(['1 duplicate-tx', '800 duplicate-tx', '1027 duplicate-tx']);
    agrees(v);
  });

  it('the floor is taken from the nonces sorted, whatever order they came in', () => {
    const v = new Scenario();
    v.block([deposit(1_026), ...Array.from({ length: 1_024 }, (_, i) => deposit(i + 2))]);
    expect(v.state.nonces.get('alice')?.floor).toBe(513);
    v.block([deposit(1_026), deposit(513), deposit(514), deposit(1)]);
    expect(rejected(v)).toEqual(['1026 duplicate-tx', '513 duplicate-tx', '514 duplicate-tx', '1 duplicate-tx']);
    agrees(v);
  });
});

describe('cancel-all among other cancels', () => {
  const cancelAll = (v: Scenario, id: string, marketId: number) => encodeTx(id, v.nonce(id), { cancelAll: { accountId: id, marketId } });

  it('consumes only its own account\'s cancels: the next transaction\'s cancel of another account is that transaction\'s', () => {
    const v = new Scenario();
    funded(v, { alice: 1_000_000, bob: 1_000_000 });
    v.block([v.limit('alice', 'buy', 9_900, 1), v.limit('bob', 'buy', 9_800, 1, { cid: 5 })]);
    v.block([cancelAll(v, 'alice', 0), v.cancel('bob', 5)]);
    agrees(v);
    expect(v.market().book.orderCount).toBe(0);
  });

  it('in one market consumes only that market\'s: the same account\'s next cancel in another market is that transaction\'s', () => {
    const v = new Scenario({ markets: 2 });
    funded(v, { alice: 1_000_000 });
    v.block([v.limit('alice', 'buy', 9_900, 1), v.limit('alice', 'buy', 9_800, 1, { market: 2, cid: 6 })]);
    v.block([cancelAll(v, 'alice', 1), v.cancel('alice', 6, 2)]);
    agrees(v);
    expect(v.market(1).book.orderCount + v.market(2).book.orderCount).toBe(0);
  });
});

describe('an account below zero', () => {
  /** alice (6,000) long 10 at 10,000 with resting sells of 1 at 10,500 and 10,600; the price falls to 9,000 (equity -4,050). */
  function underwater(): Scenario {
    const v = new Scenario({ policy: { ...DEFAULT_POLICY, name: 'wide', priceBand: { ...DEFAULT_POLICY.priceBand, enabled: false } } });
    funded(v, { alice: 6_000, bob: 1_000_000 });
    v.block([v.limit('bob', 'sell', 10_000, 10), v.limit('alice', 'buy', 10_000, 10)]);
    v.block([v.limit('alice', 'sell', 10_500, 1, { cid: 1 }), v.limit('alice', 'sell', 10_600, 1, { cid: 2 })]);
    v.block([], { prices: { 1: 9_000 } });
    expect(v.health('alice').equity).toBeLessThan(0);
    return v;
  }

  it('may send a reduce-only order that neither fills nor rests (nothing moved): no admission violation', () => {
    const v = underwater();
    v.block([v.limit('alice', 'sell', 9_500, 1, { tif: IOC, reduceOnly: true })]);
    expect(bodies(v.events, 'orderUpdate').map((u) => `${u.accountId} ${u.status}`)).toEqual(['alice cancelled']);
    agrees(v);
  });

  it('a user fill that lowers it no further is no violation; one that lowers it is (the referee seeing the fill prices changed)', () => {
    // alice (2,000) takes bob's sells at 9,990 and 10,000 (mark 10,000); the referee reads the first at 13,000 (alice to -1,005).
    const v = new Recorder();
    v.block([v.deposit('alice', 2_000), v.deposit('bob', 100_000)]);
    v.block([v.limit('bob', 'sell', 10_000, 1), v.limit('bob', 'sell', 9_990, 1)]);
    v.block([v.limit('alice', 'buy', 10_000, 2)]);
    const fills = (v.steps[2]?.events ?? []).filter((e) => e.kind === 'fill').map((e) => (e as { fill: { fillId: number; priceTicks: number; takerFee: number } }).fill);
    expect(fills.map((f) => `${f.priceTicks} ${f.takerFee}`)).toEqual(['9990 5', '10000 5']);
    const deficits = (second: number) =>
      v
        .judge((events) => {
          const [a, b] = events.filter((e) => e.kind === 'fill').map((e) => (e as { fill: { priceTicks: number } }).fill);
          (a as { priceTicks: number }).priceTicks = 13_000;
          (b as { priceTicks: number }).priceTicks = second;
        })
        .found.filter((f) => f.startsWith('no-hidden-deficit'));
    const first = `no-hidden-deficit: fill ${fills[0]?.fillId} takes alice's equity from 2000 to -1005 (a user fill; only liquidation may go below zero)`;
    // At 9,000 the second fill gains 1,000 less the fee: -10, higher; at 9,995 it gains exactly the fee: -1,005 again; at 10,000 it loses the fee.
    expect(deficits(9_000)).toEqual([first]);
    expect(deficits(9_995)).toEqual([first]);
    expect(deficits(10_000)).toEqual([first, `no-hidden-deficit: fill ${fills[1]?.fillId} takes alice's equity from -1005 to -1010 (a user fill; only liquidation may go below zero)`]);
  });
});
