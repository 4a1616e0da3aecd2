/**
 * A campaign: many simulated runs under generated fault schedules, every invariant checked
 * after each; on failure the schedule (plain data) is shrunk by delta debugging — drop events
 * while the run still fails, then shorten what is left — within a bounded number of re-runs
 * (whole-venue runs cost a second each: fast-check's generic shrinker needed a thousand), and
 * the campaign prints a one-line repro. A sample of runs is repeated to prove determinism: two runs
 * of one seed and schedule with different trace hashes are a bug in themselves.
 */
import { createHash } from 'node:crypto';
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
  /** The run's Byzantine validators, when the target draws them (counted in runsWithByzantine). */
  byzantine?: readonly string[];
}

/** What a campaign exercises: a scenario (or any system) run by seed and fault schedule. */
export interface CampaignTarget {
  name: string;
  swarm: SwarmOptions;
  run(seed: number, faults: FaultSchedule): TargetRun;
  /**
   * A deterministic completion of each drawn schedule from its run seed (default: none): a fault
   * that the run's own seed-drawn situation calls for (an amnesic validator's paired link cut,
   * venue/amnesia-cut.ts). Applied to the campaign's inputs, so the repro, the shrinker (which may
   * drop it like any event), determinism re-runs and a distributed campaign's workers see the
   * completed schedule; a run it returns unchanged keeps the swarm's draw exactly (no randomness
   * is taken from the swarm's stream).
   */
  complete?: (runSeed: number, faults: FaultSchedule) => FaultSchedule;
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
  /**
   * Runs in which the solvency referee lost track of the engine (a `referee-lost` violation, so
   * also failed runs): its invariants could not be judged there, which is a finding, not a pass.
   */
  refereeLostRuns: number;
  /**
   * sha256 (hex) over every run's trace hash, in run order: two campaigns with equal digests ran
   * the same runs to the same traces (a distributed campaign against the local one).
   */
  traceHashDigest: string;
  /** Runs with at least one Byzantine validator drawn by the target. */
  runsWithByzantine: number;
}

/**
 * The violation a campaign target reports for a run the solvency referee could not judge to the
 * end (docs/venue.md, "Solvency referee"): a campaign runs from genesis, so the referee loses
 * track only where the engine's events do not follow from the block's transactions — an engine
 * (or observer) bug in itself, and a run whose solvency nobody judged.
 */
export const REFEREE_LOST = 'referee-lost';

/** Re-runs spent shrinking one failure, at most. */
export const SHRINK_RUNS_MAX = 80;

/**
 * Delta debugging over a failing schedule, with the run seed fixed: (1) remove chunks of
 * events, halving the chunk size (ddmin), keeping every removal after which the run still
 * fails; (2) halve each remaining event's duration while it still fails. Any failure counts
 * (a different invariant included): the goal is the smallest schedule that breaks something.
 *
 * The steps as a generator: it yields each candidate schedule and is told whether the run of it
 * failed, so one algorithm is driven by a local run (shrinkSchedule) and by runs on remote
 * workers (shrinkScheduleAsync, distributed campaigns) — the same candidates in the same order.
 */
export function* shrinkSteps(faults: FaultSchedule, runsMax: number): Generator<FaultSchedule, FaultSchedule, boolean> {
  let runs = 0;
  let current = faults.faults;
  function* fails(candidate: FaultSchedule['faults']): Generator<FaultSchedule, boolean, boolean> {
    if (runs >= runsMax) return false;
    runs++;
    return yield { ...faults, faults: candidate };
  }
  for (let chunk = Math.max(1, Math.ceil(current.length / 2)); chunk >= 1 && current.length > 0; chunk = Math.floor(chunk / 2)) {
    for (let at = 0; at < current.length; ) {
      const candidate = [...current.slice(0, at), ...current.slice(at + chunk)];
      if (yield* fails(candidate)) current = candidate;
      else at += chunk;
    }
  }
  current = current.map((event) => ({ ...event }));
  for (const event of current) {
    const timed = event as { durationUs?: number };
    while (typeof timed.durationUs === 'number' && timed.durationUs > 200_000) {
      const before = timed.durationUs;
      timed.durationUs = Math.floor(before / 2);
      // A copy: the caller may keep the candidate while this loop edits `current`.
      if (!(yield* fails(current.map((e) => ({ ...e }))))) {
        timed.durationUs = before;
        break;
      }
    }
  }
  return { ...faults, faults: current };
}

