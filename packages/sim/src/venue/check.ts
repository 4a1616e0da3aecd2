/**
 * `faultline check`: a swarm campaign over a scenario's topology — each run draws its own
 * fault mix and schedule, runs the whole venue, checks every invariant; a failure is shrunk
 * to a minimal schedule; a sample of runs is repeated to catch non-determinism.
 */
import type { FaultKindName } from '@faultline/runtime';
import type { VenueVariant } from '@faultline/venue';
import { runCampaign, type CampaignResult } from '../campaign/campaign.ts';
import { scenarioActorIds, type Scenario } from '../scenario/mod.ts';
import type { ActorPlantedBugs } from './actor-specs.ts';
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
  /** A deliberately broken liquidator (docs/venue.md: with the engine's `liquidate-without-recheck`). */
  liquidatorPlantedBug?: ActorPlantedBugs['liquidator'];
  /** A deliberately broken hedger (docs/venue.md). */
  hedgerPlantedBug?: ActorPlantedBugs['hedger'];
  /** Testing seam: a deliberately broken venue engine (`VENUE_VARIANTS` of @faultline/venue/testing). */
  venueVariant?: VenueVariant;
  /**
   * The actors faults may hit, ids or role selectors such as `exec-*` (default: every actor but
   * the external venue). A focused campaign: spread over ~28 actors, the swarm rarely cuts one
   * client off every execution replica at once.
   */
  faultTargets?: readonly string[];
  /** The fault kinds the swarm draws its mixes from (default: the swarm's own). */
  faultKinds?: readonly FaultKindName[];
  /** Re-runs the shrinker may spend (default: the campaign's). */
  shrinkRunsMax?: number;
}

export function checkVenue(scenario: Scenario, options: VenueCampaignOptions): CampaignResult {
  const durationUs = scenario.durationUs;
  return runCampaign(
    {
      name: scenario.name,
      swarm: {
        // The external venue is the world outside the chain; its faults are the scenario's own.
        actors: options.faultTargets ?? scenarioActorIds(scenario).filter((id) => id !== scenario.externalVenue.id),
        ...(options.faultKinds ? { kinds: options.faultKinds } : {}),
        // Faults end well before the run does, so recovery invariants get their chance.
        horizonUs: Math.max(1_000_000, Math.floor(durationUs / 2)),
        durationUsMax: Math.max(1_000_000, Math.min(30_000_000, Math.floor(durationUs / 4))),
        eventsMax: 8,
      },
      run: (runSeed, faults) => {
        const planted: ActorPlantedBugs = {
          ...(options.liquidatorPlantedBug ? { liquidator: options.liquidatorPlantedBug } : {}),
          ...(options.hedgerPlantedBug ? { hedger: options.hedgerPlantedBug } : {}),
        };
        const setup = scenarioSetup({ ...scenario, faults }, runSeed, planted);
        const summary = runVenue({
          ...setup,
          ...(options.executionPlantedBug ? { executionPlantedBug: options.executionPlantedBug } : {}),
          ...(options.venueVariant ? { venueVariant: options.venueVariant } : {}),
        });
        return { violations: summary.violations, traceHash: summary.traceHash };
      },
    },
    {
      runs: options.runs,
      seed: options.seed,
      determinismEvery: options.determinismEvery ?? 5,
      ...(options.onRun ? { onRun: options.onRun } : {}),
      ...(options.shrinkRunsMax !== undefined ? { shrinkRunsMax: options.shrinkRunsMax } : {}),
    },
  );
}
