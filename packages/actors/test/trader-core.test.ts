/**
 * The trader core stepped without a host: inputs in, effects out, time as an argument; the
 * durable log replayed through the same evolve the live path uses.
 */
import { describe, expect, it } from 'vitest';
import { decodeMessage, type faultline } from '@faultline/protocol';
import { createRng } from '@faultline/runtime';
import { venueEventToWire, type VenueEvent } from '@faultline/venue';
import type { CoreEffect } from '../src/core/effects.ts';
import { BEGIN_TIMER, decide, evolve, initialTraderState, recover, traderMode, type TraderState } from '../src/traders/trader-core.ts';
import { FUNDING_RETRY_TIMER, TICK_TIMER } from '../src/traders/trader-machine.ts';
import { leveragedStrategy, type LeveragedOwn, type LeveragedTraderConfig } from '../src/traders/leveraged-trader.ts';
import { noiseStrategy, type NoiseOwn, type NoiseTraderConfig } from '../src/traders/noise-trader.ts';
import { staleArbStrategy, type StaleArbOwn, type StaleArbTraderConfig } from '../src/traders/stale-arb-trader.ts';

type Tx = faultline.v1.ITransaction;

function executed(height: number, events: VenueEvent[], mark = 10_000): faultline.v1.IBlockExecuted {
  const all: VenueEvent[] = [{ kind: 'oraclePrice', oraclePrice: { marketId: 1, height, priceTicks: mark, freshReports: 3, stale: false, markTicks: mark } }, ...events];
  return { height, replicaId: 'exec-1', events: all.map(venueEventToWire), stateHash: new Uint8Array(32), blockTimeUs: 0 };
}

function account(accountId: string, collateral: number, sizeLots = 0): VenueEvent {
  const positions = sizeLots === 0 ? [] : [{ marketId: 1, sizeLots, entryNotional: sizeLots * 10_000, realizedPnl: 0, fundingPaid: 0 }];
  return { kind: 'accountUpdate', accountUpdate: { accountId, height: 0, collateral, equity: collateral, marginInitial: 0, marginMaintenance: 0, openOrders: 0, positions } };
}

const txs = (effects: CoreEffect[]): Tx[] => effects.flatMap((e) => (e.kind === 'publish' && 'tx' in e.body ? [e.body.tx] : []));
const timers = (effects: CoreEffect[]) => effects.filter((e) => e.kind === 'set-timer' || e.kind === 'cancel-timer');

const levConfig: LeveragedTraderConfig = { marketIds: [1], deposit: 100_000, intervalUs: 100_000, startDelayUs: 50_000, targetLeverage: 4, quotePerTickLot: 1, direction: 'long', ordersToTarget: 2 };

function leveraged(nowUs = 1_000, seed = 1): TraderState<LeveragedOwn> {
  return initialTraderState(levConfig, leveragedStrategy, { config: levConfig, marketId: 1, wantLong: true }, { clientId: 'lev', scheduleRng: createRng(seed), nowUs });
}

