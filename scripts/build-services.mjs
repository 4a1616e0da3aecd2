#!/usr/bin/env node
/**
 * Builds dist/ — the compiled services (dist/services/<name>.mjs) and the CLI (dist/cli/main.mjs)
 * — unless it is up to date with the sources: run by `npm ci` / `npm install` (the root
 * `prepare` script), by `npm run build`, and by `faultline up` when the sources changed
 * (`--force` builds regardless). See packages/cli/src/live/service-build.ts.
 */
import { register } from 'tsx/esm/api';

register();
const { buildDist } = await import('../packages/cli/src/live/service-build.ts');
const result = await buildDist({ force: process.argv.includes('--force'), log: (line) => process.stderr.write(`build-services: ${line}\n`) });
if (!result.built) process.stderr.write('build-services: dist/ is up to date with the sources\n');
