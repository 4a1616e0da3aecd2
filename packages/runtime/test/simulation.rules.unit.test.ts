/**
 * The simulator's rules, one by one, with a probe actor that records what reaches it (issue 13
 * item 8): crash-after-vote (the crash comes with the actor's own vote, within its window, and
 * the restart its duration later), timed faults ending by themselves (a crash restarts, a pause
 * resumes), what a crash takes (messages in flight, the old incarnation's timers, a zombie host's
 * every effect), what a pause holds and replays, a partition beginning while a message is in
 * flight, the clock at runUntil's deadline, and the counters.
 */
import { describe, expect, it } from 'vitest';
import type { EnvelopeBody } from '@faultline/protocol';
import type { FaultEvent, Host } from '@faultline/runtime';
import { Simulation, type SimLogLine } from '@faultline/runtime/sim';
import { SIM_VARIANTS } from '@faultline/runtime/testing';

const MS = 1_000;

interface Probe {
  host: Host;
  incarnation: number;
  got: Array<{ timeUs: number; from: string; subject: string; n: number }>;
}

/** A world of probe actors (fixed 1 ms latency): each subscribes to `demo.<id>` and `demo.all`. */
function world(ids: string[], options: { variant?: keyof typeof SIM_VARIANTS; onLog?: (line: SimLogLine) => void } = {}) {
  const sim = new Simulation({ seed: 1, latencyUs: { min: MS, max: MS }, ...(options.variant ? { variant: SIM_VARIANTS[options.variant] } : {}), ...(options.onLog ? { onLog: options.onLog } : {}) });
  const probes = new Map<string, Probe>();
  const incarnations = new Map<string, number>();
  for (const id of ids) {
    sim.addActor(id, (host) => {
      const incarnation = (incarnations.get(id) ?? 0) + 1;
      incarnations.set(id, incarnation);
      const probe: Probe = { host, incarnation, got: [] };
      probes.set(id, probe);
      return {
        start() {
          const record = (envelope: { sender?: string | null; ping?: { n?: number | null } | null }, subject: string) =>
            probe.got.push({ timeUs: sim.now(), from: envelope.sender ?? '', subject, n: Number(envelope.ping?.n ?? -1) });
          host.subscribe(`demo.${id}`, record);
          host.subscribe('demo.all', record);
        },
      };
    });
  }
  const probe = (id: string): Probe => probes.get(id) as Probe;
  const ping = (from: string, to: string, n: number): void => probe(from).host.publish(`demo.${to}`, { ping: { n, replyTo: from } });
  const vote = (from: string): void => probe(from).host.publish('demo.all', { vote: { validatorId: from, height: 1, round: 0 } } as EnvelopeBody);
  return { sim, probe, ping, vote };
}

