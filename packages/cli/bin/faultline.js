#!/usr/bin/env node
// The `faultline` command. Runs the compiled CLI (dist/cli/main.mjs, built with the services by
// `npm ci` / `npm run build`) when dist/ is up to date with the sources — a hash of them, ~50 ms;
// otherwise, or with FAULTLINE_CLI=tsx, the TypeScript sources through tsx's loader, so an edit
// takes effect at once (`faultline up` rebuilds dist/ before it spawns the services).
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { builtHash, CLI_BUNDLE, inputsHash } from '../../../scripts/build-inputs.mjs';

let main;
if (process.env.FAULTLINE_CLI !== 'tsx' && existsSync(CLI_BUNDLE) && builtHash() === inputsHash()) {
  ({ main } = await import(pathToFileURL(CLI_BUNDLE).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
process.exitCode = await main(process.argv);
