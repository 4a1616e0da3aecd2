/**
 * The liquidator's pure core stepped without a host: inputs in, effects out, time as an argument.
 */
import { describe, expect, it } from 'vitest';
import type { faultline } from '@faultline/protocol';
import { venueEventToWire, type VenueEvent } from '@faultline/venue';
import type { CoreEffect } from '../src/core/effects.ts';
import { chartStart, chartStep } from '../src/core/chart.ts';
import { decide, initialLiquidatorState, liquidatorCounters, SCAN_TIMER, type LiquidatorState } from '../src/liquidator/liquidator-core.ts';
import { GRACE_TIMER, liquidatorMachine } from '../src/liquidator/liquidator-machine.ts';

const markets = [{ marketId: 1, quotePerTickLot: 1, maintenanceMarginPpm: 30_000 }];
const config = { liquidatorId: 'liq', markets, scanIntervalUs: 200_000, maxPerScan: 2, resubmitAfterUs: 2_000_000, blindAfterUs: 1_000_000, graceAfterResumeUs: 3_000_000 };

/** A BlockExecuted at `height` with a mark and, optionally, accounts and a market status. */
function executed(height: number, mark: number, extra: VenueEvent[] = []): faultline.v1.IBlockExecuted {
  const events: VenueEvent[] = [{ kind: 'oraclePrice', oraclePrice: { marketId: 1, height, priceTicks: mark, freshReports: 3, stale: false, markTicks: mark } }, ...extra];
  return { height, replicaId: 'exec-1', events: events.map(venueEventToWire), stateHash: new Uint8Array(32), blockTimeUs: height * 100_000 };
}

/** A long of 100 lots entered at 10,000 with `collateral`: maintenance at mark p is 3 x p. */
function long(accountId: string, collateral: number, height = 1): VenueEvent {
  return {
    kind: 'accountUpdate',
    accountUpdate: { accountId, height, collateral, equity: collateral, marginInitial: 0, marginMaintenance: 0, openOrders: 0, positions: [{ marketId: 1, sizeLots: 100, entryNotional: 1_000_000, realizedPnl: 0, fundingPaid: 0 }] },
  };
}

const resumed = (height: number): VenueEvent => ({ kind: 'marketStatus', marketStatus: { marketId: 1, height, state: 1, reason: 'resumed', blockTimeUs: 0 } });
const liquidations = (effects: CoreEffect[]) =>
  effects.flatMap((e) => (e.kind === 'publish' && 'tx' in e.body && e.body.tx.liquidate ? [{ subject: e.subject, tx: e.body.tx }] : []));

function started(nowUs = 1_000): LiquidatorState {
  const state = initialLiquidatorState(config, 'liq', nowUs);
  const { effects } = decide(state, { kind: 'start' }, nowUs);
  expect(effects).toEqual([{ kind: 'set-timer', timer: SCAN_TIMER, delayUs: 200_000 }]);
  return state;
}

