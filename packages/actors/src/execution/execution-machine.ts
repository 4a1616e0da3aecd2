/**
 * The execution node's control statechart (logic as data: stepped by the execution core with
 * xstate's `transition`, never run as an xstate actor): `following` the committed chain, or
 * `catching-up` when a height is missing — it then asks a validator for blocks on entry and
 * again every retry interval, rotating through the validators, until the gap is filled. The
 * retry is an `after` transition, a host timer through the core's effects (delays in µs:
 * core/chart.ts), cancelled when the gap fills.
 */
import { setup } from 'xstate';

export type ExecutionMachineEvent = { type: 'GAP' } | { type: 'FILLED' } | { type: typeof RETRY_TIMER };

/** The retry's timer (and event type). */
export const RETRY_TIMER = 'xstate.after.retry.execution.catching-up';

export const executionMachine = setup({
  types: {
    context: {} as { retryUs: number },
    input: {} as { retryUs: number },
    events: {} as ExecutionMachineEvent,
  },
  // Named actions are returned by the core's step, never run by xstate: the core carries them out.
  actions: { request: () => {} },
  delays: { retry: ({ context }) => context.retryUs },
}).createMachine({
  id: 'execution',
  context: ({ input }) => ({ retryUs: input.retryUs }),
  initial: 'following',
  states: {
    following: {
      on: { GAP: { target: 'catching-up' } },
    },
    'catching-up': {
      entry: 'request',
      on: { FILLED: { target: 'following' } },
      after: { retry: { target: 'catching-up', reenter: true } },
    },
  },
});
