/**
 * Rules of the fault-schedule arbitraries (fault-arbitraries.ts) that the campaigns and property
 * tests rely on: every drawn event is a valid schedule event (parseFaultSchedule takes it as it
 * is), each field within the bounds the options give, each kind's shape as documented (a
 * partition's two non-empty disjoint groups, `one-to-rest` one-way faults, delay-kind's message
 * kinds and capped delays, crash-after-vote's restart and wait menus, the broker kinds' nodes),
 * the broker-node kinds only when asked for, and a schedule sorted by time within eventsMax.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BROKER_NODE_FAULT_KINDS, DELAYED_MESSAGE_KINDS, FAULT_KINDS, faultEventArbitrary, faultScheduleArbitrary, parseFaultSchedule, type FaultEvent, type FaultKindName } from '@faultline/runtime';

const ACTORS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const OPTIONS = { actors: ACTORS, horizonUs: 5_000_000, durationUsMax: 2_000_000, eventsMax: 4 };
const NODES = ['nats-1', 'nats-2', 'nats-3'];

function draw(kind: FaultKindName, extra: Partial<Parameters<typeof faultEventArbitrary>[0]> = {}, numRuns = 60): FaultEvent[] {
  return fc.sample(faultEventArbitrary({ ...OPTIONS, kinds: [kind], ...extra }), { numRuns, seed: 7 });
}
const isSubset = (xs: readonly string[] | undefined, of: readonly string[]) => (xs ?? []).length > 0 && new Set(xs).size === xs!.length && xs!.every((x) => of.includes(x));
const within = (value: number | undefined, min: number, max: number) => value !== undefined && Number.isInteger(value) && value >= min && value <= max;

describe('every drawn event', () => {
  it.each(FAULT_KINDS)('%s: is of its kind, a valid schedule event, starting within the horizon and lasting at most durationUsMax', (kind) => {
    for (const event of draw(kind)) {
      expect(event.kind).toBe(kind);
      expect(parseFaultSchedule({ version: 1, faults: [event] }).faults).toEqual([event]);
      expect(within(event.atUs, 0, OPTIONS.horizonUs - 1)).toBe(true);
      if ('durationUs' in event && kind !== 'crash-after-vote') expect(within(event.durationUs, 1, OPTIONS.durationUsMax)).toBe(true);
    }
  });
});

describe('each kind\'s shape', () => {
  it('partition: two non-empty disjoint groups of the actors, every split point drawn', () => {
    const sizes = new Set<number>();
    for (const event of draw('partition', {}, 200)) {
      if (event.kind !== 'partition') throw new Error(event.kind);
      expect(event.groups).toHaveLength(2);
      const [a, b] = event.groups as [string[], string[]];
      expect(a.length > 0 && b.length > 0).toBe(true);
      expect(isSubset([...a, ...b], ACTORS)).toBe(true);
      sizes.add(a.length);
    }
    expect([...sizes].sort()).toEqual([1, 2, 3]);
  });

  it('one-way: subsets of the actors both ways, or (one-to-rest) one actor to all the others', () => {
    for (const event of draw('one-way')) {
      if (event.kind !== 'one-way') throw new Error(event.kind);
      expect(isSubset(event.from, ACTORS) && isSubset(event.to, ACTORS)).toBe(true);
    }
    const lengths = new Set(draw('one-way', {}, 200).map((event) => (event.kind === 'one-way' ? event.from.length : 0)));
    expect(lengths.has(ACTORS.length)).toBe(true);
    for (const event of draw('one-way', { oneWay: 'one-to-rest' })) {
      if (event.kind !== 'one-way') throw new Error(event.kind);
      expect(event.from).toHaveLength(1);
      expect(event.to).toEqual(ACTORS.filter((actor) => actor !== event.from[0]));
    }
    for (const event of draw('one-way', { actors: ['a', 'b'], oneWay: 'one-to-rest' }, 20)) {
      if (event.kind !== 'one-way') throw new Error(event.kind);
      expect([event.from, event.to]).toContainEqual(['a']);
      expect(event.to).toHaveLength(1);
      expect(event.to[0]).not.toBe(event.from[0]);
    }
  });

  it('link: senders and receivers (when given) subsets of the actors, each rate and delay within its range, duplicates 1-3', () => {
    for (const event of draw('link', {}, 200)) {
      if (event.kind !== 'link') throw new Error(event.kind);
      if (event.from !== undefined) expect(isSubset(event.from, ACTORS)).toBe(true);
      if (event.to !== undefined) expect(isSubset(event.to, ACTORS)).toBe(true);
      if (event.dropPpm !== undefined) expect(within(event.dropPpm, 0, 1_000_000)).toBe(true);
      if (event.delayUs !== undefined) expect(within(event.delayUs, 0, 500_000)).toBe(true);
      if (event.jitterUs !== undefined) expect(within(event.jitterUs, 0, 200_000)).toBe(true);
      if (event.duplicatePpm !== undefined) expect(within(event.duplicatePpm, 0, 500_000)).toBe(true);
      if (event.duplicateMax !== undefined) expect(within(event.duplicateMax, 1, 3)).toBe(true);
      if (event.reorderPpm !== undefined) expect(within(event.reorderPpm, 0, 500_000)).toBe(true);
    }
  });

  it('delay-kind: a delayed message kind, a delay from the menu capped by kindDelayUsMax (4 s by default), jitter up to 0.5 s', () => {
    const delays = new Set<number>();
    for (const event of draw('delay-kind', {}, 200)) {
      if (event.kind !== 'delay-kind') throw new Error(event.kind);
      expect(DELAYED_MESSAGE_KINDS).toContain(event.messageKind);
      expect(within(event.delayUs, 100_000, 4_000_000)).toBe(true);
      if (event.jitterUs !== undefined) expect(within(event.jitterUs, 0, 500_000)).toBe(true);
      delays.add(event.delayUs);
    }
    expect(delays.has(4_000_000)).toBe(true);
    for (const event of draw('delay-kind', { kindDelayUsMax: 500_000 })) expect((event as { delayUs: number }).delayUs).toBeLessThanOrEqual(500_000);
    expect(new Set(draw('delay-kind', {}, 200).map((event) => (event as { messageKind: string }).messageKind))).toEqual(new Set(DELAYED_MESSAGE_KINDS));
  });

  it('crash-after-vote: a restart from the menu (0.05-5 s) and a vote wait of 1, 2 or 5 s', () => {
    for (const event of draw('crash-after-vote')) {
      if (event.kind !== 'crash-after-vote') throw new Error(event.kind);
      expect([50_000, 100_000, 250_000, 500_000, 1_000_000, 2_000_000, 5_000_000]).toContain(event.durationUs);
      expect([1_000_000, 2_000_000, 5_000_000]).toContain(event.withinUs);
      expect(isSubset(event.actors, ACTORS)).toBe(true);
    }
  });

  it('crash, restart, pause, resume, skew: subsets of the actors; a skew within ±2 s', () => {
    for (const kind of ['crash', 'restart', 'pause', 'resume', 'skew'] as const) {
      for (const event of draw(kind)) expect(isSubset((event as { actors: string[] }).actors, ACTORS)).toBe(true);
    }
    for (const event of draw('skew')) expect(within((event as { skewUs: number }).skewUs, -2_000_000, 2_000_000)).toBe(true);
  });

  it('the broker kinds: a kill of one to three of the three nodes; a partition of one node from one or two others', () => {
    for (const event of draw('broker-kill')) expect(isSubset((event as { nodes: string[] }).nodes, NODES)).toBe(true);
    for (const event of draw('broker-partition')) {
      const [a, b] = (event as { groups: string[][] }).groups as [string[], string[]];
      expect(a).toHaveLength(1);
      expect(b.length >= 1 && b.length <= 2).toBe(true);
      expect(isSubset([...a, ...b], NODES)).toBe(true);
    }
  });
});

describe('the default draw and the schedule', () => {
  it('draws every kind but the broker-node kinds unless asked', () => {
    const kinds = new Set(fc.sample(faultEventArbitrary(OPTIONS), { numRuns: 600, seed: 3 }).map((event) => event.kind));
    expect([...kinds].sort()).toEqual(FAULT_KINDS.filter((kind) => !BROKER_NODE_FAULT_KINDS.includes(kind)).sort());
  });

  it('a schedule: version 1, at most eventsMax events, sorted by start time', () => {
    let most = 0;
    for (const schedule of fc.sample(faultScheduleArbitrary(OPTIONS), { numRuns: 100, seed: 5 })) {
      expect(schedule.version).toBe(1);
      expect(schedule.faults.length).toBeLessThanOrEqual(OPTIONS.eventsMax);
      most = Math.max(most, schedule.faults.length);
      const times = schedule.faults.map((event) => event.atUs);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
    expect(most).toBe(OPTIONS.eventsMax);
  });
});
