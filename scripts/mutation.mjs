#!/usr/bin/env node
/**
 * npm run mutation [-- <package>… [stryker options]]: StrykerJS on packages/actors (its validator
 * and core sources), consensus, protocol, runtime and venue (all five when no package is named), one after the other, each with its own
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
 * A package may have more configs, mutation/stryker.<package>-<part>.config.json, each with its
 * own incremental file, the part mutation/incremental/<package>.<part>.json (scripts/mutation-configs.mjs):
 * runtime has two, run one after the other by `npm run mutation -- runtime` —
 *   mutation/stryker.runtime.config.json       everything but src/nats/, broker-free tests → runtime.json
 *   mutation/stryker.runtime-nats.config.json  src/nats/, the *nats*.int tests too (each starts its
 *                                              own nats-server on a loopback port) → runtime.nats.json
 * and actors two —
 *   mutation/stryker.actors.config.json        src/validator/, the validator's tests → actors.json
 *   mutation/stryker.actors-core.config.json   src/core/ (the chart keeper, the effect runner), every
 *                                              actors test, isolated (chart.ts's memos) → actors.core.json
 * A --mutate list goes to the configs whose globs take its files, each config getting its own
 * files only (a config not named is not run):
 *   npm run mutation -- runtime --mutate packages/runtime/src/nats/nats-log.ts:1-200
 * An explicit --incrementalFile is allowed only when one config runs.
 *
 * Mutation testing is a long CPU job on a shared machine: this process and Stryker's workers run
 * at the lowest priority (nice 19), concurrency 1 unless `--concurrency` says otherwise.
 */
import { spawnSync } from 'node:child_process';
import { setPriority } from 'node:os';
import { mutates, packageConfigs } from './mutation-configs.mjs';

const PACKAGES = ['actors', 'consensus', 'protocol', 'runtime', 'venue'];

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
const mutateAt = rest.indexOf('--mutate');
const mutateList = mutateAt === -1 ? undefined : (rest[mutateAt + 1] ?? '').split(',').filter(Boolean);
const others = mutateAt === -1 ? rest : rest.filter((_, i) => i !== mutateAt && i !== mutateAt + 1);

const runs = [];
for (const pkg of named.length > 0 ? named : PACKAGES) {
  for (const { config, incremental, mutate } of packageConfigs(pkg)) {
    // --mutate entries are file[:lines]: each goes to the config that mutates its file.
    const mine = mutateList?.filter((entry) => mutates(mutate, entry.replace(/:[\d-]+$/, '')));
    if (mine !== undefined && mine.length === 0) continue;
    runs.push({ pkg, config, incremental, mutate: mine });
  }
}
const unrouted = mutateList?.filter((entry) => !runs.some((run) => run.mutate?.includes(entry))) ?? [];
if (unrouted.length > 0) {
  console.error(`mutation: no config of ${named.join(', ') || 'any package'} mutates ${unrouted.join(', ')}`);
  process.exit(2);
}
if (ownIncremental && runs.length > 1) {
  console.error(`mutation: --incrementalFile names one file, but ${runs.length} configs would run (${runs.map((run) => run.config).join(', ')}): narrow with a package or --mutate`);
  process.exit(2);
}

for (const { pkg, config, incremental, mutate } of runs) {
  const command = [
    'stryker', 'run', config, '--incremental',
    ...(ownIncremental ? [] : ['--incrementalFile', incremental]),
    ...(mutate ? ['--mutate', mutate.join(',')] : []),
    ...others,
  ];
  console.log(`\n== mutation: ${pkg}: npx ${command.join(' ')}`);
  const result = spawnSync('npx', command, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`mutation: ${pkg} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
