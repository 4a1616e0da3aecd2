#!/usr/bin/env node
/**
 * Builds the compiled services (dist/services/<name>.mjs) unless they are up to date with the
 * sources: run by `npm ci` / `npm install` (the root `prepare` script) and by hand
 * (`node scripts/build-services.mjs [--force]`). `faultline up` checks the same hash before
 * every live run, so a stale build is never run. See packages/cli/src/live/service-build.ts.
 */
import { register } from 'tsx/esm/api';

register();
const { ensureServiceBuild } = await import('../packages/cli/src/live/service-build.ts');
const result = ensureServiceBuild({ force: process.argv.includes('--force'), log: (line) => process.stderr.write(`build-services: ${line}\n`) });
if (!result.built) process.stderr.write('build-services: dist/services is up to date with the sources\n');
