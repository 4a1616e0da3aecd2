/**
 * Simulator rules the other rule files leave open (sim/simulation.ts): a publish observer sees
 * every publish as its actor made it — before the network drops it, and when no one listens —
 * with the run-relative subject; a run signs in "remember own signatures" mode and restores the
 * caller's setting after; a predicate already true runs nothing; the broker-node faults change
 * nothing in the simulator; a resume fault replays what a pause held; stats() is a copy.
 */
import { describe, expect, it } from 'vitest';
import { rememberOwnSignatures } from '@faultline/protocol';
import type { Host } from '@faultline/runtime';
import { Simulation } from '@faultline/runtime/sim';

const MS = 1_000;

function pair(seed = 1) {
  const sim = new Simulation({ seed, latencyUs: { min: MS, max: MS } });
  const got: number[] = [];
  let tx!: Host;
  sim.addActor('rx', (host) => ({ start: () => void host.subscribe('demo.rx', (e) => void got.push(Number(e.ping?.n))) }));
  sim.addActor('tx', (host) => ((tx = host), { start() {} }));
  return { sim, got, send: (n: number, subject = 'demo.rx') => tx.publish(subject, { ping: { n } }) };
}

describe('publish observers', () => {
  it('see every publish, dropped or unheard, with the relative subject, the sender and the time', () => {
    const { sim, got, send } = pair();
    const seen: Array<{ timeUs: number; from: string; subject: string; n: number }> = [];
    sim.observePublishes((p) => seen.push({ timeUs: p.timeUs, from: p.from, subject: p.subject, n: Number(p.envelope.ping?.n) }));
    sim.observePublishes(() => undefined); // a second observer does not stop the first
    sim.inject({ kind: 'link', atUs: 0, from: ['tx'], dropPpm: 1_000_000 });
    send(1);
    send(2, 'demo.nobody');
    sim.runFor(5 * MS);
    sim.heal();
    send(3);
    sim.runFor(5 * MS);
    expect(seen).toEqual([
      { timeUs: 0, from: 'tx', subject: 'demo.rx', n: 1 },
      { timeUs: 0, from: 'tx', subject: 'demo.nobody', n: 2 },
      { timeUs: 5 * MS, from: 'tx', subject: 'demo.rx', n: 3 },
    ]);
    expect(got).toEqual([3]);
    expect(sim.stats()).toMatchObject({ published: 3, dropped: 1, lost: 1, cut: 0, deliveries: 1 });
  });
});

describe('running', () => {
  it('events run with own signatures remembered; the caller\'s setting is back afterwards', () => {
    const sim = new Simulation({ seed: 2 });
    const during: boolean[] = [];
    sim.addActor('a', (host) => ({
      start: () =>
        void host.setTimer(MS, () => {
          const was = rememberOwnSignatures(true);
          during.push(was);
        }),
    }));
    const before = rememberOwnSignatures(false);
    sim.runFor(2 * MS);
    expect(during).toEqual([true]);
    expect(rememberOwnSignatures(before)).toBe(false);
  });

  it('a predicate already true runs nothing and leaves the clock', () => {
    const { sim, got, send } = pair();
    send(1);
    expect(sim.runUntil(() => true, 10 * MS)).toBe(true);
    expect([sim.now(), got, sim.stats().events]).toEqual([0, [], 0]);
  });

  it('stats() is a copy', () => {
    const { sim } = pair();
    const stats = sim.stats();
    stats.published = 99;
    expect(sim.stats().published).toBe(0);
  });
});

describe('faults the simulator does not act on, and resume', () => {
  it('broker-kill and broker-partition (cluster faults) leave every message flowing, during and after', () => {
    const { sim, got, send } = pair();
    sim.schedule({
      version: 1,
      faults: [
        { kind: 'broker-kill', atUs: 0, nodes: ['nats-1'], durationUs: 3 * MS },
        { kind: 'broker-partition', atUs: 0, groups: [['nats-1'], ['nats-2']], durationUs: 3 * MS },
      ],
    });
    sim.runFor(MS / 2);
    send(1);
    sim.runFor(5 * MS);
    send(2);
    sim.runFor(5 * MS);
    expect(got).toEqual([1, 2]);
    expect(sim.stats().dropped).toBe(0);
  });

  it('a resume fault lets a paused actor handle what waited; a pause without a duration holds until then', () => {
    const { sim, got, send } = pair();
    sim.schedule({ version: 1, faults: [{ kind: 'pause', atUs: 0, actors: ['rx'] }, { kind: 'resume', atUs: 20 * MS, actors: ['r*'] }] });
    sim.runFor(MS / 2);
    send(1);
    sim.runFor(10 * MS);
    expect([got, sim.isPaused('rx')]).toEqual([[], true]);
    sim.runFor(15 * MS);
    expect([got, sim.isPaused('rx')]).toEqual([[1], false]);
  });
});
