/**
 * chartStepKeepingContext (core/chart.ts): a step whose facts equal the context — the kept assign
 * (`learn`) changes nothing, so the eventless routing, at rest, stays — is answered without
 * xstate: the same snapshot object and the transition's named actions without the kept one.
 * Anything else (a target, a re-entry, an assign other than the kept one, params, several
 * transitions, a stopped chart, xstate's own events) goes through xstate. The hedger's chart in
 * every mode and with every event, facts equal to its context, gives what xstate gives.
 */
import { describe, expect, it } from 'vitest';
import { assign, setup, type AnyMachineSnapshot } from 'xstate';
import { chartStart, chartStepKeepingContext, chartStepThroughXstate, setCheckChartShortcuts } from '../src/core/chart.ts';
import { hedgerMachine, type HedgerFacts } from '../src/hedger/hedger-machine.ts';

type Event = { type: string; ok?: boolean } & Record<string, unknown>;

const chart = setup({
  types: { events: {} as Event, context: {} as { ok: boolean; n: number } },
  actions: {
    learn: assign(({ event }) => ({ ok: event.ok ?? false })),
    bump: assign({ n: ({ context }) => context.n + 1 }),
    named: () => {},
    other: () => {},
  },
  guards: { ok: ({ context }) => context.ok },
}).createMachine({
  id: 'kept',
  context: { ok: true, n: 0 },
  initial: 'up',
  on: { ROOT: { actions: ['learn', 'other'] } },
  states: {
    up: {
      always: { guard: ({ context }) => !context.ok, target: 'down' },
      on: {
        PLAIN: { actions: ['learn', 'named', 'other'] },
        ONLY: { actions: 'learn' },
        NOTHING: { guard: () => false, actions: ['learn', 'named'] },
        TARGET: { target: 'down', actions: ['learn', 'named'] },
        AGAIN: { target: 'up', reenter: true, actions: ['learn', 'named'] },
        BUMP: { actions: ['learn', 'bump', 'named'] },
        PARAMS: { actions: ['learn', { type: 'named', params: { x: 1 } }] },
        'xstate.done.actor.x': { actions: ['learn', 'named'] },
      },
    },
    down: { on: { UP: 'up' } },
  },
});

/** Two regions naming the same event: xstate selects a transition in each. */
const regions = setup({
  types: { events: {} as Event, context: {} as { ok: boolean } },
  actions: { learn: assign(({ event }) => ({ ok: event.ok ?? false })), named: () => {}, other: () => {} },
}).createMachine({
  id: 'regions',
  context: { ok: true },
  type: 'parallel',
  states: { a: { on: { PLAIN: { actions: ['learn', 'named'] } } }, b: { on: { PLAIN: { actions: ['learn', 'other'] } } } },
});

const start = () => chartStart(chart).snapshot;
const types = (step: { actions: Array<{ type: string }> }) => step.actions.map((a) => a.type);

