/**
 * The control statechart every trader shares:
 *
 *   funding ──(deposit seen)──► trading ◄──(view fresh, a market active)──► paused
 *                                  │
 *                                  └──(goal reached)──► holding
 *
 * - funding: the Deposit was sent; it is re-sent (same nonce, so harmless) every
 *   fundingRetryUs until the account shows up in the view.
 * - trading: one action per tick; the tick delay is drawn by the actor (seeded jitter) and runs
 *   as an `after` transition on the host clock (xstate gives `after` events fixed ids, so no
 *   Math.random is involved).
 * - paused: the view is older than staleAfterUs or none of the trader's markets is active.
 *   Nothing ticks here: only a new block (the view advancing) can bring the trader back.
 * - holding: the trader's goal is met (the leveraged trader's target position); it stops
 *   submitting and keeps its position whatever happens, by design.
 *
 * The conditions are the actor's (guards call its hooks); the machine only orders them, so the
 * heavy state (positions, orders) stays in the actor.
 */
import { not, setup } from 'xstate';

export type TraderMode = 'funding' | 'trading' | 'paused' | 'holding';

/** BLOCK: the venue view advanced (a new height). */
export type TraderMachineEvent = { type: 'BLOCK' };

export interface TraderHooks {
  /** The deposit has been seen (or recovered from the durable log). */
  isFunded(): boolean;
  /** The view is fresh and at least one of the trader's markets is active. */
  canTrade(): boolean;
  /** The trader's goal is reached: stop for good. */
  isDone(): boolean;
  /** The next tick's delay, µs (seeded jitter). */
  nextDelayUs(): number;
  act(): void;
  retryFunding(): void;
}

export function createTraderMachine(hooks: TraderHooks, options: { fundingRetryUs: number }) {
  return setup({
    types: { events: {} as TraderMachineEvent },
    guards: {
      funded: () => hooks.isFunded(),
      canTrade: () => hooks.canTrade(),
      done: () => hooks.isDone(),
    },
    actions: {
      act: () => hooks.act(),
      retryFunding: () => hooks.retryFunding(),
    },
    delays: {
      // xstate speaks ms, the host clock converts back to µs.
      tick: () => hooks.nextDelayUs() / 1000,
      fundingRetry: options.fundingRetryUs / 1000,
    },
  }).createMachine({
    id: 'trader',
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
}
