/**
 * An actor as plain data: its kind, id and config (JSON-serialisable). The simulator and the
 * live services build actors from the same specs, so a scenario means the same actors in both
 * worlds; `faultline up` writes one spec file per service process.
 */
import { ACTOR_VARIANT_KINDS, type ActorVariant, type ExecutionVariant, type HedgerVariant, type LiquidatorVariant } from './variants.ts';
import type { ActorFactory } from '@faultline/runtime';
import { createExecutionNode, type ExecutionConfig } from './execution/execution-actor.ts';
import { createExternalVenue } from './external/external-venue-actor.ts';
import type { ExternalVenueConfig } from './external/external-venue-core.ts';
import { createHedger } from './hedger/hedger-actor.ts';
import type { HedgerConfig } from './hedger/hedger-core.ts';
import { createLiquidator, type LiquidatorConfig } from './liquidator/liquidator-actor.ts';
import { createOracle, type OracleActorConfig } from './oracle/oracle-actor.ts';
import { createLeveragedTrader, type LeveragedTraderConfig } from './traders/leveraged-trader.ts';
import { createNoiseTrader, type NoiseTraderConfig } from './traders/noise-trader.ts';
import { createStaleArbTrader, type StaleArbTraderConfig } from './traders/stale-arb-trader.ts';
import { createMarginTrader, type MarginTraderConfig } from './traders/margin-trader.ts';
import { createValidator, type ValidatorConfig } from './validator/validator-actor.ts';

export type ActorSpec =
  | { kind: 'validator'; id: string; config: ValidatorConfig }
  | { kind: 'execution'; id: string; config: Omit<ExecutionConfig, 'onApplied'> }
  | { kind: 'oracle'; id: string; config: OracleActorConfig }
  | { kind: 'external-venue'; id: string; config: ExternalVenueConfig }
  | { kind: 'noise-trader'; id: string; config: NoiseTraderConfig }
  | { kind: 'leveraged-trader'; id: string; config: LeveragedTraderConfig }
  | { kind: 'stale-arb-trader'; id: string; config: StaleArbTraderConfig }
  | { kind: 'margin-trader'; id: string; config: MarginTraderConfig }
  | { kind: 'liquidator'; id: string; config: LiquidatorConfig }
  | { kind: 'hedger'; id: string; config: HedgerConfig };

export type ActorKind = ActorSpec['kind'];

export const ACTOR_KINDS: readonly ActorKind[] = [
  'validator',
  'execution',
  'oracle',
  'external-venue',
  'noise-trader',
  'leveraged-trader',
  'stale-arb-trader',
  'margin-trader',
  'liquidator',
  'hedger',
];

/**
 * The factory for a spec. `extra` adds what is not data: a simulator monitor hook, and (testing
 * seam, tests only) a planted variant, applied when it breaks this spec's kind.
 */
export function actorFactoryFromSpec(spec: ActorSpec, extra: { onApplied?: ExecutionConfig['onApplied']; variant?: ActorVariant } = {}): ActorFactory {
  const variant = extra.variant && ACTOR_VARIANT_KINDS[extra.variant] === spec.kind ? extra.variant : undefined;
  switch (spec.kind) {
    case 'validator':
      return createValidator(spec.config);
    case 'execution':
      return createExecutionNode({ ...spec.config, ...(extra.onApplied ? { onApplied: extra.onApplied } : {}) }, variant ? { variant: variant as ExecutionVariant } : {});
    case 'oracle':
      return createOracle(spec.config);
    case 'external-venue':
      return createExternalVenue(spec.config);
    case 'noise-trader':
      return createNoiseTrader(spec.config);
    case 'leveraged-trader':
      return createLeveragedTrader(spec.config);
    case 'stale-arb-trader':
      return createStaleArbTrader(spec.config);
    case 'margin-trader':
      return createMarginTrader(spec.config);
    case 'liquidator':
      return createLiquidator(spec.config, variant ? { variant: variant as LiquidatorVariant } : {});
    case 'hedger':
      return createHedger(spec.config, variant ? { variant: variant as HedgerVariant } : {});
  }
}

export class ActorSpecError extends Error {
  override readonly name = 'ActorSpecError';
}

/** Checks the envelope of a spec read from a file (the actor validates its own config). */
export function parseActorSpec(input: unknown, source: string): ActorSpec {
  const spec = input as Partial<ActorSpec> | null;
  if (!spec || typeof spec !== 'object') throw new ActorSpecError(`${source}: an actor spec must be an object`);
  if (!ACTOR_KINDS.includes(spec.kind as ActorKind)) throw new ActorSpecError(`${source}: kind must be one of ${ACTOR_KINDS.join(', ')}, got ${JSON.stringify(spec.kind)}`);
  if (typeof spec.id !== 'string' || !/^[A-Za-z0-9_-]+$/.test(spec.id)) throw new ActorSpecError(`${source}: id must match [A-Za-z0-9_-]+, got ${JSON.stringify(spec.id)}`);
  if (!spec.config || typeof spec.config !== 'object') throw new ActorSpecError(`${source}: config must be an object`);
  return spec as ActorSpec;
}

/** What an actor may do on the broker: run-relative subjects (`<kind>.<actor>`, NATS wildcards). */
export interface ActorSubjects {
  publish: string[];
  subscribe: string[];
}

/** An actor's subjects from its spec (a validator's include its peers' stored logs: actorSubjects). */
export function specSubjects(spec: ActorSpec): ActorSubjects {
  return actorSubjects(spec.kind, spec.id, spec.kind === 'validator' ? spec.config.validatorIds : []);
}

/**
 * The subjects each kind of actor publishes and subscribes to, and nothing more: `faultline up`
 * grants each service exactly these on the broker, so an oracle cannot publish blocks and a
 * trader cannot publish fills (execution results) or another client's transactions. Keep in
 * step with the actors' own publish/subscribe calls; the live e2e run fails on a refusal.
 */
export function actorSubjects(kind: ActorKind, id: string, validatorIds: readonly string[] = []): ActorSubjects {
  switch (kind) {
    case 'validator':
      // `stored.<peer>`: each other validator's log entries as the broker republishes them once stored (validator-actor.ts, "Delivery from the log").
      return {
        publish: [`consensus.${id}`, `block.${id}`, 'direct.*', 'sync.*'],
        subscribe: ['consensus.*', `direct.${id}`, `sync.${id}`, 'tx.*', ...validatorIds.filter((peer) => peer !== id).map((peer) => `stored.${peer}`)],
      };
    case 'execution':
      return { publish: [`exec.${id}`, 'sync.*'], subscribe: ['block.*', `sync.${id}`] };
    case 'oracle':
      return { publish: [`tx.${id}`], subscribe: ['external.*', 'exec.*'] };
    case 'external-venue':
      return { publish: [`external.${id}`], subscribe: ['external.*'] };
    case 'hedger':
      return { publish: [`tx.${id}`, `external.${id}`], subscribe: ['external.*', 'exec.*'] };
    case 'noise-trader':
    case 'leveraged-trader':
    case 'stale-arb-trader':
    case 'margin-trader':
    case 'liquidator':
      return { publish: [`tx.${id}`], subscribe: ['external.*', 'exec.*'] };
  }
}
