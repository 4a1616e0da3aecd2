/** The actors' testing seam: the planted variants tests inject through the factories. */
import { ACTOR_VARIANT_KINDS, type ActorVariant } from './variants.ts';

export type { ActorVariant, ExecutionVariant, HedgerVariant, LiquidatorVariant } from './variants.ts';
export const ACTOR_VARIANTS = Object.keys(ACTOR_VARIANT_KINDS) as ActorVariant[];

/**
 * While on, every chart step answered as "no transition" without xstate (core/chart.ts) is also
 * stepped through xstate, and throws if xstate took a transition, ran an action or changed the
 * snapshot. Returns the previous setting.
 */
export { setCheckChartShortcuts as checkChartShortcuts } from './core/chart.ts';
