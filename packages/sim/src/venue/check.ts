/**
 * `faultline check`: a swarm campaign over a scenario's topology — each run draws its own
 * fault mix and schedule, runs the whole venue, checks every invariant; a failure is shrunk
 * to a minimal schedule; a sample of runs is repeated to catch non-determinism.
 */
import fc from 'fast-check';
import type { ByzantineBehaviour, ConsensusVariant } from '@faultline/consensus';
import type { FaultKindName, FaultSchedule } from '@faultline/runtime';
import type { SimVariant } from '@faultline/runtime/sim';
import type { VenueVariant } from '@faultline/venue';
import { byzantineArbitrary } from '../campaign/consensus-swarm.ts';
import { REFEREE_LOST, runCampaign, type CampaignResult, type CampaignTarget } from '../campaign/campaign.ts';
import { longestRecoveryBoundUs } from '../invariants/registry.ts';
import { CONSENSUS_TIMEOUT_PRESETS, scenarioActorIds, type Scenario } from '../scenario/mod.ts';
import type { ActorVariant } from '@faultline/actors';
import { amnesiaLinkCut } from './amnesia-cut.ts';
import { drawCampaignWorkload, withWorkload } from './campaign-workload.ts';
import { scenarioSetup } from './scenario-setup.ts';
import { runVenue } from './venue-run.ts';

export interface VenueCampaignOptions {
  runs: number;
  seed: number;
  /** Every n-th run is repeated (default 5). */
  determinismEvery?: number;
  onRun?: (index: number, failed: boolean) => void;
  /** Testing seam: planted actor variants (@faultline/actors/testing; docs/venue.md, "Planted actor bugs"). */
  actorVariants?: readonly ActorVariant[];
  /** Testing seam: a deliberately broken venue engine (`VENUE_VARIANTS` of @faultline/venue/testing). */
  venueVariant?: VenueVariant;
  /** Testing seam: a planted consensus bug in every honest validator (`CONSENSUS_VARIANTS` of @faultline/consensus/testing). */
  consensusVariant?: ConsensusVariant;
  /** Testing seam: a deliberately broken simulator (`SIM_VARIANTS` of @faultline/runtime/testing). */
  simVariant?: SimVariant;
  /**
   * Up to f Byzantine validators per run (campaignByzantine). Default: in the default swarm, not in
   * a focused campaign (faultTargets given), which aims at its subject.
   */
  byzantine?: boolean;
  /**
   * Each run's market and users drawn from its seed (campaign-workload.ts: price shocks, funding,
   * the fund, leverage, thin accounts, oracle outages, timeouts), and faults aimed at one role at
   * a time as well as at any actor (roleGroups). Default: in the default swarm, not in a focused
   * campaign (faultTargets given).
   */
  workload?: boolean;
  /**
   * The actors faults may hit, ids or role selectors such as `exec-*` (default: every actor but
   * the external venue). A focused campaign: spread over ~28 actors, the swarm rarely cuts one
   * client off every execution replica at once.
   */
  faultTargets?: readonly string[];
  /** The fault kinds the swarm draws its mixes from (default: the swarm's own). */
  faultKinds?: readonly FaultKindName[];
  /**
   * Quiet time after the last fault (default: the longest recovery bound of the scenario's
   * policy, so that every recovery invariant is evaluated). Short focused campaigns that hunt a
   * safety bug may ask for less: recovery is then not evaluated, and says so.
   */
  tailUs?: number;
  /** Run every run even after a failure (faultline check: per-invariant counts over the whole campaign). */
  continueAfterFailure?: boolean;
  /** Re-runs the shrinker may spend (default: the campaign's). */
  shrinkRunsMax?: number;
}

/**
 * The swarm's shape for a run of `durationUs` that must leave `tailUs` after its last fault:
 * every fault ends by durationUs - tailUs, starts in the first half of that, lasts up to 15 s.
 */
export function venueSwarmWindow(durationUs: number, tailUs: number): { horizonUs: number; durationUsMax: number; endByUs: number } {
  const endByUs = durationUs - tailUs;
  if (endByUs < 2_000_000) {
    throw new RangeError(`runs of ${durationUs / 1e6} s leave no room for faults before the ${tailUs / 1e6} s recovery tail (every recovery bound after the last fault): make the runs at least ${Math.ceil((tailUs + 10_000_000) / 1e6)} s long`);
  }
  return { endByUs, horizonUs: Math.floor(endByUs / 2), durationUsMax: Math.max(1_000_000, Math.min(15_000_000, Math.floor(endByUs / 2))) };
}

