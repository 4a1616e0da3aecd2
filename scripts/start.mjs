#!/usr/bin/env node
/**
 * `npm start`: the baseline scenario live (`faultline up --scenario baseline --duration 60`,
 * 28 processes over the project's own nats-server). First makes sure nats-server is there
 * (scripts/ensure-deps.mjs: installs it when this user may); when it is not and cannot be,
 * runs the same scenario in the deterministic simulator instead and says why, with the
 * install command. Extra arguments (`npm start -- --duration 20`) go to either command.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureDeps, nodeTooOld } from './ensure-deps.mjs';

const BIN = fileURLToPath(new URL('../packages/cli/bin/faultline.js', import.meta.url));
const SCENARIO = ['--scenario', 'baseline', '--duration', '60'];
const extra = process.argv.slice(2);

const tooOld = nodeTooOld();
if (tooOld) {
  process.stderr.write(`npm start: ${tooOld}\n`);
  process.exit(1);
}
const deps = ensureDeps({ purpose: 'start' });
let args;
const env = { ...process.env };
if (deps.ok) {
  // The runtime also looks in /usr/sbin; this hands it exactly what was found (e.g. /usr/local/sbin).
  env.NATS_SERVER_BIN = deps.found['nats-server'];
  args = ['up', ...SCENARIO, ...extra];
} else {
  process.stderr.write(
    'npm start: the live multi-process run needs nats-server, which is missing here.\n' +
      `npm start: install it with \`${deps.command}\` and run npm start again.\n` +
      'npm start: meanwhile, the same baseline scenario in the deterministic simulator (one process, virtual time):\n',
  );
  args = ['sim', ...SCENARIO, '--seed', '1', ...extra];
}

const child = spawn(process.execPath, [BIN, ...args], { stdio: 'inherit', env });
// Ctrl-C reaches the child itself (same process group): this parent only waits for its end
// (forwarding it too would be a second SIGINT). A SIGTERM sent to this parent alone is passed on.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + 2 : 1)));
