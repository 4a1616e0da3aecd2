/**
 * The hedger's control statechart, as data:
 *
 *            ┌──────────(venue ok)──────────┐
 *            ▼                              │
 *        quoting ──(venue not ok: pull every live quote, once)──► pulled / hedge-only / flat
 *
 *   not quoting, one of:   flat       no position on either leg, no hedge order outstanding
 *                          hedge-only the external venue is up: keep hedging the delta
 *                          pulled     the external venue is down too: nothing to do but wait
 *
 * - venue ok = funded, the view fresh (age <= staleAfterUs), some market active with a fresh
 *   oracle and a fresh external price (a hedge venue it cannot reach means fills it cannot
 *   hedge: it does not quote). The quotes are pulled on the way out of quoting only, so a pull is sent once per
 *   outage, not at every tick of it (a venue that is down would only queue them).
 * - quoting requotes every TICK; quoting and hedge-only hedge on every TICK and whenever the
 *   delta or the external venue may have changed (BLOCK, EXTERNAL, HEDGE_LOST). A rejected
 *   hedge is retried at the next TICK, not at once: a venue that rejects (a disconnect) would
 *   otherwise be hammered at the network's round-trip rate.
 * - Guards read the machine's context only. Every event carries the hedger's `facts` at the
 *   event's time (the core computes them from its state and the time it was given: hedger-core.ts);
 *   each transition first copies them into context, and the eventless (`always`) routing reads
 *   them there. A condition can change without an event of its own (a view going stale): it is
 *   seen at the next event, a TICK at the latest.
 * - Actions are names only: the core steps the machine with xstate's pure `transition` and turns
 *   the returned action names into its own effects (quotes, pulls, hedges, the next tick's timer).
 *   The machine schedules nothing itself: the core's timers are its only timers.
 */
import { and, assign, not, setup } from 'xstate';

export type HedgerMode = 'quoting' | 'pulled' | 'hedge-only' | 'flat';

/** What the routing depends on, at the event's time. */
export interface HedgerFacts {
  /** Funded, the venue view fresh, some market quotable (active, its oracle and its external price fresh). */
  venueOk: boolean;
  /** Some market's external price is fresh. */
  externalUp: boolean;
  /** No position on either leg and no hedge order outstanding. */
  flat: boolean;
}

/**
 * TICK: the quote interval elapsed. BLOCK: the venue view advanced (requote: the block touched
 * a quote or a market's status, so the quotes should follow now). EXTERNAL: an external price
 * tick. HEDGE_FILLED / HEDGE_REJECTED / HEDGE_LOST: a hedge order's fate.
 */
export type HedgerMachineEvent =
  | { type: 'TICK'; facts: HedgerFacts }
  | { type: 'BLOCK'; requote: boolean; facts: HedgerFacts }
  | { type: 'EXTERNAL'; facts: HedgerFacts }
  | { type: 'HEDGE_FILLED'; facts: HedgerFacts }
  | { type: 'HEDGE_REJECTED'; facts: HedgerFacts }
  | { type: 'HEDGE_LOST'; facts: HedgerFacts };

/**
 * The machine's actions, which the core carries out in the order the step returns them:
 * `tick` per-tick housekeeping (deposit retry, durable snapshot), `requote` each market's quote
 * (or a pull for one that should not be quoted), `pullAll` every live quote pulled, `hedge` the
 * hedge orders the delta calls for, `scheduleTick` the next TICK.
 */
export const HEDGER_ACTIONS = ['tick', 'requote', 'pullAll', 'hedge', 'scheduleTick'] as const;
export type HedgerAction = (typeof HEDGER_ACTIONS)[number];

// The core reads the names of the returned actions; nothing is executed by xstate.
const named = () => {};

export const hedgerMachine = setup({
  types: { context: {} as HedgerFacts, events: {} as HedgerMachineEvent, input: {} as HedgerFacts },
  guards: {
    venueOk: ({ context }) => context.venueOk,
    externalUp: ({ context }) => context.externalUp,
    flat: ({ context }) => context.flat,
    requoteNow: ({ event }) => event.type === 'BLOCK' && event.requote,
  },
  actions: {
    learn: assign(({ event }) => ({ ...event.facts })),
    tick: named,
    requote: named,
    pullAll: named,
    hedge: named,
    scheduleTick: named,
  },
}).createMachine({
  id: 'hedger',
  // The facts at start (the core's initialTransition input).
  context: ({ input }) => ({ ...input }),
  initial: 'flat',
  entry: 'scheduleTick',
  on: {
    TICK: { actions: ['learn', 'tick', 'scheduleTick'] },
    BLOCK: { actions: 'learn' },
    EXTERNAL: { actions: 'learn' },
    HEDGE_FILLED: { actions: 'learn' },
    HEDGE_REJECTED: { actions: 'learn' },
    HEDGE_LOST: { actions: 'learn' },
  },
  states: {
    quoting: {
      entry: ['requote', 'hedge'],
      always: { guard: not('venueOk'), target: 'pulled', actions: 'pullAll' },
      on: {
        TICK: { actions: ['learn', 'tick', 'requote', 'hedge', 'scheduleTick'] },
        BLOCK: [{ guard: 'requoteNow', actions: ['learn', 'requote', 'hedge'] }, { actions: ['learn', 'hedge'] }],
        EXTERNAL: { actions: ['learn', 'hedge'] },
        HEDGE_LOST: { actions: ['learn', 'hedge'] },
      },
    },
    'hedge-only': {
      entry: 'hedge',
      always: [
        { guard: 'venueOk', target: 'quoting' },
        { guard: 'flat', target: 'flat' },
        { guard: not('externalUp'), target: 'pulled' },
      ],
      on: {
        TICK: { actions: ['learn', 'tick', 'hedge', 'scheduleTick'] },
        BLOCK: { actions: ['learn', 'hedge'] },
        EXTERNAL: { actions: ['learn', 'hedge'] },
        HEDGE_LOST: { actions: ['learn', 'hedge'] },
      },
    },
    pulled: {
      always: [
        { guard: 'venueOk', target: 'quoting' },
        { guard: 'flat', target: 'flat' },
        { guard: 'externalUp', target: 'hedge-only' },
      ],
    },
    flat: {
      always: [
        { guard: 'venueOk', target: 'quoting' },
        { guard: and([not('flat'), 'externalUp']), target: 'hedge-only' },
        { guard: not('flat'), target: 'pulled' },
      ],
    },
  },
});
