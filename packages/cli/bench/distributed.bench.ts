/**
 * Distributed campaigns (issue 16): campaign runs per minute with 1, 2 and 4 `faultline worker`
 * processes on one freshly started nats-server, beside the same campaign run locally (in this
 * process) in the same invocation, and the coordinator's own CPU per job (this process's CPU
 * time over the distributed campaign, divided by its jobs: queueing, results, counting). Each
 * campaign is the same: `--runs` runs of the baseline scenario at `--duration` virtual seconds,
 * every 5th re-run for determinism (jobs = runs + reruns). The load average is printed beside
 * every figure: on a shared 2-core machine more than 2 workers cannot go faster than 2.
 *
 *   npx tsx packages/cli/bench/distributed.bench.ts [--quick] [--runs 8] [--workers 1,2,4] [--duration 70]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { checkVenue } from '@faultline/sim';
import { startNatsServer } from '@faultline/runtime/nats';
import { runDistributedCampaign } from '../src/distributed/coordinator.ts';
import { loadScenarioInput } from '../src/scenario-input.ts';
import type { BenchResult } from '../../../bench/bench-result.ts';

const BIN = 'packages/cli/bin/faultline.js';
const SEED = 3;

const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');

export async function run(options: { quick: boolean; runs?: number; workers?: number[]; durationS?: number }): Promise<BenchResult[]> {
  const runs = options.runs ?? (options.quick ? 4 : 8);
  const workerCounts = options.workers ?? (options.quick ? [1, 2] : [1, 2, 4]);
  const durationUs = (options.durationS ?? 70) * 1_000_000;
  const scenario = { ...loadScenarioInput({ scenario: 'baseline', durationUs }), faults: { version: 1 as const, faults: [] } };
  const results: BenchResult[] = [];
  const log = (line: string): void => {
    process.stderr.write(`[distributed bench] ${line}\n`);
  };

  const localStarted = performance.now();
  const local = checkVenue(scenario, { runs, seed: SEED, continueAfterFailure: true });
  const localMin = (performance.now() - localStarted) / 60_000;
  log(`local: ${runs} runs (+${local.determinismChecks} re-runs) in ${(localMin * 60).toFixed(1)} s = ${(runs / localMin).toFixed(1)} runs/min (load ${load()})`);
  results.push({ name: 'local check (one process)', value: Number((runs / localMin).toFixed(1)), unit: 'runs/min', notes: `${runs} runs + ${local.determinismChecks} re-runs, ${durationUs / 1e6} s virtual; load ${load()}` });

  const server = await startNatsServer();
  try {
    for (const count of workerCounts) {
      const workers: ChildProcess[] = [];
      for (let i = 0; i < count; i++) workers.push(spawn(process.execPath, [BIN, 'worker', '--server', server.url, '--id', `bench-${count}-${i + 1}`], { stdio: 'ignore' }));
      try {
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        // The wait for the workers to start is inside: their start-up is part of a campaign's cost.
        const { result, distributed } = await runDistributedCampaign({ server: server.url, workersExpected: count, scenario, runs, seed: SEED });
        const minutes = (performance.now() - started) / 60_000;
        const cpu = process.cpuUsage(cpuBefore);
        const cpuPerJobMs = (cpu.user + cpu.system) / 1_000 / distributed.jobs;
        const same = result.traceHashDigest === local.traceHashDigest;
        log(`${count} worker(s): ${(runs / minutes).toFixed(1)} runs/min, coordinator ${cpuPerJobMs.toFixed(1)} ms CPU per job (${distributed.jobs} jobs), same trace hashes as local: ${same} (load ${load()})`);
        results.push({ name: `distributed, ${count} worker process(es)`, value: Number((runs / minutes).toFixed(1)), unit: 'runs/min', notes: `${distributed.jobs} jobs; runs by worker ${JSON.stringify(distributed.runsByWorker)}; digest ${same ? 'equals' : 'DIFFERS from'} local; load ${load()}` });
        results.push({ name: `coordinator CPU per job, ${count} worker(s)`, value: Number(cpuPerJobMs.toFixed(1)), unit: 'ms', notes: 'this process: queueing, results, counting (the campaign inputs drawn once, included)' });
      } finally {
        for (const worker of workers) worker.kill('SIGTERM');
        await Promise.all(workers.map((w) => new Promise((done) => (w.exitCode !== null ? done(undefined) : w.once('exit', done)))));
      }
    }
  } finally {
    await server.stop();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, runs: { type: 'string' }, workers: { type: 'string' }, duration: { type: 'string' } } });
  const results = await run({
    quick: values.quick ?? false,
    ...(values.runs ? { runs: Number(values.runs) } : {}),
    ...(values.workers ? { workers: values.workers.split(',').map(Number) } : {}),
    ...(values.duration ? { durationS: Number(values.duration) } : {}),
  });
  console.table(results);
}
