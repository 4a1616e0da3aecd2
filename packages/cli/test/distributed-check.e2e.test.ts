/**
 * Distributed campaigns end to end on loopback (a 1-run campaign and its determinism re-run, to
 * stay short): a real nats-server (JetStream), three
 * `faultline worker` processes, one of them killed (SIGKILL) while it runs its first job, and
 * `faultline check --server URL --workers-expected 3`. The campaign equals the same campaign run
 * locally: the same counts and verdicts per invariant, the same trace hashes (digest over every
 * run in order); every determinism re-run ran on another worker; the killed worker's job was
 * delivered again after the ack wait.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { startNatsServer, type NatsServerHandle } from '@faultline/runtime/nats';

const BIN = 'packages/cli/bin/faultline.js';
const CAMPAIGN = ['check', '--runs', '1', '--duration', '70', '--seed', '11', '--json'];

let server: NatsServerHandle;
const workers: ChildProcess[] = [];
beforeAll(async () => {
  server = await startNatsServer();
});
afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await server?.stop();
});

function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('faultline check --server: a campaign over 3 workers', () => {
  it('equals the local campaign, with one worker killed mid-run', async () => {
    const local = spawnSync(process.execPath, [BIN, ...CAMPAIGN], { encoding: 'utf8', timeout: 120_000 });
    const expected = JSON.parse(local.stdout);

    let killed: string | undefined;
    for (let i = 1; i <= 3; i++) {
      const worker = spawn(process.execPath, [BIN, 'worker', '--server', server.url, '--id', `w${i}`], { stdio: ['ignore', 'ignore', 'pipe'] });
      workers.push(worker);
      createInterface({ input: worker.stderr as NodeJS.ReadableStream }).on('line', (line) => {
        // The first worker to start a job dies in the middle of it.
        if (killed === undefined && line.includes('running job')) {
          killed = `w${i}`;
          worker.kill('SIGKILL');
        }
      });
    }
    const distributed = await run([...CAMPAIGN, '--server', server.url, '--workers-expected', '3', '--ack-wait', '5']);
    expect(distributed.status, distributed.stderr).toBe(local.status);
    const { distributed: stats, ...result } = JSON.parse(distributed.stdout);
    expect(result).toEqual(expected);
    expect(result.traceHashDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(killed).toBeDefined();
    expect(stats.workers).toEqual(['w1', 'w2', 'w3']);
    // The killed worker finished nothing; its job was redelivered to another.
    expect(stats.runsByWorker[killed as string]).toBeUndefined();
    expect(stats.rerunsOnOtherWorker).toBe(result.determinismChecks);
    expect(result.determinismChecks).toBeGreaterThan(0);
  }, 240_000);
});
