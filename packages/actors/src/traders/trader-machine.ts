/**
 * The control statechart every trader shares (logic as data: stepped by the trader core with
 * xstate's `transition`, never run as an xstate actor):
 *
 *   funding ──(deposit seen)──► trading ◄──(view fresh, a market active)──► paused
 *                                  │
 *                                  └──(goal reached)──► holding
 *
 * - funding: the Deposit was sent; it is re-sent (same nonce, so harmless) every
 *   fundingRetryUs until the account shows up in the view.
 * - trading: one action per tick; the tick delay is drawn by the core (seeded jitter) and put
 *   on the event that enters `trading`; the tick is an `after` transition, a host timer through
 *   the core's effects (delays in µs: core/chart.ts).
 * - paused: the view is older than staleAfterUs or none of the trader's markets is active.
 *   Nothing ticks here: only a new block (the view advancing) can bring the trader back.
 * - holding: the trader's goal is met (the leveraged trader's target position); it stops
 *   submitting and keeps its position whatever happens, by design.
 *
 * Guards read the event only: the core computes the facts (funded, can trade, done) and sends
 * them with every event, so the heavy state (positions, orders) stays in the core's state.
 */
import { not, setup } from 'xstate';

export type TraderMode = 'funding' | 'trading' | 'paused' | 'holding';

/** What the core knows when it sends an event. */
export interface TraderFacts {
  /** The deposit has been seen (or recovered from the durable log). */
  funded: boolean;
  /** The view is fresh and at least one of the trader's markets is active. */
  canTrade: boolean;
  /** The trader's goal is reached: stop for good. */
  done: boolean;
  /** The delay of the next tick, should this event enter `trading` (µs, seeded jitter). */
  tickDelayUs: number;
}

/** BLOCK: the venue view advanced (a new height). */
export type TraderMachineEvent = { type: 'BLOCK' } & TraderFacts;

/** The timers (and event types) of the chart's delayed transitions. */
export const TICK_TIMER = 'xstate.after.tick.trader.trading';
export const FUNDING_RETRY_TIMER = 'xstate.after.fundingRetry.trader.funding';

export const traderMachine = setup({
  types: {
    context: {} as { fundingRetryUs: number },
    input: {} as { fundingRetryUs: number },
    events: {} as TraderMachineEvent,
  },
  guards: {
    funded: ({ event }) => event.funded,
    canTrade: ({ event }) => event.canTrade,
    done: ({ event }) => event.done,
  },
  // Named actions are returned by the core's step, never run by xstate: the core carries them out.
  actions: {
    act: () => {},
    retryFunding: () => {},
  },
  delays: {
    tick: ({ event }) => event.tickDelayUs,
    fundingRetry: ({ context }) => context.fundingRetryUs,
  },
}).createMachine({
  id: 'trader',
  context: ({ input }) => ({ fundingRetryUs: input.fundingRetryUs }),
  initial: 'funding',
  states: {
    funding: {
      on: { BLOCK: { guard: 'funded', target: 'trading' } },
      after: { fundingRetry: { target: 'funding', reenter: true, actions: 'retryFunding' } },
    },
    trading: {
      on: {
        BLOCK: [
          { guard: 'done', target: 'holding' },
          { guard: not('canTrade'), target: 'paused' },
        ],
      },
      // The guards run again at the tick: the view can go stale without any event arriving.
      after: {
        tick: [
          { guard: 'done', target: 'holding' },
          { guard: not('canTrade'), target: 'paused' },
          { target: 'trading', reenter: true, actions: 'act' },
        ],
      },
    },
    paused: {
      on: {
        BLOCK: [
          { guard: 'done', target: 'holding' },
          { guard: 'canTrade', target: 'trading' },
        ],
      },
    },
    holding: {},
  },
});
