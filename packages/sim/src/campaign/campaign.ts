/**
 * A campaign: many simulated runs under generated fault schedules, every invariant checked
 * after each; on failure the schedule (plain data) is shrunk by delta debugging — drop events
 * while the run still fails, then shorten what is left — within a bounded number of re-runs
 * (whole-venue runs cost a second each: fast-check's generic shrinker needed a thousand), and
 * the campaign prints a one-line repro. A sample of runs is repeated to prove determinism: two runs
 * of one seed and schedule with different trace hashes are a bug in themselves.
 */
import fc from 'fast-check';
import type { FaultSchedule } from '@faultline/runtime';
import type { Violation } from '../invariants/monitor.ts';
import type { Verdicts } from '../invariants/verdict.ts';
import { swarmScheduleArbitrary, type SwarmOptions } from './swarm.ts';

export interface TargetRun {
  violations: readonly Violation[];
  traceHash: string;
  /** The run's verdicts, when the target has them (the campaign counts, per invariant, the runs that evaluated it). */
  verdicts?: Verdicts;
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
  /** Re-runs the shrinker may spend (default SHRINK_RUNS_MAX). */
  shrinkRunsMax?: number;
  onRun?: (index: number, failed: boolean) => void;
  /** Keep running after the first failing run (every run counted; the first failure is shrunk). Default: stop there. */
  continueAfterFailure?: boolean;
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
  /** Per invariant: in how many runs it was evaluated (passed or failed), and failed. */
  evaluated: Record<string, number>;
  failedRuns: Record<string, number>;
  /** Runs whose schedule held no fault (a swarm never draws one: this stays 0). */
  runsWithoutFault: number;
}

/** Re-runs spent shrinking one failure, at most. */
export const SHRINK_RUNS_MAX = 80;

/**
 * Delta debugging over a failing schedule, with the run seed fixed: (1) remove chunks of
 * events, halving the chunk size (ddmin), keeping every removal after which the run still
 * fails; (2) halve each remaining event's duration while it still fails. Any failure counts
 * (a different invariant included): the goal is the smallest schedule that breaks something.
 */
export function shrinkSchedule(
  target: CampaignTarget,
  runSeed: number,
  faults: FaultSchedule,
  runsMax: number,
): { faults: FaultSchedule; violations: readonly Violation[] | undefined; runs: number } {
  let runs = 0;
  let current = faults.faults;
  let violations: readonly Violation[] | undefined;
  const fails = (candidate: FaultSchedule['faults']): boolean => {
    if (runs >= runsMax) return false;
    runs++;
    const outcome = target.run(runSeed, { ...faults, faults: candidate });
    if (outcome.violations.length === 0) return false;
    violations = outcome.violations;
    return true;
  };
  for (let chunk = Math.max(1, Math.ceil(current.length / 2)); chunk >= 1 && current.length > 0; chunk = Math.floor(chunk / 2)) {
    for (let at = 0; at < current.length; ) {
      const candidate = [...current.slice(0, at), ...current.slice(at + chunk)];
      if (fails(candidate)) current = candidate;
      else at += chunk;
    }
  }
  current = current.map((event) => ({ ...event }));
  for (const event of current) {
    const timed = event as { durationUs?: number };
    while (typeof timed.durationUs === 'number' && timed.durationUs > 200_000) {
      const before = timed.durationUs;
      timed.durationUs = Math.floor(before / 2);
      if (!fails(current)) {
        timed.durationUs = before;
        break;
      }
    }
  }
  return { faults: { ...faults, faults: current }, violations, runs };
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
    evaluated: {},
    failedRuns: {},
    runsWithoutFault: 0,
  };
  const input = fc.tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), swarmScheduleArbitrary(target.swarm));
  let index = 0;
  let found: { runSeed: number; faults: FaultSchedule; violations: readonly Violation[] } | undefined;
  const property = fc.property(input, ([runSeed, faults]) => {
    const outcome = target.run(runSeed, faults);
    index++;
    result.runs++;
    if (!faults.faults.some((f) => f.kind !== 'heal' && f.kind !== 'restart' && f.kind !== 'resume')) result.runsWithoutFault++;
    for (const verdict of Object.values(outcome.verdicts ?? {})) {
      result.evaluated[verdict.name] ??= 0;
      if (verdict.status === 'not-evaluated') continue;
      result.evaluated[verdict.name] = (result.evaluated[verdict.name] ?? 0) + 1;
      if (verdict.status === 'failed') result.failedRuns[verdict.name] = (result.failedRuns[verdict.name] ?? 0) + 1;
    }
    if (determinismEvery > 0 && (index - 1) % determinismEvery === 0) {
      result.determinismChecks++;
      const again = target.run(runSeed, faults);
      if (again.traceHash !== outcome.traceHash) result.nondeterministic.push({ runSeed, hashes: [outcome.traceHash, again.traceHash] });
    }
    options.onRun?.(index, outcome.violations.length > 0);
    if (outcome.violations.length > 0) {
      result.failures++;
      found ??= { runSeed, faults, violations: outcome.violations };
      return options.continueAfterFailure ?? false;
    }
    return true;
  });
  const report = fc.check(property, { seed: options.seed, numRuns: options.runs, endOnFailure: true });
  // A run that threw is not a run that passed: the campaign stops and says so.
  if (report.failed && !found) {
    const error = report.errorInstance instanceof Error ? report.errorInstance : new Error(String(report.errorInstance));
    throw new Error(`campaign ${target.name}: run ${result.runs + 1} (counterexample ${JSON.stringify(report.counterexample)}) threw: ${error.message}`, { cause: error });
  }
  if (found) {
    const shrunk = shrinkSchedule(target, found.runSeed, found.faults, options.shrinkRunsMax ?? SHRINK_RUNS_MAX);
    result.firstFailure = {
      runSeed: found.runSeed,
      originalFaults: found.faults,
      minimalFaults: shrunk.faults,
      violations: shrunk.violations ?? found.violations,
      shrinkSteps: shrunk.runs,
    };
  }
  return result;
}
