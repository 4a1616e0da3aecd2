/** The consensus package's testing seam: planted variants for tests only (never imported by src/). */
export { CONSENSUS_VARIANTS, type ConsensusVariant } from './variants.ts';
/** The verification caches' generation bounds, for tests of the caches' lifetimes. */
export { SHARED_GENERATION_MAX, VERIFIED_GENERATION_MAX } from './signatures.ts';
