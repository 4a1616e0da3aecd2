/**
 * The simulator's World view and its zombie hosts (sim/simulation.ts), one rule each:
 *  - asWorld(): crash, restart, inject, runUntil, now and stats act on the simulation itself;
 *  - a zombie host's subscription (never unsubscribed) receives nothing, not even what the live
 *    incarnation of its actor receives.
 */
import { describe, expect, it } from 'vitest';
import type { Host } from '@faultline/runtime';
import { Simulation } from '@faultline/runtime/sim';

const MS = 1_000;

describe('the World view of a simulation', () => {
  it('crash, restart, inject, runUntil, now and stats act on the simulation', async () => {
    const sim = new Simulation({ seed: 2, latencyUs: { min: MS, max: MS } });
    const world = sim.asWorld();
    expect(world.kind).toBe('sim');
    const hosts: Host[] = [];
    let got = 0;
    await world.addActor('a', (host) => (hosts.push(host), { start: () => void host.subscribe('demo.a', () => void got++) }));
    await world.addActor('b', (host) => (hosts.push(host), { start() {} }));
    await world.crash('a');
    expect(sim.isUp('a')).toBe(false);
    await world.restart('a');
    expect(sim.isUp('a')).toBe(true);
    expect(hosts).toHaveLength(3);
    await world.inject({ kind: 'one-way', atUs: 0, from: ['b'], to: ['a'] });
    hosts[1]!.publish('demo.a', { ping: { n: 1 } });
    expect(await world.runUntil(() => got > 0, 10 * MS)).toBe(false);
    expect(world.now()).toBe(10 * MS);
    expect(world.stats()).toEqual({ deliveries: 0, dropped: 1, duplicated: 0, rejectedFrames: 0 });
    await world.inject({ kind: 'heal', atUs: 0 });
    hosts[1]!.publish('demo.a', { ping: { n: 2 } });
    expect(await world.runUntil(() => got > 0, 10 * MS)).toBe(true);
    expect(world.stats()).toEqual({ deliveries: 1, dropped: 1, duplicated: 0, rejectedFrames: 0 });
    await world.close();
  });
});

describe('zombie hosts', () => {
  it('a zombie host\'s subscription receives nothing, not even what the live incarnation receives', () => {
    const sim = new Simulation({ seed: 2, latencyUs: { min: MS, max: MS } });
    const hosts: Host[] = [];
    const live: number[] = [];
    sim.addActor('a', (host) => (hosts.push(host), { start: () => void host.subscribe('demo.a', (e) => void live.push(Number(e.ping?.n))) }));
    sim.addActor('b', (host) => (hosts.push(host), { start() {} }));
    const zombie = hosts[0]!;
    sim.restart('a');
    const haunted: number[] = [];
    zombie.subscribe('demo.a', (e) => void haunted.push(Number(e.ping?.n)));
    hosts[1]!.publish('demo.a', { ping: { n: 1 } });
    sim.runFor(10 * MS);
    expect([live, haunted]).toEqual([[1], []]);
  });
});
