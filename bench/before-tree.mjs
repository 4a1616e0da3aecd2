#!/usr/bin/env node
/**
 * Prepares the "before" side of a before/after benchmark: a detached git worktree of another
 * commit whose node_modules links this checkout's installed packages, except the workspace's
 * own (@faultline/*), which link into the worktree's packages — so importing a bench file from
 * it runs the old code throughout — and whose service bundles (dist/services) are built, so the
 * live bench can spawn the old services.
 *
 *   node bench/before-tree.mjs [COMMIT=HEAD~1] [DIR=/tmp/faultline-before]
 *   npm run bench -- --before /tmp/faultline-before [--filter NAME]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const commit = process.argv[2] ?? 'HEAD~1';
const dir = process.argv[3] ?? '/tmp/faultline-before';
const git = (...args) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }).toString().trim();

if (existsSync(dir)) {
  git('worktree', 'remove', '--force', dir);
  rmSync(dir, { recursive: true, force: true });
}
const sha = git('rev-parse', commit);
git('worktree', 'add', '--detach', dir, sha);

const modules = join(dir, 'node_modules');
mkdirSync(modules);
for (const name of readdirSync(join(root, 'node_modules'))) {
  if (name === '@faultline' || name === '.bin') continue;
  symlinkSync(join(root, 'node_modules', name), join(modules, name));
}
symlinkSync(join(root, 'node_modules', '.bin'), join(modules, '.bin'));
// The workspace's own packages: the worktree's, by the same names npm gave them.
mkdirSync(join(modules, '@faultline'));
const workspaces = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).workspaces;
for (const pattern of workspaces) {
  const paths = pattern.endsWith('/*') ? readdirSync(join(dir, pattern.slice(0, -2))).map((name) => join(pattern.slice(0, -2), name)) : [pattern];
  for (const path of paths) {
    const manifest = join(dir, path, 'package.json');
    if (!existsSync(manifest)) continue;
    const name = JSON.parse(readFileSync(manifest, 'utf8')).name;
    if (!name?.startsWith('@faultline/')) continue;
    symlinkSync(relative(join(modules, '@faultline'), join(dir, path)), join(modules, name));
  }
}
execFileSync(process.execPath, ['scripts/build-services.mjs'], { cwd: dir, stdio: 'inherit' });
process.stdout.write(`before tree: ${dir} at ${sha.slice(0, 12)} (${git('log', '-1', '--format=%s', sha).slice(0, 80)})\n`);