describe('crash-after-vote', () => {
  const armed = (fault: Partial<Extract<FaultEvent, { kind: 'crash-after-vote' }>> = {}): FaultEvent => ({ kind: 'crash-after-vote', atUs: 0, actors: ['v1'], ...fault });

  it('crashes the actor right after it publishes its own vote (the vote still goes out), and restarts it durationUs later', () => {
    const { sim, probe, ping, vote } = world(['v1', 'v2']);
    sim.inject(armed({ durationUs: 50 * MS }));
    sim.runFor(10 * MS);
    ping('v1', 'v2', 1); // not a vote: nothing happens
    sim.runFor(10 * MS);
    expect(sim.isUp('v1')).toBe(true);
    vote('v1'); // t = 20 ms
    expect(sim.isUp('v1')).toBe(true); // the crash comes once the current event is done: the vote's delivery at 21 ms
    sim.runFor(MS - 1);
    expect(sim.isUp('v1')).toBe(true);
    sim.runFor(1);
    expect(sim.isUp('v1')).toBe(false);
    expect(probe('v2').got.map((g) => g.subject)).toEqual(['demo.v2', 'demo.all']);
    sim.runFor(50 * MS - 1);
    expect(sim.isUp('v1')).toBe(false);
    sim.runFor(1);
    expect([sim.isUp('v1'), probe('v1').incarnation]).toEqual([true, 2]);
    // The trigger fired once: the next vote does not crash it again.
    vote('v1');
    sim.runFor(10 * MS);
    expect(sim.isUp('v1')).toBe(true);
  });

  it('fires when the vote comes from inside an event, and crashes only the voter', () => {
    const { sim, probe, vote } = world(['v1', 'v2']);
    sim.inject(armed({ actors: ['v*'] }));
    probe('v1').host.setTimer(5 * MS, () => vote('v1'));
    sim.runFor(5 * MS);
    expect([sim.isUp('v1'), sim.isUp('v2')]).toEqual([false, true]);
    // No duration: it stays down.
    sim.runFor(60_000 * MS);
    expect(sim.isUp('v1')).toBe(false);
  });

  it('a vote naming another validator, or after the window, crashes nothing', () => {
    const { sim, probe, vote } = world(['v1', 'v2']);
    sim.inject(armed({ withinUs: 20 * MS }));
    probe('v1').host.publish('demo.all', { vote: { validatorId: 'v2', height: 1, round: 0 } } as EnvelopeBody);
    sim.runFor(10 * MS);
    expect(sim.isUp('v1')).toBe(true);
    sim.runFor(10 * MS); // t = 20 ms: the window's last instant
    vote('v1');
    sim.runFor(MS);
    expect(sim.isUp('v1')).toBe(false);
    const late = world(['v1', 'v2']);
    late.sim.inject(armed({ withinUs: 20 * MS }));
    late.sim.runFor(20 * MS + 1);
    late.vote('v1');
    late.sim.runFor(MS);
    expect(late.sim.isUp('v1')).toBe(true);
  });

  it('the default window is CRASH_AFTER_VOTE_WITHIN_US_DEFAULT (10 s)', () => {
    const inside = world(['v1', 'v2']);
    inside.sim.inject(armed());
    inside.sim.runFor(10_000 * MS);
    inside.vote('v1');
    inside.sim.runFor(MS);
    expect(inside.sim.isUp('v1')).toBe(false);
    const outside = world(['v1', 'v2']);
    outside.sim.inject(armed());
    outside.sim.runFor(10_000 * MS + 1);
    outside.vote('v1');
    outside.sim.runFor(MS);
    expect(outside.sim.isUp('v1')).toBe(true);
  });

  it('with faults-never-end the crashed voter is never restarted', () => {
    const { sim, vote } = world(['v1', 'v2'], { variant: 'faults-never-end' });
    sim.inject(armed({ durationUs: 5 * MS }));
    vote('v1');
    sim.runFor(100 * MS);
    expect(sim.isUp('v1')).toBe(false);
  });
});

describe('timed faults end by themselves', () => {
  it('a crash with a duration restarts the actor (a new incarnation) at its end; a restart fault restarts a live one', () => {
    const { sim, probe } = world(['a', 'b']);
    sim.schedule({ version: 1, faults: [{ kind: 'crash', atUs: 10 * MS, durationUs: 20 * MS, actors: ['a'] }, { kind: 'restart', atUs: 50 * MS, actors: ['b'] }] });
    sim.runFor(10 * MS);
    expect(sim.isUp('a')).toBe(false);
    sim.runFor(20 * MS - 1);
    expect(sim.isUp('a')).toBe(false);
    sim.runFor(1);
    expect([sim.isUp('a'), probe('a').incarnation]).toEqual([true, 2]);
    sim.runFor(20 * MS);
    expect([sim.isUp('b'), probe('b').incarnation]).toEqual([true, 2]);
  });

  it('a pause with a duration resumes at its end, and what waited runs then, in order', () => {
    const { sim, probe, ping } = world(['a', 'b']);
    sim.inject({ kind: 'pause', atUs: 0, durationUs: 30 * MS, actors: ['b'] });
    expect(sim.isPaused('b')).toBe(true);
    ping('a', 'b', 1);
    ping('a', 'b', 2);
    let fired = -1;
    probe('b').host.setTimer(5 * MS, () => (fired = sim.now()));
    sim.runFor(30 * MS - 1);
    expect([probe('b').got, fired]).toEqual([[], -1]);
    sim.runFor(1);
    expect(sim.isPaused('b')).toBe(false);
    expect(probe('b').got.map((g) => [g.n, g.timeUs])).toEqual([
      [1, 30 * MS],
      [2, 30 * MS],
    ]);
    expect(fired).toBe(30 * MS);
  });

  it('a fault scheduled in the past starts now; faults end by id, the other staying in force', () => {
    const { sim, probe, ping } = world(['a', 'b']);
    sim.runFor(10 * MS);
    sim.schedule({ version: 1, faults: [{ kind: 'one-way', atUs: 0, durationUs: 10 * MS, from: ['a'], to: ['b'] }, { kind: 'one-way', atUs: 0, durationUs: 30 * MS, from: ['b'], to: ['a'] }] });
    sim.runFor(0);
    ping('a', 'b', 1);
    ping('b', 'a', 2);
    sim.runFor(10 * MS);
    ping('a', 'b', 3);
    ping('b', 'a', 4);
    sim.runFor(5 * MS);
    expect(probe('b').got.map((g) => g.n)).toEqual([3]);
    expect(probe('a').got.map((g) => g.n)).toEqual([]);
    expect(sim.stats().cut).toBe(3);
  });
});

