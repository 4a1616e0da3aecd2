/**
 * Deliberately broken consensus variants the test suite must catch (the testing seam of issue 13):
 * a test passes one to the core as `CoreOptions.variant`; no configuration, scenario, CLI flag or
 * hashed value can carry one. The list is exported from `@faultline/consensus/testing` only.
 *
 * - `quorum-2f`: 2f votes make a quorum instead of 2f+1.
 * - `ignore-lock`: prevotes for any valid proposal despite its lock (L22/L28).
 * - `skip-cert-verify`: accepts synced blocks without checking the certificate's signatures.
 * - `no-persist-before-vote`: sends votes without writing them to the log first.
 * - `no-commit-guard`: a committed height is decided again — its timeouts still act during the
 *   commit wait and L49 (or a synced block) may commit it a second time (the wedge of issue 13).
 * - `mempool-forgets-committed`: the mempool does not remember committed txs and block validation
 *   does not refuse them, so a copy gossiped after the commit is committed again.
 */
export type ConsensusVariant = 'quorum-2f' | 'ignore-lock' | 'skip-cert-verify' | 'no-persist-before-vote' | 'no-commit-guard' | 'mempool-forgets-committed';

export const CONSENSUS_VARIANTS: readonly ConsensusVariant[] = [
  'quorum-2f',
  'ignore-lock',
  'skip-cert-verify',
  'no-persist-before-vote',
  'no-commit-guard',
  'mempool-forgets-committed',
];
