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
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { buildInputs, builtHash, CLI_BUNDLE, DIST, HASH_FILE, inputsHash, JUDGE_WORKER_BUNDLE, REPO } from '../../../../scripts/build-inputs.mjs';

export { buildInputs, CLI_BUNDLE, inputsHash, JUDGE_WORKER_BUNDLE, REPO };
export const DIST_DIR = join(DIST, 'services');

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

/**
 * Each source keeps its own `import.meta.url` (its path in this checkout): the code finds
 * nats.conf, the repo root and uPlot relative to its source file, wherever the bundle is.
 */
export const sourceUrls: Plugin = {
  name: 'source-import-meta-url',
  setup(build) {
    // The project's own files (TypeScript, and scripts/build-inputs.mjs); dependencies load as they are.
    build.onLoad({ filter: /\.(ts|mjs)$/ }, (args) =>
      args.path.includes('/node_modules/')
        ? undefined
        : { contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: args.path.endsWith('.ts') ? 'ts' : 'js' },
    );
  },
};

/** The bundle's own URL in the banner, spelt so that sourceUrls (which rewrites this file too) leaves it alone. */
const BUNDLE_URL = ['import', 'meta', 'url'].join('.');

const COMMON: BuildOptions = {
  absWorkingDir: REPO,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Stack traces and pino lines keep the class and function names of the sources.
  keepNames: true,
  // CommonJS dependencies (protobufjs, tweetnacl, commander) call require() for Node built-ins.
  banner: { js: `import { createRequire as __faultlineCreateRequire } from 'node:module'; const require = __faultlineCreateRequire(${BUNDLE_URL});` },
  plugins: [sourceUrls],
  logLevel: 'silent',
};

export interface BuildResult {
  built: boolean;
  hash: string;
  ms: number;
}

function upToDate(hash: string): boolean {
  return builtHash() === hash && existsSync(CLI_BUNDLE) && existsSync(JUDGE_WORKER_BUNDLE) && SERVICE_NAMES.every((name) => existsSync(join(DIST_DIR, `${name}.mjs`)));
}

/**
 * Builds dist/ (the services and the CLI). Each bundle is written beside its final name and
 * renamed into place, the stamp last, so a concurrent run (two test files, a run and a build)
 * sees either a complete old build or a complete new one. Asynchronous: esbuild runs plugins
 * (sourceUrls) only in its asynchronous API; ensureServiceBuild runs it in a child process.
 */
export async function buildDist(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<BuildResult> {
  const started = performance.now();
  const hash = inputsHash();
  if (!options.force && upToDate(hash)) return { built: false, hash, ms: performance.now() - started };
  options.log?.(`building the services and the CLI (esbuild) into ${relative(process.cwd(), DIST) || DIST} …`);
  mkdirSync(DIST_DIR, { recursive: true });
  const staging = join(DIST_DIR, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    await build({ ...COMMON, entryPoints: Object.fromEntries(SERVICE_NAMES.map((name) => [name, join(REPO, 'services', name, 'src', 'main.ts')])), outdir: staging });
    // The CLI too (bin/faultline.js runs it when the stamp is current, the sources through tsx otherwise);
    // esbuild stays a package: it finds its native binary from its own directory.
    // And replay's judge thread, a worker entry of its own beside it (judge-worker.mjs in the sources picks it).
    await build({ ...COMMON, entryPoints: { cli: join(REPO, 'packages', 'cli', 'src', 'main.ts'), 'judge-worker': join(REPO, 'packages', 'replay', 'src', 'judge-worker.ts') }, outdir: staging, external: ['esbuild'] });
    for (const name of SERVICE_NAMES) renameSync(join(staging, `${name}.mjs`), join(DIST_DIR, `${name}.mjs`));
    mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
    renameSync(join(staging, 'cli.mjs'), CLI_BUNDLE);
    renameSync(join(staging, 'judge-worker.mjs'), JUDGE_WORKER_BUNDLE);
    writeFileSync(`${HASH_FILE}.${process.pid}`, `${hash}\n`);
    renameSync(`${HASH_FILE}.${process.pid}`, HASH_FILE);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const ms = performance.now() - started;
  options.log?.(`built ${SERVICE_NAMES.length} services and the CLI in ${(ms / 1000).toFixed(1)} s`);
  return { built: true, hash, ms };
}

/** Checks dist/ against the inputs and, when stale, builds it (node scripts/build-services.mjs, waited for). */
export function ensureServiceBuild(options: { force?: boolean; log?: (line: string) => void } = {}): BuildResult {
  const started = performance.now();
  const hash = inputsHash();
  if (!options.force && upToDate(hash)) return { built: false, hash, ms: performance.now() - started };
  const result = spawnSync(process.execPath, [join(REPO, 'scripts', 'build-services.mjs'), '--force'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  for (const line of (result.stderr ?? '').split('\n').filter(Boolean)) options.log?.(line.replace(/^build-services: /, ''));
  if (result.status !== 0) throw new Error(`the build failed (node scripts/build-services.mjs, exit ${result.status}): ${(result.stderr ?? '').trim().split('\n').slice(-5).join(' | ')}`);
  return { built: true, hash: builtHash(), ms: performance.now() - started };
}
