/**
 * The whole venue in the simulator: the baseline scenario (4 validators, 2 execution replicas,
 * 3 oracles, liquidator, hedger, 20 traders) — virtual seconds per wall second and events per
 * second — and campaign throughput (60-second runs under swarm schedules) on one core and on
 * two worker threads.
 */
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import type { FaultSchedule } from '@faultline/runtime';
import { loadScenarioFile, runVenue, scenarioActorIds, scenarioSetup, swarmScheduleArbitrary } from '@faultline/sim';
import type { BenchResult } from '../../../bench/bench-result.ts';

export async function run(options: { quick: boolean }): Promise<BenchResult[]> {
  const scenario = loadScenarioFile('scenarios/baseline.json');
  const durationUs = options.quick ? 30_000_000 : 120_000_000;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let venueEvents = 0;
  const summary = runVenue(scenarioSetup({ ...scenario, durationUs }, 1), { onProgress: (p) => (venueEvents = p.events) });
  const wallS = (performance.now() - started) / 1000;
  const cpuS = cpuSeconds(cpuStarted);
  const results: BenchResult[] = [
    { name: 'baseline: virtual s per wall s', value: Math.round((durationUs / 1e6 / wallS) * 10) / 10, unit: 'x real time', target: '>= 100x' },
    // On a shared machine the wall figure is the load's; CPU time is what one core would do alone.
    { name: 'baseline: virtual s per CPU s (user + system)', value: Math.round((durationUs / 1e6 / cpuS) * 10) / 10, unit: 'x real time', target: '>= 100x on an idle core', notes: `${cpuS.toFixed(1)} CPU s, ${wallS.toFixed(1)} wall s` },
    { name: 'baseline: messages delivered per s', value: Math.round(summary.sim.deliveries / wallS), unit: 'msg/s' },
    { name: 'baseline: venue events per s', value: Math.round(venueEvents / wallS), unit: 'events/s', notes: `${summary.height} blocks, ${summary.fills} fills in ${durationUs / 1e6} virtual s` },
  ];

  const runsPerCore = options.quick ? 2 : 6;
  const campaignUs = 60_000_000;
  const inputs = fc.sample(
    fc.tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), swarmScheduleArbitrary({ actors: scenarioActorIds(scenario).filter((id) => id !== scenario.externalVenue.id), horizonUs: 30_000_000, durationUsMax: 15_000_000, eventsMax: 8 })),
    { numRuns: runsPerCore * 2, seed: 5 },
  ) as Array<[number, FaultSchedule]>;
  const sequentialStart = performance.now();
  const sequentialCpu = process.cpuUsage();
  for (const [seed, faults] of inputs.slice(0, runsPerCore)) runVenue(scenarioSetup({ ...scenario, durationUs: campaignUs, faults }, seed));
  const sequentialMin = (performance.now() - sequentialStart) / 60_000;
  results.push({ name: 'campaign: 60 s runs per minute, 1 core', value: Math.round((runsPerCore / sequentialMin) * 10) / 10, unit: 'runs/min' });
  results.push({ name: 'campaign: 60 s runs per CPU minute, 1 core', value: Math.round((runsPerCore / (cpuSeconds(sequentialCpu) / 60)) * 10) / 10, unit: 'runs/CPU-min' });

  const parallelStart = performance.now();
  const parallelCpu = process.cpuUsage(); // process-wide: both worker threads
  const halves = [inputs.slice(0, runsPerCore), inputs.slice(runsPerCore)];
  await Promise.all(
    halves.map(
      (half) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./venue-worker.mjs', import.meta.url), { workerData: { inputs: half, durationUs: campaignUs } });
          worker.once('message', () => resolve());
          worker.once('error', reject);
        }),
    ),
  );
  const parallelMin = (performance.now() - parallelStart) / 60_000;
  results.push({ name: 'campaign: 60 s runs per minute, 2 worker threads', value: Math.round(((runsPerCore * 2) / parallelMin) * 10) / 10, unit: 'runs/min', notes: 'both cores' });
  results.push({ name: 'campaign: 60 s runs per CPU minute, 2 worker threads', value: Math.round(((runsPerCore * 2) / (cpuSeconds(parallelCpu) / 60)) * 10) / 10, unit: 'runs/CPU-min', notes: 'CPU of both threads, their start-up included' });
  const rss = process.memoryUsage().rss;
  results.push({ name: 'max RSS of this process (after the runs)', value: Math.round(rss / 1024 / 1024), unit: 'MiB', notes: 'see /usr/bin/time -v in BENCHMARKS.md' });
  return results;
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}
