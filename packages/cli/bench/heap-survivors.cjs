/**
 * A preload for the live bench and its services (issue 15 item 2, session 36): a sampling heap
 * profile of what **survives the scavenges** — objects collected by a mark-compact or still live
 * when the profile is taken; those a scavenge collected are left out (V8's sampling heap profiler
 * with includeObjectsCollectedByMajorGC and without includeObjectsCollectedByMinorGC). What lands
 * here was promoted (or is live): the allocations that grow the old space and bring the
 * mark-compacts, and that each scavenge copies.
 *
 *   LIVE_BENCH_HEAP_SURVIVORS_DIR=/tmp/hs LIVE_BENCH_HEAP_SURVIVORS_OF=validator-1,bench \
 *     NODE_OPTIONS="--require $PWD/packages/cli/bench/heap-survivors.cjs" npx tsx packages/cli/bench/live.bench.ts …
 *   touch /tmp/hs/STOP          # when the window of interest ends: each process writes <name>-<pid>.json
 *   npx tsx packages/cli/bench/heap-survivors-top.ts /tmp/hs/validator-1-*.json [--stacks FUNCTION]
 *
 * A process is profiled when its command line names one of LIVE_BENCH_HEAP_SURVIVORS_OF
 * (`--actor validator-1`, or `live.bench` for the bench). Bench instrumentation only.
 */
'use strict';
const dir = process.env.LIVE_BENCH_HEAP_SURVIVORS_DIR;
const argv = process.argv.join(' ');
const name = dir && (process.env.LIVE_BENCH_HEAP_SURVIVORS_OF || '').split(',').filter(Boolean).find((n) => (n === 'bench' ? argv.includes('live.bench') : argv.includes(`--actor ${n}`)));
if (name) {
  const inspector = require('node:inspector');
  const fs = require('node:fs');
  const path = require('node:path');
  const session = new inspector.Session();
  session.connect();
  // 16 KiB between samples: ~4,000 samples per 64 MiB allocated, cheap enough to leave the tail as it is.
  // LIVE_BENCH_HEAP_SURVIVORS_ALL=1: every allocation (the scavenged ones too), the baseline to
  // read the survivors against — a mark-compact also collects the young generation, so the
  // survivors' profile holds some young garbage in proportion to allocation (heap-survivors-top.ts --against).
  const all = process.env.LIVE_BENCH_HEAP_SURVIVORS_ALL === '1';
  session.post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: all });
  const poll = setInterval(() => {
    if (!fs.existsSync(path.join(dir, 'STOP'))) return;
    clearInterval(poll);
    session.post('HeapProfiler.stopSampling', (error, result) => {
      fs.writeFileSync(path.join(dir, `${name}-${process.pid}.json`), JSON.stringify(error ? { error: String(error) } : result.profile));
    });
  }, 500);
  poll.unref();
}
