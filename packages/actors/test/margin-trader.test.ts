/**
 * The margin users (margin-trader.ts) and the stale-quote sniper (stale-arb snipeBps), stepped
 * as pure cores: what they ask the venue for, and that a restarted incarnation restores its
 * requests through the same evolve the live path applies (a withdrawer does not start its count
 * over; a trader that cut its loss does not open a new position).
 */
import { describe, expect, it } from 'vitest';
import { decodeMessage, type faultline } from '@faultline/protocol';
import { createRng } from '@faultline/runtime';
import { venueEventToWire, type VenueEvent } from '@faultline/venue';
import type { CoreEffect } from '../src/core/effects.ts';
import { checkMarginConfig, marginStrategy, type MarginOwn, type MarginTraderConfig } from '../src/traders/margin-trader.ts';
import { staleArbStrategy, type StaleArbOwn, type StaleArbTraderConfig } from '../src/traders/stale-arb-trader.ts';
import { BEGIN_TIMER, decide, initialTraderState, recover, traderMode, type TraderState } from '../src/traders/trader-core.ts';
import { TICK_TIMER } from '../src/traders/trader-machine.ts';

type Tx = faultline.v1.ITransaction;

function executed(height: number, events: VenueEvent[], mark = 10_000): faultline.v1.IBlockExecuted {
  const all: VenueEvent[] = [{ kind: 'oraclePrice', oraclePrice: { marketId: 1, height, priceTicks: mark, freshReports: 3, stale: false, markTicks: mark } }, ...events];
  return { height, replicaId: 'exec-1', events: all.map(venueEventToWire), stateHash: new Uint8Array(32), blockTimeUs: 0 };
}

function account(accountId: string, collateral: number, o: { sizeLots?: number; entryTicks?: number; equity?: number; marginInitial?: number } = {}): VenueEvent {
  const sizeLots = o.sizeLots ?? 0;
  const positions = sizeLots === 0 ? [] : [{ marketId: 1, sizeLots, entryNotional: sizeLots * (o.entryTicks ?? 10_000), realizedPnl: 0, fundingPaid: 0 }];
  return { kind: 'accountUpdate', accountUpdate: { accountId, height: 0, collateral, equity: o.equity ?? collateral, marginInitial: o.marginInitial ?? 0, marginMaintenance: 0, openOrders: 0, positions } };
}

const txs = (effects: CoreEffect[]): Tx[] => effects.flatMap((e) => (e.kind === 'publish' && 'tx' in e.body ? [e.body.tx] : []));
const persisted = (effects: CoreEffect[]): Uint8Array[] => effects.flatMap((e) => (e.kind === 'persist' ? [e.record] : []));

function margin(config: Partial<MarginTraderConfig> & Pick<MarginTraderConfig, 'style'>, nowUs = 0, seed = 1): TraderState<MarginOwn> {
  // 100,000 at a 5 % initial margin supports 2,000,000 of notional: 200 lots at 10,000.
  const full: MarginTraderConfig = { marketIds: [1], deposit: 100_000, intervalUs: 10_000, startDelayUs: 0, quotePerTickLot: 1, initialMarginPpm: 50_000, maintenanceMarginPpm: 30_000, direction: 'long', ...config };
  return initialTraderState(full, marginStrategy, { config: full, marketId: 1, long: full.direction !== 'short', rng: createRng(seed), resting: new Map(), sent: new Map(), withdrawals: 0, cut: false }, { clientId: 'm', scheduleRng: createRng(seed), nowUs });
}

/** Started, funded and seeing its account: every tick from here acts. */
function trading<K>(state: TraderState<K>, event: VenueEvent, nowUs = 1_000): TraderState<K> {
  decide(state, { kind: 'start' }, 0);
  decide(state, { kind: 'timer', timer: BEGIN_TIMER }, 0);
  decide(state, { kind: 'executed', executed: executed(1, [event]) }, nowUs);
  expect(traderMode(state)).toBe('trading');
  return state;
}

const tick = (state: TraderState<unknown>, nowUs: number) => decide(state, { kind: 'timer', timer: TICK_TIMER }, nowUs).effects;

