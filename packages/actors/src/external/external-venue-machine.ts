/**
 * The external venue's control statechart: connected or disconnected, following the scripted
 * disconnect windows on the host clock. There are no inbound events: every transition is a
 * delayed one (xstate `after`, whose event ids are derived from the state, so no Math.random),
 * and `resolving` asks the windows where "now" falls, which also places a restarted venue
 * straight into the right state.
 */
import { setup } from 'xstate';
import { TimeWindows } from './time-windows.ts';

export interface ExternalVenueMachineDeps {
  /** The host clock, µs. */
  now(): number;
  disconnects: TimeWindows;
}

const msUntil = (now: number, target: number | undefined): number => TimeWindows.waitUs(now, target) / 1000;

export function createExternalVenueMachine(deps: ExternalVenueMachineDeps) {
  return setup({
    guards: {
      inWindow: () => deps.disconnects.endOfWindowAt(deps.now()) !== undefined,
    },
    delays: {
      untilWindowStart: () => msUntil(deps.now(), deps.disconnects.nextStartAfter(deps.now())),
      untilWindowEnd: () => msUntil(deps.now(), deps.disconnects.endOfWindowAt(deps.now())),
    },
  }).createMachine({
    id: 'external-venue',
    initial: 'resolving',
    states: {
      resolving: {
        always: [{ guard: 'inWindow', target: 'disconnected' }, { target: 'connected' }],
      },
      // With no window ahead the wait is capped (see MAX_WAIT_US) and re-resolves to here.
      connected: { after: { untilWindowStart: 'resolving' } },
      disconnected: { after: { untilWindowEnd: 'resolving' } },
    },
  });
}
