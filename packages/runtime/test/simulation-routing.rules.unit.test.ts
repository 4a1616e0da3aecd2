/**
 * The simulator's routing and bookkeeping rules (sim/simulation.ts), one by one:
 *  - a crash drops the crashed actor's subscriptions only: the others' keep receiving, and the
 *    dead actor is no recipient (nothing is routed to it, nothing counted);
 *  - an unsubscribed actor is no recipient either (nothing counted, no delivery in the trace);
 *  - a live restart ends the old incarnation's subscriptions: a subject only the old one had is
 *    routed to no one;
 *  - injected and scheduled faults never share an id (one would replace the other in the network);
 *  - raw injections bypass the network (a one-way cut from every sender does not stop them);
 *  - each incarnation's random stream is derived from seed, actor and incarnation (1, 2, …);
 *  - the 0 a dead host's setTimer returns cancels nobody's timer;
 *  - the counters: events executed, warnings (warn and error lines), a host's rejected frames;
 *  - a received envelope's Lamport time moves the receiver's clock past it;
 *  - deliveries are not frozen unless the testing seam says so;
 *  - an event of an unknown kind is a programmer's error, thrown naming it.
 */
import { describe, expect, it } from 'vitest';
import { encodeEnvelope } from '@faultline/protocol';
import { createRng, deriveSeed, type Host } from '@faultline/runtime';
import { Simulation } from '@faultline/runtime/sim';

const MS = 1_000;

interface Probe {
  host: Host;
  incarnation: number;
  got: Array<{ subject: string; n: number; lamport: number }>;
  envelopes: unknown[];
}

/** Probe actors (1 ms latency); `subjects(id, incarnation)` says what each incarnation subscribes to. */
function world(ids: string[], subjects: (id: string, incarnation: number) => string[] = (id) => [`demo.${id}`, 'demo.all']) {
  const sim = new Simulation({ seed: 7, latencyUs: { min: MS, max: MS } });
  const probes = new Map<string, Probe>();
  const incarnations = new Map<string, number>();
  for (const id of ids) {
    sim.addActor(id, (host) => {
      const incarnation = (incarnations.get(id) ?? 0) + 1;
      incarnations.set(id, incarnation);
      const probe: Probe = { host, incarnation, got: [], envelopes: [] };
      probes.set(id, probe);
      return {
        start() {
          for (const subject of subjects(id, incarnation)) {
            host.subscribe(subject, (envelope, relative) => {
              probe.envelopes.push(envelope);
              probe.got.push({ subject: relative, n: Number(envelope.ping?.n ?? -1), lamport: Number(envelope.lamport ?? 0) });
            });
          }
        },
      };
    });
  }
  const probe = (id: string): Probe => probes.get(id) as Probe;
  const ping = (from: string, subject: string, n: number): void => probe(from).host.publish(subject, { ping: { n, replyTo: from } });
  return { sim, probe, ping };
}

describe('routing: subscriptions, crashes and incarnations', () => {
  it('a crash drops the crashed actor\'s subscriptions only: the others keep receiving; nothing is routed to the dead one', () => {
    const { sim, probe, ping } = world(['a', 'b', 'c']);
    sim.crash('a');
    ping('c', 'demo.all', 1);
    ping('c', 'demo.b', 2);
    ping('c', 'demo.a', 3);
    sim.runFor(10 * MS);
    expect(probe('b').got.map((g) => g.n)).toEqual([1, 2]);
    const stats = sim.stats();
    expect([stats.published, stats.deliveries, stats.dropped, stats.toDownActor]).toEqual([3, 1 + 1, 0, 0]);
  });

  it('after an unsubscribe the actor is no recipient: nothing delivered, counted or traced; the other subscribers still receive', () => {
    const unsubscribed = world(['a', 'b'], () => []);
    const got: number[] = [];
    const sub = unsubscribed.probe('a').host.subscribe('demo.x', (e) => void got.push(Number(e.ping?.n)));
    const other: number[] = [];
    unsubscribed.probe('a').host.subscribe('demo.y', (e) => void other.push(Number(e.ping?.n)));
    const before = unsubscribed.sim.traceHash();
    sub.unsubscribe();
    sub.unsubscribe(); // a second unsubscribe does nothing
    unsubscribed.ping('b', 'demo.x', 1);
    unsubscribed.sim.runFor(10 * MS);
    expect(got).toEqual([]);
    expect(unsubscribed.sim.stats()).toMatchObject({ published: 1, deliveries: 0, dropped: 0 });
    expect(unsubscribed.sim.traceHash()).toBe(before);
    unsubscribed.ping('b', 'demo.y', 2);
    unsubscribed.sim.runFor(10 * MS);
    expect(other).toEqual([2]);
  });

  it('a live restart ends the old incarnation\'s subscriptions: a subject only it had reaches no one', () => {
    const { sim, probe, ping } = world(['a', 'b'], (id, incarnation) => (id === 'a' ? (incarnation === 1 ? ['demo.old'] : ['demo.new']) : []));
    sim.restart('a');
    expect(probe('a').incarnation).toBe(2);
    ping('b', 'demo.old', 1);
    ping('b', 'demo.new', 2);
    sim.runFor(10 * MS);
    expect(probe('a').got.map((g) => g.n)).toEqual([2]);
    expect(sim.stats()).toMatchObject({ published: 2, deliveries: 1, dropped: 0 });
  });

  it('a raw injection bypasses the network: a one-way cut from every sender does not stop it', () => {
    const { sim, probe } = world(['a']);
    sim.inject({ kind: 'one-way', atUs: 0, from: ['*'], to: ['a'] });
    sim.injectRaw('a', 'demo.a', encodeEnvelope({ runId: sim.runId, sender: 'x', seq: 1, ping: { n: 5 } }));
    sim.runFor(MS);
    expect(probe('a').got.map((g) => g.n)).toEqual([5]);
  });

  it('each incarnation draws the stream of seed, actor and incarnation number (1 first)', () => {
    const { sim, probe } = world(['a']);
    const draw = (incarnation: number): number => createRng(deriveSeed(7, `actor/a/${incarnation}`)).int(0, 1e9);
    expect(probe('a').host.rng.int(0, 1e9)).toBe(draw(1));
    sim.restart('a');
    expect(probe('a').host.rng.int(0, 1e9)).toBe(draw(2));
    sim.crash('a');
    sim.restart('a');
    expect(probe('a').host.rng.int(0, 1e9)).toBe(draw(3));
  });
});

