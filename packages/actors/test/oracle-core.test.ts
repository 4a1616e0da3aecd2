/**
 * The oracle core stepped without a host: ticks and timers in, signed reports and timer effects
 * out; the frozen price persisted and replayed through the same evolve.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, verifyBytes } from '@faultline/protocol';
import { createRng } from '@faultline/runtime';
import { oracleReportSigningBytes } from '@faultline/venue';
import type { CoreEffect } from '../src/core/effects.ts';
import { MAX_WAIT_US } from '../src/external/time-windows.ts';
import { FREEZE_TIMER, decide, initialOracleState, oracleMode, recover, type OracleActorConfig, type OracleState } from '../src/oracle/oracle-core.ts';
import { ORACLE_TIMERS } from '../src/oracle/oracle-machine.ts';

const [REPORT_TIMER, , WAIT_OUTAGE_TIMER, OUTAGE_END_TIMER] = ORACLE_TIMERS;
const config: OracleActorConfig = { oracleId: 'oracle-1', keySeed: 7, venueId: 'ext', marketIds: [1], reportIntervalUs: 1_000_000, noiseBps: 0, lagUs: 0 };

function oracle(overrides: Partial<OracleActorConfig> = {}, nowUs = 100): OracleState {
  const c = { ...config, ...overrides };
  return initialOracleState(c, deriveKeyPair(c.keySeed, c.oracleId), createRng(1), nowUs);
}

const tick = (priceTicks: number, marketId = 1) => ({ kind: 'external' as const, subject: 'external.ext', tick: { marketId, priceTicks, bidTicks: priceTicks - 1, askTicks: priceTicks + 1, atUs: 0 } });
const reports = (effects: CoreEffect[]) => effects.flatMap((e) => (e.kind === 'publish' && 'tx' in e.body && e.body.tx.oracleReport ? [e.body.tx] : []));
const timers = (effects: CoreEffect[]) => effects.filter((e) => e.kind === 'set-timer' || e.kind === 'cancel-timer');

describe('oracle core', () => {
  it('waits for a price, then reports on the grid, signed, with strictly increasing seqs', () => {
    const state = oracle();
    const start = decide(state, { kind: 'start' }, 100).effects;
    expect(oracleMode(state)).toBe('waitingForPrice');
    expect(timers(start)).toEqual([{ kind: 'set-timer', timer: WAIT_OUTAGE_TIMER, delayUs: MAX_WAIT_US }]);
    // Another venue's ticks are not its source.
    expect(decide(state, { ...tick(10_000), subject: 'external.other' }, 200).effects).toEqual([]);
    const price = decide(state, tick(10_000), 300).effects;
    expect(oracleMode(state)).toBe('reporting');
    expect(timers(price)).toEqual([
      { kind: 'cancel-timer', timer: WAIT_OUTAGE_TIMER },
      { kind: 'set-timer', timer: REPORT_TIMER, delayUs: 1_000_000 - 300 },
      { kind: 'set-timer', timer: ORACLE_TIMERS[1], delayUs: MAX_WAIT_US },
    ]);
    const first = decide(state, { kind: 'timer', timer: REPORT_TIMER }, 1_000_000).effects;
    const [tx] = reports(first);
    expect(tx).toMatchObject({ clientId: 'oracle-1', nonce: 101, oracleReport: { oracleId: 'oracle-1', marketId: 1, priceTicks: 10_000, observedAtUs: 1_000_000, reportSeq: 1_000_000 } });
    const report = tx?.oracleReport;
    const signed = { oracleId: 'oracle-1', marketId: 1, priceTicks: 10_000, observedAtUs: 1_000_000, reportSeq: 1_000_000 };
    expect(verifyBytes(deriveKeyPair(7, 'oracle-1').publicKey, oracleReportSigningBytes(signed), report?.signature as Uint8Array)).toBe(true);
    // The next report time is a full interval on: the report made now counts.
    expect(timers(first)).toContainEqual({ kind: 'set-timer', timer: REPORT_TIMER, delayUs: 1_000_000 });
    const second = reports(decide(state, { kind: 'timer', timer: REPORT_TIMER }, 2_000_000).effects);
    expect(second[0]?.oracleReport?.reportSeq).toBe(2_000_000);
    expect(state.counters).toEqual({ reports: 2, ticksObserved: 1 });
  });

  it('an outage clears what it saw, ignores ticks, and it must observe afresh after', () => {
    const state = oracle({ outages: [{ atUs: 1_500_000, durationUs: 1_500_000 }] });
    decide(state, { kind: 'start' }, 100);
    decide(state, tick(10_000), 300);
    expect(reports(decide(state, { kind: 'timer', timer: REPORT_TIMER }, 1_000_000).effects)).toHaveLength(1);
    const outage = decide(state, { kind: 'timer', timer: ORACLE_TIMERS[1] }, 1_500_000).effects;
    expect(oracleMode(state)).toBe('outage');
    expect(timers(outage)).toContainEqual({ kind: 'set-timer', timer: OUTAGE_END_TIMER, delayUs: 1_500_000 });
    expect(decide(state, tick(11_000), 2_000_000).effects).toEqual([]);
    decide(state, { kind: 'timer', timer: OUTAGE_END_TIMER }, 3_000_000);
    expect(oracleMode(state)).toBe('waitingForPrice');
    decide(state, tick(12_000), 3_100_000);
    const after = reports(decide(state, { kind: 'timer', timer: REPORT_TIMER }, 4_000_000).effects);
    expect(after.map((tx) => tx.oracleReport?.priceTicks)).toEqual([12_000]);
  });

  it('frozen: the stuck price is persisted once, and a restart replays it through evolve', () => {
    const state = oracle({ behaviour: { kind: 'frozen', fromUs: 1_500_000 } });
    const start = decide(state, { kind: 'start' }, 100).effects;
    expect(start.at(-1)).toEqual({ kind: 'set-timer', timer: FREEZE_TIMER, delayUs: 1_499_900 });
    decide(state, tick(10_000), 300);
    const freeze = decide(state, { kind: 'timer', timer: FREEZE_TIMER }, 1_500_000).effects;
    const records = freeze.flatMap((e) => (e.kind === 'persist' ? [e.record] : []));
    expect(records).toHaveLength(1);
    decide(state, tick(20_000), 1_600_000);
    const stuck = reports(decide(state, { kind: 'timer', timer: REPORT_TIMER }, 2_000_000).effects);
    expect(stuck.map((tx) => tx.oracleReport?.priceTicks)).toEqual([10_000]);

    const restarted = recover(oracle({ behaviour: { kind: 'frozen', fromUs: 1_500_000 } }, 5_000_000), records);
    expect([...restarted.frozen]).toEqual([[1, 10_000]]);
    decide(restarted, { kind: 'start' }, 5_000_000);
    expect(oracleMode(restarted)).toBe('reporting'); // the stuck price needs no observation
    const again = reports(decide(restarted, { kind: 'timer', timer: REPORT_TIMER }, 6_000_000).effects);
    expect(again.map((tx) => [tx.oracleReport?.priceTicks, tx.nonce])).toEqual([[10_000, 5_000_001]]);
    expect(() => recover(oracle(), [new Uint8Array([0xff, 0xff, 0xff])])).toThrow(/oracle oracle-1: corrupt log record/);
  });
});
