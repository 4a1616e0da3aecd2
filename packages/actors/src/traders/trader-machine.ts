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
 * - trading: one action per tick. The tick is the core's own timer (TICK_TIMER, its delay drawn
 *   by the core with seeded jitter): the chart says when it is armed (`armTick`, entering
 *   `trading` and after each action) and disarmed (`disarmTick`, leaving it), and the core feeds
 *   it back as a TICK event. A targetless TICK transition acts and stays: the `after` transition
 *   that re-entered `trading` on every tick cost a whole exit/entry macrostep in xstate (the
 *   trader's ticks were ~3.7 % of a baseline venue run).
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
}

/** The core's tick timer (armed and disarmed as the chart says). */
export const TICK_TIMER = 'tick';
/** The timer (and event type) of the chart's delayed funding retry. */
export const FUNDING_RETRY_TIMER = 'xstate.after.fundingRetry.trader.funding';

/** BLOCK: the venue view advanced (a new height); TICK: the tick timer fired. */
export type TraderMachineEvent = { type: 'BLOCK' | 'TICK' | typeof FUNDING_RETRY_TIMER } & TraderFacts;

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
    armTick: () => {},
    disarmTick: () => {},
  },
  delays: {
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
      entry: 'armTick',
      exit: 'disarmTick',
      on: {
        BLOCK: [
          { guard: 'done', target: 'holding' },
          { guard: not('canTrade'), target: 'paused' },
        ],
        // The guards run again at the tick: the view can go stale without any event arriving.
        TICK: [
          { guard: 'done', target: 'holding' },
          { guard: not('canTrade'), target: 'paused' },
          { actions: ['act', 'armTick'] },
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
