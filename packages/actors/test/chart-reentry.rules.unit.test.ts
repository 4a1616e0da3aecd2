/**
 * chartStep's re-entry shortcut (core/chart.ts): a transition that re-enters its own atomic state
 * (parent compound), with named actions only, where the state's entry and exit are only its own
 * delayed transitions' timers, is answered without xstate — the same snapshot object, the cancels
 * (exit order), the named actions, the raises (entry order, delays resolved from the machine's
 * `delays` by name, or numbers) — exactly what xstate gives. Any other shape (an entry or exit
 * action of its own, an assign, params, a compound or parallel-child state, another target, a
 * delay that is not a number) goes through xstate. The oracle's report time is such a step.
 */
import { describe, expect, it } from 'vitest';
import { assign, cancel, createMachine, fromCallback, raise, sendTo, setup, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { chartStart, chartStep, chartStepKeepingContext, chartStepThroughXstate, setCheckChartShortcuts } from '../src/core/chart.ts';
import { ORACLE_TIMERS, oracleMachine, type OracleMachineEvent } from '../src/oracle/oracle-machine.ts';

type Event = { type: string; wait?: number; flag?: boolean };

const delays = { named: ({ event }: { event: Event }) => event.wait ?? 5, fixed: 7, broken: ({ event }: { event: Event }) => (event.flag ? 'now' : 3) as unknown as number };

const shapes = setup({
  types: { events: {} as Event, context: {} as { n: number } },
  actions: { named: () => {}, other: () => {}, bump: assign({ n: ({ context }) => context.n + 1 }) },
  delays,
}).createMachine({
  id: 'reentry',
  context: { n: 0 },
  initial: 'timed',
  on: { TO_ENTRY: '.withEntry', TO_EXIT: '.withExit', TO_COMPOUND: '.compound', TO_PAR: '.par', TO_BROKEN: '.broken', TO_PLAIN: '.plain' },
  states: {
    timed: {
      after: { named: 'plain', fixed: 'plain', 250: 'plain' },
      on: {
        AGAIN: { target: 'timed', reenter: true, actions: ['named', 'other'] },
        SILENT: { target: 'timed', reenter: true },
        BUMP: { target: 'timed', reenter: true, actions: ['named', 'bump'] },
        PARAMS: { target: 'timed', reenter: true, actions: { type: 'named', params: { x: 1 } } },
        ELSEWHERE: { target: 'plain', reenter: true, actions: 'named' },
        SELF: { target: 'timed', actions: 'named' },
      },
    },
    plain: { on: { AGAIN: { target: 'plain', reenter: true, actions: 'named' } } },
    withEntry: { entry: 'other', after: { fixed: 'plain' }, on: { AGAIN: { target: 'withEntry', reenter: true, actions: 'named' } } },
    withExit: { exit: 'other', after: { fixed: 'plain' }, on: { AGAIN: { target: 'withExit', reenter: true, actions: 'named' } } },
    compound: {
      initial: 'inner',
      after: { fixed: 'plain' },
      on: { AGAIN: { target: 'compound', reenter: true, actions: 'named' } },
      states: { inner: { after: { named: 'inner2' } }, inner2: {} },
    },
    // Re-entering a region of a parallel state exits and enters the whole parallel state (its other region's timer too).
    par: {
      type: 'parallel',
      states: {
        a: { after: { fixed: '#reentry.plain' }, on: { AGAIN: { target: 'a', reenter: true, actions: 'named' } } },
        b: { after: { named: '#reentry.plain' } },
      },
    },
    broken: { after: { broken: 'plain' }, on: { AGAIN: { target: 'broken', reenter: true, actions: 'named' } } },
  },
});

/**
 * Entry and exit lists the re-entry plan must refuse although each action in them looks like a
 * timer's: a raise without an id (xstate keys its timer by the event's type), a cancel whose id is
 * computed, a sendTo with an id and a delay, an invoke (xstate stops and starts it), an action name
 * the machine has no implementation for. Each snapshot is resolved, not entered: entering runs
 * the entry list, which for some of them xstate's step refuses.
 */
const odd = setup({
  types: { events: {} as Event, context: {} as { n: number } },
  actions: { named: () => {} },
  actors: { child: fromCallback(() => () => {}) },
  delays,
}).createMachine({
  id: 'odd',
  context: { n: 0 },
  initial: 'unkeyed',
  states: {
    unkeyed: { entry: raise({ type: 'PING' }, { delay: 5 }), on: { AGAIN: { target: 'unkeyed', reenter: true, actions: 'named' } } },
    computed: { after: { fixed: 'unkeyed' }, exit: cancel(() => 'PING'), on: { AGAIN: { target: 'computed', reenter: true, actions: 'named' } } },
    sending: {
      after: { fixed: 'unkeyed' },
      entry: sendTo(({ self }) => self, { type: 'PING' }, { delay: 5, id: 'PING' }),
      on: { AGAIN: { target: 'sending', reenter: true, actions: 'named' } },
    },
    invoking: { invoke: { src: 'child' }, after: { fixed: 'unkeyed' }, on: { AGAIN: { target: 'invoking', reenter: true, actions: 'named' } } },
    immediate: { entry: raise({ type: 'PING' }), on: { AGAIN: { target: 'immediate', reenter: true, actions: 'named' } } },
  },
});
const unimplemented = createMachine({
  id: 'unimplemented',
  initial: 'timed',
  states: { timed: { after: { 10: 'timed' }, on: { AGAIN: { target: 'timed', reenter: true, actions: 'missing' }, ACT: { actions: 'missing' } } } },
});
const resolved = (value: string) => odd.resolveState({ value, context: { n: 0 } });

const at = (type?: string) => {
  const start = chartStart(shapes).snapshot;
  return type === undefined ? start : chartStepThroughXstate(shapes, start, { type }).snapshot;
};

function bothWays(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: Event) {
  return { shortcut: chartStep(machine, snapshot, event as never), xstate: chartStepThroughXstate(machine, snapshot, event as never) };
}

describe('re-entry without xstate', () => {
  it('a re-entry of named actions: the same snapshot object, the cancels, the actions, the raises with their delays — as xstate', () => {
    const timed = at();
    const { shortcut, xstate } = bothWays(shapes, timed, { type: 'AGAIN', wait: 12.6 });
    expect(shortcut.snapshot).toBe(timed);
    expect(xstate.snapshot).toBe(timed);
    expect(shortcut.actions).toEqual([{ type: 'named' }, { type: 'other' }]);
    expect(shortcut.timers).toEqual([
      // The `after` keys in object order (an integer key first).
      { kind: 'cancel-timer', timer: 'xstate.after.250.reentry.timed' },
      { kind: 'cancel-timer', timer: 'xstate.after.named.reentry.timed' },
      { kind: 'cancel-timer', timer: 'xstate.after.fixed.reentry.timed' },
      { kind: 'set-timer', timer: 'xstate.after.250.reentry.timed', delayUs: 250 },
      { kind: 'set-timer', timer: 'xstate.after.named.reentry.timed', delayUs: 13 },
      { kind: 'set-timer', timer: 'xstate.after.fixed.reentry.timed', delayUs: 7 },
    ]);
    expect(shortcut).toEqual(xstate);
    // An action without params has no params member at all, either way.
    expect(xstate.actions).toStrictEqual([{ type: 'named' }, { type: 'other' }]);
    expect(shortcut.actions).toStrictEqual(xstate.actions);
    // A negative delay is 0, as split makes xstate's.
    expect(chartStep(shapes, timed, { type: 'AGAIN', wait: -4 }).timers[4]).toEqual({ kind: 'set-timer', timer: 'xstate.after.named.reentry.timed', delayUs: 0 });
    expect(chartStep(shapes, timed, { type: 'AGAIN', wait: -4 })).toEqual(chartStepThroughXstate(shapes, timed, { type: 'AGAIN', wait: -4 }));
    // No actions, or a state without timers: the same.
    expect(chartStep(shapes, timed, { type: 'SILENT' })).toEqual(chartStepThroughXstate(shapes, timed, { type: 'SILENT' }));
    expect(chartStep(shapes, timed, { type: 'SILENT' }).snapshot).toBe(timed);
    const plain = at('TO_PLAIN');
    const again = chartStep(shapes, plain, { type: 'AGAIN' });
    expect(again).toEqual({ snapshot: plain, actions: [{ type: 'named' }], timers: [] });
  });

  it('any other shape goes through xstate: its own entry or exit, an assign, params, another target, a compound state, a parallel region, a delay that is not a number', () => {
    const timed = at();
    const cases: Array<[ReturnType<typeof at>, Event]> = [
      [at('TO_ENTRY'), { type: 'AGAIN' }],
      [at('TO_EXIT'), { type: 'AGAIN' }],
      [timed, { type: 'BUMP' }],
      [timed, { type: 'PARAMS' }],
      [timed, { type: 'ELSEWHERE' }],
      [timed, { type: 'SELF' }],
      [at('TO_COMPOUND'), { type: 'AGAIN', wait: 9 }],
      [at('TO_PAR'), { type: 'AGAIN' }],
      [at('TO_BROKEN'), { type: 'AGAIN', flag: false }],
    ];
    for (const [snapshot, event] of cases) {
      const { shortcut, xstate } = bothWays(shapes, snapshot, event);
      expect(shortcut.snapshot.value).toEqual(xstate.snapshot.value);
      expect(shortcut.snapshot.context).toEqual(xstate.snapshot.context);
      expect(shortcut.actions).toEqual(xstate.actions);
      expect(shortcut.timers).toEqual(xstate.timers);
    }
    // Own entry / exit actions come back (the shortcut would have dropped them).
    expect(chartStep(shapes, at('TO_ENTRY'), { type: 'AGAIN' }).actions).toEqual([{ type: 'named' }, { type: 'other' }]);
    expect(chartStep(shapes, at('TO_EXIT'), { type: 'AGAIN' }).actions).toEqual([{ type: 'other' }, { type: 'named' }]);
    expect(chartStep(shapes, timed, { type: 'BUMP' }).snapshot.context.n).toBe(1);
    expect(chartStep(shapes, timed, { type: 'PARAMS' }).actions).toEqual([{ type: 'named', params: { x: 1 } }]);
    // A compound state re-entered enters its initial child too (its timer).
    expect(chartStep(shapes, at('TO_COMPOUND'), { type: 'AGAIN', wait: 9 }).timers.map((t) => t.timer)).toContain('xstate.after.named.reentry.compound.inner');
    expect(chartStep(shapes, at('TO_PAR'), { type: 'AGAIN' }).timers.map((t) => t.timer)).toContain('xstate.after.named.reentry.par.b');
    // A delay that resolves to no number: xstate raises the event at once (and leaves).
    const broken = bothWays(shapes, at('TO_BROKEN'), { type: 'AGAIN', flag: true });
    expect(broken.shortcut).toEqual(broken.xstate);
    expect(broken.shortcut.snapshot.value).toBe('plain');
  });

  it('entry and exit lists that only look like timers go through xstate: a raise without an id, a computed cancel, a sendTo, an invoke, an unimplemented action', () => {
    // A raise without an id: xstate's timer is keyed by its event's type.
    const unkeyed = bothWays(odd, resolved('unkeyed'), { type: 'AGAIN' });
    expect(unkeyed.shortcut).toEqual(unkeyed.xstate);
    expect(unkeyed.shortcut.timers).toEqual([{ kind: 'set-timer', timer: 'PING', delayUs: 5 }]);
    // A computed cancel: xstate's id is the function's answer.
    const computed = bothWays(odd, resolved('computed'), { type: 'AGAIN' });
    expect(computed.shortcut).toEqual(computed.xstate);
    expect(computed.shortcut.timers.filter((timer) => timer.kind === 'cancel-timer').map((timer) => timer.timer)).toContain('PING');
    // A sendTo and an invoke: xstate's step refuses them, and so does the shortcut (it does not answer for it).
    expect(() => chartStepThroughXstate(odd, resolved('sending'), { type: 'AGAIN' })).toThrow(/unsupported xstate action xstate\.sendTo/);
    expect(() => chartStep(odd, resolved('sending'), { type: 'AGAIN' })).toThrow(/unsupported xstate action xstate\.sendTo/);
    expect(() => chartStepThroughXstate(odd, resolved('invoking'), { type: 'AGAIN' })).toThrow(/unsupported xstate action/);
    expect(() => chartStep(odd, resolved('invoking'), { type: 'AGAIN' })).toThrow(/unsupported xstate action/);
    // A raise without a delay: xstate's step refuses it (a chart moves by transitions, not raised events).
    expect(() => chartStep(odd, resolved('immediate'), { type: 'AGAIN' })).toThrow(/chart: an immediate raise of PING \(use a transition\)/);
    // An action name without an implementation: xstate passes it on by name; so does the step.
    const timed = chartStart(unimplemented).snapshot;
    const missing = bothWays(unimplemented, timed, { type: 'AGAIN' });
    expect(missing.shortcut).toEqual(missing.xstate);
    expect(missing.shortcut.actions).toEqual([{ type: 'missing' }]);
    // The same name in a targetless step, and in one keeping the context.
    expect(chartStep(unimplemented, timed, { type: 'ACT' })).toEqual(chartStepThroughXstate(unimplemented, timed, { type: 'ACT' }));
    expect(chartStepKeepingContext(unimplemented, timed, { type: 'ACT' }, 'learn').actions).toEqual([{ type: 'missing' }]);
  });

  it("the oracle's report time: `reporting` re-entered with `report`, its two timers cancelled and armed again with the event's delays", () => {
    const facts = { inOutage: false, hasPrice: true, reportDelayUs: 1_000_000, untilOutageStartUs: 30_000_000, untilOutageEndUs: 0 };
    const reporting = chartStep(oracleMachine, chartStart(oracleMachine).snapshot, { type: 'START', ...facts }).snapshot;
    expect(reporting.value).toBe('reporting');
    const event: OracleMachineEvent = { type: ORACLE_TIMERS[0], ...facts, reportDelayUs: 999_999.5, untilOutageStartUs: 29_000_000 };
    const step = chartStep(oracleMachine, reporting, event);
    expect(step.snapshot).toBe(reporting);
    expect(step.actions).toEqual([{ type: 'report' }]);
    expect(step.timers).toEqual([
      { kind: 'cancel-timer', timer: ORACLE_TIMERS[0] },
      { kind: 'cancel-timer', timer: ORACLE_TIMERS[1] },
      { kind: 'set-timer', timer: ORACLE_TIMERS[0], delayUs: 1_000_000 },
      { kind: 'set-timer', timer: ORACLE_TIMERS[1], delayUs: 29_000_000 },
    ]);
    expect(step).toEqual(chartStepThroughXstate(oracleMachine, reporting, event));
    // The other report-time branches have targets: through xstate.
    for (const other of [{ ...event, inOutage: true }, { ...event, hasPrice: false }]) {
      const through = chartStepThroughXstate(oracleMachine, reporting, other);
      expect(chartStep(oracleMachine, reporting, other)).toEqual(through);
      expect(through.snapshot.value).not.toBe('reporting');
    }
  });

  it('the checking seam steps a re-entry through xstate too and passes it', () => {
    const previous = setCheckChartShortcuts(true);
    try {
      const timed = at();
      expect(chartStep(shapes, timed, { type: 'AGAIN', wait: 3 }).snapshot).toBe(timed);
    } finally {
      setCheckChartShortcuts(previous);
    }
  });
});
