/**
 * The oracle's control statechart, on the host clock:
 *
 *   waitingForPrice — no usable observation yet (or it went stale); a PRICE event re-checks;
 *   reporting       — a report round at every report time;
 *   outage          — inside a scripted outage window: its sources are unreachable, no reports,
 *                     and it comes back with no history (it must observe afresh for lagUs).
 *
 * `resolving` is the transient decision point, entered at start, after an outage and on new
 * prices, so a restarted oracle lands in the right state from time alone. Every timer is an
 * xstate `after` (ids derived from the state: no Math.random). Report times come from the
 * actor (`nextReportDelayUs`), which keeps them on a grid and never repeats one, so re-entering
 * `reporting` (a capped wait expiring, an outage ending) neither drops nor doubles a round.
 */
import { setup } from 'xstate';
import { TimeWindows } from '../external/time-windows.ts';

export interface OracleMachineDeps {
  /** The host clock, µs. */
  now(): number;
  outages: TimeWindows;
  /** µs from now to the next report time. */
  nextReportDelayUs(): number;
  /** Whether at least one market has a price to report now. */
  hasPrice(): boolean;
  /** One report round (every market with a price). */
  report(): void;
  /** Entering an outage: what it observed before is not what it will see after. */
  enterOutage(): void;
}

export type OracleMachineEvent = { type: 'PRICE' };

export function createOracleMachine(deps: OracleMachineDeps) {
  const inOutage = (): boolean => deps.outages.endOfWindowAt(deps.now()) !== undefined;
  return setup({
    types: { events: {} as OracleMachineEvent },
    guards: {
      inOutage,
      hasPrice: () => deps.hasPrice(),
    },
    actions: {
      report: () => deps.report(),
      enterOutage: () => deps.enterOutage(),
    },
    delays: {
      untilReport: () => deps.nextReportDelayUs() / 1000,
      untilOutageStart: () => TimeWindows.waitUs(deps.now(), deps.outages.nextStartAfter(deps.now())) / 1000,
      untilOutageEnd: () => TimeWindows.waitUs(deps.now(), deps.outages.endOfWindowAt(deps.now())) / 1000,
    },
  }).createMachine({
    id: 'oracle',
    initial: 'resolving',
    states: {
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
}