describe('crashes', () => {
  it('messages in flight to a crashed actor are dropped (counted as to a down actor), and its timers never fire in the next incarnation', () => {
    const { sim, probe, ping } = world(['a', 'b']);
    let fired = 0;
    probe('b').host.setTimer(5 * MS, () => fired++);
    ping('a', 'b', 1);
    sim.crash('b');
    sim.runFor(MS);
    sim.restart('b');
    sim.runFor(10 * MS);
    expect([probe('b').got, fired]).toEqual([[], 0]);
    expect(sim.stats()).toMatchObject({ dropped: 1, toDownActor: 1, timersFired: 0, deliveries: 0 });
    // A crash of a crashed actor, a pause of a crashed actor: nothing.
    sim.crash('b');
    sim.crash('b');
    sim.pause('b');
    expect(sim.isPaused('b')).toBe(false);
  });

  it('a zombie host (its incarnation crashed) publishes, logs, subscribes, sets timers and appends nothing', () => {
    const lines: SimLogLine[] = [];
    const { sim, probe } = world(['a', 'b'], { onLog: (line) => lines.push(line) });
    const zombie = probe('a').host;
    sim.restart('a');
    zombie.publish('demo.b', { ping: { n: 1, replyTo: 'a' } });
    zombie.logger.warn('from the grave');
    zombie.logger.error('from the grave');
    zombie.log.append(Uint8Array.of(1));
    zombie.log.appendRecord(1, () => Uint8Array.of(2));
    zombie.log.snapshot(Uint8Array.of(3));
    let fired = false;
    expect(zombie.setTimer(MS, () => (fired = true))).toBe(0);
    zombie.subscribe('demo.x', () => (fired = true)).unsubscribe();
    probe('b').host.publish('demo.x', { ping: { n: 2, replyTo: 'b' } });
    sim.runFor(10 * MS);
    expect([probe('b').got, lines, sim.stats().warnings, sim.stats().published, sim.durableEntryCount('a'), fired]).toEqual([[], [], 0, 1, 0, false]);
    // The live incarnation does all of it.
    probe('a').host.logger.warn('alive', { k: 1 });
    probe('a').host.logger.info('alive');
    probe('a').host.log.append(Uint8Array.of(1));
    expect(lines).toEqual([
      { timeUs: 10 * MS, actorId: 'a', level: 'warn', message: 'alive', fields: { k: 1 } },
      { timeUs: 10 * MS, actorId: 'a', level: 'info', message: 'alive' },
    ]);
    expect([sim.stats().warnings, sim.durableEntryCount('a')]).toEqual([1, 1]);
  });

  it('a crash while paused forgets what waited; a restarted actor is not paused', () => {
    const { sim, probe, ping } = world(['a', 'b']);
    sim.pause('b');
    ping('a', 'b', 1);
    sim.runFor(5 * MS);
    sim.crash('b');
    sim.restart('b');
    sim.resume('b');
    sim.runFor(5 * MS);
    expect([sim.isPaused('b'), probe('b').got]).toEqual([false, []]);
    sim.pause('b');
    sim.restart('b');
    expect(sim.isPaused('b')).toBe(false);
  });
});

