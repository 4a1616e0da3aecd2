/**
 * spawnActorProcess: a service's stdout lines that are not its JSON report (e.g. node's
 * --trace-gc lines) go to its log file — also when the caller takes no report (the live bench),
 * where an optional call used to skip the parse and drop every line.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActorSpec } from '@faultline/actors';
import { setTestServiceEntry, spawnActorProcess } from '../src/live/actor-processes.ts';

const dir = mkdtempSync(join(tmpdir(), 'actor-process-stdout-'));
afterAll(() => {
  setTestServiceEntry(undefined);
  rmSync(dir, { recursive: true, force: true });
});

async function run(name: string, onReport?: (report: unknown) => void): Promise<string> {
  setTestServiceEntry(join(import.meta.dirname, 'support', 'stdout-lines-service.ts'));
  const logPath = join(dir, `${name}.log`);
  const child = spawnActorProcess({ spec: { id: name, kind: 'oracle' } as unknown as ActorSpec, specPath: join(dir, 'none.json'), url: 'nats://127.0.0.1:1', runId: 'r', seed: 1, epochUs: 0, incarnation: 1, logPath, env: {}, ...(onReport ? { onReport } : {}) });
  await new Promise<void>((done) => child.once('close', () => done()));
  // The log stream writes asynchronously: wait for the line (up to 10 s on a loaded machine), then a little more for anything after it.
  for (let waited = 0; waited < 10_000 && !readLog(logPath).includes('Scavenge'); waited += 20) await new Promise((done) => setTimeout(done, 20));
  await new Promise((done) => setTimeout(done, 100));
  return readLog(logPath);
}

function readLog(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

describe('spawnActorProcess stdout', () => {
  it('writes a line that is not the report to the log file when nobody takes the report', async () => {
    const log = await run('no-report');
    expect(log).toContain('Scavenge 4.1');
    expect(log).not.toContain('"report"');
  });

  it('hands the report to onReport and still logs the other lines', async () => {
    const reports: unknown[] = [];
    const log = await run('with-report', (report) => reports.push(report));
    expect(reports).toEqual([{ report: 'done', argv: true }]);
    expect(log).toContain('Scavenge 4.1');
    expect(log).not.toContain('"report"');
  });
});