/** The campaign target of a venue scenario: its swarm window and its run (local, or on a distributed campaign's worker). */
export function venueCampaignTarget(scenario: Scenario, options: Omit<VenueCampaignOptions, 'runs' | 'seed'> = {}): CampaignTarget {
  const durationUs = scenario.durationUs;
  const window = venueSwarmWindow(durationUs, options.tailUs ?? longestRecoveryBoundUs(scenario.policy));
  const drawsWorkload = options.workload ?? options.faultTargets === undefined;
  const drawsByzantine = options.byzantine ?? options.faultTargets === undefined;
  const runScenarioOf = (runSeed: number): Scenario => (drawsWorkload ? campaignRunScenario(scenario, runSeed, window.endByUs) : scenario);
  return {
    name: scenario.name,
    swarm: {
      // The external venue is the world outside the chain; its faults are the scenario's own.
      actors: options.faultTargets ?? scenarioActorIds(scenario).filter((id) => id !== scenario.externalVenue.id),
      // The default swarm also aims faults at one role at a time (swarm.ts, `groups`).
      ...(drawsWorkload ? { groups: roleGroups(scenario), aimed: aimedFaults(scenario), stalls: feedStalls(scenario) } : {}),
      ...(options.faultKinds ? { kinds: options.faultKinds } : {}),
      // Every fault ends early enough for every recovery bound to be evaluated.
      ...window,
      eventsMax: 8,
    },
    // A run that draws an amnesic validator also gets the link cut its attack needs (amnesia-cut.ts),
    // timed from its seed; every other run keeps the swarm's draw.
    ...(drawsByzantine ? { complete: (runSeed: number, faults: FaultSchedule) => withAmnesiaCut(runScenarioOf(runSeed), runSeed, window.endByUs, faults) } : {}),
    run: (runSeed, faults) => {
      // Drawn from the run seed (not a separate campaign input): a distributed campaign's workers,
      // the shrinker and a re-run of the seed all get the same Byzantine validators.
      const runScenario = runScenarioOf(runSeed);
      const byzantine = drawsByzantine ? campaignByzantine(runScenario, runSeed) : {};
      const setup = scenarioSetup(withByzantine({ ...runScenario, faults }, byzantine), runSeed, options.actorVariants ?? []);
      const summary = runVenue({
        ...setup,
        ...(options.venueVariant ? { venueVariant: options.venueVariant } : {}),
        ...(options.consensusVariant ? { consensusVariant: options.consensusVariant } : {}),
        ...(options.simVariant ? { simVariant: options.simVariant } : {}),
      });
      // A run the referee could not judge to the end is a finding (REFEREE_LOST), never a pass.
      const lost = summary.refereeUnjudged;
      const violations = lost === undefined ? summary.violations : [...summary.violations, { invariant: REFEREE_LOST, timeUs: summary.durationUs, detail: lost }];
      return { violations, traceHash: summary.traceHash, verdicts: summary.verdicts, byzantine: Object.keys(byzantine) };
    },
  };
}

/**
 * The schedule with the link cut of a run whose Byzantine validators (the scenario's own and the
 * campaign's draw) include an amnesic one (amnesia-cut.ts), in time order; any other run's
 * schedule unchanged (the same object).
 */
export function withAmnesiaCut(runScenario: Scenario, runSeed: number, endByUs: number, faults: FaultSchedule): FaultSchedule {
  const byzantine = { ...runScenario.topology.consensus.byzantine, ...campaignByzantine(runScenario, runSeed) };
  const cut = amnesiaLinkCut({ validators: runScenario.topology.validators, byzantine, timeouts: CONSENSUS_TIMEOUT_PRESETS[runScenario.topology.consensus.timeouts], runSeed, endByUs });
  return cut ? { ...faults, faults: [...faults.faults, cut].sort((a, b) => a.atUs - b.atUs) } : faults;
}

export function checkVenue(scenario: Scenario, options: VenueCampaignOptions): CampaignResult {
  return runCampaign(venueCampaignTarget(scenario, options), {
    runs: options.runs,
    seed: options.seed,
    determinismEvery: options.determinismEvery ?? 5,
    ...(options.onRun ? { onRun: options.onRun } : {}),
    ...(options.shrinkRunsMax !== undefined ? { shrinkRunsMax: options.shrinkRunsMax } : {}),
    ...(options.continueAfterFailure ? { continueAfterFailure: true } : {}),
  });
}

/**
 * The actors by role, as the default swarm aims its faults: the validators (a block gap, a split
 * brain, a crashed validator restarting mid-height), the execution replicas, the oracles (a stale
 * price), the clients that act on the replicas' view (liquidator, hedger) with the replicas, and
 * the validators with the replicas (a replica cut off from the blocks while they go on: a gap in
 * its heights).
 */