describe('margin trader', () => {
  it('ladder: rests rungs 30 bps apart below the mark, the whole ladder 1.3x what its deposit supports', () => {
    const state = trading(margin({ style: 'ladder', refreshChancePpm: 0 }), account('m', 100_000));
    const rungs: Tx[] = [];
    for (let i = 0; i < 4; i++) {
      const [order] = txs(tick(state, 2_000 + i * 10_000));
      expect(order?.placeOrder).toMatchObject({ side: 1, type: 1, timeInForce: 1, sizeLots: 65 }); // floor(200 x 1.3 / 4)
      rungs.push(order as Tx);
      const rest: VenueEvent = { kind: 'orderUpdate', orderUpdate: { height: 2 + i, marketId: 1, orderId: 100 + i, clientOrderId: order?.placeOrder?.clientOrderId as number, accountId: 'm', status: 'resting', remainingLots: 65, reason: '', detail: '' } };
      decide(state, { kind: 'executed', executed: executed(2 + i, [rest]) }, 3_000 + i * 10_000);
    }
    expect(rungs.map((tx) => tx.placeOrder?.priceTicks)).toEqual([9_970, 9_940, 9_910, 9_880]);
    expect(txs(tick(state, 60_000))).toEqual([]); // four rest: it waits
    // A refresh cancels the farthest rung (the lowest bid).
    const refreshing = state as TraderState<MarginOwn>;
    (refreshing.own.config as { refreshChancePpm?: number }).refreshChancePpm = 1_000_000;
    expect(txs(tick(state, 70_000)).map((tx) => tx.cancelOrder?.orderId)).toEqual([103]);
  });

  it('withdraw: asks for what was reported free, every other time more; each request logged before it is sent and restored through evolve', () => {
    const state = trading(margin({ style: 'withdraw', withdrawChancePpm: 1_000_000, maxWithdrawals: 3 }), account('m', 100_000, { equity: 100_000, marginInitial: 40_000 }));
    const [rung] = txs(tick(state, 2_000));
    expect(rung?.placeOrder).toMatchObject({ side: 1, sizeLots: 70 }); // floor(200 x 0.7 / 2)
    const rest: VenueEvent = { kind: 'orderUpdate', orderUpdate: { height: 2, marketId: 1, orderId: 7, clientOrderId: rung?.placeOrder?.clientOrderId as number, accountId: 'm', status: 'resting', remainingLots: 70, reason: '', detail: '' } };
    decide(state, { kind: 'executed', executed: executed(2, [rest]) }, 3_000);
    // A second rung is refused by the venue (its margin): the withdrawer takes that as its ladder and withdraws.
    const second = txs(tick(state, 4_000))[0];
    const refused: VenueEvent = { kind: 'txRejected', txRejected: { height: 3, clientId: 'm', nonce: second?.nonce as number, txHash: new Uint8Array(0), reason: 'insufficient-margin', detail: '' } };
    decide(state, { kind: 'executed', executed: executed(3, [refused]) }, 5_000);
    const log: Uint8Array[] = [];
    const asks: number[] = [];
    for (let at = 6_000; asks.length < 3 && at < 1_000_000; at += 10_000) {
      const effects = tick(state, at);
      for (const tx of txs(effects)) {
        if (tx.withdraw) asks.push(Number(tx.withdraw.amount));
        if (tx.placeOrder) decide(state, { kind: 'executed', executed: executed(Math.floor(at / 1_000), [{ kind: 'txRejected', txRejected: { height: 0, clientId: 'm', nonce: tx.nonce as number, txHash: new Uint8Array(0), reason: 'insufficient-margin', detail: '' } }]) }, at + 1);
      }
      // The record is persisted before the transaction is published.
      const kinds = effects.map((e) => e.kind);
      if (txs(effects).some((tx) => tx.withdraw)) expect(kinds.indexOf('persist')).toBeLessThan(kinds.indexOf('publish'));
      log.push(...persisted(effects));
    }
    // Reported free: min(100,000, 100,000 - 40,000) = 60,000; then more than that; then 60,000 again.
    expect(asks[0]).toBe(60_000);
    expect(asks[1]).toBeGreaterThan(60_000);
    expect(asks[1]).toBeLessThanOrEqual(90_000);
    expect(asks[2]).toBe(60_000);
    expect(log.map((r) => decodeMessage('Transaction', r)).every((d) => d.ok && d.value.withdraw)).toBe(true);
    expect(txs(tick(state, 2_000_000)).filter((tx) => tx.withdraw)).toEqual([]); // maxWithdrawals reached

    // Restarted: the log restores the count through evolve, so no fourth request.
    const restarted = recover(margin({ style: 'withdraw', withdrawChancePpm: 1_000_000, maxWithdrawals: 3 }, 3_000_000, 2), log);
    expect(restarted.own.withdrawals).toBe(3);
  });

  it('cut-loss: opens its position, then cuts it reduce-only through the mark at a margin call (equity below 1.5x maintenance); restored, it stays out', () => {
    const state = trading(margin({ style: 'cut-loss', targetLeverage: 10 }), account('m', 100_000));
    const [open] = txs(tick(state, 2_000));
    expect(open?.placeOrder).toMatchObject({ side: 1, type: 2, sizeLots: 25 }); // 100 lots target, in quarters
    // Long 100 lots from 10,000; the mark falls to 9,250: equity 100,000 - 75,000 = 25,000 < 1.5 x 27,750 (3 % of 925,000).
    const filled: VenueEvent = { kind: 'orderUpdate', orderUpdate: { height: 2, marketId: 1, orderId: 5, clientOrderId: open?.placeOrder?.clientOrderId as number, accountId: 'm', status: 'filled', remainingLots: 0, reason: '', detail: '' } };
    decide(state, { kind: 'executed', executed: executed(2, [filled, account('m', 100_000, { sizeLots: 100 })], 9_250) }, 3_000);
    const effects = tick(state, 4_000);
    const [cut] = txs(effects);
    expect(cut?.placeOrder).toMatchObject({ side: 2, type: 1, timeInForce: 2, sizeLots: 100, reduceOnly: true, priceTicks: Math.floor((9_250 * 9_000) / 10_000) });
    const log = persisted(effects);
    expect(log).toHaveLength(1);
    expect(state.own.cut).toBe(true);
    // Flat: done for good.
    decide(state, { kind: 'executed', executed: executed(3, [account('m', 20_000)], 9_250) }, 5_000);
    expect(traderMode(state)).toBe('holding');

    const restarted = recover(margin({ style: 'cut-loss', targetLeverage: 10 }, 9_000_000, 3), log);
    expect(restarted.own.cut).toBe(true);
    trading(restarted, account('m', 20_000), 9_001_000);
    expect(txs(tick(restarted, 9_002_000))).toEqual([]);
  });

  it('refuses a config it cannot act on, naming the field', () => {
    expect(() => checkMarginConfig({ ...margin({ style: 'ladder' }).own.config, style: 'yolo' as never })).toThrow(/style must be one of ladder, withdraw, cut-loss/);
    expect(() => checkMarginConfig({ ...margin({ style: 'withdraw' }).own.config, withdrawChancePpm: -1 })).toThrow(/withdrawChancePpm must be an integer >= 0/);
    expect(() => checkMarginConfig({ ...margin({ style: 'cut-loss' }).own.config, cutThroughBps: 10_000 })).toThrow(/cutThroughBps/);
  });
});

