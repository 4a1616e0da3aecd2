/**
 * The liquidator's control statechart:
 *
 *   blind ──(a block arrives)──► active ──(a market resumed)──► grace ──(graceAfterResumeUs)──► active
 *     ▲                            │                              │
 *     └────(view older than blindAfterUs, seen at a scan)─────────┘
 *
 * - blind (also the initial state: nothing seen yet): it cannot see, so it submits nothing.
 * - active: every SCAN submits liquidations for the unhealthy accounts.
 * - grace: a market just reopened; the venue would refuse liquidations for a while (its grace
 *   period), so the liquidator waits rather than spam refused transactions. A block arriving
 *   while blind goes back to grace if the grace window (kept by the actor, on the host clock)
 *   is still open, so a short blindness does not cut the wait short.
 * The grace timeout is an `after` transition on the host clock (fixed ids: no Math.random).
 */
import { setup } from 'xstate';

export type LiquidatorMode = 'active' | 'grace' | 'blind';

/** BLOCK: the view advanced. RESUMED: a block showed a market resuming. SCAN: the scan timer. */
export type LiquidatorMachineEvent = { type: 'BLOCK' } | { type: 'RESUMED' } | { type: 'SCAN' };

export interface LiquidatorHooks {
  isBlind(): boolean;
  /** The grace window is still open. */
  inGrace(): boolean;
  /** What is left of the grace window (µs). */
  graceLeftUs(): number;
  scan(): void;
}

export function createLiquidatorMachine(hooks: LiquidatorHooks) {
  return setup({
    types: { events: {} as LiquidatorMachineEvent },
    guards: {
      blind: () => hooks.isBlind(),
      inGrace: () => hooks.inGrace(),
    },
    actions: {
      scan: () => hooks.scan(),
    },
    delays: {
      graceLeft: () => Math.max(0, hooks.graceLeftUs()) / 1000,
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
}
