/**
 * A restarted nats-server comes back on its old port; if another process's server took that
 * port meanwhile, the readiness probe must not take that server for ours (a server without
 * users accepts any credentials): with `serverName`, only a server that says so is ready.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startNatsServer, type NatsServerHandle } from '@faultline/runtime/nats';

const servers: NatsServerHandle[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

describe('startNatsServer on a port another server holds', () => {
  it('fails (the new server cannot listen) instead of reporting the other server as ready', async () => {
    const other = await startNatsServer();
    servers.push(other);
    await expect(startNatsServer({ port: other.port, serverName: 'nats-1' })).rejects.toThrow(/exited with code|not ready/);
  }, 30_000);
});
