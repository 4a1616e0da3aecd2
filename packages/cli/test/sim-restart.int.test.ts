/**
 * The bin's restart of `faultline sim` under its node flags (bin/node-flags.js): the simulation runs
 * in a second node with --v8-pool-size=0, prints what one process prints, and a SIGTERM to the first
 * process ends both. Linux: the child is found through /proc.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/faultline.js', import.meta.url));
const run = (args: string[], env: NodeJS.ProcessEnv) => promisify(execFile)(process.execPath, [bin, ...args], { timeout: 120_000, env: { ...process.env, ...env } });

/** The child processes of `pid` (Linux: every thread's children list). */
function childrenOf(pid: number): number[] {
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return [];
  return (readFileSync(`${tasks}/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)).map(Number);
}

describe('faultline sim restarted under its node flags', () => {
  it('prints the same summary as one process with node defaults (FAULTLINE_NODE_FLAGS=0)', async () => {
    const args = ['sim', '--scenario', 'baseline', '--duration', '3', '--seed', '2', '--json'];
    const [restarted, single] = await Promise.all([run(args, {}), run(args, { FAULTLINE_NODE_FLAGS: '0' })]);
    const a = JSON.parse(restarted.stdout) as { traceHash: string; finalStateHash: string };
    expect(a.traceHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(single.stdout)).toEqual(a);
  });

  it('runs the simulation in a child under --v8-pool-size=0, and a SIGTERM to the first process ends both', async () => {
    const parent = spawn(process.execPath, [bin, 'sim', '--scenario', 'baseline', '--duration', '3600', '--seed', '1', '--json'], { stdio: 'ignore' });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => parent.on('exit', (code, signal) => resolve({ code, signal })));
    let child: number | undefined;
    for (let i = 0; i < 200 && child === undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      child = childrenOf(parent.pid as number)[0];
    }
    expect(child).toBeDefined();
    const cmdline = readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0');
    expect(cmdline).toContain('--v8-pool-size=0');
    expect(cmdline).toContain('sim');
    parent.kill('SIGTERM');
    expect(await ended).toEqual({ code: null, signal: 'SIGTERM' });
    for (let i = 0; i < 100 && existsSync(`/proc/${child}`) && !readFileSync(`/proc/${child}/stat`, 'utf8').includes(') Z '); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(`/proc/${child}`) && !readFileSync(`/proc/${child}/stat`, 'utf8').includes(') Z ')).toBe(false);
  });
});
