/**
 * What the validator's warm-up (packages/actors/src/validator/warm-up.ts) buys, in CPU time: in
 * fresh node processes, the same scratch-chain workload (four validators in the simulator, the
 * live bench's crossing orders at 5,000/s for 1 simulated s, the fast profile's 10 ms commit
 * wait) run three times one after the other — the first run is what a cold process pays for the
 * per-block code, the later ones what it pays once V8 has optimized it. CPU of this process
 * (process.cpuUsage), so less sensitive to a loaded machine than wall time.
 *
 *   npx tsx packages/cli/bench/warm-up-cpu.ts [--processes 3]
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DYDX_TIMEOUTS } from '@faultline/consensus';
import { warmUpValidator } from '@faultline/actors';

if (process.argv[2] === '--child') {
  const runs = [1, 2, 3].map(() => warmUpValidator({ timeouts: { ...DYDX_TIMEOUTS, commitUs: 10_000 } }, { durationUs: 1_000_000 }));
  process.stdout.write(`${JSON.stringify(runs)}\n`);
} else {
  const { values } = parseArgs({ options: { processes: { type: 'string', default: '3' } } });
  const rows: number[][] = [];
  for (let p = 0; p < Number(values.processes); p++) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, '--child'], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    const runs = JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Array<{ heights: number; orders: number; cpuUs: number }>;
    rows.push(runs.map((r) => r.cpuUs / r.orders));
    process.stdout.write(`process ${p + 1}: ${runs.map((r, i) => `run ${i + 1} ${(r.cpuUs / 1000).toFixed(0)} ms CPU, ${r.heights} heights, ${r.orders} orders, ${(r.cpuUs / r.orders).toFixed(0)} µs/order`).join('; ')}; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  process.stdout.write(`median µs CPU per order (four scratch validators in one process): cold ${median(rows.map((r) => r[0] as number)).toFixed(0)}, second ${median(rows.map((r) => r[1] as number)).toFixed(0)}, third ${median(rows.map((r) => r[2] as number)).toFixed(0)}\n`);
}
