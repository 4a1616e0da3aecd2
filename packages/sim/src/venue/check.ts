/**
 * `faultline check`: a swarm campaign over a scenario's topology — each run draws its own
 * fault mix and schedule, runs the whole venue, checks every invariant; a failure is shrunk
 * to a minimal schedule; a sample of runs is repeated to catch non-determinism.
 */
import { runCampaign, type CampaignResult } from '../campaign/campaign.ts';
import { scenarioActorIds, type Scenario } from '../scenario/mod.ts';
import { scenarioSetup } from './scenario-setup.ts';
import { runVenue } from './venue-run.ts';

export interface VenueCampaignOptions {
  runs: number;
  seed: number;
  /** Every n-th run is repeated (default 5). */
  determinismEvery?: number;
  onRun?: (index: number, failed: boolean) => void;
  /** A deliberately broken execution node (tests prove the campaign catches it). */
  executionPlantedBug?: 'skip-block-on-gap';
}

export function checkVenue(scenario: Scenario, options: VenueCampaignOptions): CampaignResult {
  const durationUs = scenario.durationUs;
  return runCampaign(
    {
      name: scenario.name,
      swarm: {
        // The external venue is the world outside the chain; its faults are the scenario's own.
        actors: scenarioActorIds(scenario).filter((id) => id !== scenario.externalVenue.id),
        // Faults end well before the run does, so recovery invariants get their chance.
        horizonUs: Math.max(1_000_000, Math.floor(durationUs / 2)),
        durationUsMax: Math.max(1_000_000, Math.min(30_000_000, Math.floor(durationUs / 4))),
        eventsMax: 8,
      },
      run: (runSeed, faults) => {
        const setup = scenarioSetup({ ...scenario, faults }, runSeed);
        const summary = runVenue(options.executionPlantedBug ? { ...setup, executionPlantedBug: options.executionPlantedBug } : setup);
        return { violations: summary.violations, traceHash: summary.traceHash };
      },
    },
    { runs: options.runs, seed: options.seed, determinismEvery: options.determinismEvery ?? 5, ...(options.onRun ? { onRun: options.onRun } : {}) },
  );
}
