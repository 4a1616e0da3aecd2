/**
 * What the compiled build (dist/: the services and the faultline CLI, built by
 * packages/cli/src/live/service-build.ts) is made of, and whether dist/ is up to date with it.
 * Plain JavaScript: the `faultline` bin asks it before it loads anything else, to choose the
 * compiled CLI or the TypeScript sources through tsx.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DIST = join(REPO, 'dist');
/** The stamp: the inputs' hash of the build in dist/, written last. */
export const HASH_FILE = join(DIST, 'services', 'build-hash.txt');
export const CLI_BUNDLE = join(DIST, 'cli', 'main.mjs');
/** Replay's judge thread, compiled (packages/replay/src/judge-worker.mjs loads it when dist/ is current). */
export const JUDGE_WORKER_BUNDLE = join(DIST, 'cli', 'judge-worker.mjs');

function walk(dir, out) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
}

/** Sources, manifests, the lock file (dependency versions), this file and the build's own. */
export function buildInputs() {
  const files = [join(REPO, 'package.json'), join(REPO, 'package-lock.json'), fileURLToPath(import.meta.url)];
  for (const group of ['packages', 'services']) {
    for (const pkg of readdirSync(join(REPO, group))) {
      const manifest = join(REPO, group, pkg, 'package.json');
      if (existsSync(manifest)) files.push(manifest);
      walk(join(REPO, group, pkg, 'src'), files);
    }
  }
  return [...new Set(files)].filter((file) => existsSync(file) && statSync(file).isFile()).sort();
}

/** The hash of the inputs, and of where the checkout is (the bundles carry its absolute paths). */
export function inputsHash() {
  const hash = createHash('sha256').update(REPO).update('\0');
  for (const file of buildInputs()) hash.update(relative(REPO, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** The stamp of dist/, or '' when there is none. */
export function builtHash() {
  return existsSync(HASH_FILE) ? readFileSync(HASH_FILE, 'utf8').trim() : '';
}