describe('trader core', () => {
  it('persists the deposit before sending it, re-sends it while unseen, then trades on a drawn tick', () => {
    const state = leveraged(1_000);
    expect(decide(state, { kind: 'start' }, 1_000).effects).toEqual([{ kind: 'set-timer', timer: BEGIN_TIMER, delayUs: 50_000 }]);
    const begin = decide(state, { kind: 'timer', timer: BEGIN_TIMER }, 51_000).effects;
    const deposit: Tx = { clientId: 'lev', nonce: 1_001, submittedAtUs: 51_000, deposit: { accountId: 'lev', amount: 100_000 } };
    expect(begin[0]?.kind).toBe('persist');
    const persisted = decodeMessage('Transaction', (begin[0] as Extract<CoreEffect, { kind: 'persist' }>).record);
    expect(persisted.ok && persisted.value.deposit?.amount).toBe(100_000);
    expect(txs(begin)).toEqual([deposit]);
    expect(timers(begin)).toEqual([{ kind: 'set-timer', timer: FUNDING_RETRY_TIMER, delayUs: 2_000_000 }]);
    expect(traderMode(state)).toBe('funding');

    // Not seen yet: the very same transaction again (the venue drops a duplicate).
    expect(txs(decide(state, { kind: 'timer', timer: FUNDING_RETRY_TIMER }, 2_051_000).effects)).toEqual([deposit]);

    const seen = decide(state, { kind: 'executed', executed: executed(1, [account('lev', 100_000)]) }, 2_100_000).effects;
    expect(traderMode(state)).toBe('trading');
    const tick = timers(seen).find((e) => e.kind === 'set-timer');
    expect(tick).toMatchObject({ kind: 'set-timer', timer: TICK_TIMER });
    expect(timers(seen)[0]).toEqual({ kind: 'cancel-timer', timer: FUNDING_RETRY_TIMER });

    // Target: 100,000 x 4 / 10,000 = 40 lots, in 2 orders of 20; one in flight at a time.
    const first = txs(decide(state, { kind: 'timer', timer: TICK_TIMER }, 2_200_000).effects);
    expect(first.map((tx) => tx.placeOrder?.sizeLots)).toEqual([20]);
    expect(first[0]?.placeOrder).toMatchObject({ accountId: 'lev', side: 1, type: 2, timeInForce: 2, clientOrderId: 1_001 });
    expect(txs(decide(state, { kind: 'timer', timer: TICK_TIMER }, 2_300_000).effects)).toEqual([]);
    const filled: VenueEvent = { kind: 'orderUpdate', orderUpdate: { height: 2, marketId: 1, orderId: 7, clientOrderId: 1_001, accountId: 'lev', status: 'filled', remainingLots: 0, reason: '', detail: '' } };
    decide(state, { kind: 'executed', executed: executed(2, [filled, account('lev', 100_000, 20)]) }, 2_350_000);
    expect(txs(decide(state, { kind: 'timer', timer: TICK_TIMER }, 2_400_000).effects).map((tx) => tx.placeOrder?.sizeLots)).toEqual([20]);
    decide(state, { kind: 'executed', executed: executed(3, [account('lev', 100_000, 40)]) }, 2_500_000);
    expect(traderMode(state)).toBe('holding');
    expect(state.counters).toMatchObject({ orders: 2, depositSends: 2 });
  });

  it('recovery replays the log through evolve: the recovered deposit is re-sent as it was, not paid twice', () => {
    const live = leveraged(1_000);
    decide(live, { kind: 'start' }, 1_000);
    const persisted = decide(live, { kind: 'timer', timer: BEGIN_TIMER }, 51_000).effects.flatMap((e) => (e.kind === 'persist' ? [e.record] : []));
    expect(persisted).toHaveLength(1);

    const restarted = recover(leveraged(9_000_000, 2), persisted);
    expect(restarted.depositTx).toEqual(live.depositTx);
    decide(restarted, { kind: 'start' }, 9_000_000);
    expect(restarted.funded).toBe(true);
    const begin = decide(restarted, { kind: 'timer', timer: BEGIN_TIMER }, 9_050_000).effects;
    expect(begin.some((e) => e.kind === 'persist')).toBe(false);
    expect(txs(begin)).toEqual([live.depositTx]);
    // Funded from the log: it trades at once (the view has not shown the account yet).
    expect(traderMode(restarted)).toBe('trading');
    // A record that does not decode is an error, not skipped; one that is not a Deposit changes nothing.
    expect(() => recover(leveraged(), [new Uint8Array([0xff, 0xff, 0xff])])).toThrow(/trader lev: corrupt log record/);
    expect(evolve(leveraged(), { clientId: 'lev', nonce: 5, cancelOrder: { accountId: 'lev', marketId: 1, orderId: 3 } }).depositTx).toBeUndefined();
  });

  it('pauses at a tick when the view is stale, and a block brings it back', () => {
    const state = leveraged(0);
    decide(state, { kind: 'start' }, 0);
    decide(state, { kind: 'timer', timer: BEGIN_TIMER }, 50_000);
    decide(state, { kind: 'executed', executed: executed(1, [account('lev', 100_000)]) }, 100_000);
    expect(traderMode(state)).toBe('trading');
    const stale = decide(state, { kind: 'timer', timer: TICK_TIMER }, 5_200_000).effects;
    expect(traderMode(state)).toBe('paused');
    expect(txs(stale)).toEqual([]);
    decide(state, { kind: 'executed', executed: executed(2, []) }, 5_300_000);
    expect(traderMode(state)).toBe('trading');
  });

  it('draws one tick delay per entry into trading, from its own seeded stream', () => {
    const delays = (seed: number) => {
      const state = leveraged(0, seed);
      decide(state, { kind: 'start' }, 0);
      decide(state, { kind: 'timer', timer: BEGIN_TIMER }, 50_000);
      const out: number[] = [];
      const take = (effects: CoreEffect[]) => {
        for (const e of effects) if (e.kind === 'set-timer' && e.timer === TICK_TIMER) out.push(e.delayUs);
      };
      take(decide(state, { kind: 'executed', executed: executed(1, [account('lev', 100_000)]) }, 100_000).effects);
      for (let i = 0; i < 5; i++) take(decide(state, { kind: 'timer', timer: TICK_TIMER }, 200_000 + i * 100_000).effects);
      return out;
    };
    const a = delays(3);
    expect(a).toHaveLength(6);
    expect(delays(3)).toEqual(a);
    expect(delays(4)).not.toEqual(a);
    const rng = createRng(3);
    const expected = Array.from({ length: 6 }, () => Math.max(1, Math.min(1_000_000, Math.round(-Math.log(1 - rng.float()) * 100_000))));
    expect(a).toEqual(expected);
  });

  it('noise: learns its resting orders from its own order events and cancels only those', () => {
    const config: NoiseTraderConfig = { marketIds: [1], deposit: 1_000, intervalUs: 10_000, startDelayUs: 0, cancelChancePpm: 1_000_000 };
    const state: TraderState<NoiseOwn> = initialTraderState(config, noiseStrategy, { config, rng: createRng(9), resting: new Map() }, { clientId: 'noise', scheduleRng: createRng(1), nowUs: 0 });
    decide(state, { kind: 'start' }, 0);
    decide(state, { kind: 'timer', timer: BEGIN_TIMER }, 0);
    decide(state, { kind: 'executed', executed: executed(1, [account('noise', 1_000)]) }, 1_000);
    const placed = txs(decide(state, { kind: 'timer', timer: TICK_TIMER }, 2_000).effects);
    expect(placed).toHaveLength(1);
    expect(placed[0]?.cancelOrder).toBeUndefined();
    const resting: VenueEvent = { kind: 'orderUpdate', orderUpdate: { height: 2, marketId: 1, orderId: 42, clientOrderId: 0, accountId: 'noise', status: 'resting', remainingLots: 3, reason: '', detail: '' } };
    const someoneElse: VenueEvent = { kind: 'orderUpdate', orderUpdate: { ...resting.orderUpdate, orderId: 43, accountId: 'other' } };
    decide(state, { kind: 'executed', executed: executed(2, [resting, someoneElse]) }, 3_000);
    expect([...state.own.resting]).toEqual([[42, 1]]);
    const cancel = txs(decide(state, { kind: 'timer', timer: TICK_TIMER }, 4_000).effects);
    expect(cancel.map((tx) => tx.cancelOrder)).toEqual([{ accountId: 'noise', marketId: 1, orderId: 42 }]);
    expect(state.own.resting.size).toBe(0);
  });

  it('stale-arb: buys toward a fresh external price above the mark, holds in between, closes reduce-only when the gap closes; ignores stale and older ticks', () => {
    const config: StaleArbTraderConfig = { marketIds: [1], deposit: 1_000_000, intervalUs: 10_000, startDelayUs: 0, thresholdBps: 100, closeBps: 20, orderLots: 5, maxPositionLots: 5, externalStaleAfterUs: 1_000_000 };
    const state: TraderState<StaleArbOwn> = initialTraderState(config, staleArbStrategy, { config, external: new Map() }, { clientId: 'arb', scheduleRng: createRng(2), nowUs: 0 });
    decide(state, { kind: 'start' }, 0);
    decide(state, { kind: 'timer', timer: BEGIN_TIMER }, 0);
    decide(state, { kind: 'executed', executed: executed(1, [account('arb', 1_000_000)]) }, 1_000);
    expect(traderMode(state)).toBe('trading');
    const tick = (nowUs: number) => txs(decide(state, { kind: 'timer', timer: TICK_TIMER }, nowUs).effects).map((tx) => tx.placeOrder);
    expect(tick(2_000)).toEqual([]); // no external price yet

    // External 10,300 against a mark of 10,000: +300 bps > 100. An IOC limit buy, 20 bps short of the external price.
    decide(state, { kind: 'external', tick: { marketId: 1, priceTicks: 10_300, atUs: 2_500 } }, 3_000);
    const [buy] = tick(4_000);
    expect(buy).toMatchObject({ accountId: 'arb', marketId: 1, side: 1, type: 1, timeInForce: 2, sizeLots: 5, priceTicks: Math.floor((10_300 * 9_980) / 10_000) });

    // An older tick (reordered by the network) changes nothing; filled: 5 lots long.
    decide(state, { kind: 'external', tick: { marketId: 1, priceTicks: 10_000, atUs: 1_000 } }, 4_500);
    expect(state.own.external.get(1)?.priceTicks).toBe(10_300);
    const filled: VenueEvent = { kind: 'orderUpdate', orderUpdate: { height: 2, marketId: 1, orderId: 9, clientOrderId: buy!.clientOrderId as number, accountId: 'arb', status: 'filled', remainingLots: 0, reason: '', detail: '' } };
    decide(state, { kind: 'executed', executed: executed(2, [filled, account('arb', 1_000_000, 5)]) }, 5_000);
    expect(tick(6_000)).toEqual([]); // at maxPositionLots: holds

    // The gap closes to +10 bps (<= 20): a reduce-only market sell of the whole position.
    decide(state, { kind: 'external', tick: { marketId: 1, priceTicks: 10_010, atUs: 6_500 } }, 7_000);
    expect(tick(8_000)).toEqual([expect.objectContaining({ side: 2, type: 2, timeInForce: 2, sizeLots: 5, reduceOnly: true })]);

    // A price older than externalStaleAfterUs (by receipt) is no price: nothing is traded on it.
    const stale: TraderState<StaleArbOwn> = initialTraderState(config, staleArbStrategy, { config, external: new Map() }, { clientId: 'arb2', scheduleRng: createRng(2), nowUs: 0 });
    decide(stale, { kind: 'start' }, 0);
    decide(stale, { kind: 'timer', timer: BEGIN_TIMER }, 0);
    decide(stale, { kind: 'executed', executed: executed(1, [account('arb2', 1_000_000)]) }, 1_000);
    decide(stale, { kind: 'external', tick: { marketId: 1, priceTicks: 11_000, atUs: 1_000 } }, 1_000);
    decide(stale, { kind: 'executed', executed: executed(2, []) }, 1_500_000);
    expect(txs(decide(stale, { kind: 'timer', timer: TICK_TIMER }, 1_600_000).effects)).toEqual([]);
  });
});