describe('chartStepKeepingContext', () => {
  it('one targetless transition of the kept assign and named actions: the same snapshot object, the named actions in order, no timers', () => {
    const snapshot = start();
    const step = chartStepKeepingContext(chart, snapshot, { type: 'PLAIN', ok: true }, 'learn');
    expect(step.snapshot).toBe(snapshot);
    expect(types(step)).toEqual(['named', 'other']);
    expect(step.timers).toEqual([]);
    // xstate agrees but for a new (equal) snapshot.
    const full = chartStepThroughXstate(chart, snapshot, { type: 'PLAIN', ok: true });
    expect(full.snapshot).not.toBe(snapshot);
    expect([full.snapshot.value, full.snapshot.context, types(full)]).toEqual([snapshot.value, snapshot.context, ['named', 'other']]);
  });

  it('only the kept assign: no actions, the same snapshot; no transition selected (guarded off, or no node names the event): the same', () => {
    const snapshot = start();
    for (const type of ['ONLY', 'NOTHING', 'NOBODY']) {
      const step = chartStepKeepingContext(chart, snapshot, { type, ok: true }, 'learn');
      expect([step.snapshot, types(step), step.timers]).toEqual([snapshot, [], []]);
      expect(step.snapshot).toBe(snapshot);
    }
  });

  it("the root's transition when the state names none: its named actions", () => {
    const snapshot = start();
    const step = chartStepKeepingContext(chart, snapshot, { type: 'ROOT', ok: true }, 'learn');
    expect(step.snapshot).toBe(snapshot);
    expect(types(step)).toEqual(['other']);
  });

  it('a target, a re-entry, another assign, params, xstate events, or another kept name: through xstate (a new snapshot)', () => {
    const snapshot = start();
    const cases: Array<[string, string, string, unknown]> = [
      ['TARGET', 'learn', 'down', ['named']],
      ['AGAIN', 'learn', 'up', ['named']],
      ['BUMP', 'learn', 'up', ['named']],
      ['PARAMS', 'learn', 'up', ['named']],
      ['xstate.done.actor.x', 'learn', 'up', ['named']],
      ['PLAIN', 'other', 'up', ['named', 'other']],
    ];
    for (const [type, keeps, value, actions] of cases) {
      const step = chartStepKeepingContext(chart, snapshot, { type, ok: true }, keeps);
      expect(step.snapshot).not.toBe(snapshot);
      expect([type, step.snapshot.value, types(step)]).toEqual([type, value, actions]);
    }
    const bumped = chartStepKeepingContext(chart, snapshot, { type: 'BUMP', ok: true }, 'learn');
    expect(bumped.snapshot.context.n).toBe(1);
  });

  it("several transitions (a parallel chart's regions): through xstate, every region's actions", () => {
    const snapshot = chartStart(regions).snapshot;
    const step = chartStepKeepingContext(regions, snapshot, { type: 'PLAIN', ok: true }, 'learn');
    expect(step.snapshot).not.toBe(snapshot);
    expect(types(step)).toEqual(['named', 'other']);
  });

  it('a stopped chart goes through xstate', () => {
    const snapshot = { ...start(), status: 'stopped' } as AnyMachineSnapshot as ReturnType<typeof start>;
    const step = chartStepKeepingContext(chart, snapshot, { type: 'PLAIN', ok: true }, 'learn');
    expect(step.snapshot).not.toBe(snapshot);
  });

  it('the checking seam throws when xstate would do otherwise (facts that are not the context), and passes when it agrees', () => {
    const previous = setCheckChartShortcuts(true);
    try {
      const snapshot = start();
      expect(types(chartStepKeepingContext(chart, snapshot, { type: 'PLAIN', ok: true }, 'learn'))).toEqual(['named', 'other']);
      // ok: false would route to `down`: the caller broke the rule, and the seam says so.
      expect(() => chartStepKeepingContext(chart, snapshot, { type: 'PLAIN', ok: false }, 'learn')).toThrow(/context kept/);
    } finally {
      setCheckChartShortcuts(previous);
    }
  });

  it('the hedger: every mode, every event, facts equal to the context — the same value, context and actions as xstate, and the same snapshot', () => {
    const bools = [false, true];
    const allFacts: HedgerFacts[] = bools.flatMap((venueOk) => bools.flatMap((externalUp) => bools.map((flat) => ({ venueOk, externalUp, flat }))));
    const events = ['TICK', 'BLOCK', 'EXTERNAL', 'HEDGE_FILLED', 'HEDGE_REJECTED', 'HEDGE_LOST'] as const;
    let answered = 0;
    for (const facts of allFacts) {
      const snapshot = chartStart(hedgerMachine, facts).snapshot;
      for (const type of events) {
        for (const requote of bools) {
          const event = (type === 'BLOCK' ? { type, requote, facts } : { type, facts }) as Parameters<typeof chartStepThroughXstate<typeof hedgerMachine>>[2];
          const kept = chartStepKeepingContext(hedgerMachine, snapshot, event, 'learn');
          const full = chartStepThroughXstate(hedgerMachine, snapshot, event);
          expect([kept.snapshot.value, kept.snapshot.context, types(kept), kept.timers]).toEqual([full.snapshot.value, full.snapshot.context, types(full), full.timers]);
          if (kept.snapshot === snapshot) answered++;
        }
      }
    }
    expect(answered).toBe(allFacts.length * events.length * 2);
  });
});
