/**
 * What every actor service's main does: read its spec file (written by `faultline up` from the
 * scenario), check it is of a kind this service runs, and run the actor over a NatsHost with the
 * shared service body. The report printed at a clean stop says where the actor got to.
 */
import { readFileSync } from 'node:fs';
import { actorFactoryFromSpec, parseActorSpec, type ActorKind, type ActorSpec } from '@faultline/actors';
import type { ActorFactory } from '@faultline/runtime';
import { runServiceProcess } from '@faultline/runtime/nats';

/**
 * `factory`: how the spec becomes an actor (default actorFactoryFromSpec). Only a test's service
 * entry passes one (packages/cli/test/support/planted-service.ts: a planted variant in one actor).
 */
export async function runActorService(kinds: readonly ActorKind[], options: { factory?: (spec: ActorSpec) => ActorFactory } = {}): Promise<void> {
  await runServiceProcess({
    usage: '--spec FILE (an actor spec: { kind, id, config })',
    build: (host, args) => {
      if (!args.spec) {
        process.stderr.write(`${args.actor}: --spec FILE is required\n`);
        process.exit(2);
      }
      let spec;
      try {
        spec = parseActorSpec(JSON.parse(readFileSync(args.spec, 'utf8')), args.spec);
      } catch (error) {
        process.stderr.write(`${args.actor}: bad spec: ${(error as Error).message}\n`);
        process.exit(2);
      }
      if (!kinds.includes(spec.kind)) {
        process.stderr.write(`${args.actor}: this service runs ${kinds.join(', ')}, the spec is a ${spec.kind}\n`);
        process.exit(2);
      }
      if (spec.id !== args.actor) {
        process.stderr.write(`${args.actor}: the spec is for ${spec.id}\n`);
        process.exit(2);
      }
      const actor = (options.factory ?? actorFactoryFromSpec)(spec)(host);
      return { actor, report: () => reportOf(spec.kind, actor) };
    },
  });
}

/** What the parent's summary needs from each kind (read off the actor, no extra protocol). */
function reportOf(kind: ActorKind, actor: unknown): Record<string, unknown> {
  const a = actor as { height?: number; lastHashHex?: string; metrics?: () => unknown; counters?: unknown; consensus?: { committedHeight?: unknown } };
  return {
    kind,
    // A validator's consensus core knows its committed height (only a validator has one).
    ...(typeof a.consensus?.committedHeight === 'number' ? { height: a.consensus.committedHeight } : {}),
    ...(typeof a.height === 'number' ? { height: a.height, hash: a.lastHashHex } : {}),
    ...(typeof a.metrics === 'function' ? { metrics: a.metrics() } : {}),
  };
}
