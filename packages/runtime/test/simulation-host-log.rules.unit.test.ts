/**
 * More simulator rules (sim/simulation.ts), one by one:
 *  - a simulated host's durable log: a live incarnation's appendRecord and snapshot are what the
 *    next incarnation recovers; a zombie host's snapshot or record changes nothing;
 *  - crash-after-vote: a vote by an actor that is not armed (while another is) crashes nobody;
 *    the restarts it schedules never take an id an injected fault will use (two crashes in one
 *    event, then a new fault: the first injected fault stays in force);
 *  - timers fired are counted;
 *  - a fault of an unknown kind is a programmer's error, thrown naming it.
 */
import { describe, expect, it } from 'vitest';
import type { EnvelopeBody } from '@faultline/protocol';
import type { FaultEvent, Host, RecoveredLog } from '@faultline/runtime';
import { Simulation } from '@faultline/runtime/sim';

const MS = 1_000;

function world(ids: string[]) {
  const sim = new Simulation({ seed: 5, latencyUs: { min: MS, max: MS } });
  const hosts = new Map<string, Host>();
  const recovered = new Map<string, RecoveredLog[]>();
  const got = new Map<string, number[]>();
  for (const id of ids) {
    got.set(id, []);
    recovered.set(id, []);
    sim.addActor(id, (host) => {
      hosts.set(id, host);
      recovered.get(id)!.push(host.log.recover());
      return {
        start() {
          host.subscribe(`demo.${id}`, (e) => void got.get(id)!.push(Number(e.ping?.n)));
          host.subscribe('demo.votes', () => undefined); // a vote is delivered: an event, after which due crashes happen
        },
      };
    });
  }
  const host = (id: string): Host => hosts.get(id)!;
  const ping = (from: string, to: string, n: number): void => host(from).publish(`demo.${to}`, { ping: { n } });
  const vote = (from: string): void => host(from).publish('demo.votes', { vote: { validatorId: from, height: 1, round: 0 } } as EnvelopeBody);
  return { sim, host, ping, vote, got: (id: string) => got.get(id)!, recovered: (id: string) => recovered.get(id)! };
}
const bytes = (log: RecoveredLog) => ({ snapshot: log.snapshot ? [...log.snapshot] : undefined, entries: log.entries.map((e) => [...e]) });

describe('a simulated host\'s durable log', () => {
  it('a live incarnation\'s records and snapshot are what the next one recovers', () => {
    const { sim, host, recovered } = world(['a']);
    host('a').log.append(Uint8Array.of(1));
    host('a').log.snapshot(Uint8Array.of(9, 9));
    host('a').log.appendRecord({ n: 7 }, (record) => Uint8Array.of(record.n));
    host('a').log.append(Uint8Array.of(8));
    sim.restart('a');
    expect(bytes(recovered('a')[1]!)).toEqual({ snapshot: [9, 9], entries: [[7], [8]] });
  });

  it('a zombie host\'s snapshot or record changes nothing the next incarnation recovers', () => {
    const { sim, host, recovered } = world(['a']);
    host('a').log.append(Uint8Array.of(1));
    const zombie = host('a');
    sim.restart('a');
    zombie.log.snapshot(Uint8Array.of(5));
    zombie.log.appendRecord(3, () => Uint8Array.of(3));
    sim.restart('a');
    expect(bytes(recovered('a')[2]!)).toEqual({ snapshot: undefined, entries: [[1]] });
    expect(sim.durableEntryCount('a')).toBe(1);
  });
});

describe('crash-after-vote, more', () => {
  it('a vote by an actor that is not armed crashes nobody, while another actor is armed', () => {
    const { sim, vote } = world(['v1', 'v2']);
    sim.inject({ kind: 'crash-after-vote', atUs: 0, actors: ['v2'] });
    vote('v1');
    sim.runFor(5 * MS);
    expect([sim.isUp('v1'), sim.isUp('v2')]).toEqual([true, true]);
    vote('v2');
    sim.runFor(5 * MS);
    expect([sim.isUp('v1'), sim.isUp('v2')]).toEqual([true, false]);
  });

  it('the restarts it schedules never take the id of a fault injected later: the first injected fault stays in force', () => {
    const { sim, ping, vote, got } = world(['a', 'b', 'c', 'd', 'v1', 'v2']);
    sim.inject({ kind: 'one-way', atUs: 0, from: ['a'], to: ['b'] });
    sim.inject({ kind: 'crash-after-vote', atUs: 0, durationUs: 100 * MS, actors: ['v*'] });
    vote('v1');
    vote('v2');
    sim.runFor(MS); // both crash once this event is done, each with its restart scheduled
    expect([sim.isUp('v1'), sim.isUp('v2')]).toEqual([false, false]);
    sim.inject({ kind: 'one-way', atUs: 0, from: ['c'], to: ['d'] });
    ping('a', 'b', 1);
    ping('c', 'd', 2);
    sim.runFor(10 * MS);
    expect([got('b'), got('d')]).toEqual([[], []]);
    sim.runFor(100 * MS);
    expect([sim.isUp('v1'), sim.isUp('v2')]).toEqual([true, true]);
  });
});

describe('counters and errors', () => {
  it('counts the timers fired (not the cancelled ones)', () => {
    const { sim, host } = world(['a']);
    host('a').setTimer(MS, () => undefined);
    const cancelled = host('a').setTimer(MS, () => undefined);
    host('a').setTimer(2 * MS, () => undefined);
    host('a').cancelTimer(cancelled);
    sim.runFor(5 * MS);
    expect(sim.stats().timersFired).toBe(2);
  });

  it('a fault of an unknown kind is a programmer\'s error, thrown naming it', () => {
    const { sim } = world(['a']);
    expect(() => sim.inject({ kind: 'bogus', atUs: 0 } as unknown as FaultEvent)).toThrow('simulation: unknown fault {"kind":"bogus","atUs":0}');
  });
});
