/**
 * The CLI's in-process testing seam for simulated runs: a planted venue engine for every run this
 * process simulates (`faultline sim --scenario`, `faultline check`, `faultline hunt` and
 * `faultline venue --replay-orders`), so a test can show check's and hunt's failure paths end to end — the failing run, the shrunk schedule, the files written and the printed
 * repro. Set only by a test's own launcher (packages/cli/test/support/faultline-planted.ts) through
 * @faultline/cli/testing; never from a flag, an environment variable, a scenario or anything hashed.
 */
import type { VenueVariant } from '@faultline/venue';

let plantedVenueVariant: VenueVariant | undefined;

/** Testing seam (exported by @faultline/cli/testing only). */
export function setTestVenueVariant(variant: VenueVariant | undefined): void {
  plantedVenueVariant = variant;
}

/** What a simulated run of this process carries: nothing in every product path. */
export function plantedSimOptions(): { venueVariant?: VenueVariant } {
  return plantedVenueVariant ? { venueVariant: plantedVenueVariant } : {};
}