export interface ShrinkResult {
  faults: FaultSchedule;
  violations: readonly Violation[] | undefined;
  runs: number;
}

export function shrinkSchedule(target: CampaignTarget, runSeed: number, faults: FaultSchedule, runsMax: number): ShrinkResult {
  const steps = shrinkSteps(faults, runsMax);
  let runs = 0;
  let violations: readonly Violation[] | undefined;
  let step = steps.next();
  while (!step.done) {
    runs++;
    const outcome = target.run(runSeed, step.value);
    const failed = outcome.violations.length > 0;
    if (failed) violations = outcome.violations;
    step = steps.next(failed);
  }
  return { faults: step.value, violations, runs };
}

/** shrinkSchedule with runs that return a promise (a run on a remote worker). */
export async function shrinkScheduleAsync(run: (faults: FaultSchedule) => Promise<TargetRun>, faults: FaultSchedule, runsMax: number): Promise<ShrinkResult> {
  const steps = shrinkSteps(faults, runsMax);
  let runs = 0;
  let violations: readonly Violation[] | undefined;
  let step = steps.next();
  while (!step.done) {
    runs++;
    const outcome = await run(step.value);
    const failed = outcome.violations.length > 0;
    if (failed) violations = outcome.violations;
    step = steps.next(failed);
  }
  return { faults: step.value, violations, runs };
}

/**
 * The counting of a campaign, one run at a time in run order: what runCampaign reports, and
 * what a distributed campaign's coordinator reports from its workers' results.
 */
export class CampaignTally {
  readonly result: CampaignResult;
  found: { runSeed: number; faults: FaultSchedule; violations: readonly Violation[] } | undefined;

  constructor(target: string, seed: number) {
    this.result = { target, seed, runs: 0, failures: 0, firstFailure: undefined, determinismChecks: 0, nondeterministic: [], evaluated: {}, failedRuns: {}, runsWithoutFault: 0, refereeLostRuns: 0, traceHashDigest: '', runsWithByzantine: 0 };
  }

  private readonly digest = createHash('sha256');

  /** One run's outcome; returns whether it failed. */
  add(runSeed: number, faults: FaultSchedule, outcome: TargetRun): boolean {
    const result = this.result;
    result.runs++;
    this.digest.update(`${outcome.traceHash}\n`);
    result.traceHashDigest = this.digest.copy().digest('hex');
    if (!faults.faults.some((f) => f.kind !== 'heal' && f.kind !== 'restart' && f.kind !== 'resume')) result.runsWithoutFault++;
    if ((outcome.byzantine?.length ?? 0) > 0) result.runsWithByzantine++;
    for (const verdict of Object.values(outcome.verdicts ?? {})) {
      result.evaluated[verdict.name] ??= 0;
      if (verdict.status === 'not-evaluated') continue;
      result.evaluated[verdict.name] = (result.evaluated[verdict.name] ?? 0) + 1;
      if (verdict.status === 'failed') result.failedRuns[verdict.name] = (result.failedRuns[verdict.name] ?? 0) + 1;
    }
    if (outcome.violations.some((v) => v.invariant === REFEREE_LOST)) result.refereeLostRuns++;
    if (outcome.violations.length === 0) return false;
    result.failures++;
    this.found ??= { runSeed, faults, violations: outcome.violations };
    return true;
  }

