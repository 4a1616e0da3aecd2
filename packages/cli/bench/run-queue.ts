/**
 * The kernel's run-queue wait of the live bench's processes (issue 15 item 2: is a late hop's time
 * a process that was runnable but had no CPU?). /proc/<pid>/task/<tid>/schedstat gives, per
 * thread, the time it ran, the time it spent runnable on a run queue, and its timeslices
 * (Documentation/scheduler/sched-stats.rst); summed over a process's threads and divided by the
 * step's wall time, the wait reads like the CPU figure: 0.30 means the group's threads were
 * ready to run and waiting for a core for 0.3 s of each second. CPU time says how much work
 * there was; the wait says how much of the latency was the machine's two cores being taken
 * (by the venue's own processes or anyone else's). Linux only; 0 where /proc has no schedstat.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Run-queue wait so far of a process (every thread), s. */
export function runQueueWaitSeconds(pid: number | 'self' | undefined): number {
  if (pid === undefined) return 0;
  let waitNs = 0;
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        // "<ran ns> <waited on a run queue ns> <timeslices>"
        waitNs += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'latin1').split(' ')[1] ?? 0);
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  } catch {
    return 0;
  }
  return waitNs / 1e9;
}
