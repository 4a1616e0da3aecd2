/**
 * Deliberately broken actors, for proving that the campaign and the invariants catch them (the
 * actors' testing seam). A variant reaches an actor only as the factory's test option —
 * `createLiquidator(config, { variant })`, `actorFactoryFromSpec(spec, { variant })` — never
 * through an actor's config, a spec file, a scenario, a CLI flag or anything hashed. Tests take
 * the list from `@faultline/actors/testing` (docs/venue.md, "Planted actor bugs").
 */
export type ExecutionVariant =
  /** On a gap, apply the next block it has as if no height were missing. */
  'skip-block-on-gap';
export type LiquidatorVariant =
  /** Liquidates on its own stale view and retries its stale verdicts. */
  'stale-price';
export type HedgerVariant =
  /** Never pulls its quotes (keeps quoting while its view of the venue is stale or halted). */
  'never-pull';

export type ActorVariant = ExecutionVariant | LiquidatorVariant | HedgerVariant;

/** Each variant and the actor kind it breaks. */
export const ACTOR_VARIANT_KINDS: Readonly<Record<ActorVariant, 'execution' | 'liquidator' | 'hedger'>> = {
  'skip-block-on-gap': 'execution',
  'stale-price': 'liquidator',
  'never-pull': 'hedger',
};
