/**
 * A checkout of an earlier commit for before/after benches: a detached `git worktree` in the
 * system's temp directory (made once, reused), with its own node_modules — the dependencies
 * linked from this checkout's, the @faultline/* workspace packages linked to the worktree's own
 * packages (linking node_modules whole would load this checkout's packages) — and its compiled
 * dist/ built, so its `faultline` runs as this one's does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function run(command: string, args: readonly string[], cwd: string): void {
  const child = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`before checkout: ${command} ${args.join(' ')} exited ${child.status}: ${(child.stderr ?? '').slice(-1_000)}`);
}

/** The directory of a worktree at `commit`, ready to run (made on first use). */
export function beforeCheckout(commit: string): string {
  const dir = join(tmpdir(), `faultline-before-${commit.slice(0, 12)}`);
  if (!existsSync(join(dir, 'package.json'))) run('git', ['worktree', 'add', '--detach', '--force', dir, commit], REPO);
  const modules = join(dir, 'node_modules');
  if (!existsSync(modules)) {
    mkdirSync(join(modules, '@faultline'), { recursive: true });
    for (const entry of readdirSync(join(REPO, 'node_modules'))) {
      if (entry === '@faultline') continue;
      symlinkSync(join(REPO, 'node_modules', entry), join(modules, entry));
    }
    for (const group of ['packages', 'services']) {
      if (!existsSync(join(dir, group))) continue;
      for (const name of readdirSync(join(dir, group))) {
        const manifest = join(dir, group, name, 'package.json');
        if (!existsSync(manifest)) continue;
        const packageName = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name ?? '';
        if (packageName.startsWith('@faultline/')) symlinkSync(join(dir, group, name), join(modules, packageName));
      }
    }
  }
  if (!existsSync(join(dir, 'dist', 'cli', 'main.mjs'))) run(process.execPath, ['scripts/build-services.mjs'], dir);
  return dir;
}
