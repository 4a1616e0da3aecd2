/**
 * `faultline` with the CLI's testing seam set: every live service starts from planted-service.ts
 * (which plants what FAULTLINE_TEST_PLANT says in the actors it names), and every simulated run
 * (sim, check, hunt, venue --replay-orders) has the venue engine FAULTLINE_TEST_VENUE_VARIANT names, when set. Tests run it as
 * they run the real binary: node --import tsx packages/cli/test/support/faultline-planted.ts up --scenario …
 */
import { fileURLToPath } from 'node:url';
import { VENUE_VARIANTS, type VenueVariant } from '@faultline/venue/testing';
import { main } from '../../src/main.ts';
import { setTestServiceEntry, setTestVenueVariant } from '../../src/testing.ts';

setTestServiceEntry(fileURLToPath(new URL('./planted-service.ts', import.meta.url)));
const venueVariant = process.env.FAULTLINE_TEST_VENUE_VARIANT;
if (venueVariant !== undefined) {
  if (!(VENUE_VARIANTS as readonly string[]).includes(venueVariant)) throw new Error(`FAULTLINE_TEST_VENUE_VARIANT: no venue variant ${venueVariant}`);
  setTestVenueVariant(venueVariant as VenueVariant);
}
process.exitCode = await main(process.argv);
