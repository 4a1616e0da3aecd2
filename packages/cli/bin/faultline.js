#!/usr/bin/env node
// The `faultline` command. A command with node flags of its own (node-flags.js: `sim`, `check`,
// `compare`) started without them restarts once under them, before anything else is loaded. Then
// it runs the compiled CLI (dist/cli/main.mjs, built with the services by `npm ci` / `npm run
// build`) when dist/ is up to date with the sources — a hash of them, ~50 ms; otherwise, or with
// FAULTLINE_CLI=tsx, the TypeScript sources through tsx's loader, so an edit takes effect at once
// (`faultline up` rebuilds dist/ before it spawns the services).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { restartArgs, runRestarted } from './node-flags.js';

const restart = restartArgs(process.execArgv, fileURLToPath(import.meta.url), process.argv.slice(2));
if (restart !== undefined) {
  process.exitCode = await runRestarted(restart);
} else {
  const { builtHash, CLI_BUNDLE, inputsHash } = await import('../../../scripts/build-inputs.mjs');
  let main;
  if (process.env.FAULTLINE_CLI !== 'tsx' && existsSync(CLI_BUNDLE) && builtHash() === inputsHash()) {
    ({ main } = await import(pathToFileURL(CLI_BUNDLE).href));
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    ({ main } = await import('../src/main.ts'));
  }
  process.exitCode = await main(process.argv);
}
