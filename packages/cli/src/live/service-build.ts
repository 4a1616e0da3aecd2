/**
 * The service processes run compiled JavaScript: each `services/<name>/src/main.ts` bundled by
 * esbuild, with every workspace package and npm dependency inlined, into one
 * `dist/services/<name>.mjs`. Why a bundle rather than tsc: loading TypeScript through tsx cost
 * each of the baseline's 28 processes ~0.8 s of CPU and ~108 MB; tsc output would still load
 * ~300 modules from disk per process, and its `.ts` import specifiers need rewriting, whereas one
 * tree-shaken file loads in ~0.15 s and ~50 MB (figures in BENCHMARKS.md, "live start-up").
 *
 * Built by `npm ci` (the root `prepare` script) and checked before every live run: the build
 * carries a hash of its inputs (every source under packages/src and services/src, the package
 * manifests and the lock file) and is rebuilt when they changed. `FAULTLINE_SERVICES=tsx` runs
 * the TypeScript sources through tsx instead (development; the start-up bench's "before").
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export const REPO = resolve(fileURLToPath(new URL('../../../../', import.meta.url)));
export const DIST_DIR = join(REPO, 'dist', 'services');
const HASH_FILE = join(DIST_DIR, 'build-hash.txt');

/** Every service directory with a main (services/kit is a library). */
export const SERVICE_NAMES = ['validator', 'execution', 'oracle', 'external-venue', 'trader', 'liquidator', 'hedger', 'demo'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export type ServiceRuntime = 'compiled' | 'tsx';
export const SERVICES_ENV = 'FAULTLINE_SERVICES';

/** compiled (the default) or tsx, from FAULTLINE_SERVICES; anything else is an error naming the variable. */
export function serviceRuntime(env: NodeJS.ProcessEnv = process.env): ServiceRuntime {
  const value = env[SERVICES_ENV] ?? 'compiled';
  if (value === 'compiled' || value === 'tsx') return value;
  throw new Error(`${SERVICES_ENV}=${value}: expected compiled or tsx`);
}

/** The node arguments that run a service (before its own flags). */
export function serviceScriptArgs(name: ServiceName, runtime: ServiceRuntime): string[] {
  if (runtime === 'tsx') return ['--import', 'tsx', join(REPO, 'services', name, 'src', 'main.ts')];
  return [join(DIST_DIR, `${name}.mjs`)];
}

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
}

/** What the bundles are made of: sources, manifests, the lock file (dependency versions) and this file. */
export function buildInputs(): string[] {
  const files: string[] = [join(REPO, 'package.json'), join(REPO, 'package-lock.json'), fileURLToPath(import.meta.url)];
  for (const group of ['packages', 'services']) {
    for (const pkg of readdirSync(join(REPO, group))) {
      const manifest = join(REPO, group, pkg, 'package.json');
      if (existsSync(manifest)) files.push(manifest);
      walk(join(REPO, group, pkg, 'src'), files);
    }
  }
  return [...new Set(files)].filter((file) => existsSync(file) && statSync(file).isFile()).sort();
}

export function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of buildInputs()) {
    hash.update(relative(REPO, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export interface BuildResult {
  built: boolean;
  hash: string;
  ms: number;
}

/**
 * Builds dist/services unless its hash matches the inputs. Each bundle is written beside its
 * final name and renamed into place, the hash last, so a concurrent run (two test files, a run
 * and a build) sees either a complete old build or a complete new one.
 */
export function ensureServiceBuild(options: { force?: boolean; log?: (line: string) => void } = {}): BuildResult {
  const started = performance.now();
  const hash = inputsHash();
  const current = existsSync(HASH_FILE) ? readFileSync(HASH_FILE, 'utf8').trim() : '';
  const complete = SERVICE_NAMES.every((name) => existsSync(join(DIST_DIR, `${name}.mjs`)));
  if (!options.force && current === hash && complete) return { built: false, hash, ms: performance.now() - started };
  options.log?.(`building the services (esbuild) into ${relative(process.cwd(), DIST_DIR) || DIST_DIR} …`);
  mkdirSync(DIST_DIR, { recursive: true });
  const staging = join(DIST_DIR, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    buildSync({
      absWorkingDir: REPO,
      entryPoints: Object.fromEntries(SERVICE_NAMES.map((name) => [name, join(REPO, 'services', name, 'src', 'main.ts')])),
      outdir: staging,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Stack traces and pino lines keep the class and function names of the sources.
      keepNames: true,
      // CommonJS dependencies (protobufjs, tweetnacl) call require() for Node built-ins.
      banner: { js: "import { createRequire as __faultlineCreateRequire } from 'node:module'; const require = __faultlineCreateRequire(import.meta.url);" },
      logLevel: 'silent',
    });
    for (const name of SERVICE_NAMES) renameSync(join(staging, `${name}.mjs`), join(DIST_DIR, `${name}.mjs`));
    writeFileSync(`${HASH_FILE}.${process.pid}`, `${hash}\n`);
    renameSync(`${HASH_FILE}.${process.pid}`, HASH_FILE);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const ms = performance.now() - started;
  options.log?.(`built ${SERVICE_NAMES.length} services in ${(ms / 1000).toFixed(1)} s`);
  return { built: true, hash, ms };
}
