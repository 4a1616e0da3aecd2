import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeEnvelope } from '@faultline/protocol';
import { commandToFault, faultToCommand, parseFaultSchedule, type FaultSchedule } from '@faultline/runtime';
import { Simulation } from '@faultline/runtime/sim';
import { demoWorld } from './sim-helpers.ts';

const MS = 1_000;
const schedule = (faults: FaultSchedule['faults']): FaultSchedule => ({ version: 1, faults });

describe('simulated network faults', () => {
  it('never delivers a message a link dropped', () => {
    const faults = schedule([{ kind: 'link', atUs: 200 * MS, durationUs: 300 * MS, from: ['ping-1'], to: ['pong-1'], dropPpm: 1_000_000 }]);
    const world = demoWorld({ seed: 1, faults, record: true });
    world.sim.runFor(1_000 * MS);
    const pings = world.deliveries.filter((d) => d.from === 'ping-1');
    expect(pings.length).toBeGreaterThan(50);
    const sentInWindow = pings.filter((d) => (d.envelope.sentAtUs ?? 0) >= 200 * MS && (d.envelope.sentAtUs ?? 0) < 500 * MS);
    expect(sentInWindow).toEqual([]);
    expect(world.sim.stats().lost).toBeGreaterThan(20);
    // The other pair was not touched.
    expect(world.deliveries.filter((d) => d.from === 'ping-2').length).toBeGreaterThan(90);
  });

  it('a partitioned pair exchanges nothing until heal, and does afterwards', () => {
    const faults = schedule([{ kind: 'partition', atUs: 100 * MS, groups: [['ping-1'], ['pong-1']] }, { kind: 'heal', atUs: 600 * MS }]);
    const world = demoWorld({ seed: 2, faults, record: true });
    world.sim.runFor(1_000 * MS);
    const pair1 = world.deliveries.filter((d) => d.from.endsWith('-1'));
    const during = pair1.filter((d) => d.timeUs >= 100 * MS && d.timeUs < 600 * MS);
    expect(during).toEqual([]);
    const after = pair1.filter((d) => d.timeUs >= 600 * MS);
    expect(after.some((d) => d.from === 'ping-1')).toBe(true);
    expect(after.some((d) => d.from === 'pong-1')).toBe(true);
  });

  it('a one-way partition blocks exactly one direction', () => {
    const faults = schedule([{ kind: 'one-way', atUs: 0, durationUs: 500 * MS, from: ['pong-1'], to: ['ping-1'] }]);
    const world = demoWorld({ seed: 3, faults, record: true });
    world.sim.runFor(500 * MS);
    expect(world.deliveries.filter((d) => d.from === 'ping-1' && d.to === 'pong-1').length).toBeGreaterThan(40);
    expect(world.deliveries.filter((d) => d.from === 'pong-1' && d.to === 'ping-1')).toEqual([]);
    world.sim.runFor(200 * MS);
    expect(world.deliveries.filter((d) => d.from === 'pong-1' && d.to === 'ping-1').length).toBeGreaterThan(5);
  });

  it('duplicates each message at most duplicateMax extra times, and does duplicate', () => {
    const faults = schedule([{ kind: 'link', atUs: 0, durationUs: 1_000 * MS, duplicatePpm: 500_000, duplicateMax: 2 }]);
    const world = demoWorld({ seed: 4, faults, record: true });
    world.sim.runFor(1_000 * MS);
    const copies = new Map<string, number>();
    for (const d of world.deliveries) {
      const key = `${d.from}/${d.envelope.seq}`;
      copies.set(key, (copies.get(key) ?? 0) + 1);
    }
    const counts = [...copies.values()];
    expect(Math.max(...counts)).toBeLessThanOrEqual(3);
    expect(counts.filter((n) => n > 1).length).toBeGreaterThan(20);
    // Copies still in flight at the end were counted when made but not yet delivered.
    expect(world.sim.stats().duplicated).toBeGreaterThanOrEqual(counts.reduce((sum, n) => sum + n - 1, 0));
  });

  it('keeps each link FIFO under jitter, and reorders only when told to (over many seeds)', () => {
    const outOfOrder = (reorderPpm: number, seed: number): boolean => {
      const faults = schedule([{ kind: 'link', atUs: 0, durationUs: 300 * MS, jitterUs: 30 * MS, reorderPpm }]);
      const world = demoWorld({ seed, faults, record: true, intervalUs: 2 * MS });
      world.sim.runFor(300 * MS);
      const lastSeq = new Map<string, number>();
      let reordered = false;
      for (const d of world.deliveries) {
        const key = `${d.from}>${d.to}`;
        if ((d.envelope.seq ?? 0) < (lastSeq.get(key) ?? 0)) reordered = true;
        lastSeq.set(key, Math.max(lastSeq.get(key) ?? 0, d.envelope.seq ?? 0));
      }
      return reordered;
    };
    const seeds = Array.from({ length: 20 }, (_, i) => i + 100);
    expect(seeds.filter((seed) => outOfOrder(0, seed))).toEqual([]);
    expect(seeds.filter((seed) => outOfOrder(300_000, seed)).length).toBeGreaterThanOrEqual(18);
  });

  it('a crashed actor loses memory and timers, keeps its durable log, and recovers exactly', () => {
    const world = demoWorld({ seed: 5, pairs: 1 });
    world.sim.runFor(300 * MS);
    const before = world.pongers.get('pong-1')!.counter;
    expect(before).toBeGreaterThan(20);
    world.sim.crash('pong-1');
    world.sim.crash('ping-1');
    const sentAtCrash = world.pingers.get('ping-1')!.sent;
    world.sim.runFor(200 * MS);
    expect(world.pingers.get('ping-1')!.sent).toBe(sentAtCrash); // its timers died with it
    world.sim.restart('pong-1');
    expect(world.pongers.get('pong-1')!.counter).toBe(before); // rebuilt from the log alone
    world.sim.restart('ping-1');
    expect(world.pingers.get('ping-1')!.sent).toBe(sentAtCrash);
    world.sim.runFor(200 * MS);
    expect(world.pongers.get('pong-1')!.counter).toBeGreaterThan(before);
  });

  it('a paused actor processes nothing until resumed, then handles what waited', () => {
    const faults = schedule([{ kind: 'pause', atUs: 100 * MS, durationUs: 200 * MS, actors: ['pong-1'] }]);
    const world = demoWorld({ seed: 6, pairs: 1, faults, record: true });
    world.sim.runFor(299 * MS);
    const counterPaused = world.pongers.get('pong-1')!.counter;
    expect(world.deliveries.filter((d) => d.to === 'pong-1' && d.timeUs >= 100 * MS && d.timeUs < 300 * MS)).toEqual([]);
    world.sim.runFor(1 * MS);
    const handledAtResume = world.deliveries.filter((d) => d.to === 'pong-1' && d.timeUs === 300 * MS).length;
    expect(handledAtResume).toBeGreaterThan(10);
    expect(world.pongers.get('pong-1')!.counter).toBeGreaterThan(counterPaused);
  });

  it('clock skew shifts an actor’s clock only', () => {
    const sim = new Simulation({ seed: 7 });
    const clocks: Record<string, () => number> = {};
    for (const id of ['a', 'b']) sim.addActor(id, (host) => ((clocks[id] = () => host.now()), { start() {} }));
    sim.schedule(schedule([{ kind: 'skew', atUs: 10 * MS, actors: ['a'], skewUs: -5 * MS }]));
    sim.runFor(20 * MS);
    expect(clocks['a']!()).toBe(15 * MS);
    expect(clocks['b']!()).toBe(20 * MS);
  });

  it('rejects random and mutated frames with a count, never a crash or a state change', () => {
    const world = demoWorld({ seed: 8, pairs: 1 });
    world.sim.runFor(100 * MS);
    world.sim.crash('ping-1'); // freeze the counter: only injected frames reach the ponger now
    const counter = world.pongers.get('pong-1')!.counter;
    const valid = encodeEnvelope({ sender: 'x', seq: 1, ping: { n: 10_000, replyTo: 'ping-1' } });
    let injected = 0;
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.nat({ max: valid.length - 2 }).map((cut) => valid.subarray(0, cut + 1))), (bytes) => {
        world.sim.injectRaw('pong-1', 'demo.pong-1', bytes);
        injected++;
      }),
      { numRuns: 200 },
    );
    world.sim.runFor(10 * MS);
    const stats = world.sim.stats();
    // Random bytes may by chance form a valid envelope without a ping; none may change state.
    expect(stats.rejectedFrames).toBeGreaterThan(injected * 0.8);
    expect(world.pongers.get('pong-1')!.counter).toBe(counter);
  });
});

