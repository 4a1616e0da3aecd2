/**
 * consensusLimits: DEFAULT_LIMITS with the given fields replaced, as one literal — every core's
 * limits object has one map whatever the process did before (the spread it replaces gave another
 * map from its ninth call on, and the first run's optimized rule passes were thrown away at the
 * start of the second). The map is read with V8's natives syntax in a child process.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { consensusLimits, DEFAULT_LIMITS } from '@faultline/consensus';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('consensusLimits', () => {
  it('is DEFAULT_LIMITS without overrides, a new object each time', () => {
    expect(consensusLimits()).toEqual(DEFAULT_LIMITS);
    expect(consensusLimits({})).toEqual(DEFAULT_LIMITS);
    expect(consensusLimits()).not.toBe(DEFAULT_LIMITS);
  });

  it('takes each given field, and the default for a field left out or undefined', () => {
    const keys = Object.keys(DEFAULT_LIMITS) as (keyof typeof DEFAULT_LIMITS)[];
    for (const key of keys) {
      const limits = consensusLimits({ [key]: 7 });
      for (const other of keys) expect(limits[other], `${key} given, ${other} read`).toBe(other === key ? 7 : DEFAULT_LIMITS[other]);
      expect(consensusLimits({ [key]: undefined })).toEqual(DEFAULT_LIMITS);
    }
    expect(Object.keys(consensusLimits({ futureRoundsMax: 3 }))).toEqual(keys);
  });

  it('has one map from its first call on, with or without overrides (a spread of DEFAULT_LIMITS does not)', () => {
    const script = `
      const { consensusLimits, DEFAULT_LIMITS } = await import(${JSON.stringify(`${root}packages/consensus/src/config.ts`)});
      const same = new Function('a', 'b', 'return %HaveSameMap(a, b)');
      const first = consensusLimits();
      const spreadOf = (overrides) => ({ ...DEFAULT_LIMITS, ...overrides });
      const spreadFirst = spreadOf(undefined);
      let limits = true, spread = true;
      for (let i = 0; i < 20; i++) {
        limits &&= same(first, consensusLimits(i % 2 ? { futureRoundsMax: i } : undefined));
        spread &&= same(spreadFirst, spreadOf(undefined));
      }
      console.log(JSON.stringify({ limits, spread }));`;
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop() as string)).toEqual({ limits: true, spread: false });
  }, 30_000);
});
