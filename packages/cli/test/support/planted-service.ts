/**
 * A test-only service main for live runs: every actor kind, as services/<name> runs it, except
 * the actors FAULTLINE_TEST_PLANT names (read here only, never by product code) — JSON of
 *   { "<actor id>": { "venueVariant"?: VenueVariant, "publish"?: "<run-relative subject>" } }
 * - venueVariant: an execution node applies blocks with a planted engine (@faultline/venue/testing);
 * - publish: the actor also publishes once on a subject its broker user may not use (a service
 *   whose subjects disagree with what it does: the broker refuses, `broker-permissions` fails).
 * - refuseStart: the service exits 1 at start-up instead of starting its actor — in every
 *   incarnation ('always': it never comes up) or in every one after the first ('after-first': it
 *   does not come back after a crash fault) — run-completes' live judgement of services.
 * Started by faultline-planted.ts through the CLI's testing seam (setTestServiceEntry).
 */
import { parseArgs } from 'node:util';
import { ACTOR_KINDS, actorFactoryFromSpec, createExecutionNode, type ActorSpec } from '@faultline/actors';
import { VENUE_VARIANTS, type VenueVariant } from '@faultline/venue/testing';
import type { Actor, ActorFactory, Host } from '@faultline/runtime';
import { runActorService } from '@faultline/service-kit';

export const PLANT_ENV = 'FAULTLINE_TEST_PLANT';

export interface Plant {
  venueVariant?: VenueVariant;
  publish?: string;
  refuseStart?: 'always' | 'after-first';
}

const plants = JSON.parse(process.env[PLANT_ENV] ?? '{}') as Record<string, Plant>;

function plantedFactory(spec: ActorSpec): ActorFactory {
  const plant = plants[spec.id];
  if (!plant) return actorFactoryFromSpec(spec);
  if (plant.refuseStart !== undefined) refuseStart(spec.id, plant.refuseStart);
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

/** Exits 1 before the actor is built (so before its started line) when this incarnation must refuse. */
function refuseStart(id: string, when: NonNullable<Plant['refuseStart']>): void {
  if (when !== 'always' && when !== 'after-first') throw new Error(`${PLANT_ENV}: refuseStart must be 'always' or 'after-first', not ${String(when)}`);
  const { values } = parseArgs({ strict: false, options: { incarnation: { type: 'string' } } });
  const incarnation = Number(values.incarnation ?? 1);
  if (when === 'after-first' && incarnation === 1) return;
  process.stderr.write(`${id}: planted start-up failure (incarnation ${incarnation})\n`);
  process.exit(1);
}

await runActorService(ACTOR_KINDS, { factory: plantedFactory });
