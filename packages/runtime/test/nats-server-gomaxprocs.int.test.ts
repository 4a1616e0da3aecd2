/**
 * FAULTLINE_NATS_GOMAXPROCS (server.ts natsServerEnv): a whole number >= 1 becomes the spawned
 * nats-server's GOMAXPROCS (the server says so on /varz); 0 leaves the environment as it is (Go's
 * own default); unset or empty, the default (Go's own, pinned here: session 34's quiet window
 * showed no p99 gain from one P); anything else is refused before a server starts.
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
    expect(natsServerEnv({ [NATS_GOMAXPROCS_ENV]: '12' })['GOMAXPROCS']).toBe('12');
  });

  it("leaves the environment as it is by default (unset or empty): Go's own, or the GOMAXPROCS there", () => {
    expect(NATS_GOMAXPROCS_DEFAULT).toBe(0);
    const env = { PATH: '/bin', GOMAXPROCS: '3' };
    expect(natsServerEnv(env)).toBe(env);
    expect(natsServerEnv({ [NATS_GOMAXPROCS_ENV]: '' })['GOMAXPROCS']).toBeUndefined();
  });

  it('leaves the environment as it is with 0 (Go\'s own default, or the GOMAXPROCS there)', () => {
    const env = { PATH: '/bin', GOMAXPROCS: '3', [NATS_GOMAXPROCS_ENV]: '0' };
    expect(natsServerEnv(env)).toBe(env);
    expect(natsServerEnv({ [NATS_GOMAXPROCS_ENV]: '0' })['GOMAXPROCS']).toBeUndefined();
  });

  it('refuses what is not a whole number >= 0', () => {
    for (const bad of ['-1', '1.5', 'one', ' ', '1e400', ' 1', '1 ', '2x', '99999999999999999999']) expect(() => natsServerEnv({ [NATS_GOMAXPROCS_ENV]: bad })).toThrow(NATS_GOMAXPROCS_ENV);
  });
});

describe('a server started with FAULTLINE_NATS_GOMAXPROCS', () => {
  const startedWith = async (value: string | undefined): Promise<number> => {
    const saved = process.env[NATS_GOMAXPROCS_ENV];
    if (value === undefined) delete process.env[NATS_GOMAXPROCS_ENV];
    else process.env[NATS_GOMAXPROCS_ENV] = value;
    try {
      const server = await startNatsServer({ monitor: true });
      servers.push(server);
      return ((await (await fetch(`${server.monitorUrl}/varz`)).json()) as { gomaxprocs: number }).gomaxprocs;
    } finally {
      if (saved === undefined) delete process.env[NATS_GOMAXPROCS_ENV];
      else process.env[NATS_GOMAXPROCS_ENV] = saved;
    }
  };

  it("runs with Go's own Ps by default (one per core, as the machine has them) and with that many Ps when set", async () => {
    const own = await startedWith(undefined);
    expect(own).toBeGreaterThanOrEqual(1);
    expect(await startedWith('0')).toBe(own);
    expect(await startedWith('1')).toBe(1);
    expect(await startedWith('2')).toBe(2);
  }, 30_000);
});
