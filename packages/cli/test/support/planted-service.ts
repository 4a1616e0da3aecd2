/**
 * A test-only service main for live runs: every actor kind, as services/<name> runs it, except
 * the actors FAULTLINE_TEST_PLANT names (read here only, never by product code) — JSON of
 *   { "<actor id>": { "venueVariant"?: VenueVariant, "publish"?: "<run-relative subject>" } }
 * - venueVariant: an execution node applies blocks with a planted engine (@faultline/venue/testing);
 * - publish: the actor also publishes once on a subject its broker user may not use (a service
 *   whose subjects disagree with what it does: the broker refuses, `broker-permissions` fails).
 * Started by faultline-planted.ts through the CLI's testing seam (setTestServiceEntry).
 */
import { ACTOR_KINDS, actorFactoryFromSpec, createExecutionNode, type ActorSpec } from '@faultline/actors';
import { VENUE_VARIANTS, type VenueVariant } from '@faultline/venue/testing';
import type { Actor, ActorFactory, Host } from '@faultline/runtime';
import { runActorService } from '@faultline/service-kit';

export const PLANT_ENV = 'FAULTLINE_TEST_PLANT';

export interface Plant {
  venueVariant?: VenueVariant;
  publish?: string;
}

const plants = JSON.parse(process.env[PLANT_ENV] ?? '{}') as Record<string, Plant>;

function plantedFactory(spec: ActorSpec): ActorFactory {
  const plant = plants[spec.id];
  if (!plant) return actorFactoryFromSpec(spec);
  if (plant.venueVariant !== undefined && !VENUE_VARIANTS.includes(plant.venueVariant)) throw new Error(`${PLANT_ENV}: unknown venue variant ${plant.venueVariant}`);
  const base: ActorFactory =
    plant.venueVariant && spec.kind === 'execution' ? createExecutionNode(spec.config, { venueVariant: plant.venueVariant }) : actorFactoryFromSpec(spec);
  if (!plant.publish) return base;
  const subject = plant.publish;
  return (host: Host): Actor => {
    const actor = base(host);
    // The actor itself (its report reads its fields), with one publish added after its start.
    const start = actor.start.bind(actor);
    actor.start = () => {
      start();
      // A message on a subject outside this actor's permissions: the broker refuses it.
      host.publish(subject, { tx: { clientId: spec.id, nonce: 1 } });
    };
    return actor;
  };
}

await runActorService(ACTOR_KINDS, { factory: plantedFactory });
