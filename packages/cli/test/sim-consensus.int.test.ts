import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/faultline.js', import.meta.url));
const splitBrain = fileURLToPath(new URL('../../../examples/faults/split-brain.json', import.meta.url));
const run = (args: string[]) => promisify(execFile)(process.execPath, [bin, ...args], { timeout: 120_000 });

describe('faultline sim --consensus', () => {
  it('prints height, agreement, traceHash and stalledUs; the same seed gives the same trace', async () => {
    const args = ['sim', '--consensus', '--validators', '4', '--seed', '5', '--faults', splitBrain, '--duration', '50', '--json'];
    const [a, b] = await Promise.all([run(args), run(args)]);
    const summary = JSON.parse(a.stdout) as { height: number; agreement: boolean; traceHash: string; stalledUs: number };
    expect(summary.agreement).toBe(true);
    expect(summary.height).toBeGreaterThan(5);
    // The 2|2 split stalls the chain for its 30 s.
    expect(summary.stalledUs).toBeGreaterThan(29_000_000);
    expect(JSON.parse(b.stdout).traceHash).toBe(summary.traceHash);
  });

  it('rejects a bad --byzantine value with exit code 2', async () => {
    const error = (await run(['sim', '--consensus', '--byzantine', 'validator-4=lying', '--json']).catch((e: unknown) => e)) as { code: number; stdout: string };
    expect(error.code).toBe(2);
    expect(JSON.parse(error.stdout).code).toBe('EUSAGE');
  });
});
