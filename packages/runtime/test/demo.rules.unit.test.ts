/**
 * The demo pairs (demo/ping-pong.ts, demo/run-demo.ts), rule by rule in short simulated runs:
 * the pair count is bounded, progress is reported per slice of virtual time, the summary is the
 * run's own counts; a pinger persists each ping before it sends it and resumes its count after a
 * crash; a ponger counts each distinct ping once, answers every one, ignores a ping without a
 * valid reply address, and recovers its counter from its log and snapshots.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_PAIRS_MAX, PING_WINDOW_MAX, PONGER_SNAPSHOT_EVERY, Pinger, Ponger, runDemo } from '@faultline/runtime/demo';
import { Simulation } from '@faultline/runtime/sim';

describe('runDemo', () => {
  it('takes 1..DEMO_PAIRS_MAX whole pairs and refuses anything else with the bound', () => {
    expect(DEMO_PAIRS_MAX).toBe(1_000);
    for (const pairs of [0, -1, 1.5, DEMO_PAIRS_MAX + 1, Number.NaN]) {
      expect(() => runDemo({ seed: 1, pairs, durationUs: 1 })).toThrow(new RangeError(`demo: pairs must be 1..1000, got ${pairs}`));
    }
    expect(runDemo({ seed: 1, pairs: 1, durationUs: 1 }).pairs).toBe(1);
    expect(Object.keys(runDemo({ seed: 1, pairs: DEMO_PAIRS_MAX, durationUs: 1 }).counters)).toHaveLength(DEMO_PAIRS_MAX);
  });

  it('reports progress after each slice of virtual time, the last one cut to the duration', () => {
    const calls: Array<[number, number]> = [];
    const summary = runDemo({ seed: 2, pairs: 2, durationUs: 250_000, progressEveryUs: 100_000, onProgress: (t, d) => calls.push([t, d]) });
    expect(calls.map(([t]) => t)).toEqual([100_000, 200_000, 250_000]);
    expect(calls[0]![1]).toBeGreaterThan(0);
    expect(calls[2]![1]).toBe(summary.deliveries);
    const once: number[] = [];
    runDemo({ seed: 2, pairs: 1, durationUs: 30_000, onProgress: (t) => once.push(t) });
    expect(once).toEqual([30_000]);
  });

  it('summarises the run: pings sent, pongs back, each ponger\'s counter, the simulator\'s counts', () => {
    const summary = runDemo({ seed: 3, pairs: 2, durationUs: 100_000 });
    expect(summary.seed).toBe(3);
    expect(summary.simTimeUs).toBe(100_000);
    // One ping every 10 ms plus up to 1 ms of jitter: 9 or 10 each in 100 ms.
    expect(summary.pingsSent).toBeGreaterThanOrEqual(18);
    expect(summary.pingsSent).toBeLessThanOrEqual(20);
    expect(summary.pongsReceived).toBeGreaterThan(0);
    expect(summary.pongsReceived).toBeLessThanOrEqual(summary.pingsSent);
    // No loss, no duplicates: every delivery is a distinct ping reaching its ponger or a pong back.
    expect(summary.deliveries).toBe(summary.counters['pong-1']! + summary.counters['pong-2']! + summary.pongsReceived);
    expect(Object.keys(summary.counters)).toEqual(['pong-1', 'pong-2']);
    expect(summary.counters['pong-1']! + summary.counters['pong-2']!).toBeGreaterThanOrEqual(summary.pongsReceived);
    expect([summary.dropped, summary.duplicated, summary.rejectedFrames]).toEqual([0, 0, 0]);
    expect(summary.traceHash).toMatch(/^[0-9a-f]{64}$/);
    expect(runDemo({ seed: 3, pairs: 2, durationUs: 100_000 })).toEqual(summary);
    const slower = runDemo({ seed: 3, pairs: 1, durationUs: 100_000, intervalUs: 40_000 });
    expect(slower.pingsSent).toBe(2);
  });

  it('runs its fault schedule: a link that drops everything leaves every ping unanswered', () => {
    const summary = runDemo({ seed: 4, pairs: 1, durationUs: 100_000, faults: { version: 1, faults: [{ kind: 'link', atUs: 0, dropPpm: 1_000_000 }] } });
    expect(summary.pingsSent).toBeGreaterThan(0);
    expect(summary.dropped).toBe(summary.pingsSent);
    expect(summary.pongsReceived).toBe(0);
    expect(summary.counters).toEqual({ 'pong-1': 0 });
  });
});

describe('the pinger and the ponger', () => {
  it('a pinger stops at pingsMax; the ponger answers each ping with its distinct count', () => {
    const sim = new Simulation({ seed: 5, runId: 'demo-rules' });
    let pinger!: Pinger;
    let ponger!: Ponger;
    sim.addActor('pong', (host) => (ponger = new Ponger(host)));
    sim.addActor('ping', (host) => (pinger = new Pinger(host, { peer: 'pong', intervalUs: 1_000, pingsMax: 3 })));
    sim.runFor(100_000);
    expect(pinger.sent).toBe(3);
    expect(pinger.pongs).toBe(3);
    expect(pinger.counterSeen).toBe(3);
    expect(ponger.counter).toBe(3);
    expect(ponger.ignored).toBe(0);
  });

  it('a ponger counts a repeated ping once but answers it again; a ping without a valid reply address is ignored, unanswered', () => {
    const sim = new Simulation({ seed: 6, runId: 'demo-rules' });
    let ponger!: Ponger;
    const pongs: Array<{ n: number; counter: number }> = [];
    sim.addActor('pong', (host) => (ponger = new Ponger(host)));
    sim.addActor('probe', (host) => ({
      start() {
        host.subscribe('demo.probe', (e) => pongs.push({ n: Number(e.pong?.n), counter: Number(e.pong?.counter) }));
        host.setTimer(1_000, () => {
          host.publish('demo.pong', { ping: { n: 7, replyTo: 'probe' } });
          host.publish('demo.pong', { ping: { n: 7, replyTo: 'probe' } });
          host.publish('demo.pong', { ping: { n: 8, replyTo: 'bad subject!' } });
          host.publish('demo.pong', { ping: { n: 9, replyTo: '' } });
          host.publish('demo.pong', { pong: { n: 1, counter: 1 } });
          host.publish('demo.pong', { ping: { replyTo: 'probe' } });
        });
      },
    }));
    sim.runFor(100_000);
    expect(ponger.counter).toBe(2);
    expect(ponger.ignored).toBe(3);
    expect(pongs).toEqual([
      { n: 7, counter: 1 },
      { n: 7, counter: 1 },
      { n: 0, counter: 2 },
    ]);
  });

  it('both recover across a crash: the pinger resumes its count, the ponger keeps its counter (log and snapshot)', () => {
    const pings = PONGER_SNAPSHOT_EVERY + 5;
    const sim = new Simulation({ seed: 7, runId: 'demo-rules' });
    const pingers: Pinger[] = [];
    const pongers: Ponger[] = [];
    sim.addActor('pong', (host) => {
      const p = new Ponger(host);
      pongers.push(p);
      return p;
    });
    sim.addActor('ping', (host) => {
      const p = new Pinger(host, { peer: 'pong', intervalUs: 100, pingsMax: pings });
      pingers.push(p);
      return p;
    });
    sim.runFor(pings * 200);
    expect(pingers[0]!.sent).toBe(pings);
    expect(pongers[0]!.counter).toBe(pings);
    sim.schedule({ version: 1, faults: [{ kind: 'crash', atUs: sim.now() + 1, actors: ['ping', 'pong'], durationUs: 1_000 }] });
    sim.runFor(10_000);
    expect(pingers).toHaveLength(2);
    expect(pongers).toHaveLength(2);
    expect(pingers[1]!.sent).toBe(pings);
    expect(pongers[1]!.counter).toBe(pings);
    expect(PING_WINDOW_MAX).toBe(4_096);
  });
});
