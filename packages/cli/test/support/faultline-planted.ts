/**
 * `faultline` with the CLI's testing seam set: every live service starts from planted-service.ts
 * (which plants what FAULTLINE_TEST_PLANT says in the actors it names). Tests run it as they run
 * the real binary: node --import tsx packages/cli/test/support/faultline-planted.ts up --scenario …
 */
import { fileURLToPath } from 'node:url';
import { main } from '../../src/main.ts';
import { setTestServiceEntry } from '../../src/testing.ts';

setTestServiceEntry(fileURLToPath(new URL('./planted-service.ts', import.meta.url)));
process.exitCode = await main(process.argv);
