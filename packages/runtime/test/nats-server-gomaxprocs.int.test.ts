/**
 * FAULTLINE_NATS_GOMAXPROCS (server.ts natsServerEnv): a whole number >= 1 becomes the spawned
 * nats-server's GOMAXPROCS (the server says so on /varz); unset or empty, the default (pinned here)
 * leaves the environment as it is; anything else is refused before a server starts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { natsServerEnv, NATS_GOMAXPROCS_DEFAULT, NATS_GOMAXPROCS_ENV, startNatsServer, type NatsServerHandle } from '@faultline/runtime/nats';

const servers: NatsServerHandle[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

describe('natsServerEnv', () => {
  it('sets GOMAXPROCS from the variable', () => {
    expect(natsServerEnv({ [NATS_GOMAXPROCS_ENV]: '1', PATH: '/bin' })).toEqual({ [NATS_GOMAXPROCS_ENV]: '1', PATH: '/bin', GOMAXPROCS: '1' });
    expect(natsServerEnv({ [NATS_GOMAXPROCS_ENV]: '2', GOMAXPROCS: '8' })['GOMAXPROCS']).toBe('2');
  });

  it('leaves the environment as it is by default (unset or empty)', () => {
    expect(NATS_GOMAXPROCS_DEFAULT).toBeUndefined();
    const env = { PATH: '/bin', GOMAXPROCS: '3' };
    expect(natsServerEnv(env)).toBe(env);
    expect(natsServerEnv({ [NATS_GOMAXPROCS_ENV]: '' })['GOMAXPROCS']).toBeUndefined();
  });

  it('refuses what is not a whole number >= 1', () => {
    for (const bad of ['0', '-1', '1.5', 'one', ' ']) expect(() => natsServerEnv({ [NATS_GOMAXPROCS_ENV]: bad })).toThrow(NATS_GOMAXPROCS_ENV);
  });
});

describe('a server started with FAULTLINE_NATS_GOMAXPROCS', () => {
  it('runs with that many Ps', async () => {
    const saved = process.env[NATS_GOMAXPROCS_ENV];
    process.env[NATS_GOMAXPROCS_ENV] = '1';
    try {
      const server = await startNatsServer({ monitor: true });
      servers.push(server);
      const varz = (await (await fetch(`${server.monitorUrl}/varz`)).json()) as { gomaxprocs: number };
      expect(varz.gomaxprocs).toBe(1);
    } finally {
      if (saved === undefined) delete process.env[NATS_GOMAXPROCS_ENV];
      else process.env[NATS_GOMAXPROCS_ENV] = saved;
    }
  }, 30_000);
});
