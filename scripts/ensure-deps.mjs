#!/usr/bin/env node
/**
 * The system programs Faultline needs besides Node: `nats-server` (the live runs and their
 * tests) and `chromium` (the report's browser test). Finds them; when one is missing and this
 * user may install (root, or passwordless `sudo -n`, with apt-get) installs it and says so;
 * otherwise prints the exact command. Used by `npm start` (scripts/start.mjs), `npm test`
 * (pretest) and `.ci/run`, so the three agree. Plain Node, no dependencies: it runs before `npm ci`.
 *
 *   node scripts/ensure-deps.mjs [--for start|test|ci]
 *     start: nats-server only; test, ci (default): nats-server and chromium
 *   exit 0 when everything needed is there (found or installed), 1 otherwise (one line on stderr),
 *   also when this Node.js is older than NODE_MIN
 *
 * Environment:
 *   NATS_SERVER_BIN       use this nats-server (the only candidate, as the runtime does)
 *   FAULTLINE_CHROMIUM    use this chromium (the only candidate, as the browser test does)
 *   FAULTLINE_DEPS_NO_INSTALL=1   never install, only say what is missing (also how tests act
 *                                 out a user without the right to install)
 *   FAULTLINE_DEPS_DIRS   directories searched after PATH (default /usr/local/sbin:/usr/sbin:/sbin:/usr/bin:/bin):
 *                         nats-server is in /usr/sbin on Debian, which a non-root PATH often lacks
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const DEFAULT_DIRS = '/usr/local/sbin:/usr/sbin:/sbin:/usr/bin:/bin';

/** Each program: its names on disk, the env override, and the Debian package that brings it. */
export const PROGRAMS = {
  'nats-server': { names: ['nats-server'], env: 'NATS_SERVER_BIN', apt: 'nats-server' },
  chromium: { names: ['chromium', 'chromium-browser'], env: 'FAULTLINE_CHROMIUM', apt: 'chromium' },
};

export const NEEDS = { start: ['nats-server'], test: ['nats-server', 'chromium'], ci: ['nats-server', 'chromium'] };

/** The oldest Node.js the code runs on: node:crypto's one-shot `hash` (consensus hashing) came in 20.12. */
export const NODE_MIN = [20, 12];

/** One line saying why this Node.js is too old, or undefined when it will do. */
export function nodeTooOld(version = process.versions.node) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [wantMajor, wantMinor] = NODE_MIN;
  if (major > wantMajor || (major === wantMajor && minor >= wantMinor)) return undefined;
  return `ensure-deps: Faultline needs Node.js ${wantMajor}.${wantMinor} or later (node:crypto's hash); this is ${version}`;
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function searchDirs(env) {
  const path = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const extra = (env.FAULTLINE_DEPS_DIRS ?? DEFAULT_DIRS).split(delimiter).filter(Boolean);
  return [...new Set([...path, ...extra])];
}

/** The program's path, or undefined. An explicit override is the only candidate (a wrong one is not papered over). */
export function findProgram(name, env = process.env) {
  const program = PROGRAMS[name];
  const override = env[program.env];
  if (override) return executable(override) ? override : undefined;
  for (const dir of searchDirs(env)) {
    for (const file of program.names) if (executable(join(dir, file))) return join(dir, file);
  }
  return undefined;
}

/** How this user may install with apt-get: 'root', 'sudo' (passwordless), or undefined. */
function installRight(env) {
  if (env.FAULTLINE_DEPS_NO_INSTALL === '1') return undefined;
  const dirs = searchDirs(env);
  if (!dirs.some((dir) => executable(join(dir, 'apt-get')))) return undefined;
  if (process.getuid?.() === 0) return 'root';
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', env });
  return sudo.status === 0 ? 'sudo' : undefined;
}

/** The exact command a user runs to install these packages. */
export function installCommand(packages, env = process.env) {
  const sudo = process.getuid?.() === 0 && env.FAULTLINE_DEPS_NO_INSTALL !== '1' ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`;
}

function apt(right, args, env) {
  const [command, argv] = right === 'sudo' ? ['sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]] : ['apt-get', args];
  const result = spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

/**
 * Finds (and when allowed installs) what `purpose` needs. Returns { ok, found, missing, command };
 * `log` receives what it did and, when something is still missing, the one line to act on.
 */
export function ensureDeps({ purpose = 'ci', env = process.env, log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const needed = NEEDS[purpose];
  if (!needed) throw new Error(`unknown purpose ${purpose} (start, test or ci)`);
  const found = {};
  let missing = [];
  const look = () => {
    missing = [];
    for (const name of needed) {
      const path = findProgram(name, env);
      if (path) found[name] = path;
      else missing.push(name);
    }
  };
  look();
  if (missing.length === 0) return { ok: true, found, missing, command: '' };
  const packages = missing.map((name) => PROGRAMS[name].apt);
  const right = installRight(env);
  if (right) {
    log(`ensure-deps: ${missing.join(' and ')} missing; installing ${packages.join(' ')} with apt-get${right === 'sudo' ? ' (sudo -n)' : ''}`);
    const done = apt(right, ['update', '-qq'], env) && apt(right, ['install', '-y', '-qq', ...packages], env);
    look();
    if (done && missing.length === 0) {
      log(`ensure-deps: installed ${packages.join(' ')} (${Object.entries(found).map(([name, path]) => `${name} at ${path}`).join(', ')})`);
      return { ok: true, found, missing, command: '' };
    }
    log(`ensure-deps: apt-get did not install ${missing.join(' and ')}`);
  }
  const command = installCommand(missing.map((name) => PROGRAMS[name].apt), env);
  const overrides = missing.map((name) => PROGRAMS[name].env).join(' / ');
  const what = purpose === 'start' ? 'the live multi-process run needs' : `npm ${purpose === 'ci' ? 'test (CI)' : 'test'} needs`;
  log(`ensure-deps: ${what} ${missing.join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} missing; install with: ${command} (or set ${overrides} to the binary)`);
  return { ok: false, found, missing, command };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--for');
  const purpose = at >= 0 ? process.argv[at + 1] : 'ci';
  if (!NEEDS[purpose]) {
    process.stderr.write(`usage: node scripts/ensure-deps.mjs [--for start|test|ci]\n`);
    process.exit(2);
  }
  const tooOld = nodeTooOld();
  if (tooOld) {
    process.stderr.write(`${tooOld}\n`);
    process.exit(1);
  }
  process.exit(ensureDeps({ purpose }).ok ? 0 : 1);
}