describe('stale-arb sniper (snipeBps)', () => {
  it('with no gap to trade, takes quotes snipeBps past the external price both ways, and closes at the external price, not at market', () => {
    const config: StaleArbTraderConfig = { marketIds: [1], deposit: 1_000_000, intervalUs: 10_000, startDelayUs: 0, thresholdBps: 100, closeBps: 20, orderLots: 5, maxPositionLots: 5, externalStaleAfterUs: 1_000_000, snipeBps: 5 };
    const state: TraderState<StaleArbOwn> = trading(initialTraderState(config, staleArbStrategy, { config, external: new Map() }, { clientId: 'arb', scheduleRng: createRng(2), nowUs: 0 }), account('arb', 1_000_000));
    decide(state, { kind: 'external', tick: { marketId: 1, priceTicks: 10_040, atUs: 1_500 } }, 2_000); // +40 bps: between close and threshold
    const orders = txs(tick(state, 3_000)).map((tx) => tx.placeOrder);
    expect(orders).toEqual([
      expect.objectContaining({ side: 1, type: 1, timeInForce: 2, priceTicks: Math.floor((10_040 * 9_995) / 10_000), sizeLots: 5 }),
      expect.objectContaining({ side: 2, type: 1, timeInForce: 2, priceTicks: Math.ceil((10_040 * 10_005) / 10_000), sizeLots: 5 }),
    ]);
    // Untracked: the next tick snipes again rather than waiting for them.
    expect(txs(tick(state, 4_000))).toHaveLength(2);
    // Long 5 and the gap closed: an IOC limit at the external price (reduce-only), not a market order.
    decide(state, { kind: 'executed', executed: executed(2, [account('arb', 1_000_000, { sizeLots: 5 })]) }, 5_000);
    decide(state, { kind: 'external', tick: { marketId: 1, priceTicks: 10_010, atUs: 5_500 } }, 6_000);
    expect(txs(tick(state, 7_000)).map((tx) => tx.placeOrder)).toEqual([expect.objectContaining({ side: 2, type: 1, timeInForce: 2, priceTicks: 10_010, sizeLots: 5, reduceOnly: true })]);
  });
});