describe('liquidator core', () => {
  it('starts blind and sends nothing until it has seen a block', () => {
    const state = started();
    expect(state.mode).toBe('blind');
    const { effects } = decide(state, { kind: 'timer', timer: SCAN_TIMER }, 201_000);
    expect(liquidations(effects)).toEqual([]);
    expect(effects.at(-1)).toEqual({ kind: 'set-timer', timer: SCAN_TIMER, delayUs: 200_000 });
  });

  it('liquidates unhealthy accounts worst first, maxPerScan per scan, at the latest mark, with time-based nonces', () => {
    const state = started(1_000);
    decide(state, { kind: 'executed', executed: executed(1, 10_000, [long('weak-1', 40_000), long('weak-2', 35_000), long('weak-3', 32_000), long('ok', 50_000)]) }, 100_000);
    expect(state.mode).toBe('active');
    expect(liquidations(decide(state, { kind: 'timer', timer: SCAN_TIMER }, 200_000).effects)).toEqual([]);
    decide(state, { kind: 'executed', executed: executed(2, 9_800) }, 300_000);
    const first = liquidations(decide(state, { kind: 'timer', timer: SCAN_TIMER }, 400_000).effects);
    expect(first.map((l) => l.tx.liquidate?.accountId)).toEqual(['weak-3', 'weak-2']);
    expect(first[0]).toEqual({
      subject: 'tx.liq',
      tx: { clientId: 'liq', nonce: 1_001, submittedAtUs: 400_000, liquidate: { liquidatorId: 'liq', accountId: 'weak-3', marketId: 0, observedMarkTicks: 9_800 } },
    });
    const second = liquidations(decide(state, { kind: 'timer', timer: SCAN_TIMER }, 600_000).effects);
    expect(second.map((l) => l.tx.liquidate?.accountId)).toEqual(['weak-1']);
    expect(state.tally).toMatchObject({ scans: 3, submitted: 3, deferredByCap: 1, skippedRecent: 2 });
  });

  it('a resume opens a grace window armed as a host timer; its end makes it active again', () => {
    const state = started();
    decide(state, { kind: 'executed', executed: executed(1, 9_000, [long('weak', 32_000)]) }, 100_000);
    const { effects } = decide(state, { kind: 'executed', executed: executed(2, 9_000, [resumed(2)]) }, 200_000);
    expect(state.mode).toBe('grace');
    expect(effects).toContainEqual({ kind: 'set-timer', timer: GRACE_TIMER, delayUs: 3_000_000 });
    expect(liquidations(decide(state, { kind: 'timer', timer: SCAN_TIMER }, 300_000).effects)).toEqual([]);
    // Another resume extends the window: the timer is cancelled and re-armed to the new end.
    const again = decide(state, { kind: 'executed', executed: executed(3, 9_000, [resumed(3)]) }, 1_200_000).effects;
    expect(again.filter((e) => e.kind === 'cancel-timer' || e.kind === 'set-timer')).toEqual([
      { kind: 'cancel-timer', timer: GRACE_TIMER },
      { kind: 'set-timer', timer: GRACE_TIMER, delayUs: 3_000_000 },
    ]);
    decide(state, { kind: 'executed', executed: executed(4, 9_000) }, 4_100_000);
    decide(state, { kind: 'timer', timer: GRACE_TIMER }, 4_200_000);
    expect(state.mode).toBe('active');
    expect(liquidations(decide(state, { kind: 'timer', timer: SCAN_TIMER }, 4_300_000).effects).map((l) => l.tx.liquidate?.accountId)).toEqual(['weak']);
    const counters = liquidatorCounters(state, 5_000_000);
    expect(counters.timeInStateUs).toEqual({ blind: 99_000, active: 100_000 + 800_000, grace: 4_000_000 });
  });

  it('goes blind at a scan when the view is older than blindAfterUs, and a block while the window is open returns to grace', () => {
    const state = started();
    decide(state, { kind: 'executed', executed: executed(1, 10_000, [resumed(1)]) }, 100_000);
    expect(state.mode).toBe('grace');
    const blind = decide(state, { kind: 'timer', timer: SCAN_TIMER }, 1_200_000).effects;
    expect(state.mode).toBe('blind');
    expect(blind).toContainEqual({ kind: 'cancel-timer', timer: GRACE_TIMER });
    decide(state, { kind: 'executed', executed: executed(2, 10_000) }, 1_300_000);
    expect(state.mode).toBe('grace');
    decide(state, { kind: 'executed', executed: executed(3, 10_000) }, 3_200_000);
    expect(state.mode).toBe('grace');
  });

  it('the chart alone: guards read the event, the grace delay comes back as a timer effect', () => {
    const start = chartStart(liquidatorMachine);
    expect(start.snapshot.value).toBe('blind');
    const facts = { nowUs: 10, graceUntilUs: 110, blind: false };
    const toGrace = chartStep(liquidatorMachine, start.snapshot, { type: 'BLOCK', ...facts });
    expect(toGrace.snapshot.value).toBe('grace');
    expect(toGrace.timers).toEqual([{ kind: 'set-timer', timer: GRACE_TIMER, delayUs: 100 }]);
    const toActive = chartStep(liquidatorMachine, start.snapshot, { type: 'BLOCK', ...facts, graceUntilUs: 10 });
    expect(toActive.snapshot.value).toBe('active');
    const scan = chartStep(liquidatorMachine, toActive.snapshot, { type: 'SCAN', ...facts });
    expect(scan.actions).toEqual([{ type: 'scan' }]);
    expect(chartStep(liquidatorMachine, toActive.snapshot, { type: 'SCAN', ...facts, blind: true }).snapshot.value).toBe('blind');
  });
});
