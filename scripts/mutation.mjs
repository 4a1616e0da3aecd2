#!/usr/bin/env node
/**
 * npm run mutation [-- <package>… [stryker options]]: StrykerJS on packages/consensus, protocol,
 * runtime and venue (all four when no package is named), one after the other, each with its own
 * config (mutation/stryker.<package>.config.json) and incremental file
 * (reports/stryker-incremental-<package>.json: a re-run only tests mutants whose code or
 * covering tests changed; `--force` re-tests all).
 *
 * Other arguments go to every Stryker run, e.g. one file:
 *   npm run mutation -- venue --mutate packages/venue/src/matching.ts
 * A run restricted with --mutate keeps its own incremental file (…-<package>-<file>.json), so it
 * neither reuses nor overwrites the whole package's.
 *
 * Mutation testing is a long CPU job on a shared machine: this process and Stryker's workers run
 * at the lowest priority (nice 19), concurrency 1 unless `--concurrency` says otherwise.
 */
import { spawnSync } from 'node:child_process';
import { setPriority } from 'node:os';
import { basename } from 'node:path';

const PACKAGES = ['consensus', 'protocol', 'runtime', 'venue'];

const args = process.argv.slice(2);
const named = args.filter((arg) => PACKAGES.includes(arg));
const rest = args.filter((arg) => !PACKAGES.includes(arg));
const unknown = rest.filter((arg, i) => !arg.startsWith('-') && !(i > 0 && rest[i - 1]?.startsWith('-')));
if (unknown.length > 0) {
  console.error(`mutation: unknown package ${unknown.join(', ')} (one of ${PACKAGES.join(', ')})`);
  process.exit(2);
}

try {
  setPriority(0, 19);
} catch {
  // Not permitted here: run at the inherited priority.
}

const mutateAt = rest.findIndex((arg) => arg === '--mutate' || arg === '-m');
const mutate = mutateAt >= 0 ? rest[mutateAt + 1] : undefined;
const ownIncremental = rest.includes('--incrementalFile');

for (const pkg of named.length > 0 ? named : PACKAGES) {
  const incremental = ownIncremental
    ? []
    : ['--incrementalFile', `reports/stryker-incremental-${pkg}${mutate ? `-${mutate.split(',').map((m) => basename(m.split(':')[0] ?? m, '.ts')).join('+')}` : ''}.json`];
  const command = ['stryker', 'run', `mutation/stryker.${pkg}.config.json`, '--incremental', ...incremental, ...rest];
  console.log(`\n== mutation: ${pkg}: npx ${command.join(' ')}`);
  const result = spawnSync('npx', command, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`mutation: ${pkg} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