describe('timing faults by message kind (delay-kind)', () => {
  /** sender-1 publishes a ping and then a pong every 10 ms; receiver-1 records when each arrives. */
  function mixedLink(faults: FaultSchedule): Array<{ kind: 'ping' | 'pong'; n: number; sentUs: number; atUs: number }> {
    const sim = new Simulation({ seed: 4, latencyUs: { min: 1 * MS, max: 1 * MS } });
    const arrivals: Array<{ kind: 'ping' | 'pong'; n: number; sentUs: number; atUs: number }> = [];
    sim.addActor('sender-1', (host) => ({
      start() {
        let n = 0;
        const tick = () => {
          n++;
          host.publish('mix.sender-1', { ping: { n, replyTo: '' } });
          host.publish('mix.sender-1', { pong: { n, counter: host.now() } });
          if (n < 20) host.setTimer(10 * MS, tick);
        };
        host.setTimer(10 * MS, tick);
      },
    }));
    sim.addActor('receiver-1', (host) => ({
      start() {
        host.subscribe('mix.*', (envelope) => {
          if (envelope.ping) arrivals.push({ kind: 'ping', n: Number(envelope.ping.n), sentUs: Number(envelope.sentAtUs), atUs: host.now() });
          if (envelope.pong) arrivals.push({ kind: 'pong', n: Number(envelope.pong.n), sentUs: Number(envelope.pong.counter), atUs: host.now() });
        });
      },
    }));
    sim.schedule(faults);
    sim.runFor(400 * MS);
    return arrivals;
  }

  it('delays only the named kind, keeps that kind in order, and never holds the other kind back', () => {
    const arrivals = mixedLink(schedule([{ kind: 'delay-kind', atUs: 0, durationUs: 100 * MS, messageKind: 'pong', delayUs: 50 * MS }]));
    const late = (kind: 'ping' | 'pong') => arrivals.filter((a) => a.kind === kind && a.sentUs < 100 * MS).map((a) => a.atUs - a.sentUs);
    expect(late('ping').length).toBeGreaterThan(5);
    expect(new Set(late('ping'))).toEqual(new Set([1 * MS]));
    expect(new Set(late('pong'))).toEqual(new Set([51 * MS]));
    // In order among the delayed kind (those sent after the fault ends may overtake them).
    const pongOrder = arrivals.filter((a) => a.kind === 'pong' && a.sentUs < 100 * MS).map((a) => a.n);
    expect(pongOrder).toEqual([...pongOrder].sort((a, b) => a - b));
    // After the fault ends, both kinds are on time again.
    expect(arrivals.filter((a) => a.sentUs >= 150 * MS).every((a) => a.atUs - a.sentUs === 1 * MS)).toBe(true);
  });

  it('applies only between the selected actors, and a heal ends it', () => {
    const unselected = mixedLink(schedule([{ kind: 'delay-kind', atUs: 0, messageKind: 'pong', delayUs: 50 * MS, to: ['someone-else'] }]));
    expect(unselected.every((a) => a.atUs - a.sentUs === 1 * MS)).toBe(true);
    const healed = mixedLink(schedule([{ kind: 'delay-kind', atUs: 0, messageKind: 'pong', delayUs: 50 * MS }, { kind: 'heal', atUs: 100 * MS }]));
    expect(healed.filter((a) => a.sentUs >= 100 * MS).every((a) => a.atUs - a.sentUs === 1 * MS)).toBe(true);
    expect(healed.some((a) => a.atUs - a.sentUs === 51 * MS)).toBe(true);
  });

  it('parses with paths for bad input and survives the wire form (the nemesis command)', () => {
    const event = { kind: 'delay-kind', atUs: 5, durationUs: 10, messageKind: 'proposal', delayUs: 3_000_000, jitterUs: 7, to: ['validator-1'] };
    const parsed = parseFaultSchedule({ version: 1, faults: [event] });
    expect(parsed.faults[0]).toEqual(event);
    expect(commandToFault(faultToCommand(parsed.faults[0]!, 1))).toEqual(event);
    expect(() => parseFaultSchedule({ version: 1, faults: [{ ...event, messageKind: 'proposals' }] })).toThrow(/\$\.faults\[0\]\.messageKind: must be an envelope body name/);
    expect(() => parseFaultSchedule({ version: 1, faults: [{ ...event, delayUs: 0 }] })).toThrow(/\$\.faults\[0\]\.delayUs: must be > 0/);
  });
});
