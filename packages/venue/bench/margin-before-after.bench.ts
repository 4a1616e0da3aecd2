/**
 * applyBlock before and after the margin model (issue 17), side by side in one run, without the
 * state hash: the bench kit's engine workload (bench/kit/venue-workload.ts: 10,000 accounts,
 * 5 markets, 1,000-tx blocks plus 15 oracle reports), applied by this checkout's engine and by the engine of another
 * checkout (the commit before the margin model), alternating runs so both see the same load.
 *
 *   git worktree add /tmp/venue-before $(git merge-base HEAD main)   # or the commit to compare
 *   ln -s "$PWD/node_modules" /tmp/venue-before/node_modules
 *   npx tsx packages/venue/bench/margin-before-after.bench.ts --before /tmp/venue-before [--quick]
 *   git worktree remove /tmp/venue-before
 */
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import * as after from '@faultline/venue';
import { workload } from '../../../bench/kit/mod.ts';

type Engine = Pick<typeof after, 'applyBlock' | 'createVenueState'>;

/** Wall time and CPU time (user + system, less sensitive to other processes on a shared machine) of the timed blocks. */
function runOnce(engine: Engine, config: Parameters<typeof after.createVenueState>[0], blocks: ReturnType<typeof workload>['blocks']): { ms: number; cpuMs: number; fills: number; rejected: number } {
  const state = engine.createVenueState(config);
  for (const b of [...blocks.setup, ...blocks.warmup]) engine.applyBlock(state, b, { hash: false });
  let ms = 0;
  let cpuUs = 0;
  let fills = 0;
  let rejected = 0;
  for (const b of blocks.timed) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = engine.applyBlock(state, b, { hash: false });
    const used = process.cpuUsage(cpu);
    ms += performance.now() - started;
    cpuUs += used.user + used.system;
    for (const e of result.events) {
      if (e.kind === 'fill') fills++;
      else if (e.kind === 'txRejected') rejected++;
    }
  }
  return { ms, cpuMs: cpuUs / 1000, fills, rejected };
}

const at = process.argv.indexOf('--before');
if (at < 0 || !process.argv[at + 1]) {
  console.error('usage: margin-before-after.bench.ts --before DIR [--quick]   (DIR: a checkout of the commit to compare)');
  process.exit(2);
}
const before = (await import(resolve(process.argv[at + 1] as string, 'packages/venue/src/mod.ts'))) as Engine;
const quick = process.argv.includes('--quick');
const timedBlocks = quick ? 50 : 200;
const repeats = quick ? 2 : 5;
const { config, blocks } = workload({ warmupBlocks: quick ? 20 : 50, timedBlocks });
const runs: Record<'before' | 'after', Array<ReturnType<typeof runOnce>>> = { before: [], after: [] };
for (let r = 0; r < repeats; r++) {
  // Alternate which goes first, so a load change on the machine hits both alike.
  const order: Array<'before' | 'after'> = r % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
  for (const which of order) runs[which].push(runOnce(which === 'before' ? before : after, config, blocks));
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const rows = (['before', 'after'] as const).map((which) => {
  const ms = median(runs[which].map((r) => r.ms));
  const first = runs[which][0] as ReturnType<typeof runOnce>;
  return {
    engine: which,
    'blocks/s (median)': Math.round((timedBlocks / ms) * 10_000) / 10,
    'ms/block': Math.round((ms / timedBlocks) * 100) / 100,
    'CPU ms/block (median)': Math.round((median(runs[which].map((r) => r.cpuMs)) / timedBlocks) * 100) / 100,
    runs: runs[which].map((r) => ((timedBlocks / r.ms) * 1000).toFixed(1)).join(' / '),
    'fills/block': Math.round(first.fills / timedBlocks),
    'rejected/block': Math.round(first.rejected / timedBlocks),
  };
});
console.table(rows);
const change = (key: 'ms' | 'cpuMs'): string => {
  const slower = (median(runs.after.map((r) => r[key])) / median(runs.before.map((r) => r[key])) - 1) * 100;
  return slower >= 0 ? `${slower.toFixed(1)} % slower` : `${(-slower).toFixed(1)} % faster`;
};
console.log(`after vs before: wall ${change('ms')}, CPU ${change('cpuMs')} (median of ${repeats} alternating runs each, ${timedBlocks} timed blocks, no state hash)`);
