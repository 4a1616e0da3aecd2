/**
 * A timer of a crashed incarnation is dropped when its time comes, even while the actor's new
 * incarnation is paused: it is not held for the pause (and run again at the resume) — one event,
 * once. Session 25 (the timer's event is no longer popped when cancelled; it still is when it
 * belongs to an incarnation that is gone).
 */
import { describe, expect, it } from 'vitest';
import type { Host } from '@faultline/runtime';
import { Simulation } from '@faultline/runtime/sim';

const MS = 1_000;

describe('a timer of a crashed incarnation', () => {
  it('is dropped at its time, not held while the new incarnation is paused: popped once, never fired', () => {
    const sim = new Simulation({ seed: 4 });
    const hosts: Host[] = [];
    sim.addActor('a', (host) => {
      hosts.push(host);
      return { start() {} };
    });
    const fired: string[] = [];
    hosts[0]?.setTimer(2 * MS, () => fired.push('old'));
    sim.restart('a');
    sim.pause('a');
    sim.runFor(5 * MS);
    expect(sim.stats().events).toBe(1);
    sim.resume('a');
    sim.runFor(5 * MS);
    expect(fired).toEqual([]);
    expect(sim.stats()).toMatchObject({ events: 1, timersFired: 0 });
  });
});
