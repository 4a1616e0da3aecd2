/** serviceNodeFlags: the V8 flags every service starts with, and FAULTLINE_SERVICE_SEMI_SPACE_MB, its A/B switch. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActorSpec } from '@faultline/actors';
import { setTestServiceEntry, spawnActorProcess } from '../src/live/actor-processes.ts';
import { SERVICE_PRETENURING_ENV, SERVICE_SEMI_SPACE_ENV, SERVICE_SEMI_SPACE_MB_DEFAULT, serviceNodeFlags } from '../src/live/service-node-flags.ts';

const NO_PRETENURING = '--no-allocation-site-pretenuring';

const dir = mkdtempSync(join(tmpdir(), 'service-node-flags-'));
const savedEnv = process.env[SERVICE_SEMI_SPACE_ENV];
afterAll(() => {
  setTestServiceEntry(undefined);
  if (savedEnv === undefined) delete process.env[SERVICE_SEMI_SPACE_ENV];
  else process.env[SERVICE_SEMI_SPACE_ENV] = savedEnv;
  rmSync(dir, { recursive: true, force: true });
});

describe('serviceNodeFlags', () => {
  it('leaves V8 its own sizing when the variable is unset or empty (the default, off)', () => {
    expect(SERVICE_SEMI_SPACE_MB_DEFAULT).toBe(0);
    expect(serviceNodeFlags({})).toEqual([NO_PRETENURING]);
    expect(serviceNodeFlags({ [SERVICE_SEMI_SPACE_ENV]: '' })).toEqual([NO_PRETENURING]);
  });

  it("turns V8's allocation-site pretenuring off unless FAULTLINE_SERVICE_PRETENURING=1", () => {
    expect(serviceNodeFlags({ [SERVICE_PRETENURING_ENV]: '' })).toEqual([NO_PRETENURING]);
    expect(serviceNodeFlags({ [SERVICE_PRETENURING_ENV]: '0' })).toEqual([NO_PRETENURING]);
    expect(serviceNodeFlags({ [SERVICE_PRETENURING_ENV]: '1' })).toEqual([]);
    expect(serviceNodeFlags({ [SERVICE_PRETENURING_ENV]: '1', [SERVICE_SEMI_SPACE_ENV]: '4' })).toEqual(['--max-semi-space-size=4']);
  });

  it.each(['2', 'on', 'true', ' 1', '01'])('refuses FAULTLINE_SERVICE_PRETENURING=%j, naming the variable', (value) => {
    expect(() => serviceNodeFlags({ [SERVICE_PRETENURING_ENV]: value })).toThrow(new RegExp(`^${SERVICE_PRETENURING_ENV}=`));
  });

  it('takes a whole number of MiB, 0 for V8 own sizing, up to 1024', () => {
    expect(serviceNodeFlags({ [SERVICE_SEMI_SPACE_ENV]: '0' })).toEqual([NO_PRETENURING]);
    expect(serviceNodeFlags({ [SERVICE_SEMI_SPACE_ENV]: '1' })).toEqual([NO_PRETENURING, '--max-semi-space-size=1']);
    expect(serviceNodeFlags({ [SERVICE_SEMI_SPACE_ENV]: '16' })).toEqual([NO_PRETENURING, '--max-semi-space-size=16']);
    expect(serviceNodeFlags({ [SERVICE_SEMI_SPACE_ENV]: '1024' })).toEqual([NO_PRETENURING, '--max-semi-space-size=1024']);
  });

  it.each(['1025', '9999', '-1', '4.5', '4 ', ' 4', '0x10', '4MB', 'off', '1e3', '12345', '99999999999999999999999'])('refuses %j, naming the variable', (value) => {
    expect(() => serviceNodeFlags({ [SERVICE_SEMI_SPACE_ENV]: value })).toThrow(new RegExp(`^${SERVICE_SEMI_SPACE_ENV}=`));
  });
});

describe('spawnActorProcess node flags', () => {
  async function execArgvOf(env: string | undefined, execArgv?: string[]): Promise<string[]> {
    if (env === undefined) delete process.env[SERVICE_SEMI_SPACE_ENV];
    else process.env[SERVICE_SEMI_SPACE_ENV] = env;
    setTestServiceEntry(join(import.meta.dirname, 'support', 'exec-argv-service.ts'));
    let report: { execArgv: string[] } | undefined;
    const child = spawnActorProcess({ spec: { id: 'flags', kind: 'oracle' } as unknown as ActorSpec, specPath: join(dir, 'none.json'), url: 'nats://127.0.0.1:1', runId: 'r', seed: 1, epochUs: 0, incarnation: 1, logPath: join(dir, 'flags.log'), env: {}, onReport: (r) => (report = r as { execArgv: string[] }), ...(execArgv ? { execArgv } : {}) });
    await new Promise<void>((done) => child.once('close', () => done()));
    return (report as { execArgv: string[] }).execArgv.filter((flag) => flag.startsWith('--max-semi-space-size') || flag === '--no-opt' || flag === NO_PRETENURING);
  }

  it('starts every service with the semi-space cap when asked, before the caller flags (which win)', async () => {
    expect(await execArgvOf(undefined)).toEqual([NO_PRETENURING]);
    expect(await execArgvOf('0')).toEqual([NO_PRETENURING]);
    expect(await execArgvOf('4')).toEqual([NO_PRETENURING, '--max-semi-space-size=4']);
    expect(await execArgvOf('8', ['--max-semi-space-size=2', '--no-opt'])).toEqual([NO_PRETENURING, '--max-semi-space-size=8', '--max-semi-space-size=2', '--no-opt']);
  });
});
