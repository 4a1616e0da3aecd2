/**
 * Hunt throughput (issue 17): strategies and engine blocks per second of one core, for the hunt of
 * `faultline hunt` (3 accounts, 24 steps; the engine with no variant, so no shrinking). CPU time is
 * the process's own (user + system), so a loaded machine shows in wall time, not in the rate.
 *   npx tsx packages/sim/bench/hunt.bench.ts [--runs N] [--seed S]
 */
import { hunt } from '@faultline/sim';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const runs = arg('--runs', 400);
const seed = arg('--seed', 1);
hunt({ runs: 20, seed: seed + 1 }); // warm-up (JIT, key derivation)
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
const result = hunt({ runs, seed });
const cpuS = (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6;
const wallS = (performance.now() - wall0) / 1000;
console.log(JSON.stringify({
  runs,
  seed,
  findings: result.findings,
  blocks: result.blocks,
  cpuSeconds: Number(cpuS.toFixed(2)),
  wallSeconds: Number(wallS.toFixed(2)),
  strategiesPerCpuSecond: Math.round(runs / cpuS),
  blocksPerCpuSecond: Math.round(result.blocks / cpuS),
  meanBlocksPerStrategy: Number((result.blocks / runs).toFixed(2)),
}));
