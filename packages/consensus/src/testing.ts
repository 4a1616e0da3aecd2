/** The consensus package's testing seam: planted variants for tests only (never imported by src/). */
export { CONSENSUS_VARIANTS, type ConsensusVariant } from './variants.ts';
