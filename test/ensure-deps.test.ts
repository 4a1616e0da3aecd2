/**
 * The two commands of the README on a machine without nats-server and chromium: run through
 * npm itself with a PATH that holds only node and sh (and, per test, a fake apt-get / sudo),
 * and FAULTLINE_DEPS_DIRS emptied so /usr/sbin/nats-server of this machine stays hidden.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const NPM_CLI = realpathSync(execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim());

/** A bin directory with node and sh only: no nats-server, no chromium, no apt-get, no sudo. */
function bareBin(): string {
  const bin = mkdtempSync(join(tmpdir(), 'faultline-bare-bin-'));
  symlinkSync(process.execPath, join(bin, 'node'));
  symlinkSync('/bin/sh', join(bin, 'sh'));
  return bin;
}

function bareEnv(bin: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { HOME: process.env['HOME'], PATH: bin, FAULTLINE_DEPS_DIRS: '', ...extra };
  return env;
}

function npm(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [NPM_CLI, ...args], { cwd: REPO, env, encoding: 'utf8', timeout: 120_000 });
}

describe('scripts/ensure-deps.mjs through npm start and npm test', () => {
  it('npm test without nats-server/chromium and without the right to install fails with the install line, running no test', () => {
    const result = npm(['test', '--', 'test/determinism-guard.test.ts'], bareEnv(bareBin(), { FAULTLINE_DEPS_NO_INSTALL: '1' }));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('ensure-deps: npm test needs nats-server and chromium, which are missing; install with: sudo apt-get update && sudo apt-get install -y nats-server chromium');
    expect(result.stdout + result.stderr).not.toMatch(/Test Files/);
  });

  it('npm start without nats-server runs the baseline in the simulator and says why, with the install command (exit 0)', () => {
    const result = npm(['start', '--', '--duration', '3'], bareEnv(bareBin(), { FAULTLINE_DEPS_NO_INSTALL: '1' }));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('npm start: the live multi-process run needs nats-server, which is missing here.');
    expect(result.stderr).toContain('sudo apt-get update && sudo apt-get install -y nats-server');
    expect(result.stderr).toContain('the same baseline scenario in the deterministic simulator');
    expect(result.stdout).toMatch(/scenario\s+baseline/);
    expect(result.stdout).toContain('Invariants');
  });

  it('when this user may install (root, or sudo -n), runs apt-get update then install, non-interactively, and says so', () => {
    const bin = bareBin();
    const calls = join(bin, 'apt-calls.txt');
    writeFileSync(calls, '');
    // A fake apt-get: records its arguments and DEBIAN_FRONTEND; `install` puts a nats-server in bin.
    writeFileSync(
      join(bin, 'apt-get'),
      `#!${process.execPath}\nconst fs = require('node:fs');\n` +
        `fs.appendFileSync(${JSON.stringify(calls)}, process.argv.slice(2).join(' ') + ' DEBIAN_FRONTEND=' + process.env.DEBIAN_FRONTEND + '\\n');\n` +
        `if (process.argv.includes('install')) fs.writeFileSync(${JSON.stringify(join(bin, 'nats-server'))}, '#!/bin/sh\\n', { mode: 0o755 });\n`,
      { mode: 0o755 },
    );
    // Not root: a passwordless sudo that runs its command (sudo -n env DEBIAN_FRONTEND=… apt-get …).
    writeFileSync(join(bin, 'sudo'), `#!${process.execPath}\nconst [, , n, ...rest] = process.argv;\nif (n !== '-n') process.exit(1);\nif (rest[0] === 'true') process.exit(0);\nconst env = { ...process.env };\nwhile (rest[0] === 'env' || /^[A-Z_]+=/.test(rest[0])) { const a = rest.shift(); if (a !== 'env') { const [k, v] = a.split('='); env[k] = v; } }\nprocess.exit(require('node:child_process').spawnSync(rest[0], rest.slice(1), { stdio: 'inherit', env }).status ?? 1);\n`, { mode: 0o755 });
    const result = spawnSync(process.execPath, ['scripts/ensure-deps.mjs', '--for', 'start'], { cwd: REPO, env: bareEnv(bin), encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual(['update -qq DEBIAN_FRONTEND=noninteractive', 'install -y -qq nats-server DEBIAN_FRONTEND=noninteractive']);
    expect(result.stderr).toContain('ensure-deps: nats-server missing; installing nats-server with apt-get');
    expect(result.stderr).toContain(`ensure-deps: installed nats-server (nats-server at ${join(bin, 'nats-server')})`);
  });

  it('an explicit NATS_SERVER_BIN that does not exist is not papered over by one on PATH', () => {
    const result = spawnSync(process.execPath, ['scripts/ensure-deps.mjs', '--for', 'start'], { cwd: REPO, env: { ...process.env, NATS_SERVER_BIN: '/nonexistent/nats-server', FAULTLINE_DEPS_NO_INSTALL: '1' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('install with: sudo apt-get update && sudo apt-get install -y nats-server');
  });
});

describe('scripts/ensure-deps.mjs: the Node.js version', () => {
  it('refuses a Node.js older than 20.12 with one line naming both versions, and takes 20.12 and later', async () => {
    const { nodeTooOld } = await import('../scripts/ensure-deps.mjs');
    expect(nodeTooOld('20.11.1')).toBe("ensure-deps: Faultline needs Node.js 20.12 or later (node:crypto's hash); this is 20.11.1");
    expect(nodeTooOld('18.20.0')).toContain('this is 18.20.0');
    for (const fine of ['20.12.0', '20.20.0', '21.0.0', '22.1.0']) expect(nodeTooOld(fine)).toBeUndefined();
    expect(nodeTooOld()).toBeUndefined(); // this machine's
  });
});
