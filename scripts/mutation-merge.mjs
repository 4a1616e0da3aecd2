#!/usr/bin/env node
/**
 * Resolves a rebase or merge conflict on a package's incremental mutation record, e.g.
 *
 *   node scripts/mutation-merge.mjs mutation/incremental/runtime.json
 *
 * Two Stryker runs of one package in two worktrees each write the package's file whole, and their
 * test ids are numbered per run, so the two files cannot be merged entry by entry. This keeps the
 * upstream side (index stage 2: during a rebase, the branch being rebased onto) as the package's
 * file and writes the files the other side (stage 3: the commit being replayed) measured — those
 * whose record differs from the common base (stage 1) — with that side's own test table, to a part
 * of the package's record, mutation/incremental/<package>.<branch>.<UTC time>.json, which
 * mutation-score.mjs and mutation-judge.mjs read after the main file. Then `git add` both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const path = process.argv[2];
if (!path || !/^mutation\/incremental\/[a-z]+\.json$/.test(path)) {
  console.error('usage: node scripts/mutation-merge.mjs mutation/incremental/<package>.json   (during a conflicted rebase or merge)');
  process.exit(2);
}
const stage = (n) => {
  try {
    return JSON.parse(execFileSync('git', ['show', `:${n}:${path}`], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return undefined;
  }
};
const base = stage(1);
const upstream = stage(2);
const replayed = stage(3);
if (!upstream || !replayed) {
  console.error(`${path} is not in conflict here (no stage 2 and 3 in the index)`);
  process.exit(1);
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const measured = Object.keys(replayed.files ?? {}).filter((file) => !same(replayed.files[file], base?.files?.[file]));

writeFileSync(path, `${JSON.stringify(upstream)}\n`);
const gitDir = execFileSync('git', ['rev-parse', '--git-dir'], { encoding: 'utf8' }).trim();
const headName = ['rebase-merge/head-name', 'rebase-apply/head-name'].map((f) => join(gitDir, f)).find((f) => existsSync(f));
const branch = (headName ? readFileSync(headName, 'utf8').trim() : execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { encoding: 'utf8' }).trim())
  .replace(/^refs\/heads\//, '')
  .replace(/[^A-Za-z0-9_-]/g, '-');
const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 13);
const pkg = basename(path, '.json');
if (measured.length === 0) {
  console.log(`${path}: upstream's record kept; the other side measured nothing new`);
} else {
  const part = join(dirname(path), `${pkg}.${branch}.${stamp}.json`);
  writeFileSync(part, `${JSON.stringify({ ...replayed, files: Object.fromEntries(measured.map((file) => [file, replayed.files[file]])) })}\n`);
  console.log(`${path}: upstream's record kept; ${measured.length} file(s) measured on the other side written to ${part}:`);
  for (const file of measured) console.log(`  ${file}`);
  console.log(`now: git add ${path} ${part}`);
}
