/**
 * A package's Stryker configs and the files each mutates (mutation.mjs, mutation-score.mjs).
 * A package has its main config, mutation/stryker.<package>.config.json, recorded in
 * mutation/incremental/<package>.json, and may have more, mutation/stryker.<package>-<part>.config.json,
 * each recorded in the part mutation/incremental/<package>.<part>.json (runtime-nats: the
 * NATS files judged with the int tests too). Their `mutate` globs split the package's sources
 * between them; the package's scope is their union.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** [{ config, incremental, mutate: string[] }], the main config first. */
export function packageConfigs(pkg) {
  const extra = existsSync('mutation')
    ? readdirSync('mutation')
        .map((name) => new RegExp(`^stryker\\.${pkg}-([a-z0-9]+)\\.config\\.json$`).exec(name))
        .filter(Boolean)
        .map((m) => ({ config: `mutation/${m[0]}`, incremental: `mutation/incremental/${pkg}.${m[1]}.json` }))
        .sort((a, b) => a.config.localeCompare(b.config))
    : [];
  return [{ config: `mutation/stryker.${pkg}.config.json`, incremental: `mutation/incremental/${pkg}.json` }, ...extra]
    .filter(({ config }) => existsSync(config))
    .map((entry) => ({ ...entry, mutate: JSON.parse(readFileSync(entry.config, 'utf8')).mutate ?? [] }));
}

/** Does a config's `mutate` (globs: `dir/**`, `*.ts`; `!` excludes) take this file? */
export function mutates(patterns, path) {
  const toRegExp = (glob) =>
    new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '\u0000').replace(/\*\*/g, '.*').replace(/\*/g, '[^/]*').replace(/\u0000/g, '(?:.*/)?')}$`);
  const include = patterns.filter((p) => !p.startsWith('!')).map(toRegExp);
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => toRegExp(p.slice(1)));
  return include.some((r) => r.test(path)) && !exclude.some((r) => r.test(path));
}

/** The files any of a package's configs mutates, sorted. */
export function mutatedFiles(pkg) {
  const configs = packageConfigs(pkg);
  if (configs.length === 0 || !existsSync(`packages/${pkg}/src`)) return [];
  const all = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else all.push(path);
    }
  };
  walk(`packages/${pkg}/src`);
  return all.filter((path) => configs.some(({ mutate }) => mutates(mutate, path))).sort();
}
