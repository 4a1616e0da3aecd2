/**
 * How the simulator's faults end (sim/simulation.ts), one rule each:
 *  - under the faults-never-end variant a heal heals nothing (and a timed partition never ends);
 *  - a broker restart that has ended is not brought back by a later heal (only the outages in
 *    force are re-applied after a heal);
 *  - a crash's end starts the actor only if it is down: a restart fault in between is not
 *    followed by another incarnation;
 *  - a timed link fault ends at its time, a timed delay-kind fault too.
 */
import { describe, expect, it } from 'vitest';
import type { Host } from '@faultline/runtime';
import { Simulation } from '@faultline/runtime/sim';
import { SIM_VARIANTS } from '@faultline/runtime/testing';

const MS = 1_000;

function world(ids: string[], variant?: keyof typeof SIM_VARIANTS) {
  const sim = new Simulation({ seed: 3, latencyUs: { min: MS, max: MS }, ...(variant ? { variant: SIM_VARIANTS[variant] } : {}) });
  const hosts = new Map<string, Host>();
  const got = new Map<string, number[]>();
  const incarnations = new Map<string, number>();
  for (const id of ids) {
    got.set(id, []);
    sim.addActor(id, (host) => {
      hosts.set(id, host);
      incarnations.set(id, (incarnations.get(id) ?? 0) + 1);
      return { start: () => void host.subscribe(`demo.${id}`, (e) => void got.get(id)!.push(Number(e.ping?.n))) };
    });
  }
  const ping = (from: string, to: string, n: number): void => hosts.get(from)!.publish(`demo.${to}`, { ping: { n } });
  return { sim, got: (id: string) => got.get(id)!, ping, incarnation: (id: string) => incarnations.get(id) };
}

describe('fault ends', () => {
  it('under faults-never-end a heal heals nothing, and a timed partition never ends', () => {
    const { sim, got, ping } = world(['a', 'b'], 'faults-never-end');
    sim.schedule({ version: 1, faults: [{ kind: 'partition', atUs: 0, durationUs: 5 * MS, groups: [['a'], ['b']] }, { kind: 'heal', atUs: 10 * MS }] });
    sim.runFor(20 * MS);
    ping('a', 'b', 1);
    sim.runFor(10 * MS);
    expect(got('b')).toEqual([]);
    expect(sim.stats().cut).toBe(1);
    // Without the variant the same schedule ends, and the message gets through.
    const plain = world(['a', 'b']);
    plain.sim.schedule({ version: 1, faults: [{ kind: 'partition', atUs: 0, groups: [['a'], ['b']] }, { kind: 'heal', atUs: 10 * MS }] });
    plain.sim.runFor(20 * MS);
    plain.ping('a', 'b', 1);
    plain.sim.runFor(10 * MS);
    expect(plain.got('b')).toEqual([1]);
  });

  it('a broker restart that has ended is not brought back by a later heal', () => {
    const { sim, got, ping } = world(['a', 'b']);
    sim.schedule({ version: 1, faults: [{ kind: 'broker-restart', atUs: 0, durationUs: 5 * MS }, { kind: 'heal', atUs: 10 * MS }] });
    sim.runFor(20 * MS);
    ping('a', 'b', 1);
    sim.runFor(10 * MS);
    expect(got('b')).toEqual([1]);
    expect(sim.stats()).toMatchObject({ dropped: 0, lost: 0 });
  });

  it('a broker restart in force survives a heal, and ends at its own time', () => {
    const { sim, got, ping } = world(['a', 'b']);
    sim.schedule({ version: 1, faults: [{ kind: 'broker-restart', atUs: 0, durationUs: 30 * MS }, { kind: 'heal', atUs: 10 * MS }] });
    sim.runFor(20 * MS);
    ping('a', 'b', 1);
    sim.runFor(20 * MS);
    ping('a', 'b', 2);
    sim.runFor(10 * MS);
    expect(got('b')).toEqual([2]);
    expect(sim.stats()).toMatchObject({ lost: 1 });
  });

  it('a crash\'s end starts the actor only if it is down: after a restart fault in between, no further incarnation', () => {
    const { sim, incarnation } = world(['a']);
    sim.schedule({ version: 1, faults: [{ kind: 'crash', atUs: 0, durationUs: 20 * MS, actors: ['a'] }, { kind: 'restart', atUs: 10 * MS, actors: ['a'] }] });
    sim.runFor(15 * MS);
    expect([sim.isUp('a'), incarnation('a')]).toEqual([true, 2]);
    sim.runFor(10 * MS);
    expect([sim.isUp('a'), incarnation('a')]).toEqual([true, 2]);
  });

  it('timed link and delay-kind faults end at their time', () => {
    const { sim, got, ping } = world(['a', 'b']);
    sim.inject({ kind: 'link', atUs: 0, durationUs: 10 * MS, from: ['a'], to: ['b'], dropPpm: 1_000_000 });
    sim.inject({ kind: 'delay-kind', atUs: 0, durationUs: 10 * MS, messageKind: 'ping', delayUs: 50 * MS });
    ping('a', 'b', 1);
    sim.runFor(10 * MS);
    ping('a', 'b', 2);
    sim.runFor(2 * MS);
    expect(got('b')).toEqual([2]);
    expect(sim.stats().lost).toBe(1);
  });
});
