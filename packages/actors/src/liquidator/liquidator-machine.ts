/**
 * The liquidator's control statechart (logic as data: stepped by the pure core with xstate's
 * `transition`, never run as an xstate actor):
 *
 *   blind ──(a block arrives)──► active ──(a market resumed)──► grace ──(grace window over)──► active
 *     ▲                            │                              │
 *     └────(view older than blindAfterUs, seen at a scan)─────────┘
 *
 * - blind (also the initial state: nothing seen yet): it cannot see, so it submits nothing.
 * - active: every SCAN submits liquidations for the unhealthy accounts.
 * - grace: a market just reopened; the venue would refuse liquidations for a while (its grace
 *   period), so the liquidator waits rather than spam refused transactions. A block arriving
 *   while blind goes back to grace if the grace window is still open, so a short blindness
 *   does not cut the wait short.
 * Every event carries the facts its guards and delays read (the core computes them): the time,
 * the end of the grace window, whether the view is blind. The grace timeout is an `after`
 * transition, a host timer through the core's effects (delays in µs: core/chart.ts).
 */
import { setup } from 'xstate';

export type LiquidatorMode = 'active' | 'grace' | 'blind';

/** What the core knows when it sends an event. */
export interface LiquidatorFacts {
  nowUs: number;
  /** End of the grace window (µs; -Infinity: none). */
  graceUntilUs: number;
  /** The view is older than blindAfterUs. */
  blind: boolean;
}

/** BLOCK: the view advanced. RESUMED: a block showed a market resuming. SCAN: the scan timer. */
export type LiquidatorMachineEvent = ({ type: 'BLOCK' } | { type: 'RESUMED' } | { type: 'SCAN' }) & LiquidatorFacts;

/** The timer (and event type) of the grace window's end. */
export const GRACE_TIMER = 'xstate.after.graceLeft.liquidator.grace';

export const liquidatorMachine = setup({
  types: { events: {} as LiquidatorMachineEvent },
  guards: {
    blind: ({ event }) => event.blind,
    inGrace: ({ event }) => event.nowUs < event.graceUntilUs,
  },
  // Named actions are returned by the core's step, never run by xstate: the core carries them out.
  actions: { scan: () => {} },
  delays: {
    graceLeft: ({ event }) => Math.max(0, event.graceUntilUs - event.nowUs),
  },
}).createMachine({
  id: 'liquidator',
  initial: 'blind',
  states: {
    blind: {
      on: {
        BLOCK: [{ guard: 'inGrace', target: 'grace' }, { target: 'active' }],
      },
    },
    active: {
      on: {
        SCAN: [{ guard: 'blind', target: 'blind' }, { actions: 'scan' }],
        RESUMED: { target: 'grace' },
      },
    },
    grace: {
      on: {
        SCAN: { guard: 'blind', target: 'blind' },
        // Another market resumed: the window was extended, re-arm the timeout.
        RESUMED: { target: 'grace', reenter: true },
      },
      after: { graceLeft: { target: 'active' } },
    },
  },
});
