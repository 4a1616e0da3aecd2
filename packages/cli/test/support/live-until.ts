/**
 * Runs `faultline up` until an event of the run — a line of its stderr (a violation, the nemesis
 * saying the broker is back) and/or a condition polled on its run directory (blocks in the log
 * after a restart) — then stops it with SIGINT (a clean stop: the summary and the log are
 * written) and resolves with how it ended. A generous cap instead of a fixed sleep: the run ends
 * as soon as the event comes, on a fast or a slow machine.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Plant } from './planted-service.ts';

/** `faultline` with the CLI's testing seam set (planted services). */
export const PLANTED_BIN = fileURLToPath(new URL('./faultline-planted.ts', import.meta.url));
/** The real `faultline`. */
export const BIN = fileURLToPath(new URL('../../bin/faultline.js', import.meta.url));

export interface LiveOutcome {
  /** The first match of `until` in stderr (null: none, or no `until`). */
  match: RegExpMatchArray | null;
  /** Whether the event came before the cap. */
  reached: boolean;
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface LiveUntilOptions {
  /** Plant variants through the testing seam (runs PLANTED_BIN instead of BIN). */
  plant?: Record<string, Plant>;
  /** A line of stderr that is the event (with `poll`: both must hold). */
  until?: RegExp;
  /** A condition checked every 500 ms (e.g. on the run's event log). */
  poll?: () => boolean;
  capMs: number;
  /** Extra environment for the run. */
  env?: Record<string, string>;
}

export function upUntil(args: readonly string[], options: LiveUntilOptions): Promise<LiveOutcome> {
  return new Promise((resolve) => {
    const script = options.plant ? ['--import', 'tsx', PLANTED_BIN] : [BIN];
    const child = spawn(process.execPath, [...script, 'up', ...args], {
      env: { ...process.env, ...options.env, ...(options.plant ? { FAULTLINE_TEST_PLANT: JSON.stringify(options.plant) } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let match: RegExpMatchArray | null = null;
    let reached = false;
    const check = (): void => {
      if (reached) return;
      if (options.until && !match) match = stderr.match(options.until);
      if (options.until && !match) return;
      if (options.poll && !options.poll()) return;
      reached = true;
      stop();
    };
    const stop = (): void => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    };
    const cap = setTimeout(stop, options.capMs);
    const poller = options.poll ? setInterval(check, 500) : undefined;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      check();
    });
    child.on('exit', (status) => {
      clearTimeout(cap);
      if (poller) clearInterval(poller);
      resolve({ match, reached, status, stdout, stderr });
    });
  });
}
