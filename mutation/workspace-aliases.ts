/**
 * Every @faultline/<package> import (and subpath export) resolved inside this config's tree.
 * Stryker runs the tests in a sandbox copy of the repository, but node_modules there links the
 * workspace packages to the original tree: a test importing another package (consensus tests
 * import protocol) would read the live worktree, which may change during an hour-long run (a
 * rebase). Resolving every package here keeps a run on one snapshot of the sources.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PACKAGES = ['protocol', 'runtime', 'consensus', 'venue', 'actors', 'sim'];

export function workspaceAliases(): Array<{ find: RegExp; replacement: string }> {
  const aliases: Array<{ find: RegExp; replacement: string }> = [];
  for (const name of PACKAGES) {
    const dir = fileURLToPath(new URL(`../packages/${name}/`, import.meta.url));
    const exports = JSON.parse(readFileSync(`${dir}package.json`, 'utf8')).exports as Record<string, string>;
    for (const [subpath, target] of Object.entries(exports)) {
      const specifier = subpath === '.' ? `@faultline/${name}` : `@faultline/${name}/${subpath.slice(2)}`;
      aliases.push({ find: new RegExp(`^${specifier.replaceAll('/', '\\/')}$`), replacement: `${dir}${target.slice(2)}` });
    }
  }
  return aliases;
}
