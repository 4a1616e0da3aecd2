/**
 * The demo pair's log and memory rules (demo/ping-pong.ts): the pinger's first ping leaves one
 * interval (plus up to a tenth of it in jitter) after start, never earlier; both keep their
 * logs short with a snapshot every PONGER_SNAPSHOT_EVERY entries (what is left after one is the
 * entries since); a ponger restarted without a snapshot recovers from its entries alone; past
 * twice PING_WINDOW_MAX pings it forgets old numbers but still counts a recent one once; and a
 * log entry that is not a 7-byte count is an error naming its size.
 */
import { describe, expect, it } from 'vitest';
import type { Host } from '@faultline/runtime';
import { PING_WINDOW_MAX, PONGER_SNAPSHOT_EVERY, Pinger, Ponger } from '@faultline/runtime/demo';
import { Simulation } from '@faultline/runtime/sim';

describe('the pinger', () => {
  it('sends its first ping no earlier than one interval after it starts', () => {
    for (const seed of [1, 2, 3, 4]) {
      const sim = new Simulation({ seed });
      let pinger!: Pinger;
      sim.addActor('pong', (host) => new Ponger(host));
      sim.addActor('ping', (host) => (pinger = new Pinger(host, { peer: 'pong', intervalUs: 10_000 })));
      sim.runFor(9_999);
      expect(pinger.sent, `seed ${seed}`).toBe(0);
      sim.runFor(1_001);
      expect(pinger.sent, `seed ${seed}`).toBe(1);
    }
  });
});

describe('logs kept short by snapshots', () => {
  it(`after ${PONGER_SNAPSHOT_EVERY} + 5 pings each log holds the 5 entries since its snapshot`, () => {
    const pings = PONGER_SNAPSHOT_EVERY + 5;
    const sim = new Simulation({ seed: 8 });
    let ponger!: Ponger;
    sim.addActor('pong', (host) => (ponger = new Ponger(host)));
    sim.addActor('ping', (host) => new Pinger(host, { peer: 'pong', intervalUs: 100, pingsMax: pings }));
    sim.runFor(pings * 200);
    expect(ponger.counter).toBe(pings);
    expect(sim.durableEntryCount('ping')).toBe(5);
    expect(sim.durableEntryCount('pong')).toBe(5);
  });

  it('a ponger restarted before any snapshot recovers its counter from its entries', () => {
    const sim = new Simulation({ seed: 9 });
    const pongers: Ponger[] = [];
    sim.addActor('pong', (host) => {
      const p = new Ponger(host);
      pongers.push(p);
      return p;
    });
    sim.addActor('ping', (host) => new Pinger(host, { peer: 'pong', intervalUs: 1_000, pingsMax: 3 }));
    sim.runFor(50_000);
    sim.restart('pong');
    expect(pongers[1]!.counter).toBe(3);
  });
});

describe('the ponger\'s memory of pings', () => {
  it(`past 2 × ${PING_WINDOW_MAX} distinct pings it still counts a recent repeat once`, () => {
    const sim = new Simulation({ seed: 10, latencyUs: { min: 1, max: 1 } });
    let ponger!: Ponger;
    let probe!: Host;
    sim.addActor('pong', (host) => (ponger = new Ponger(host)));
    sim.addActor('probe', (host) => ((probe = host), { start() {} }));
    const last = 2 * PING_WINDOW_MAX + 10;
    for (let n = 1; n <= last; n++) probe.publish('demo.pong', { ping: { n, replyTo: 'probe' } });
    sim.runFor(1_000);
    expect(ponger.counter).toBe(last);
    for (const n of [last, last - 1, last - PING_WINDOW_MAX + 1, 5]) probe.publish('demo.pong', { ping: { n, replyTo: 'probe' } });
    sim.runFor(1_000);
    expect(ponger.counter).toBe(last);
  });

  it('a log entry that is not a 7-byte count is refused, naming its size', () => {
    const sim = new Simulation({ seed: 11 });
    let incarnation = 0;
    sim.addActor('pong', (host) => {
      incarnation++;
      if (incarnation === 1) return { start: () => host.log.append(new Uint8Array([1, 2, 3])) };
      return new Ponger(host);
    });
    expect(() => sim.restart('pong')).toThrow(new Error('demo: log entry of 3 bytes, expected 7'));
  });
});

describe('the ponger\'s window', () => {
  /** A ponger and a probe that pings it with chosen numbers. */
  function pongerWorld(seed: number) {
    const sim = new Simulation({ seed, latencyUs: { min: 1, max: 1 } });
    const pongers: Ponger[] = [];
    let probe!: Host;
    sim.addActor('pong', (host) => {
      const p = new Ponger(host);
      pongers.push(p);
      return p;
    });
    sim.addActor('probe', (host) => ((probe = host), { start() {} }));
    const ping = (...ns: number[]) => {
      for (const n of ns) probe.publish('demo.pong', { ping: { n, replyTo: 'probe' } });
      sim.runFor(100);
    };
    return { sim, pongers, ping };
  }

  it(`a ping at or below the highest seen less ${PING_WINDOW_MAX} counts as seen; one above it counts`, () => {
    const { pongers, ping } = pongerWorld(12);
    ping(5_000);
    ping(1, 5_000 - PING_WINDOW_MAX);
    expect(pongers[0]!.counter).toBe(1);
    ping(5_000 - PING_WINDOW_MAX + 1);
    expect(pongers[0]!.counter).toBe(2);
  });

  it('a ponger restored from its snapshot still knows the pings it had seen', () => {
    const { sim, pongers, ping } = pongerWorld(13);
    const ns = Array.from({ length: PONGER_SNAPSHOT_EVERY }, (_, i) => i + 1);
    ping(...ns);
    expect(sim.durableEntryCount('pong')).toBe(0); // the snapshot covers them all
    sim.restart('pong');
    ping(PONGER_SNAPSHOT_EVERY, 1);
    expect(pongers[1]!.counter).toBe(PONGER_SNAPSHOT_EVERY);
  });
});
