#!/usr/bin/env node
/**
 * npm run mutation [-- <package>… [stryker options]]: StrykerJS on packages/consensus, protocol,
 * runtime and venue (all four when no package is named), one after the other, each with its own
 * config (mutation/stryker.<package>.config.json) and incremental file
 * mutation/incremental/<package>.json — committed, so mutation work accumulates across sessions
 * and worktrees: a re-run only tests mutants whose code or covering tests changed (`--force`
 * re-tests all in scope).
 *
 * Other arguments go to every Stryker run, e.g. one file or a line range:
 *   npm run mutation -- venue --mutate packages/venue/src/matching.ts
 *   npm run mutation -- consensus --mutate packages/consensus/src/tendermint.ts:544-860
 * A run restricted with --mutate uses the same package file: Stryker's incremental differ
 * re-tests (or reuses) the mutants in scope and carries every recorded mutant outside the scope
 * over into the file it writes, so file-by-file runs add up to the whole package. Stryker
 * writes the file only when a run completes: run long packages in pieces. `--incrementalFile`
 * names another file. `node scripts/mutation-score.mjs` prints the per-file and per-package
 * score of everything recorded in mutation/incremental/.
 *
 * Mutation testing is a long CPU job on a shared machine: this process and Stryker's workers run
 * at the lowest priority (nice 19), concurrency 1 unless `--concurrency` says otherwise.
 */
import { spawnSync } from 'node:child_process';
import { setPriority } from 'node:os';

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

const ownIncremental = rest.includes('--incrementalFile');

for (const pkg of named.length > 0 ? named : PACKAGES) {
  const incremental = ownIncremental
    ? []
    : ['--incrementalFile', `mutation/incremental/${pkg}.json`];
  const command = ['stryker', 'run', `mutation/stryker.${pkg}.config.json`, '--incremental', ...incremental, ...rest];
  console.log(`\n== mutation: ${pkg}: npx ${command.join(' ')}`);
  const result = spawnSync('npx', command, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`mutation: ${pkg} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
