/**
 * The simulator's set-up rules (sim/simulation.ts): a run is named after its seed by default,
 * the network draws its latencies from its own stream (the seed derived with the label
 * `network`, so the actors' draws never shift it), an actor id is a subject token (no
 * wildcard), and under the `freezeSharedDeliveries` seam an envelope shared by several
 * recipients is deep-frozen: a handler that changes it throws instead of changing what the
 * others see.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from '@faultline/runtime';
import { Simulation } from '@faultline/runtime/sim';
import { freezeSharedDeliveries } from '@faultline/runtime/testing';

afterEach(() => {
  freezeSharedDeliveries(false);
});

describe('simulation set-up', () => {
  it('a run is named sim-<seed> unless named', () => {
    expect(new Simulation({ seed: 5 }).runId).toBe('sim-5');
    expect(new Simulation({ seed: 5, runId: 'r' }).runId).toBe('r');
  });

  it('the network\'s latencies come from the seed\'s "network" stream', () => {
    const sim = new Simulation({ seed: 21, latencyUs: { min: 1_000, max: 9_000 } });
    const arrivals: number[] = [];
    sim.addActor('rx', (host) => ({ start: () => void host.subscribe('demo.rx', () => void arrivals.push(sim.now())) }));
    sim.addActor('tx', (host) => ({
      start() {
        for (let i = 0; i < 3; i++) host.publish('demo.rx', { ping: { n: i } });
      },
    }));
    sim.runFor(100_000);
    const network = createRng(deriveSeed(21, 'network'));
    const expected = [network.int(1_000, 9_000), network.int(1_000, 9_000), network.int(1_000, 9_000)];
    // Per-link FIFO: each arrives no earlier than the one before it.
    for (let i = 1; i < 3; i++) expected[i] = Math.max(expected[i]!, expected[i - 1]!);
    expect(arrivals).toEqual(expected);
  });

  it('an actor id is a plain subject token: a wildcard is refused', () => {
    const sim = new Simulation({ seed: 1 });
    expect(() => sim.addActor('*', () => ({ start() {} }))).toThrow(/token "\*"/);
    expect(() => sim.addActor('>', () => ({ start() {} }))).toThrow(/token ">"/);
  });
});

describe('freezeSharedDeliveries (testing seam)', () => {
  it('deep-freezes each decoded envelope: a handler changing what it was handed throws, nested fields too', () => {
    expect(freezeSharedDeliveries(true)).toBe(false);
    const sim = new Simulation({ seed: 2 });
    const errors: string[] = [];
    for (const id of ['a', 'b']) {
      sim.addActor(id, (host) => ({
        start: () =>
          void host.subscribe('demo.all', (envelope) => {
            try {
              (envelope.ping as { n: number }).n = 99;
            } catch (error) {
              errors.push(`${id}: ${(error as Error).name}`);
            }
            try {
              (envelope as { sender: string }).sender = 'x';
            } catch (error) {
              errors.push(`${id}: ${(error as Error).name}`);
            }
          }),
      }));
    }
    sim.addActor('tx', (host) => ({ start: () => host.publish('demo.all', { ping: { n: 1, replyTo: 'tx' } }) }));
    sim.runFor(100_000);
    expect(errors.sort()).toEqual(['a: TypeError', 'a: TypeError', 'b: TypeError', 'b: TypeError']);
    expect(freezeSharedDeliveries(false)).toBe(true);
  });
});
