/**
 * chartStep answers "no transition" without xstate when no active state node names the event
 * (core/chart.ts). Here every reachable state of each chart — the actors' own and hand-made ones
 * with the shapes the shortcut must refuse (eventless transitions, wildcards, nested and parallel
 * states, guards, delayed transitions) — meets every event type with random facts, stepped both
 * ways: the same snapshot value, actions and timers, and the very same snapshot object whenever
 * the shortcut answered.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '@faultline/runtime';
import { assign, setup, type AnyStateMachine } from 'xstate';
import { chartStart, chartStep, chartStepThroughXstate, setCheckChartShortcuts } from '../src/core/chart.ts';
import { executionMachine } from '../src/execution/execution-machine.ts';
import { externalVenueMachine } from '../src/external/external-venue-machine.ts';
import { hedgerMachine } from '../src/hedger/hedger-machine.ts';
import { liquidatorMachine } from '../src/liquidator/liquidator-machine.ts';
import { oracleMachine } from '../src/oracle/oracle-machine.ts';
import { traderMachine } from '../src/traders/trader-machine.ts';

type Event = { type: string } & Record<string, unknown>;

const shapes = setup({
  types: { events: {} as Event, context: {} as { n: number } },
  actions: { named: () => {}, other: () => {}, bump: assign({ n: ({ context }) => context.n + 10 }) },
  guards: { yes: ({ event }) => event['flag'] === true, leave: ({ event }) => event['leave'] === true },
  delays: { soon: 1_000 },
}).createMachine({
  id: 'shapes',
  context: { n: 0 },
  initial: 'idle',
  states: {
    idle: {
      on: {
        GO: 'nested',
        PAR: 'both',
        ANY: 'wild',
        ACT: [{ guard: 'yes', actions: ['named', 'other'] }, { actions: 'other' }],
        COUNT: { actions: [assign({ n: ({ context }) => context.n + 1 }), 'named'] },
        PARAMS: { actions: { type: 'named', params: { x: 1 } } },
        BUMP: { actions: 'bump' },
        PAR2: 'pings',
        AGAIN: { target: 'idle', actions: 'named' },
        REENTER: { target: 'idle', reenter: true, actions: 'named' },
      },
    },
    nested: {
      initial: 'inner',
      on: { BACK: 'idle' },
      states: {
        inner: { on: { STEP: { guard: 'yes', target: 'deeper' } }, after: { soon: 'deeper' } },
        deeper: { always: { guard: 'leave', target: '#shapes.idle' }, on: { STEP: 'inner' } },
      },
    },
    both: {
      type: 'parallel',
      on: { BACK: 'idle' },
      states: {
        left: { initial: 'a', states: { a: { on: { LEFT: 'b' } }, b: {} } },
        right: { initial: 'c', states: { c: { on: { 'prefix.*': 'd' } }, d: {} } },
      },
    },
    wild: { on: { '*': 'idle' } },
    pings: {
      type: 'parallel',
      states: {
        l: { on: { PING: { actions: 'named' } } },
        r: { on: { PING: { actions: 'other' } } },
      },
    },
  },
});

/** Every event type a chart names anywhere (its `on` keys and `after` event types), plus ones it never names. */
function eventTypes(machine: AnyStateMachine): string[] {
  const types = new Set<string>(['NOBODY', 'prefix.thing']);
  const visit = (node: AnyStateMachine['root']): void => {
    for (const descriptor of node.transitions.keys()) if (!descriptor.includes('*')) types.add(descriptor);
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(machine.root);
  return [...types];
}

const hedgerFacts = { venueOk: true, externalUp: true, flat: false };
const machines: Array<[string, AnyStateMachine, unknown?]> = [
  ['shapes', shapes],
  ['oracle', oracleMachine],
  ['trader', traderMachine, { fundingRetryUs: 1_000 }],
  ['hedger', hedgerMachine, hedgerFacts],
  ['liquidator', liquidatorMachine],
  ['execution', executionMachine, { retryUs: 1_000 }],
  ['external-venue', externalVenueMachine],
];

describe('chart steps answered without xstate agree with xstate', () => {
  it.each(machines)('%s: every reachable state, every event type, random facts', (_name, machine, input) => {
    const rng = createRng(7);
    const types = eventTypes(machine);
    // Facts: every field any chart's guards or delays read, drawn at random (booleans and delays).
    const event = (type: string): Event => {
      const facts: Record<string, unknown> = { type };
      const flag = () => rng.int(0, 1) === 1;
      for (const key of ['flag', 'leave', 'inOutage', 'hasPrice', 'funded', 'canTrade', 'done', 'blind', 'inWindow', 'requote']) facts[key] = flag();
      for (const key of ['reportDelayUs', 'untilOutageStartUs', 'untilOutageEndUs', 'untilWindowStartUs', 'untilWindowEndUs', 'nowUs', 'graceUntilUs']) facts[key] = rng.int(0, 5_000);
      facts['facts'] = { venueOk: flag(), externalUp: flag(), flat: flag() };
      return facts as Event;
    };
    let answeredWithout = 0;
    let actedWithout = 0;
    for (let walk = 0; walk < 40; walk++) {
      let snapshot = chartStart(machine, input).snapshot;
      for (let step = 0; step < 30; step++) {
        const e = event(types[rng.int(0, types.length - 1)] as string);
        let viaXstate: ReturnType<typeof chartStepThroughXstate>;
        try {
          viaXstate = chartStepThroughXstate(machine, snapshot, e as never);
        } catch {
          break; // a chart that rejects these facts (a guard reading a field this test does not make)
        }
        const shortcut = chartStep(machine, snapshot, e as never);
        expect(shortcut.snapshot.value).toEqual(viaXstate.snapshot.value);
        expect(shortcut.actions).toEqual(viaXstate.actions);
        expect(shortcut.timers).toEqual(viaXstate.timers);
        if (shortcut.snapshot === snapshot) {
          answeredWithout++;
          if (shortcut.actions.length > 0) actedWithout++;
          expect(viaXstate.snapshot).toBe(snapshot);
        }
        snapshot = viaXstate.snapshot;
      }
    }
    expect(answeredWithout).toBeGreaterThan(0);
    if (machine === traderMachine || machine === shapes) expect(actedWithout).toBeGreaterThan(0);
  });

  it('a targetless step of named actions keeps the snapshot; one that assigns, passes params, targets or re-enters goes through xstate', () => {
    const idle = chartStart(shapes).snapshot;
    const acted = chartStep(shapes, idle, { type: 'ACT', flag: true });
    expect(acted.snapshot).toBe(idle);
    expect(acted.actions).toEqual([{ type: 'named' }, { type: 'other' }]);
    expect(chartStep(shapes, idle, { type: 'ACT', flag: false }).actions).toEqual([{ type: 'other' }]);
    const counted = chartStep(shapes, idle, { type: 'COUNT' });
    expect(counted.snapshot).not.toBe(idle);
    expect(counted.snapshot.context.n).toBe(1);
    expect(chartStep(shapes, idle, { type: 'BUMP' }).snapshot.context.n).toBe(10);
    expect(chartStep(shapes, idle, { type: 'PARAMS' }).actions).toEqual([{ type: 'named', params: { x: 1 } }]);
    const pings = chartStep(shapes, idle, { type: 'PAR2' }).snapshot;
    expect(chartStep(shapes, pings, { type: 'PING' })).toEqual(chartStepThroughXstate(shapes, pings, { type: 'PING' }));
    expect(chartStep(shapes, pings, { type: 'PING' }).actions).toEqual([{ type: 'named' }, { type: 'other' }]);
    for (const type of ['AGAIN', 'REENTER']) {
      const step = chartStep(shapes, idle, { type });
      expect(step).toEqual(chartStepThroughXstate(shapes, idle, { type }));
    }
  });

  it('refuses the shortcut where xstate could act on an event nobody names: eventless transitions, wildcards', () => {
    let snapshot = chartStart(shapes).snapshot;
    snapshot = chartStep(shapes, snapshot, { type: 'ANY' }).snapshot;
    expect(snapshot.value).toBe('wild');
    // '*' takes any event: NOBODY leaves `wild`.
    expect(chartStep(shapes, snapshot, { type: 'NOBODY' }).snapshot.value).toBe('idle');
    snapshot = chartStep(shapes, chartStart(shapes).snapshot, { type: 'PAR' }).snapshot;
    expect(chartStep(shapes, snapshot, { type: 'prefix.thing' }).snapshot.value).toEqual({ both: { left: 'a', right: 'd' } });
    // In `deeper`, an eventless transition guarded on the event: any event may take it.
    snapshot = chartStep(shapes, chartStart(shapes).snapshot, { type: 'GO' }).snapshot;
    snapshot = chartStep(shapes, snapshot, { type: 'STEP', flag: true, leave: false }).snapshot;
    expect(snapshot.value).toEqual({ nested: 'deeper' });
    expect(chartStep(shapes, snapshot, { type: 'NOBODY', leave: true }).snapshot.value).toBe('idle');
  });

  it('the checking seam steps a shortcut through xstate too, and a run of steps passes it', () => {
    const previous = setCheckChartShortcuts(true);
    try {
      let snapshot = chartStep(oracleMachine, chartStart(oracleMachine).snapshot, { type: 'START', inOutage: false, hasPrice: true, reportDelayUs: 100, untilOutageStartUs: 1e9, untilOutageEndUs: 0 });
      expect(snapshot.snapshot.value).toBe('reporting');
      const again = chartStep(oracleMachine, snapshot.snapshot, { type: 'PRICE', inOutage: false, hasPrice: true, reportDelayUs: 100, untilOutageStartUs: 1e9, untilOutageEndUs: 0 });
      expect(again.snapshot).toBe(snapshot.snapshot);
      snapshot = again;
    } finally {
      setCheckChartShortcuts(previous);
    }
  });
});