export function roleGroups(scenario: Scenario): string[][] {
  const t = scenario.topology;
  const clients = [...(t.liquidator.enabled ? [t.liquidator.id] : []), ...(t.hedger.enabled ? [t.hedger.id] : [])];
  return [t.validators, t.executionReplicas, t.oracles, [...clients, ...t.executionReplicas], [...t.validators, ...t.executionReplicas]].filter((g) => g.length > 0);
}

/**
 * Kinds the default swarm aims at a role whatever a run's mix: timing faults by message kind at
 * the validators (proposals, votes or tx gossip late to some of them by a fraction of a consensus
 * timeout up to several), crashes of a validator right after it votes, and one-way link failures
 * between validators. Drawn only from the mix and spread over every role, one came up in a few
 * runs of a hundred; the commit wedge and the other round-order bugs need them. (The hedger's
 * blindness is a feed stall: feedStalls.)
 */
export function aimedFaults(scenario: Scenario): Array<{ actors: string[]; kinds: FaultKindName[]; weight?: number; oneWay?: 'one-to-rest' }> {
  const t = scenario.topology;
  return [
    // Twice as often as a group: a round-order bug needs the delay at the right validators, of the right kind.
    { actors: [...t.validators], kinds: ['delay-kind'] as FaultKindName[], weight: 2 },
    // A validator crashed right after it votes, restarting mid-height (what it signed must survive the crash).
    { actors: [...t.validators], kinds: ['crash-after-vote'] as FaultKindName[] },
    // A validator whose outgoing messages are lost (an asymmetric link failure): it may commit what the others, not hearing it, decide again in a later round.
    { actors: [...t.validators], kinds: ['one-way'] as FaultKindName[], oneWay: 'one-to-rest' as const, weight: 2 },
  ].filter((a) => a.actors.length >= 2);
}

/** The shortest and longest feed stall the default swarm draws (µs). */
export const FEED_STALL_US = { min: 5_000_000, max: 30_000_000 } as const;

/**
 * Feed stalls the default swarm draws whatever a run's mix (swarm.ts, `stalls`): the hedger cut
 * off from every execution replica it reads for 5-30 s (a stuck feed connection), while the
 * validators still take its quotes — a market maker whose data feed stalls while its resting
 * quotes are hit. A correct hedger notices its view is stale (5 s) and pulls; one that does not
 * (`never-pull`) quotes blind and its fills pile up unhedged, past twice its limit once the
 * stall lasts and the price wanders (scripted: 25 s from 5 s, 2-3 of 8 run seeds at a 50-lot
 * limit). A random split of the hedger and the replicas left it one replica to read in most
 * draws, and the swarm's fault durations seldom reached the 5 s it takes to notice.
 */
export function feedStalls(scenario: Scenario): Array<{ actor: string; from: string[]; durationUsMin: number; durationUsMax: number }> {
  const t = scenario.topology;
  if (!t.hedger.enabled || t.executionReplicas.length === 0) return [];
  return [{ actor: t.hedger.id, from: [...t.executionReplicas], durationUsMin: FEED_STALL_US.min, durationUsMax: FEED_STALL_US.max }];
}

/**
 * The scenario a default campaign run simulates: the scenario with the run's workload drawn from
 * its seed (campaign-workload.ts), its faults ending where the swarm's do. Byzantine validators
 * (campaignByzantine) come on top.
 */
export function campaignRunScenario(scenario: Scenario, runSeed: number, endByUs = venueSwarmWindow(scenario.durationUs, longestRecoveryBoundUs(scenario.policy)).endByUs): Scenario {
  return withWorkload(scenario, drawCampaignWorkload(scenario, runSeed, endByUs));
}

/**
 * The Byzantine validators of a campaign run: up to f = floor((n - 1) / 3) of the scenario's
 * validators besides its own (2 at n = 7), each with a behaviour, drawn from the run seed.
 */
export function campaignByzantine(scenario: Scenario, runSeed: number): Record<string, ByzantineBehaviour> {
  const own = Object.keys(scenario.topology.consensus.byzantine);
  return fc.sample(byzantineArbitrary(scenario.topology.validators, own), { seed: runSeed, numRuns: 1 })[0] ?? {};
}

/** The scenario with these Byzantine validators besides its own (a campaign's draw; the repro scenario file). */
export function withByzantine(scenario: Scenario, byzantine: Record<string, ByzantineBehaviour> | undefined): Scenario {
  if (!byzantine || Object.keys(byzantine).length === 0) return scenario;
  const consensus = scenario.topology.consensus;
  return { ...scenario, topology: { ...scenario.topology, consensus: { ...consensus, byzantine: { ...consensus.byzantine, ...byzantine } } } };
}
