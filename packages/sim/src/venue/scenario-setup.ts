/**
 * From a loaded scenario and a seed to the actors of one simulated run: the scenario's actor
 * specs (actor-specs.ts, shared with live runs) turned into factories, with the hooks only the
 * simulator has (the hedger's figures for the summary).
 */
import { ACTOR_VARIANT_KINDS, actorFactoryFromSpec, type ActorVariant, type HedgerActor } from '@faultline/actors';
import type { ActorFactory } from '@faultline/runtime';
import { scenarioToJson, type Scenario } from '../scenario/mod.ts';
import { scenarioActorSpecs } from './actor-specs.ts';
import type { HedgerFigures, VenueRunSetup } from './venue-run.ts';

/**
 * `actorVariants` is the actors' testing seam: planted actor variants (@faultline/actors/testing),
 * passed to the factories of the kinds they break — never part of the scenario or its specs.
 */
export function scenarioSetup(scenario: Scenario, seed: number, actorVariants: readonly ActorVariant[] = []): VenueRunSetup {
  const t = scenario.topology;
  const { venue, specs } = scenarioActorSpecs(scenario, seed);
  const variantFor = (spec: { kind: string }): { variant?: ActorVariant } => {
    const variant = actorVariants.find((v) => ACTOR_VARIANT_KINDS[v] === spec.kind);
    return variant ? { variant } : {};
  };
  let hedger: HedgerActor | undefined;
  const marketActors: Array<{ id: string; factory: ActorFactory }> = specs
    .filter((spec) => spec.kind !== 'validator' && spec.kind !== 'execution')
    .map((spec) => {
      const factory = actorFactoryFromSpec(spec, variantFor(spec));
      if (spec.kind !== 'hedger') return { id: spec.id, factory };
      return {
        id: spec.id,
        factory: (host) => {
          hedger = factory(host) as HedgerActor;
          return hedger;
        },
      };
    });
  const h = t.hedger;
  return {
    scenario: scenario.name,
    scenarioJson: JSON.stringify(scenarioToJson(scenario)),
    policyName: scenario.policy.name,
    seed,
    durationUs: scenario.durationUs,
    venue,
    validatorIds: t.validators,
    executionIds: t.executionReplicas,
    timeouts: t.consensus.timeoutConfig,
    ...(Object.keys(t.consensus.byzantine).length ? { byzantine: t.consensus.byzantine } : {}),
    faults: scenario.faults,
    marketActors,
    ...(actorVariants.length ? { actorVariants } : {}),
    externalVenueId: scenario.externalVenue.id,
    ...(h.enabled ? { hedger: { id: h.id, deltaLimitLots: h.deltaLimitLots, metrics: (): HedgerFigures | undefined => hedger?.metrics() } } : {}),
  };
}
