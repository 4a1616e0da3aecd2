/**
 * The venue's testing seam: the planted variants (variants.ts) and, for the tests' convenience,
 * the builders (builders.ts, also exported by the package itself).
 */
export { VENUE_VARIANTS, type VenueVariant } from './variants.ts';
export { testVenueConfig, TEST_INSURANCE_FUND_SEED, encodeTx, signedOracleReport, type TestVenue } from './builders.ts';
export { ClientTxs, type OrderOptions } from './client-txs.ts';
export { MONITOR_VARIANTS, type MonitorVariant } from './monitor-sums.ts';