describe('delivery', () => {
  it('a partition that begins while a message is in flight cuts it; raw frames bypass the network', () => {
    const { sim, probe, ping } = world(['a', 'b']);
    ping('a', 'b', 1);
    sim.inject({ kind: 'partition', atUs: 0, groups: [['a'], ['b']] });
    sim.runFor(5 * MS);
    expect(probe('b').got).toEqual([]);
    expect(sim.stats()).toMatchObject({ dropped: 1, cut: 1, published: 1 });
    sim.heal();
    ping('a', 'b', 2);
    sim.runFor(5 * MS);
    expect(probe('b').got.map((g) => [g.n, g.timeUs])).toEqual([[2, 6 * MS]]);
  });

  it('one delivery runs every matching subscription of the actor once; the recipient sees the run-relative subject', () => {
    const { sim, probe } = world(['a', 'b']);
    const seen: string[] = [];
    probe('b').host.subscribe('demo.*', (_e, subject) => seen.push(`star ${subject}`));
    probe('a').host.publish('demo.b', { ping: { n: 1, replyTo: 'a' } });
    sim.runFor(5 * MS);
    expect([probe('b').got.map((g) => g.subject), seen]).toEqual([['demo.b'], ['star demo.b']]);
    expect(sim.stats()).toMatchObject({ deliveries: 1, published: 1 });
  });

  it('a frame that does not decode is counted and logged as a warning with its sender and subject', () => {
    const lines: SimLogLine[] = [];
    const { sim, probe } = world(['a'], { onLog: (line) => lines.push(line) });
    sim.injectRaw('a', 'demo.a', Uint8Array.of(0xff, 0xff, 0xff));
    sim.runFor(0);
    expect(probe('a').got).toEqual([]);
    expect(sim.stats()).toMatchObject({ rejectedFrames: 1, warnings: 1, deliveries: 0 });
    expect(lines).toEqual([expect.objectContaining({ actorId: 'a', level: 'warn', message: 'rejected frame', fields: expect.objectContaining({ from: '(raw)', subject: 'faultline.sim-1.demo.a' }) })]);
    expect(() => sim.injectRaw('nobody', 'demo.a', Uint8Array.of())).toThrow('simulation: no actor nobody');
  });
});

describe('time and timers', () => {
  it('runUntil runs the events at the deadline itself, stops past it and leaves the clock at the deadline', () => {
    const { sim, probe } = world(['a']);
    const fired: number[] = [];
    probe('a').host.setTimer(10 * MS, () => fired.push(sim.now()));
    probe('a').host.setTimer(10 * MS + 1, () => fired.push(sim.now()));
    expect(sim.runUntil(() => false, 10 * MS)).toBe(false);
    expect([fired, sim.now()]).toEqual([[10 * MS], 10 * MS]);
    expect(sim.runUntil(() => fired.length === 2, 5 * MS)).toBe(true);
    expect(sim.now()).toBe(10 * MS + 1);
    expect(sim.runUntil(() => true, 5 * MS)).toBe(true);
    expect(sim.now()).toBe(10 * MS + 1);
  });

  it('a timer delay is rounded to whole µs; a negative or non-finite one is refused; a cancelled timer never fires', () => {
    const { sim, probe } = world(['a']);
    const host = probe('a').host;
    const fired: number[] = [];
    host.setTimer(1.4, () => fired.push(sim.now()));
    host.setTimer(0, () => fired.push(sim.now()));
    host.cancelTimer(host.setTimer(1, () => fired.push(-1)));
    expect(() => host.setTimer(-1, () => {})).toThrow('setTimer: delay -1 µs is invalid');
    expect(() => host.setTimer(Number.NaN, () => {})).toThrow(RangeError);
    expect(() => host.setTimer(Number.POSITIVE_INFINITY, () => {})).toThrow(RangeError);
    sim.runFor(5);
    expect(fired).toEqual([0, 1]);
    expect(sim.stats().timersFired).toBe(2);
  });

  it('a skewed actor reads its clock ahead or behind; everyone else reads true time', () => {
    const { sim, probe } = world(['a', 'b']);
    sim.inject({ kind: 'skew', atUs: 0, actors: ['a'], skewUs: -3 * MS });
    sim.runFor(10 * MS);
    expect([probe('a').host.now(), probe('b').host.now()]).toEqual([7 * MS, 10 * MS]);
  });
});

describe('set-up errors', () => {
  it('a seed must be an integer; an actor id a subject token, and unique; the run id defaults to sim-<seed>', () => {
    expect(() => new Simulation({ seed: 1.5 })).toThrow('simulation: seed 1.5 is not an integer');
    const sim = new Simulation({ seed: 7 });
    expect(sim.runId).toBe('sim-7');
    expect(new Simulation({ seed: 7, runId: 'r' }).runId).toBe('r');
    sim.addActor('a', () => ({ start() {} }));
    expect(() => sim.addActor('a', () => ({ start() {} }))).toThrow('simulation: actor a already exists');
    expect(() => sim.addActor('a b', () => ({ start() {} }))).toThrow('token');
    expect(sim.actorIds()).toEqual(['a']);
    expect(() => sim.isUp('x')).toThrow('simulation: no actor x');
  });
});
