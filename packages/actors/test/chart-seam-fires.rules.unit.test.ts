/**
 * The `checkChartShortcuts` seam (core/chart.ts) is a check, so it is shown to fire: for each of
 * the three shortcuts (the remembered or plain step, the re-entry, the step keeping the context)
 * and for each way its answer can differ from xstate's — another snapshot, timers, another number
 * of actions, another action, an action with params, another context — a chart that breaks the
 * convention the shortcut relies on (a guard or a delay that reads something other than the
 * context and the event: here a switch or a call counter outside the chart) makes the two differ
 * in that one way only, and the seam throws. The same steps with the seam off return the
 * shortcut's answer (nothing else checks it).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assign, setup } from 'xstate';
import { chartStart, chartStep, chartStepKeepingContext, setCheckChartShortcuts } from '../src/core/chart.ts';

type Event = { type: string; on?: boolean; level?: number };

/** Outside the chart, so outside the convention: what the planted guards and delays read. */
let switched = false;
let calls = 0;
/** True at the first evaluation, false at the second (the shortcut asks first, the seam's xstate step second). */
const firstOnly = (): boolean => calls++ % 2 === 0;
let delayCalls = 0;

const planted = setup({
  types: { events: {} as Event, context: {} as { level: number } },
  actions: {
    a: () => {},
    b: () => {},
    learn: assign(({ event }) => ({ level: event.level ?? 0 })),
  },
  guards: { switched: () => switched, firstOnly },
  delays: { drifting: () => 10 + delayCalls++ },
}).createMachine({
  id: 'planted',
  context: { level: 1 },
  initial: 'idle',
  states: {
    idle: {
      on: {
        // Remembered (boolean facts): the first answer is kept while the switch turns.
        // xstate's answer a prefix of the remembered one: only their lengths tell them apart.
        LENGTH: [{ guard: 'switched', actions: [] }, { actions: 'a' }],
        TYPE: [{ guard: 'switched', actions: 'b' }, { actions: 'a' }],
        PAIR: [{ guard: 'switched', actions: ['b', 'a'] }, { actions: ['a', 'b'] }],
        PARAMS: [{ guard: 'switched', actions: { type: 'a', params: { x: 1 } } }, { actions: 'a' }],
        MOVE: [{ guard: 'switched', target: 'elsewhere' }, { actions: [] }],
        // Kept context: the same shapes behind a guard the shortcut and xstate see differently.
        KEEP_TYPE: [{ guard: 'firstOnly', actions: ['learn', 'a'] }, { actions: ['learn', 'b'] }],
        KEEP_LENGTH: [{ guard: 'firstOnly', actions: ['learn', 'a', 'b'] }, { actions: ['learn', 'a'] }],
        KEEP_PARAMS: [{ guard: 'firstOnly', actions: ['learn', 'a'] }, { actions: ['learn', { type: 'a', params: { x: 1 } }] }],
        KEEP_SECOND: [{ guard: 'firstOnly', actions: ['learn', 'a', 'b'] }, { actions: ['learn', 'a', 'a'] }],
        KEEP: { actions: ['learn', 'a'] },
      },
    },
    elsewhere: {},
    // A timer of its own: re-entering it cancels and sets that timer, and nothing else changes.
    ticking: {
      after: { 1000: 'idle' },
      on: {
        TIMERS: [{ guard: 'switched', target: 'ticking', reenter: true }, { actions: [] }],
        KEEP_TIMERS: [{ guard: 'firstOnly', actions: ['learn'] }, { target: 'ticking', reenter: true, actions: ['learn'] }],
      },
    },
    timed: {
      after: { drifting: 'idle' },
      on: {
        // A re-entry: the shortcut resolves the delay, then the seam's xstate step resolves it again.
        DRIFT: { target: 'timed', reenter: true, actions: 'a' },
        // A re-entry whose actions the shortcut and xstate see differently.
        SWAP: [
          { guard: 'firstOnly', target: 'timed', reenter: true, actions: 'a' },
          { target: 'timed', reenter: true, actions: 'b' },
        ],
        SHORTER: [
          { guard: 'firstOnly', target: 'timed', reenter: true, actions: ['a', 'b'] },
          { target: 'timed', reenter: true, actions: 'a' },
        ],
        // As long, the first action the same: only the second tells them apart.
        SECOND: [
          { guard: 'firstOnly', target: 'timed', reenter: true, actions: ['a', 'b'] },
          { target: 'timed', reenter: true, actions: ['a', 'a'] },
        ],
        // The same action, xstate's with params.
        WITH_PARAMS: [
          { guard: 'firstOnly', target: 'timed', reenter: true, actions: 'a' },
          { target: 'timed', reenter: true, actions: { type: 'a', params: { x: 1 } } },
        ],
        // The same actions and timers, xstate's step assigns: only its snapshot differs.
        ASSIGNS: [
          { guard: 'firstOnly', target: 'timed', reenter: true, actions: 'a' },
          { target: 'timed', reenter: true, actions: ['learn', 'a'] },
        ],
      },
    },
  },
  on: { TIME: '.timed', TICK: '.ticking' },
});

