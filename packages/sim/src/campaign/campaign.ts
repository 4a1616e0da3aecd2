/**
 * A campaign: many simulated runs under generated fault schedules, every invariant checked
 * after each; on failure fast-check shrinks the schedule (plain data) to a small one, and the
 * campaign prints a one-line repro. A sample of runs is repeated to prove determinism: two runs
 * of one seed and schedule with different trace hashes are a bug in themselves.
 */
import fc from 'fast-check';
import type { FaultSchedule } from '@faultline/runtime';
import type { Violation } from '../invariants/monitor.ts';
import { swarmScheduleArbitrary, type SwarmOptions } from './swarm.ts';

export interface TargetRun {
  violations: readonly Violation[];
  traceHash: string;
}

/** What a campaign exercises: a scenario (or any system) run by seed and fault schedule. */
export interface CampaignTarget {
  name: string;
  swarm: SwarmOptions;
  run(seed: number, faults: FaultSchedule): TargetRun;
}

export interface CampaignOptions {
  runs: number;
  /** The campaign seed: it fixes every run's seed and schedule. */
  seed: number;
  /** Every n-th run is repeated to check determinism (0: never). */
  determinismEvery?: number;
  onRun?: (index: number, failed: boolean) => void;
}

export interface CampaignFailure {
  runSeed: number;
  /** The failing schedule as found, and after shrinking. */
  originalFaults: FaultSchedule;
  minimalFaults: FaultSchedule;
  violations: readonly Violation[];
  shrinkSteps: number;
}

export interface CampaignResult {
  target: string;
  seed: number;
  runs: number;
  failures: number;
  firstFailure: CampaignFailure | undefined;
  determinismChecks: number;
  nondeterministic: Array<{ runSeed: number; hashes: [string, string] }>;
}

/** Bounds: a campaign is a batch job, not an unbounded loop. */
export const CAMPAIGN_RUNS_MAX = 1_000_000;

export function runCampaign(target: CampaignTarget, options: CampaignOptions): CampaignResult {
  if (!(Number.isInteger(options.runs) && options.runs >= 1 && options.runs <= CAMPAIGN_RUNS_MAX)) {
    throw new RangeError(`campaign: runs must be 1..${CAMPAIGN_RUNS_MAX}, got ${options.runs}`);
  }
  const determinismEvery = options.determinismEvery ?? 10;
  const result: CampaignResult = {
    target: target.name,
    seed: options.seed,
    runs: 0,
    failures: 0,
    firstFailure: undefined,
    determinismChecks: 0,
    nondeterministic: [],
  };
  const input = fc.tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), swarmScheduleArbitrary(target.swarm));
  let index = 0;
  let shrinking = false;
  let lastFailure: { runSeed: number; faults: FaultSchedule; violations: readonly Violation[] } | undefined;
  let original: FaultSchedule | undefined;
  let shrinkSteps = 0;
  const property = fc.property(input, ([runSeed, faults]) => {
    const outcome = target.run(runSeed, faults);
    if (!shrinking) {
      index++;
      result.runs++;
      if (determinismEvery > 0 && (index - 1) % determinismEvery === 0) {
        result.determinismChecks++;
        const again = target.run(runSeed, faults);
        if (again.traceHash !== outcome.traceHash) result.nondeterministic.push({ runSeed, hashes: [outcome.traceHash, again.traceHash] });
      }
      options.onRun?.(index, outcome.violations.length > 0);
    } else {
      shrinkSteps++;
    }
    if (outcome.violations.length > 0) {
      if (!shrinking) {
        result.failures++;
        original = faults;
        shrinking = true;
      }
      lastFailure = { runSeed, faults, violations: outcome.violations };
      return false;
    }
    return true;
  });
  const details = fc.check(property, { seed: options.seed, numRuns: options.runs, endOnFailure: false });
  if (details.failed && lastFailure && original) {
    const [runSeed, minimalFaults] = details.counterexample?.[0] ?? [lastFailure.runSeed, lastFailure.faults];
    const rerun = target.run(runSeed, minimalFaults);
    result.firstFailure = {
      runSeed,
      originalFaults: original,
      minimalFaults,
      violations: rerun.violations.length > 0 ? rerun.violations : lastFailure.violations,
      shrinkSteps,
    };
  }
  return result;
}
