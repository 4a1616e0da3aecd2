/**
 * The live bench's work account (bench/work-account.ts): each figure is the difference of two
 * snapshots divided by the step's orders or heights; the subscriptions' deliveries are ranked, the
 * largest first, and the ones that moved nothing are left out; an actor id names its group as the
 * bench's CPU figures do; nothing is divided by zero.
 */
import { describe, expect, it } from 'vitest';
import { formatHeightWork, formatWork, groupOf, workAccount, type WorkSnapshot } from '../bench/work-account.ts';

const snapshot = (over: Partial<WorkSnapshot>): WorkSnapshot => ({ broker: { inMsgs: 0, outMsgs: 0, inBytes: 0, outBytes: 0 }, connections: {}, deliveries: {}, cpuS: {}, voluntary: {}, involuntary: {}, ...over });

describe('the work account', () => {
  const before = snapshot({
    broker: { inMsgs: 100, outMsgs: 200, inBytes: 1_000, outBytes: 2_000 },
    connections: { validators: { inMsgs: 10, outMsgs: 40, inBytes: 100, outBytes: 400 } },
    deliveries: { 'validators tx.*': 40, 'execution block.*': 5, 'oracles exec.*': 7 },
    cpuS: { validators: 1, 'nats-server': 0.5 },
    voluntary: { validators: 1_000, 'nats-server': 50 },
    involuntary: { validators: 10 },
  });
  const after = snapshot({
    broker: { inMsgs: 1_100, outMsgs: 4_200, inBytes: 101_000, outBytes: 402_000 },
    connections: { validators: { inMsgs: 60, outMsgs: 4_040, inBytes: 600, outBytes: 40_400 }, execution: { inMsgs: 20, outMsgs: 30, inBytes: 0, outBytes: 0 } },
    deliveries: { 'validators tx.*': 4_040, 'execution block.*': 45, 'oracles exec.*': 7 },
    cpuS: { validators: 2, 'nats-server': 0.75 },
    voluntary: { validators: 1_400, 'nats-server': 250 },
    involuntary: { validators: 30 },
  });

  it('divides each difference by the orders or the heights', () => {
    const w = workAccount(before, after, 1_000, 10);
    expect(w.orders).toBe(1_000);
    expect(w.heights).toBe(10);
    expect(w.brokerPerOrder).toEqual({ inMsgs: 1, outMsgs: 4, inBytes: 100, outBytes: 400 });
    expect(w.brokerPerHeight).toEqual({ inMsgs: 100, outMsgs: 400, inBytes: 10_000, outBytes: 40_000 });
    expect(w.connectionsPerOrder['validators']).toEqual({ inMsgs: 0.05, outMsgs: 4, inBytes: 0.5, outBytes: 40 });
    // A connection the first snapshot did not have counts from zero.
    expect(w.connectionsPerOrder['execution']).toEqual({ inMsgs: 0.02, outMsgs: 0.03, inBytes: 0, outBytes: 0 });
    expect(w.cpuMsPerKiloOrder).toEqual({ validators: 1_000, 'nats-server': 250 });
    expect(w.wakeupsPerHeight).toEqual({ validators: 40, 'nats-server': 20 });
    expect(w.preemptionsPerHeight).toEqual({ validators: 2 });
  });

  it('ranks the deliveries, the largest first, and leaves out those that did not move', () => {
    const w = workAccount(before, after, 1_000, 10);
    expect(Object.entries(w.deliveriesPerOrder)).toEqual([
      ['validators tx.*', 4],
      ['execution block.*', 0.04],
    ]);
    expect(Object.entries(w.deliveriesPerHeight)).toEqual([
      ['validators tx.*', 400],
      ['execution block.*', 4],
    ]);
  });

  it('keeps the twelve largest deliveries', () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`s${i}`, i + 1]));
    const w = workAccount(snapshot({}), snapshot({ deliveries: many }), 1, 1);
    expect(Object.keys(w.deliveriesPerOrder)).toEqual(Array.from({ length: 12 }, (_, i) => `s${19 - i}`));
  });

  it('divides by nothing: a step without orders or heights reads zeros', () => {
    const w = workAccount(before, after, 0, 0);
    expect(w.brokerPerOrder).toEqual({ inMsgs: 0, outMsgs: 0, inBytes: 0, outBytes: 0 });
    expect(w.brokerPerHeight.outMsgs).toBe(0);
    expect(w.wakeupsPerHeight['validators']).toBe(0);
    expect(formatWork(w)).toContain('work over 0 orders, 0 heights');
  });

  it('accounts a window without orders per height (the idle window)', () => {
    const w = workAccount(before, after, 0, 10);
    expect(w.deliveriesPerOrder).toEqual({ 'validators tx.*': 0, 'execution block.*': 0 });
    expect(w.deliveriesPerHeight).toEqual({ 'validators tx.*': 400, 'execution block.*': 4 });
    const line = formatHeightWork(w);
    expect(line).toContain('work over 10 heights: broker per height msgs in/out 100/400, bytes in/out 10000/40000');
    expect(line).toContain('wake-ups per height validators 40 nats-server 20');
    expect(line).toContain('deliveries per height validators tx.* 400.0, execution block.* 4.0');
  });

  it('names the groups as the CPU figures do', () => {
    expect(['validator-1', 'exec-1', 'oracle-2', 'external-venue', 'bench'].map(groupOf)).toEqual(['validators', 'execution', 'oracles', 'oracles', 'bench']);
  });

  it('prints every part on the step line', () => {
    const line = formatWork(workAccount(before, after, 1_000, 10));
    expect(line).toContain('broker per order msgs in/out 1.00/4.00, bytes in/out 100/400 (per height msgs 100/400)');
    expect(line).toContain('validators 0.05/4.00');
    expect(line).toContain('validators tx.* 4.00, execution block.* 0.04');
    expect(line).toContain('cpu ms per 1,000 orders validators 1000 nats-server 250');
    expect(line).toContain('wake-ups per height validators 40 nats-server 20');
    expect(line).toContain('preemptions per height validators 2');
  });
});
