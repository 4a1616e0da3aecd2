/** A worker of the campaign-throughput bench: runs whole-venue runs for the (seed, schedule) pairs it is given. */
import { parentPort, workerData } from 'node:worker_threads';
import type { FaultSchedule } from '@faultline/runtime';
import { loadScenarioFile, runVenue, scenarioSetup } from '@faultline/sim';

const { inputs, durationUs } = workerData as { inputs: Array<[number, FaultSchedule]>; durationUs: number };
const scenario = { ...loadScenarioFile('scenarios/baseline.json'), durationUs };
let failures = 0;
for (const [seed, faults] of inputs) {
  const summary = runVenue(scenarioSetup({ ...scenario, faults }, seed));
  if (Object.values(summary.verdicts).some((verdict) => verdict.status === 'failed')) failures++;
}
parentPort?.postMessage({ runs: inputs.length, failures });
