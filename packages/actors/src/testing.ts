/** The actors' testing seam: the planted variants tests inject through the factories. */
import { ACTOR_VARIANT_KINDS, type ActorVariant } from './variants.ts';

export type { ActorVariant, ExecutionVariant, HedgerVariant, LiquidatorVariant } from './variants.ts';
export const ACTOR_VARIANTS = Object.keys(ACTOR_VARIANT_KINDS) as ActorVariant[];
