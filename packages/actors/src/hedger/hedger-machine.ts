/**
 * The hedger's control statechart:
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
 *   oracle. The quotes are pulled on the way out of quoting only, so a pull is sent once per
 *   outage, not at every tick of it (a venue that is down would only queue them).
 * - quoting requotes every TICK; quoting and hedge-only hedge on every TICK and whenever the
 *   delta or the external venue may have changed (BLOCK, EXTERNAL, HEDGE_LOST). A rejected
 *   hedge is retried at the next TICK, not at once: a venue that rejects (a disconnect) would
 *   otherwise be hammered at the network's round-trip rate.
 * - Routing is by eventless (`always`) transitions on the actor's conditions, re-evaluated
 *   after every event: a condition can change without an event of its own (a view going stale).
 * - The TICK is a delayed raise on the host clock with a fixed id (xstate would otherwise draw
 *   the id from Math.random), re-armed at each TICK whatever the state.
 */
import { and, not, raise, setup } from 'xstate';

export type HedgerMode = 'quoting' | 'pulled' | 'hedge-only' | 'flat';

/**
 * TICK: the quote interval elapsed. BLOCK: the venue view advanced (requote: the block touched
 * a quote or a market's status, so the quotes should follow now). EXTERNAL: an external price
 * tick. HEDGE_FILLED / HEDGE_REJECTED / HEDGE_LOST: a hedge order's fate.
 */
export type HedgerMachineEvent =
  | { type: 'TICK' }
  | { type: 'BLOCK'; requote: boolean }
  | { type: 'EXTERNAL' }
  | { type: 'HEDGE_FILLED' }
  | { type: 'HEDGE_REJECTED' }
  | { type: 'HEDGE_LOST' };

export interface HedgerHooks {
  venueOk(): boolean;
  externalUp(): boolean;
  /** No position on either leg and no hedge order outstanding. */
  isFlat(): boolean;
  /** Per-tick housekeeping, in every state (deposit retry, durable snapshot). */
  tick(): void;
  /** Sends each market's quote (or a pull for a market that should not be quoted). */
  requote(): void;
  /** Pulls every live quote. */
  pullAll(): void;
  /** Sends the hedge orders the delta calls for. */
  hedge(): void;
}

export const QUOTE_TICK_ID = 'hedger-quote-tick';

export function createHedgerMachine(hooks: HedgerHooks, options: { quoteIntervalUs: number }) {
  return setup({
    types: { events: {} as HedgerMachineEvent },
    guards: {
      venueOk: () => hooks.venueOk(),
      externalUp: () => hooks.externalUp(),
      flat: () => hooks.isFlat(),
      requoteNow: ({ event }) => event.type === 'BLOCK' && event.requote,
    },
    actions: {
      tick: () => hooks.tick(),
      requote: () => hooks.requote(),
      pullAll: () => hooks.pullAll(),
      hedge: () => hooks.hedge(),
      // xstate speaks ms, the host clock converts back to µs.
      scheduleTick: raise({ type: 'TICK' }, { delay: options.quoteIntervalUs / 1000, id: QUOTE_TICK_ID }),
    },
  }).createMachine({
    id: 'hedger',
    initial: 'flat',
    entry: 'scheduleTick',
    on: {
      TICK: { actions: ['tick', 'scheduleTick'] },
    },
    states: {
      quoting: {
        entry: ['requote', 'hedge'],
        always: { guard: not('venueOk'), target: 'pulled', actions: 'pullAll' },
        on: {
          TICK: { actions: ['tick', 'requote', 'hedge', 'scheduleTick'] },
          BLOCK: [{ guard: 'requoteNow', actions: ['requote', 'hedge'] }, { actions: 'hedge' }],
          EXTERNAL: { actions: 'hedge' },
          HEDGE_LOST: { actions: 'hedge' },
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
          TICK: { actions: ['tick', 'hedge', 'scheduleTick'] },
          BLOCK: { actions: 'hedge' },
          EXTERNAL: { actions: 'hedge' },
          HEDGE_LOST: { actions: 'hedge' },
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
}