describe('fault ids', () => {
  it('injected and scheduled faults never share an id: a scheduled fault does not replace an injected one', () => {
    const { sim, probe, ping } = world(['a', 'b', 'c', 'd']);
    sim.inject({ kind: 'one-way', atUs: 0, from: ['c'], to: ['d'] });
    sim.inject({ kind: 'one-way', atUs: 0, from: ['a'], to: ['b'] });
    sim.schedule({ version: 1, faults: [{ kind: 'link', atUs: 0 }, { kind: 'link', atUs: 0 }] });
    sim.runFor(MS);
    ping('a', 'demo.b', 1);
    ping('c', 'demo.d', 2);
    sim.runFor(10 * MS);
    expect([probe('b').got, probe('d').got]).toEqual([[], []]);
    expect(sim.stats()).toMatchObject({ published: 2, cut: 2 });
  });
});

describe('timers, counters and clocks', () => {
  it('the 0 a dead host\'s setTimer returns cancels nobody\'s timer', () => {
    const { sim, probe } = world(['a', 'z']);
    const zombie = probe('z').host;
    sim.crash('z');
    const fired: number[] = [];
    for (let i = 1; i <= 3; i++) probe('a').host.setTimer(i * MS, () => void fired.push(i));
    const id = zombie.setTimer(MS, () => void fired.push(-1));
    expect(id).toBe(0);
    zombie.cancelTimer(id);
    sim.runFor(10 * MS);
    expect(fired).toEqual([1, 2, 3]);
  });

  it('counts every event executed, warn and error lines as warnings, and a host\'s rejected frames', () => {
    const { sim, probe } = world(['a', 'b']);
    probe('a').host.setTimer(MS, () => undefined);
    probe('a').host.setTimer(2 * MS, () => undefined);
    sim.runFor(10 * MS);
    expect(sim.stats().events).toBe(2);
    probe('a').host.logger.info('i');
    probe('a').host.logger.warn('w');
    probe('a').host.logger.error('e');
    probe('a').host.logger.debug('d');
    expect(sim.stats().warnings).toBe(2);
    sim.injectRaw('b', 'demo.b', new Uint8Array([0xff, 0xff, 0xff]));
    sim.runFor(MS);
    expect((probe('b').host as unknown as { rejectedFrames: number }).rejectedFrames).toBe(1);
    expect((probe('a').host as unknown as { rejectedFrames: number }).rejectedFrames).toBe(0);
    expect(sim.stats()).toMatchObject({ rejectedFrames: 1, events: 3 });
  });

  it('a received envelope\'s Lamport time moves the receiver\'s clock past it', () => {
    const { sim, probe, ping } = world(['a', 'b']);
    sim.injectRaw('a', 'demo.a', encodeEnvelope({ runId: sim.runId, sender: 'x', seq: 1, lamport: 100, ping: { n: 1 } }));
    sim.runFor(MS);
    ping('a', 'demo.b', 2);
    sim.runFor(10 * MS);
    expect(probe('b').got).toEqual([{ subject: 'demo.b', n: 2, lamport: 102 }]); // observed 100 → 101, then its own send
  });

  it('without the testing seam a delivered envelope is not frozen', () => {
    const { sim, probe, ping } = world(['a', 'b']);
    ping('a', 'demo.b', 1);
    sim.runFor(10 * MS);
    expect(probe('b').envelopes).toHaveLength(1);
    expect(Object.isFrozen(probe('b').envelopes[0])).toBe(false);
  });

  it('an event of an unknown kind is a programmer\'s error, thrown naming it', () => {
    const { sim } = world(['a']);
    (sim as unknown as { scheduler: { push(event: unknown): void } }).scheduler.push({ kind: 'bogus', timeUs: 0 });
    expect(() => sim.runFor(MS)).toThrow(/^simulation: unknown event \{"kind":"bogus","timeUs":0,"seq":\d+,"heapIndex":-1\}$/);
  });
});