  /** A determinism re-run of a run: a different trace hash is a finding. */
  determinism(runSeed: number, first: string, again: string): void {
    this.result.determinismChecks++;
    if (again !== first) this.result.nondeterministic.push({ runSeed, hashes: [first, again] });
  }

  /** The first failure, after shrinking. */
  failure(shrunk: ShrinkResult): void {
    const found = this.found;
    if (!found) return;
    this.result.firstFailure = { runSeed: found.runSeed, originalFaults: found.faults, minimalFaults: shrunk.faults, violations: shrunk.violations ?? found.violations, shrinkSteps: shrunk.runs };
  }
}

/**
 * Every run's input (run seed, fault schedule) of a campaign, in run order: drawn by the very
 * fast-check run that runCampaign makes (same arbitrary, seed and run count), so a distributed
 * campaign runs exactly the local one's runs.
 */
export function campaignInputs(target: Pick<CampaignTarget, 'swarm' | 'complete'>, seed: number, runs: number): Array<{ runSeed: number; faults: FaultSchedule }> {
  const inputs: Array<{ runSeed: number; faults: FaultSchedule }> = [];
  const input = campaignInputArbitrary(target);
  fc.check(
    fc.property(input, ([runSeed, faults]) => {
      inputs.push({ runSeed, faults });
      return true;
    }),
    { seed, numRuns: runs, endOnFailure: true },
  );
  return inputs;
}

/** A run's input: its seed and its swarm schedule, completed by the target (the one definition for local and distributed campaigns). */
function campaignInputArbitrary(target: Pick<CampaignTarget, 'swarm' | 'complete'>): fc.Arbitrary<[number, FaultSchedule]> {
  const input = fc.tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), swarmScheduleArbitrary(target.swarm));
  const complete = target.complete;
  // A map takes no randomness: every run keeps the seed and schedule the swarm drew for it.
  return complete ? input.map(([runSeed, faults]): [number, FaultSchedule] => [runSeed, complete(runSeed, faults)]) : input;
}

/** Bounds: a campaign is a batch job, not an unbounded loop. */
export const CAMPAIGN_RUNS_MAX = 1_000_000;

export function runCampaign(target: CampaignTarget, options: CampaignOptions): CampaignResult {
  if (!(Number.isInteger(options.runs) && options.runs >= 1 && options.runs <= CAMPAIGN_RUNS_MAX)) {
    throw new RangeError(`campaign: runs must be 1..${CAMPAIGN_RUNS_MAX}, got ${options.runs}`);
  }
  const determinismEvery = options.determinismEvery ?? 10;
  const tally = new CampaignTally(target.name, options.seed);
  const input = campaignInputArbitrary(target);
  let index = 0;
  const property = fc.property(input, ([runSeed, faults]) => {
    const outcome = target.run(runSeed, faults);
    index++;
    const failed = tally.add(runSeed, faults, outcome);
    if (determinismEvery > 0 && (index - 1) % determinismEvery === 0) tally.determinism(runSeed, outcome.traceHash, target.run(runSeed, faults).traceHash);
    options.onRun?.(index, failed);
    return failed ? (options.continueAfterFailure ?? false) : true;
  });
  const report = fc.check(property, { seed: options.seed, numRuns: options.runs, endOnFailure: true });
  const result = tally.result;
  const found = tally.found;
  // A run that threw is not a run that passed: the campaign stops and says so.
  if (report.failed && !found) {
    const error = report.errorInstance instanceof Error ? report.errorInstance : new Error(String(report.errorInstance));
    throw new Error(`campaign ${target.name}: run ${result.runs + 1} (counterexample ${JSON.stringify(report.counterexample)}) threw: ${error.message}`, { cause: error });
  }
  if (found) tally.failure(shrinkSchedule(target, found.runSeed, found.faults, options.shrinkRunsMax ?? SHRINK_RUNS_MAX));
  return result;
}
