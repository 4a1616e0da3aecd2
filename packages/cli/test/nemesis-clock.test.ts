import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFaultSchedule } from '@faultline/runtime';
import { Nemesis } from '../src/live/nemesis.ts';
import type { Supervisor } from '../src/live/supervisor.ts';

/** A schedule's times count from the run's start; the nemesis starts later, once everything is up. */
describe('nemesis clock', () => {
  afterEach(() => vi.useRealTimers());

  const schedule = parseFaultSchedule({
    version: 1,
    faults: [
      { kind: 'partition', atUs: 2_000_000, durationUs: 1_000_000, groups: [['validator-1'], ['validator-2']] },
      { kind: 'heal', atUs: 5_000_000 },
    ],
  });

  function nemesis(): { published: Array<{ atMs: number; fault: unknown }>; nemesis: Nemesis } {
    const published: Array<{ atMs: number; fault: unknown }> = [];
    const startMs = Date.now();
    const n = new Nemesis({
      schedule,
      supervisor: {} as Supervisor,
      server: undefined,
      url: 'nats://127.0.0.1:1',
      record: () => {},
      publishFault: (fault) => published.push({ atMs: Date.now() - startMs, fault }),
    });
    return { published, nemesis: n };
  }

  it('fires each fault at its time on the run clock, less what elapsed before the nemesis started', () => {
    vi.useFakeTimers();
    const { published, nemesis: n } = nemesis();
    n.start(1_500_000);
    vi.advanceTimersByTime(499);
    expect(published).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(published.map((p) => p.atMs)).toEqual([500]);
    vi.advanceTimersByTime(3_000);
    expect(published.map((p) => p.atMs)).toEqual([500, 3_500]);
    n.stop();
  });

  it('a fault whose time already passed fires at once, not never', () => {
    vi.useFakeTimers();
    const { published, nemesis: n } = nemesis();
    n.start(2_500_000);
    vi.advanceTimersByTime(0);
    expect(published.map((p) => p.atMs)).toEqual([0]);
    n.stop();
  });
});
