/** The light services' niceness (live/service-priority.ts): which kinds, the variable's parse, and a real child's niceness. */
import { spawn } from 'node:child_process';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { applyServicePriority, LIGHT_SERVICE_NICE_DEFAULT, LIGHT_SERVICE_NICE_ENV, serviceNiceIncrement } from '../src/live/service-priority.ts';

describe('serviceNiceIncrement', () => {
  it('off by default; with the variable, the oracles and the external venue only', () => {
    expect(LIGHT_SERVICE_NICE_DEFAULT).toBe(0);
    for (const kind of ['oracle', 'external-venue', 'validator', 'execution'] as const) expect(serviceNiceIncrement(kind, {})).toBe(0);
    expect(serviceNiceIncrement('oracle', { [LIGHT_SERVICE_NICE_ENV]: '' })).toBe(0);
    const env = { [LIGHT_SERVICE_NICE_ENV]: '5' };
    expect(serviceNiceIncrement('oracle', env)).toBe(5);
    expect(serviceNiceIncrement('external-venue', env)).toBe(5);
    for (const kind of ['validator', 'execution', 'noise-trader', 'hedger', 'liquidator'] as const) expect(serviceNiceIncrement(kind, env)).toBe(0);
  });
  it('anything but 0-19 is an error naming the variable, for every kind', () => {
    for (const bad of ['-1', '20', '1.5', 'x', ' 5']) {
      expect(() => serviceNiceIncrement('validator', { [LIGHT_SERVICE_NICE_ENV]: bad })).toThrow(new RegExp(LIGHT_SERVICE_NICE_ENV));
    }
  });
});

describe('applyServicePriority', () => {
  it('raises a light service child\'s niceness by the increment and leaves the others; an exited pid is left alone', async () => {
    const own = getPriority();
    const env = { [LIGHT_SERVICE_NICE_ENV]: '4' };
    const light = spawn('sleep', ['5']);
    const heavy = spawn('sleep', ['5']);
    try {
      expect(applyServicePriority(light.pid, 'oracle', env)).toBe(4);
      expect(applyServicePriority(heavy.pid, 'validator', env)).toBe(0);
      expect(getPriority(light.pid)).toBe(Math.min(19, own + 4));
      expect(getPriority(heavy.pid)).toBe(own);
    } finally {
      light.kill();
      heavy.kill();
    }
    await new Promise((done) => light.once('exit', done));
    expect(applyServicePriority(light.pid, 'oracle', env)).toBe(0);
    expect(applyServicePriority(undefined, 'oracle', env)).toBe(0);
  });
});
