/**
 * The oracle's control statechart (logic as data: stepped by the oracle core with xstate's
 * `transition`, never run as an xstate actor):
 *
 *   waitingForPrice — no usable observation yet (or it went stale); a PRICE event re-checks;
 *   reporting       — a report round at every report time;
 *   outage          — inside a scripted outage window: its sources are unreachable, no reports,
 *                     and it comes back with no history (it must observe afresh for lagUs).
 *
 * `idle` waits for START (the core sends it when the actor starts); `resolving` is the
 * transient decision point, entered at start, after an outage and on new prices, so a
 * restarted oracle lands in the right state from time alone. Guards and delays read the event:
 * the core puts the facts on it (in an outage now? a price to report? how long to the next
 * report time, the next outage, the end of this one?). Every timer is an `after` transition, a
 * host timer through the core's effects (delays in µs: core/chart.ts). Report times come from
 * the core, which keeps them on a grid and never repeats one, so re-entering `reporting` (a
 * capped wait expiring, an outage ending) neither drops nor doubles a round.
 */
import { setup } from 'xstate';

/** What the core knows when it sends an event. */
export interface OracleFacts {
  inOutage: boolean;
  /** At least one market has a price to report now. */
  hasPrice: boolean;
  /** µs from now to the next report time (after a report made now, at a report time). */
  reportDelayUs: number;
  untilOutageStartUs: number;
  untilOutageEndUs: number;
}

/** The timers (and event types) of the chart's delayed transitions; the report time first. */
export const ORACLE_TIMERS = [
  'xstate.after.untilReport.oracle.reporting',
  'xstate.after.untilOutageStart.oracle.reporting',
  'xstate.after.untilOutageStart.oracle.waitingForPrice',
  'xstate.after.untilOutageEnd.oracle.outage',
] as const;

/** START: the actor started. PRICE: a new usable observation. */
export type OracleMachineEvent = { type: 'START' | 'PRICE' | (typeof ORACLE_TIMERS)[number] } & OracleFacts;

export const oracleMachine = setup({
  types: { events: {} as OracleMachineEvent },
  guards: {
    inOutage: ({ event }) => event.inOutage,
    hasPrice: ({ event }) => event.hasPrice,
  },
  // Named actions are returned by the core's step, never run by xstate: the core carries them out.
  actions: {
    report: () => {},
    enterOutage: () => {},
  },
  delays: {
    untilReport: ({ event }) => event.reportDelayUs,
    untilOutageStart: ({ event }) => event.untilOutageStartUs,
    untilOutageEnd: ({ event }) => event.untilOutageEndUs,
  },
}).createMachine({
  id: 'oracle',
  initial: 'idle',
  states: {
    idle: {
      on: { START: 'resolving' },
    },
    resolving: {
      always: [{ guard: 'inOutage', target: 'outage' }, { guard: 'hasPrice', target: 'reporting' }, { target: 'waitingForPrice' }],
    },
    waitingForPrice: {
      on: { PRICE: 'resolving' },
      after: { untilOutageStart: 'resolving' },
    },
    reporting: {
      after: {
        // inOutage first: a report time and an outage start at one instant fire in either order.
        untilReport: [
          { guard: 'inOutage', target: 'outage' },
          { guard: 'hasPrice', target: 'reporting', reenter: true, actions: 'report' },
          { target: 'waitingForPrice' },
        ],
        untilOutageStart: 'resolving',
      },
    },
    outage: {
      entry: 'enterOutage',
      after: { untilOutageEnd: 'resolving' },
    },
  },
});