/** A second chart: an eventless route behind the switch, taken after a kept assign that changes nothing. */
const routed = setup({
  types: { events: {} as Event, context: {} as { level: number } },
  actions: { a: () => {}, learn: assign(({ event }) => ({ level: event.level ?? 0 })) },
}).createMachine({
  id: 'routed',
  context: { level: 1 },
  initial: 'low',
  states: {
    low: { always: { guard: () => switched, target: 'high' }, on: { KEEP: { actions: ['learn', 'a'] } } },
    high: {},
  },
});

const idle = () => chartStart(planted).snapshot;
const timed = () => chartStep(planted, idle(), { type: 'TIME' }).snapshot;
const ticking = () => chartStep(planted, idle(), { type: 'TICK' }).snapshot;

let previous = false;
beforeEach(() => {
  switched = false;
  calls = 0;
  delayCalls = 0;
  previous = setCheckChartShortcuts(true);
});
afterEach(() => {
  setCheckChartShortcuts(previous);
});

describe('the chart shortcut seam fires', () => {
  // Each remembered case: the first step is answered (and remembered) with the switch off; with it on,
  // the shortcut answers from memory and xstate, asked again by the seam, selects the guarded transition.
  const remembered: Array<[string, RegExp]> = [
    ['LENGTH', /chart planted: LENGTH in "idle" was answered without xstate as \[a\], but xstate did otherwise/],
    ['TYPE', /chart planted: TYPE in "idle" was answered without xstate as \[a\]/],
    ['PAIR', /chart planted: PAIR in "idle" was answered without xstate as \[a, b\]/],
    ['PARAMS', /chart planted: PARAMS in "idle" was answered without xstate as \[a\]/],
    ['MOVE', /chart planted: MOVE in "idle" was answered without xstate as \[\]/],
    ['TIMERS', /chart planted: TIMERS in "ticking" was answered without xstate as \[\]/],
  ];
  for (const [type, message] of remembered) {
    it(`a remembered step xstate would now answer otherwise (${type}) throws`, () => {
      const snapshot = type === 'TIMERS' ? ticking() : idle();
      const event = { type, on: true };
      expect(() => chartStep(planted, snapshot, event)).not.toThrow();
      switched = true;
      expect(() => chartStep(planted, snapshot, event)).toThrow(message);
    });
  }

  it('with the seam off the remembered answer stands (nothing else checks it)', () => {
    setCheckChartShortcuts(false);
    const snapshot = idle();
    expect(chartStep(planted, snapshot, { type: 'LENGTH', on: true }).actions).toEqual([{ type: 'a' }]);
    switched = true;
    expect(chartStep(planted, snapshot, { type: 'LENGTH', on: true }).actions).toEqual([{ type: 'a' }]);
  });

  it('a re-entry whose delay xstate resolves otherwise (timers) throws', () => {
    const snapshot = timed();
    delayCalls = 0;
    expect(() => chartStep(planted, snapshot, { type: 'DRIFT' })).toThrow(/chart planted: DRIFT in "timed" was answered without xstate \(re-entry\) as \[a\] \[.*"delayUs":1\d/);
  });

  it('a re-entry whose actions xstate selects otherwise (the same timers) throws', () => {
    const snapshot = timed();
    calls = 0;
    delayCalls = 0;
    // The delay is asked once by the shortcut and once by xstate: keep it constant for this case.
    const step = () => chartStep(planted, snapshot, { type: 'SWAP' });
    const constantDelay = planted.provide({ delays: { drifting: 10 } });
    const constantSnapshot = chartStep(constantDelay, chartStart(constantDelay).snapshot, { type: 'TIME' }).snapshot;
    calls = 0;
    expect(() => chartStep(constantDelay, constantSnapshot, { type: 'SWAP' })).toThrow(/chart planted: SWAP in "timed" was answered without xstate \(re-entry\) as \[a\] \[\{"kind":"cancel-timer".*"delayUs":10\}\], but xstate did otherwise/);
    // The same step with the seam off: the shortcut's own answer.
    setCheckChartShortcuts(false);
    calls = 0;
    expect(step().actions).toEqual([{ type: 'a' }]);
  });

  it('a re-entry for which xstate selects a prefix of its actions (the same timers) throws', () => {
    const constantDelay = planted.provide({ delays: { drifting: 10 } });
    const snapshot = chartStep(constantDelay, chartStart(constantDelay).snapshot, { type: 'TIME' }).snapshot;
    calls = 0;
    expect(() => chartStep(constantDelay, snapshot, { type: 'SHORTER' })).toThrow(/chart planted: SHORTER in "timed" was answered without xstate \(re-entry\) as \[a, b\]/);
  });

  const reentries: Array<[string, RegExp]> = [
    ['SECOND', /chart planted: SECOND in "timed" was answered without xstate \(re-entry\) as \[a, b\]/],
    ['WITH_PARAMS', /chart planted: WITH_PARAMS in "timed" was answered without xstate \(re-entry\) as \[a\]/],
    ['ASSIGNS', /chart planted: ASSIGNS in "timed" was answered without xstate \(re-entry\) as \[a\]/],
  ];
  for (const [type, message] of reentries) {
    it(`a re-entry xstate answers otherwise in one way only (${type}) throws`, () => {
      const constantDelay = planted.provide({ delays: { drifting: 10 } });
      const snapshot = chartStep(constantDelay, chartStart(constantDelay).snapshot, { type: 'TIME' }).snapshot;
      calls = 0;
      expect(() => chartStep(constantDelay, snapshot, { type, level: 5 })).toThrow(message);
    });
  }

  it('a re-entry xstate agrees with passes', () => {
    const constantDelay = planted.provide({ delays: { drifting: 10 } });
    const snapshot = chartStep(constantDelay, chartStart(constantDelay).snapshot, { type: 'TIME' }).snapshot;
    const step = chartStep(constantDelay, snapshot, { type: 'DRIFT' });
    expect(step.snapshot).toBe(snapshot);
    expect(step.actions).toEqual([{ type: 'a' }]);
  });

  const kept: Array<[string, RegExp]> = [
    ['KEEP_TYPE', /chart planted: KEEP_TYPE in "idle" was answered without xstate \(context kept\) as \[a\]/],
    ['KEEP_LENGTH', /chart planted: KEEP_LENGTH in "idle" was answered without xstate \(context kept\) as \[a, b\]/],
    ['KEEP_PARAMS', /chart planted: KEEP_PARAMS in "idle" was answered without xstate \(context kept\) as \[a\]/],
    ['KEEP_SECOND', /chart planted: KEEP_SECOND in "idle" was answered without xstate \(context kept\) as \[a, b\], but xstate did otherwise/],
    ['KEEP_TIMERS', /chart planted: KEEP_TIMERS in "ticking" was answered without xstate \(context kept\) as \[\]/],
  ];
  for (const [type, message] of kept) {
    it(`a kept-context step xstate selects otherwise (${type}, facts equal to the context) throws`, () => {
      const snapshot = type === 'KEEP_TIMERS' ? ticking() : idle();
      calls = 0;
      expect(() => chartStepKeepingContext(planted, snapshot, { type, level: 1 }, 'learn')).toThrow(message);
    });
  }

  it('with the seam off a kept-context answer stands (nothing else checks it)', () => {
    setCheckChartShortcuts(false);
    calls = 0;
    expect(chartStepKeepingContext(planted, idle(), { type: 'KEEP_TYPE', level: 1 }, 'learn').actions).toEqual([{ type: 'a' }]);
  });

  it('a kept-context step whose facts are not the context: the context alone differs (no move), and the seam throws', () => {
    expect(() => chartStepKeepingContext(planted, idle(), { type: 'KEEP', level: 1 }, 'learn')).not.toThrow();
    expect(() => chartStepKeepingContext(planted, idle(), { type: 'KEEP', level: 2 }, 'learn')).toThrow(/chart planted: KEEP in "idle" was answered without xstate \(context kept\) as \[a\]/);
  });

  it('a kept-context step after which xstate routes elsewhere: the state value alone differs (the same context), and the seam throws', () => {
    const snapshot = chartStart(routed).snapshot;
    expect(() => chartStepKeepingContext(routed, snapshot, { type: 'KEEP', level: 1 }, 'learn')).not.toThrow();
    switched = true;
    expect(() => chartStepKeepingContext(routed, snapshot, { type: 'KEEP', level: 1 }, 'learn')).toThrow(/chart routed: KEEP in "low" was answered without xstate \(context kept\) as \[a\]/);
  });
});
