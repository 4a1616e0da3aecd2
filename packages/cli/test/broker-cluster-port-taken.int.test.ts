/**
 * A cluster node's route port taken between its choice and nats-server's bind (CI, session 23:
 * "Error listening on router port: 44185 ... address already in use", the 3-node cluster did not
 * start): BrokerCluster.start tries again on new ports, and gives up after CLUSTER_START_ATTEMPTS
 * with nats-server's own words; the nodes a failed attempt did start are stopped, not left
 * running. The taken port is a real listener of this test on 127.0.0.1.
 */
import { connect as connectTcp, createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orchestratorUser } from '@faultline/runtime/nats';
import { BrokerCluster, CLUSTER_START_ATTEMPTS, type PortReservation } from '../src/live/broker-cluster.ts';

const RUN = 'cluster-port-taken';
const orchestrator = orchestratorUser(RUN);
const probe = { user: orchestrator.user, pass: orchestrator.password };
let squatter: Server;
let taken: number;

beforeAll(async () => {
  // It only holds the port: a route dialled to it (through a proxy) is dropped, so nothing keeps it open at the end.
  squatter = createServer((socket) => socket.destroy());
  await new Promise<void>((done) => squatter.listen(0, '127.0.0.1', () => done()));
  taken = (squatter.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((done) => squatter.close(() => done())));

/** Two free loopback ports (listened on, then let go). */
async function freeTwo(): Promise<number[]> {
  const servers = [createServer(), createServer()];
  await Promise.all(servers.map((server) => new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()))));
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise<void>((done) => server.close(() => done()))));
  return ports;
}

/**
 * Whether a nats-server route of this cluster listens on this loopback port: a route port greets
 * with an INFO naming its cluster. (Not merely "something listens": a test running beside this
 * one may have taken the port since.)
 */
function routeOf(cluster: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connectTcp(port, '127.0.0.1');
    let greeting = '';
    const finish = (found: boolean): void => {
      clearTimeout(timer);
      socket.destroy();
      done(found);
    };
    const timer = setTimeout(() => finish(false), 2_000);
    socket.on('data', (chunk) => {
      greeting += chunk.toString();
      if (greeting.includes(`"cluster":"${cluster}"`)) finish(true);
    });
    socket.once('error', () => finish(false));
    socket.once('close', () => finish(greeting.includes(`"cluster":"${cluster}"`)));
  });
}

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

  it('stops the nodes a failed attempt did start', async () => {
    const others = await freeTwo();
    const cluster = await BrokerCluster.start({ size: 3, runId: `${RUN}-3`, users: [orchestrator], probe }, {
      // Attempt 1: node 1's route port is taken, nodes 2 and 3 start on theirs.
      reserveRoutePorts: (attempt) => (attempt === 1 ? Promise.resolve({ ports: [taken, ...others], release: () => Promise.resolve() }) : undefined),
    });
    try {
      const live = cluster.nodes.map((node) => node.routePort);
      for (const port of others.filter((p) => !live.includes(p))) expect(await routeOf(`faultline-${RUN}-3`, port), `a node of the failed attempt still listens on route port ${port}`).toBe(false);
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
