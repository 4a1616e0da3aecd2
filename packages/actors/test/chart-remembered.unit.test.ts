/**
 * chartStep remembers its answer without xstate per snapshot and event when the event's facts are
 * all booleans (core/chart.ts, rememberedActionsWithoutXstate): asked again, it gives the same
 * answer as xstate, from the memo (a remembered list is frozen: that is how these tests see the
 * memo answer); different facts are different keys; events with other facts, and more than 64
 * keys on one snapshot, are not remembered and still answered as xstate does.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '@faultline/runtime';
import { setup, type AnyStateMachine } from 'xstate';
import { chartStart, chartStep, chartStepThroughXstate } from '../src/core/chart.ts';
import { executionMachine } from '../src/execution/execution-machine.ts';
import { traderMachine } from '../src/traders/trader-machine.ts';

type Event = { type: string } & Record<string, unknown>;

const acts = setup({
  types: { events: {} as Event },
  actions: { named: () => {}, other: () => {} },
  guards: { yes: ({ event }) => event['flag'] === true },
}).createMachine({
  id: 'acts',
  initial: 'idle',
  states: {
    idle: { on: { ACT: [{ guard: 'yes', actions: ['named', 'other'] }, { actions: 'other' }], GO: 'away' } },
    away: { on: { BACK: 'idle' } },
  },
});

function stepBoth(machine: AnyStateMachine, snapshot: ReturnType<typeof chartStart>['snapshot'], event: Event) {
  const mine = chartStep(machine, snapshot as never, event as never);
  const theirs = chartStepThroughXstate(machine, snapshot as never, event as never);
  expect([mine.snapshot.value, mine.actions, mine.timers]).toEqual([theirs.snapshot.value, theirs.actions, theirs.timers]);
  return { mine, theirs };
}

describe('chart steps remembered per snapshot and boolean facts', () => {
  it.each([
    ['trader', traderMachine, { fundingRetryUs: 1_000 }, ['BLOCK', 'TICK', 'NOBODY'], ['funded', 'canTrade', 'done']],
    ['execution', executionMachine, { retryUs: 1_000 }, ['GAP', 'FILLED'], []],
    ['acts', acts, undefined, ['ACT', 'GO', 'BACK'], ['flag']],
  ] as Array<[string, AnyStateMachine, unknown, string[], string[]]>)('%s: every step twice agrees with xstate, the second from the memo when it was answered without xstate', (_name, machine, input, types, flags) => {
    const rng = createRng(11);
    let fromMemo = 0;
    for (let walk = 0; walk < 30; walk++) {
      let snapshot = chartStart(machine, input).snapshot;
      for (let step = 0; step < 25; step++) {
        const event: Event = { type: types[rng.int(0, types.length - 1)] as string };
        for (const flag of flags) event[flag] = rng.int(0, 1) === 1;
        const first = stepBoth(machine, snapshot, event);
        const again = stepBoth(machine, snapshot, { ...event });
        if (first.mine.snapshot === snapshot) {
          // Answered without xstate: the second answer is the remembered, frozen list.
          expect(Object.isFrozen(again.mine.actions)).toBe(true);
          fromMemo++;
        }
        snapshot = first.theirs.snapshot;
      }
    }
    expect(fromMemo).toBeGreaterThan(0);
  });

  it('different facts are different keys; a number among the facts is not remembered', () => {
    const idle = chartStart(acts).snapshot;
    for (let round = 0; round < 2; round++) {
      expect(chartStep(acts, idle, { type: 'ACT', flag: true }).actions).toEqual([{ type: 'named' }, { type: 'other' }]);
      expect(chartStep(acts, idle, { type: 'ACT', flag: false }).actions).toEqual([{ type: 'other' }]);
      // A field named like a key's parts is not another event's key.
      expect(chartStep(acts, idle, { type: 'ACT', 'flag+4:flag': true }).actions).toEqual([{ type: 'other' }]);
    }
    expect(Object.isFrozen(chartStep(acts, idle, { type: 'ACT', flag: true }).actions)).toBe(true);
    for (let round = 0; round < 2; round++) {
      const step = chartStep(acts, idle, { type: 'ACT', flag: true, delayUs: 5 });
      expect(step.actions).toEqual([{ type: 'named' }, { type: 'other' }]);
      expect(Object.isFrozen(step.actions)).toBe(false);
    }
  });

  it('at most 64 keys a snapshot: later ones are answered as xstate does, not remembered', () => {
    const idle = chartStart(acts).snapshot;
    const event = (i: number): Event => {
      const e: Event = { type: 'ACT', flag: (i & 1) === 1 };
      for (let bit = 1; bit < 8; bit++) e[`f${bit}`] = ((i >> bit) & 1) === 1;
      return e;
    };
    for (let round = 0; round < 2; round++) for (let i = 0; i < 100; i++) stepBoth(acts, idle, event(i));
    expect(Object.isFrozen(chartStep(acts, idle, event(63)).actions)).toBe(true);
    expect(Object.isFrozen(chartStep(acts, idle, event(64)).actions)).toBe(false);
  });
});
