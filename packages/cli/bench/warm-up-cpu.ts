/**
 * What the validator's warm-up (packages/actors/src/validator/warm-up.ts) buys, in CPU time: in
 * fresh node processes, the same scratch-chain workload (four validators in the simulator, the
 * live bench's crossing orders at 5,000/s for 1 simulated s, the fast profile's 10 ms commit
 * wait) run three times one after the other — the first run is what a cold process pays for the
 * per-block code, the later ones what it pays once V8 has optimized it. CPU of this process
 * (process.cpuUsage), so less sensitive to a loaded machine than wall time.
 *
 *   npx tsx packages/cli/bench/warm-up-cpu.ts [--processes 3] [--first-us 1000000,2000000]
 *
 * `--first-us`: the first run's simulated time, one set of processes per value (the warm-up's
 * own length: what it costs, then what the same 1 s workload costs after it).
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DYDX_TIMEOUTS } from '@faultline/consensus';
import { warmUpValidator } from '@faultline/actors';

if (process.argv[2] === '--child') {
  const firstUs = Number(process.argv[3] ?? 1_000_000);
  const runs = [firstUs, 1_000_000, 1_000_000].map((durationUs) => warmUpValidator({ timeouts: { ...DYDX_TIMEOUTS, commitUs: 10_000 } }, { durationUs }));
  process.stdout.write(`${JSON.stringify(runs)}\n`);
} else {
  const { values } = parseArgs({ options: { processes: { type: 'string', default: '3' }, 'first-us': { type: 'string', default: '1000000' } } });
  for (const firstUs of (values['first-us'] as string).split(',')) {
  const rows: number[][] = [];
  const firstCpuMs: number[] = [];
  for (let p = 0; p < Number(values.processes); p++) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, '--child', firstUs], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    const runs = JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Array<{ heights: number; orders: number; cpuUs: number }>;
    rows.push(runs.map((r) => r.cpuUs / r.orders));
    firstCpuMs.push((runs[0] as { cpuUs: number }).cpuUs / 1000);
    process.stdout.write(`process ${p + 1}: ${runs.map((r, i) => `run ${i + 1} ${(r.cpuUs / 1000).toFixed(0)} ms CPU, ${r.heights} heights, ${r.orders} orders, ${(r.cpuUs / r.orders).toFixed(0)} µs/order`).join('; ')}; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  process.stdout.write(`first run ${Number(firstUs) / 1e6} s: median CPU ${median(firstCpuMs).toFixed(0)} ms; median µs CPU per order (four scratch validators in one process): first (cold) ${median(rows.map((r) => r[0] as number)).toFixed(0)}, then the 1 s workload ${median(rows.map((r) => r[1] as number)).toFixed(0)}, again ${median(rows.map((r) => r[2] as number)).toFixed(0)}\n`);
  }
}
