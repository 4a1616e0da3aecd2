/**
 * What every actor service's main does: read its spec file (written by `faultline up` from the
 * scenario), check it is of a kind this service runs, and run the actor over a NatsHost with the
 * shared service body. The report printed at a clean stop says where the actor got to.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { actorFactoryFromSpec, parseActorSpec, type ActorKind, type ActorSpec } from '@faultline/actors';
import type { ActorFactory } from '@faultline/runtime';
import { runServiceProcess } from '@faultline/runtime/nats';

/**
 * FAULTLINE_WARM_UP=1 turns the warm-up on (off by default): it costs each validator ~1.6 s of CPU
 * before it connects, and on a loaded machine that delayed a whole venue's start — `faultline up
 * --scenario live-smoke` at load 22: first block 41.7 s after start with it, 13.2 s without
 * (BENCHMARKS.md, "Session 22 live cold start"). Worth it for a venue that takes load at once.
 */
export const WARM_UP_ENV = 'FAULTLINE_WARM_UP';

/**
 * `factory`: how the spec becomes an actor (default actorFactoryFromSpec). Only a test's service
 * entry passes one (packages/cli/test/support/planted-service.ts: a planted variant in one actor).
 */
export async function runActorService(
  kinds: readonly ActorKind[],
  options: {
    factory?: (spec: ActorSpec) => ActorFactory;
    /**
     * Run with the spec before runServiceProcess connects to the broker when FAULTLINE_WARM_UP=1:
     * the validator's scratch-chain warm-up (warm-up.ts in the actors package).
     */
    warmUp?: (spec: ActorSpec) => Record<string, unknown>;
  } = {},
): Promise<void> {
  // The warm-up runs here, before runServiceProcess connects to the broker: nothing it does can
  // reach the run's subjects or durable log. It is synchronous: a stop signal that comes during it
  // is held by a listener of this function's (a signal with no listener would kill the process)
  // and answered by runServiceProcess' own, installed before its first await.
  const holdStop = (): void => {};
  process.on('SIGTERM', holdStop);
  process.on('SIGINT', holdStop);
  const warmed = warmUpFromArgv(kinds, options.warmUp);
  const running = runServiceProcess({
    usage: '--spec FILE (an actor spec: { kind, id, config })',
    build: (host, args, logger) => {
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
      if (warmed) logger.info('warmed up before connecting', warmed);
      const actor = (options.factory ?? actorFactoryFromSpec)(spec)(host);
      return { actor, report: () => reportOf(spec.kind, actor) };
    },
  });
  process.removeListener('SIGTERM', holdStop);
  process.removeListener('SIGINT', holdStop);
  await running;
}

/** The warm-up of the spec named by --spec (when FAULTLINE_WARM_UP=1): its summary, or undefined (none, or a spec build will refuse). */
function warmUpFromArgv(kinds: readonly ActorKind[], warmUp: ((spec: ActorSpec) => Record<string, unknown>) | undefined): Record<string, unknown> | undefined {
  if (!warmUp || process.env[WARM_UP_ENV] !== '1') return undefined;
  const { values } = parseArgs({ strict: false, options: { spec: { type: 'string' } } });
  if (typeof values.spec !== 'string') return undefined;
  let spec: ActorSpec;
  try {
    spec = parseActorSpec(JSON.parse(readFileSync(values.spec, 'utf8')), values.spec);
  } catch {
    return undefined; // build says why, and exits
  }
  return kinds.includes(spec.kind) ? warmUp(spec) : undefined;
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
