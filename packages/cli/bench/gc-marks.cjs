/**
 * A preload for the live bench's services (issue 15 item 2, session 36): each garbage-collector
 * pause as one stderr line (the service's log file) on the wall clock every process of a run
 * shares, so a pause can be laid beside one height's path to the microsecond (--trace-gc counts
 * from each isolate's start, which the bench places only to ~0.1 s: gc-windows.ts):
 *
 *   gc-mark <kind> <start µs since the Unix epoch> <pause µs>
 *
 * kind: minor (scavenge), major (mark-compact), incremental, weakcb. The pause is V8's wall time
 * of the pause (a thread waiting for a core counts). Used as
 * `LIVE_BENCH_NODE_FLAGS="--require $PWD/packages/cli/bench/gc-marks.cjs" … --keep`, then
 * tail-stalls.ts. Bench instrumentation only: nothing in a service loads it otherwise.
 */
'use strict';
const { PerformanceObserver, performance, constants } = require('node:perf_hooks');

const KINDS = new Map([
  [constants.NODE_PERFORMANCE_GC_MINOR, 'minor'],
  [constants.NODE_PERFORMANCE_GC_MAJOR, 'major'],
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL, 'incremental'],
  [constants.NODE_PERFORMANCE_GC_WEAKCB, 'weakcb'],
]);
const originMs = performance.timeOrigin;
const observer = new PerformanceObserver((list) => {
  let lines = '';
  for (const entry of list.getEntries()) {
    lines += `gc-mark ${KINDS.get(entry.detail?.kind) ?? 'other'} ${Math.round((originMs + entry.startTime) * 1000)} ${Math.round(entry.duration * 1000)}\n`;
  }
  process.stderr.write(lines);
});
observer.observe({ entryTypes: ['gc'] });
// Let the process exit as it would without the observer.
observer.unref?.();
