/**
 * The external venue's control statechart (logic as data: stepped by the external venue's core
 * with xstate's `transition`, never run as an xstate actor): connected or disconnected,
 * following the scripted disconnect windows. `idle` waits for START (sent when the actor
 * starts); `resolving` asks where "now" falls — the core puts the facts on the event (inside a
 * window now? how long to the next window's start, to this one's end?) — which also places a
 * restarted venue straight into the right state. Every other transition is delayed: an `after`
 * transition, a host timer through the core's effects (delays in µs: core/chart.ts).
 */
import { setup } from 'xstate';

export interface ExternalVenueFacts {
  inWindow: boolean;
  untilWindowStartUs: number;
  untilWindowEndUs: number;
}

/** The timers (and event types) of the chart's delayed transitions. */
export const EXTERNAL_VENUE_TIMERS = ['xstate.after.untilWindowStart.external-venue.connected', 'xstate.after.untilWindowEnd.external-venue.disconnected'] as const;

export type ExternalVenueMachineEvent = { type: 'START' | (typeof EXTERNAL_VENUE_TIMERS)[number] } & ExternalVenueFacts;

export const externalVenueMachine = setup({
  types: { events: {} as ExternalVenueMachineEvent },
  guards: {
    inWindow: ({ event }) => event.inWindow,
  },
  delays: {
    untilWindowStart: ({ event }) => event.untilWindowStartUs,
    untilWindowEnd: ({ event }) => event.untilWindowEndUs,
  },
}).createMachine({
  id: 'external-venue',
  initial: 'idle',
  states: {
    idle: { on: { START: 'resolving' } },
    resolving: {
      always: [{ guard: 'inWindow', target: 'disconnected' }, { target: 'connected' }],
    },
    // With no window ahead the wait is capped (see MAX_WAIT_US) and re-resolves to here.
    connected: { after: { untilWindowStart: 'resolving' } },
    disconnected: { after: { untilWindowEnd: 'resolving' } },
  },
});
