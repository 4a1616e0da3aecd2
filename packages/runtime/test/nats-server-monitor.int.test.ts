/**
 * startNatsServer's `monitor` option (the live bench's work account): the server opens its HTTP
 * monitoring endpoint on a port of its own choosing, the handle names it, and its counts move with
 * the traffic; without the option there is none. After a restart the handle names the new port.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@nats-io/transport-node';
import { startNatsServer, type NatsServerHandle } from '@faultline/runtime/nats';

const servers: NatsServerHandle[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

const varz = async (url: string): Promise<{ in_msgs: number; out_msgs: number }> => (await (await fetch(`${url}/varz`)).json()) as { in_msgs: number; out_msgs: number };

describe('startNatsServer with monitor', () => {
  it('names its monitoring endpoint, whose counts follow the messages', async () => {
    const server = await startNatsServer({ monitor: true });
    servers.push(server);
    expect(server.monitorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const before = await varz(server.monitorUrl as string);
    const nc = await connect({ servers: server.url });
    const sub = nc.subscribe('monitor.test', { max: 3 });
    for (let i = 0; i < 3; i++) nc.publish('monitor.test', new Uint8Array([i]));
    for await (const _ of sub) void _;
    await nc.close();
    const after = await varz(server.monitorUrl as string);
    expect(after.in_msgs - before.in_msgs).toBe(3);
    expect(after.out_msgs - before.out_msgs).toBe(3);
    await server.restart();
    expect(server.monitorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await varz(server.monitorUrl as string)).in_msgs).toBeGreaterThanOrEqual(0);
  }, 30_000);

  it('opens none without the option', async () => {
    const server = await startNatsServer();
    servers.push(server);
    expect(server.monitorUrl).toBeUndefined();
  }, 30_000);
});
