/**
 * The simulator's caches must never show a stale world (sim/simulation.ts):
 *  - routes cached by an earlier publish are dropped when a subscription ends (unsubscribe or
 *    crash): the actor is then no recipient (nothing delivered, dropped or counted);
 *  - one publish heard by several actors is decoded once: every recipient is handed the same
 *    envelope (which is why the freeze seam exists).
 */
import { describe, expect, it } from 'vitest';
import type { Host } from '@faultline/runtime';
import { Simulation } from '@faultline/runtime/sim';

const MS = 1_000;

function world(ids: string[]) {
  const sim = new Simulation({ seed: 4, latencyUs: { min: MS, max: MS } });
  const hosts = new Map<string, Host>();
  for (const id of ids) sim.addActor(id, (host) => (hosts.set(id, host), { start() {} }));
  return { sim, host: (id: string) => hosts.get(id)! };
}

describe('route caches', () => {
  it('an unsubscribe after the route was cached: the actor is no recipient any more', () => {
    const { sim, host } = world(['a', 'b']);
    let got = 0;
    const sub = host('a').subscribe('demo.x', () => void got++);
    host('b').publish('demo.x', { ping: { n: 1 } }); // caches the route
    sim.runFor(5 * MS);
    expect(got).toBe(1);
    sub.unsubscribe();
    host('b').publish('demo.x', { ping: { n: 2 } });
    sim.runFor(5 * MS);
    expect(got).toBe(1);
    expect(sim.stats()).toMatchObject({ published: 2, deliveries: 1, dropped: 0 });
  });

  it('a crash after the route was cached: nothing is routed to the dead actor', () => {
    const { sim, host } = world(['a', 'b']);
    host('a').subscribe('demo.x', () => undefined);
    host('b').publish('demo.x', { ping: { n: 1 } });
    sim.runFor(5 * MS);
    sim.crash('a');
    host('b').publish('demo.x', { ping: { n: 2 } });
    sim.runFor(5 * MS);
    expect(sim.stats()).toMatchObject({ published: 2, deliveries: 1, dropped: 0, toDownActor: 0 });
  });
});

describe('shared decoding', () => {
  it('one publish heard by several actors is decoded once: each is handed the same envelope', () => {
    const { sim, host } = world(['a', 'b', 'c']);
    const seen: unknown[] = [];
    host('a').subscribe('demo.all', (envelope) => void seen.push(envelope));
    host('b').subscribe('demo.all', (envelope) => void seen.push(envelope));
    host('c').publish('demo.all', { ping: { n: 1 } });
    sim.runFor(5 * MS);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });
});
