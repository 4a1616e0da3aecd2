/**
 * Did every service of a live run come up? Read from each service's incarnations (the supervisor's
 * record: whether the actor started — its started line — and how each incarnation ended).
 *
 * A run whose chain grew can still have run without one of its actors: a hedger, a trader or an
 * execution node whose process failed at start-up every time. Every monitor then judged a venue
 * the scenario did not describe (no hedges, no second replica) and "passed" it. So:
 * - **never started**: no incarnation started, and at least one exited on its own before starting
 *   (an error at start-up) — the run fails run-completes, naming it and its exits;
 * - **did not come back**: it came up, and every incarnation after its last started one — at least
 *   RESTART_FAILURES_TO_JUDGE of them — exited on its own before starting (e.g. a validator that
 *   cannot recover its log after a kill -9) — fails run-completes too, unless the run had broker
 *   faults (a restart during an outage fails for the outage's sake: that is said, not judged); a
 *   last restart the run's stop caught still loading says nothing and is left out;
 * - **still starting**: never started and never failed (spawned late, or slow on a busy machine:
 *   still loading when the run stopped) — not evaluated, said;
 * - the nemesis holding a service down (a crash fault) is by design: an incarnation it ended is
 *   not a failure, and a service held at the end is not judged.
 */
import type { IncarnationRecord } from './supervisor.ts';

/** Three start-up failures in a row span ≥ 3.5 s of the supervisor's backoff (0.5, 1, 2 s): not a blip. */
export const RESTART_FAILURES_TO_JUDGE = 3;

export interface ServiceHistory {
  id: string;
  /** The nemesis holds it down now (a crash fault without a restart yet). */
  held: boolean;
  incarnations: readonly IncarnationRecord[];
}

export interface ServicesCameUp {
  /** Why run-completes fails: one line per service that never started or did not come back. */
  failures: string[];
  /** Services that neither started nor failed (still loading when the run stopped, or never spawned). */
  stillStarting: string[];
  /** Services that did not come back in a run with broker faults: said, not judged. */
  unjudged: string[];
}

/**
 * An incarnation that ended by itself before its actor started: a positive exit code (always the
 * service's own: a stop ends a service with 0 or a signal), or any end neither the nemesis nor the
 * run's stop caused (a signal nobody sent).
 */
function failedAtStart(record: IncarnationRecord): boolean {
  if (record.started || record.exit === undefined) return false;
  return (record.exit !== null && record.exit > 0) || record.endedBy === undefined;
}

/** The run's stop ended it while it was still loading: it says nothing either way. */
function stoppedLoading(record: IncarnationRecord): boolean {
  return !record.started && record.endedBy === 'run-stop' && !failedAtStart(record);
}

function exitsOf(records: readonly IncarnationRecord[]): string {
  return records.map((r) => (r.exit === -1 ? 'a signal' : String(r.exit))).join(', ');
}

export function judgeServicesCameUp(services: Iterable<ServiceHistory>, options: { brokerFaults: boolean }): ServicesCameUp {
  const result: ServicesCameUp = { failures: [], stillStarting: [], unjudged: [] };
  for (const service of services) {
    const { id, incarnations } = service;
    const lastStarted = incarnations.map((r) => r.started).lastIndexOf(true);
    if (lastStarted < 0) {
      const failures = incarnations.filter(failedAtStart);
      if (failures.length > 0) result.failures.push(`${id} never started: ${failures.length} incarnation${failures.length === 1 ? '' : 's'} exited before starting (${exitsOf(failures)}; its log: logs/${id}.log)`);
      else if (!service.held) result.stillStarting.push(id);
      continue;
    }
    if (service.held) continue;
    // The run's stop can catch the supervisor's next restart still loading: that last one says nothing.
    const after = incarnations.slice(lastStarted + 1);
    while (after.length > 0 && stoppedLoading(after[after.length - 1] as IncarnationRecord)) after.pop();
    if (after.length < RESTART_FAILURES_TO_JUDGE || !after.every(failedAtStart)) continue;
    const line = `${id} did not come back: the ${after.length} incarnations after its last start exited before starting (${exitsOf(after)}; its log: logs/${id}.log)`;
    if (options.brokerFaults) result.unjudged.push(line);
    else result.failures.push(line);
  }
  return result;
}
