/**
 * A cluster node's route port taken between its choice and nats-server's bind (CI, session 23:
 * "Error listening on router port: 44185 ... address already in use", the 3-node cluster did not
 * start): BrokerCluster.start tries again on new ports, and gives up after CLUSTER_START_ATTEMPTS
 * with nats-server's own words. The taken port is a real listener of this test on 127.0.0.1.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orchestratorUser } from '@faultline/runtime/nats';
import { BrokerCluster, CLUSTER_START_ATTEMPTS, type PortReservation } from '../src/live/broker-cluster.ts';

const RUN = 'cluster-port-taken';
const orchestrator = orchestratorUser(RUN);
const probe = { user: orchestrator.user, pass: orchestrator.password };
let squatter: Server;
let taken: number;

beforeAll(async () => {
  squatter = createServer();
  await new Promise<void>((done) => squatter.listen(0, '127.0.0.1', () => done()));
  taken = (squatter.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((done) => squatter.close(() => done())));

/** Every route port of an attempt is the taken one. */
const collide = (count: number): Promise<PortReservation> => Promise.resolve({ ports: Array.from({ length: count }, () => taken), release: () => Promise.resolve() });

describe('a cluster whose route port is taken', () => {
  it('starts again on new ports', async () => {
    const attempts: number[] = [];
    const cluster = await BrokerCluster.start({ size: 3, runId: RUN, users: [orchestrator], probe }, {
      reserveRoutePorts: (attempt, count) => {
        attempts.push(attempt);
        return attempt === 1 ? collide(count) : undefined;
      },
    });
    try {
      expect(attempts).toEqual([1, 2]);
      expect(cluster.nodes).toHaveLength(3);
      expect(cluster.nodes.map((node) => node.routePort)).not.toContain(taken);
    } finally {
      await cluster.stop();
    }
  }, 90_000);

  it(`gives up after ${CLUSTER_START_ATTEMPTS} attempts, with nats-server's reason`, async () => {
    let attempts = 0;
    const started = BrokerCluster.start({ size: 3, runId: `${RUN}-2`, users: [orchestrator], probe }, {
      reserveRoutePorts: (_attempt, count) => {
        attempts++;
        return collide(count);
      },
    });
    await expect(started).rejects.toThrow(/address already in use/);
    expect(attempts).toBe(CLUSTER_START_ATTEMPTS);
  }, 90_000);
});
