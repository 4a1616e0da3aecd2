/**
 * The run's broker as a nats-server cluster (`faultline up --cluster N`): N servers on loopback,
 * named nats-1 … nats-N, joined by routes that each pass through a fault-injecting TCP proxy
 * (route-proxy.ts, one per ordered pair: node i dials node j through proxy i→j), the run's users
 * on every node, and the run's log stream (every actor's durable log) created at R = N before
 * any service starts. The nemesis kills and restarts nodes (same ports, same store) and cuts the
 * routes between node groups.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { specSubjects, type ActorSpec } from '@faultline/actors';
import { authorizationBlock, DEFAULT_NATS_CONF, ensureLogStream, logStreamName, NATS_PASSWORD_ENV, NATS_USER_ENV, NatsServerMissingError, orchestratorUser, serviceUser, startNatsServer, type BrokerUser, type NatsServerHandle } from '@faultline/runtime/nats';
import { CliError, EXIT_ENVIRONMENT } from '../cli-error.ts';
import type { RunBroker } from './broker.ts';
import { RouteProxy } from './route-proxy.ts';

/** How long the cluster may take to elect its JetStream meta leader and place the R-N stream. */
export const CLUSTER_READY_TIMEOUT_MS = 30_000;
/** Starts of a cluster tried when a node's port was taken meanwhile (BrokerCluster.start). */
export const CLUSTER_START_ATTEMPTS = 3;

export interface ClusterStartOptions {
  size: number;
  runId: string;
  users: readonly BrokerUser[];
  probe: { user: string; pass: string };
  /** Each node's log goes to <logDir>/nats-N.log (kept with the run). */
  logDir?: string;
}

/** Test-only (never part of a run's configuration): the route ports an attempt uses, to make one collide. */
export interface ClusterStartTesting {
  reserveRoutePorts?: (attempt: number, count: number) => Promise<PortReservation> | undefined;
}

export interface ClusterNode {
  /** nats-1 … nats-N: the names a fault schedule uses. */
  name: string;
  routePort: number;
  server: NatsServerHandle;
  /** Down after a broker-kill until its restart. */
  down: boolean;
}

/** How long the end-of-run replica check may wait for elections and a catching-up replica (it returns as soon as they agree). */
export const REPLICAS_WAIT_MS = 30_000;

interface StreamView {
  via: string;
  ok: boolean;
  leader: string | undefined;
  replicas: Array<{ name: string }>;
  behind: string[];
  detail: string;
}

/** The stream as the leader reached through one node describes it. */
async function streamView(nc: NatsConnection, stream: string, via: string): Promise<StreamView> {
  try {
    // checkAPI false: no account-info round trip (it fails with 503 until the meta leader is elected).
    const jsm = await jetstreamManager(nc, { timeout: 2_000, checkAPI: false });
    const info = await jsm.streams.info(stream);
    const replicas = info.cluster?.replicas ?? [];
    const behind = replicas.filter((r) => !r.current || (r.lag ?? 0) > 0 || r.offline).map((r) => r.name);
    const detail = `leader ${info.cluster?.leader ?? 'none'}, ${info.state.messages} messages (last seq ${info.state.last_seq}); replicas ${replicas.map((r) => `${r.name}${r.current ? '' : ' not current'}${r.lag ? ` lag ${r.lag}` : ''}${r.offline ? ' offline' : ''}`).join(', ')}`;
    return { via, ok: true, leader: info.cluster?.leader, replicas, behind, detail };
  } catch (error) {
    return { via, ok: false, leader: undefined, replicas: [], behind: [], detail: `stream info: ${(error as Error).message}` };
  }
}

export interface ReplicaReport {
  /** Every replica current with no lag, and the leader's message count (absent when not evaluated). */
  agree: boolean;
  detail: string;
}

export class BrokerCluster {
  private constructor(
    readonly nodes: ClusterNode[],
    private readonly proxies: RouteProxy[],
    private readonly dir: string,
  ) {}

  /**
   * Starts `size` nodes, waits for the JetStream meta leader, and creates the run's stream at R = size.
   * A node whose route port was taken between its choice and nats-server's bind (another process
   * on the machine listening on it: "address already in use") fails the attempt; the cluster is
   * then started again on new ports, up to CLUSTER_START_ATTEMPTS times.
   */
  static async start(options: ClusterStartOptions, testing: ClusterStartTesting = {}): Promise<BrokerCluster> {
    const { size } = options;
    if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`cluster size ${size}: expected an integer >= 1`);
    for (let attempt = 1; ; attempt++) {
      const reserve = testing.reserveRoutePorts?.(attempt, size) ?? reservePorts(size);
      try {
        return await BrokerCluster.startOnce(options, await reserve);
      } catch (error) {
        if (attempt >= CLUSTER_START_ATTEMPTS || !isPortTaken(error)) throw error;
      }
    }
  }

  private static async startOnce(options: ClusterStartOptions, routeReservation: PortReservation): Promise<BrokerCluster> {
    const { size } = options;
    const proxies: RouteProxy[] = [];
    const nodes: ClusterNode[] = [];
    let dir: string | undefined;
    try {
      const routePorts = routeReservation.ports;
      // The route ports stay held while the proxies take theirs (port 0: the kernel could hand a
      // proxy a route port just let go), and are let go just before the nodes bind them.
      try {
        for (let i = 0; i < size; i++) {
          for (let j = 0; j < size; j++) if (i !== j) proxies.push(await RouteProxy.start(i, j, routePorts[j] as number));
        }
      } finally {
        await routeReservation.release();
      }
      const root = (dir = mkdtempSync(join(tmpdir(), 'faultline-cluster-')));
      const base = readFileSync(DEFAULT_NATS_CONF, 'utf8');
      const auth = authorizationBlock(options.users);
      // Every start settles before the outcome is judged: a node that started while another failed
      // (its port taken) is in `nodes`, so the catch stops it rather than leaving it running.
      const settled = await Promise.allSettled(
        routePorts.map(async (routePort, i) => {
          const name = `nats-${i + 1}`;
          const nodeDir = join(root, name);
          mkdirSync(join(nodeDir, 'store'), { recursive: true });
          const routes = proxies.filter((p) => p.from === i).map((p) => `nats-route://127.0.0.1:${p.port}`);
          const configPath = join(nodeDir, 'nats.conf');
          writeFileSync(configPath, `${base}\n# Generated for this run only: node ${name} of a ${size}-node cluster.\n${clusterBlock(name, options.runId, routePort, routes)}${auth}`, { mode: 0o600 });
          const server = await startNatsServer({
            configPath,
            storeDir: join(nodeDir, 'store'),
            probe: options.probe,
            serverName: name,
            ...(options.logDir ? { logPath: join(options.logDir, `${name}.log`) } : {}),
            // Debug logs (RAFT elections, route connects) on request, for diagnosing the cluster.
            ...(process.env['FAULTLINE_NATS_DEBUG'] ? { extraArgs: ['-D'] } : {}),
          });
          return { name, routePort, server, down: false };
        }),
      );
      for (const outcome of settled) if (outcome.status === 'fulfilled') nodes.push(outcome.value);
      const failed = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      if (failed) throw failed.reason;
      const cluster = new BrokerCluster(nodes, proxies, root);
      await cluster.ensureRunStream(options.runId, options.probe);
      return cluster;
    } catch (error) {
      await Promise.all(nodes.map((n) => n.server.stop()));
      await Promise.all(proxies.map((p) => p.stop()));
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Every node's client URL, comma-separated (nats.js takes the list and fails over). */
  get url(): string {
    return this.nodes.map((n) => n.server.url).join(',');
  }

  /** The URL list a service is given: rotated so that services spread over the nodes (its first is where it connects). */
  urlFor(index: number): string {
    const urls = this.nodes.map((n) => n.server.url);
    const k = index % urls.length;
    return [...urls.slice(k), ...urls.slice(0, k)].join(',');
  }

  /** The nodes a name list selects (nats-2, or nats-* for all). */
  selected(names: readonly string[]): ClusterNode[] {
    return this.nodes.filter((n) => names.some((s) => (s.endsWith('*') ? n.name.startsWith(s.slice(0, -1)) : s === n.name)));
  }

  /** SIGKILL (the store stays: a restart recovers from it). */
  async kill(node: ClusterNode): Promise<void> {
    node.down = true;
    await node.server.kill();
  }

  async restart(node: ClusterNode): Promise<void> {
    await node.server.restart();
    node.down = false;
  }

  /** Cuts every route between nodes of different groups; a node in no group keeps its routes. */
  partition(groups: readonly string[][]): void {
    const groupOf = new Map<number, number>();
    groups.forEach((group, g) => {
      for (const node of this.selected(group)) groupOf.set(this.nodes.indexOf(node), g);
    });
    for (const proxy of this.proxies) {
      const a = groupOf.get(proxy.from);
      const b = groupOf.get(proxy.to);
      if (a !== undefined && b !== undefined && a !== b) proxy.cut();
    }
  }

  heal(): void {
    for (const proxy of this.proxies) proxy.heal();
  }

  /**
   * Do the replicas of the run's stream agree? Asked through every node in turn (a connection to
   * that node only), because any node that believes it leads the stream answers: a node cut off
   * by a partition still takes itself for the leader of its old term until a heartbeat of the new
   * one reaches it, and its answer ("every replica current") once passed for agreement a moment
   * after a heal. Agreement: every node names the same leader, which reports every other replica
   * current with zero lag. Waits up to `waitMs` for a replica that is catching up (a restarted
   * node) and for the leaders' elections (JetStream answers 503 until the meta leader is back).
   */
  async replicas(runId: string, probe: { user: string; pass: string }, waitMs = REPLICAS_WAIT_MS): Promise<ReplicaReport> {
    const connections: NatsConnection[] = [];
    try {
      for (const node of this.nodes) connections.push(await connect({ servers: [node.server.url], ...probe, timeout: 2_000, maxReconnectAttempts: -1, reconnectTimeWait: 250 }));
      const deadline = Date.now() + waitMs;
      let detail = '';
      for (;;) {
        const views = await Promise.all(connections.map((nc, i) => streamView(nc, logStreamName(runId), (this.nodes[i] as ClusterNode).name)));
        const first = views[0] as StreamView;
        const agree = views.every((v) => v.ok && v.leader !== undefined && v.leader === first.leader && v.replicas.length === this.nodes.length - 1 && v.behind.length === 0);
        detail = agree ? first.detail : views.map((v) => `via ${v.via}: ${v.detail}`).join('; ');
        if (agree) return { agree: true, detail };
        if (Date.now() > deadline) return { agree: false, detail };
        await sleep(250);
      }
    } catch (error) {
      return { agree: false, detail: `cannot reach the cluster: ${(error as Error).message}` };
    } finally {
      await Promise.all(connections.map((nc) => nc.close()));
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.server.stop()));
    await Promise.all(this.proxies.map((p) => p.stop()));
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** A run's stream at R = size, once the meta leader is elected (JetStream API calls fail before). */
  async ensureRunStream(runId: string, probe: { user: string; pass: string }): Promise<void> {
    const nc = await connect({ servers: this.nodes.map((n) => n.server.url), ...probe });
    try {
      const deadline = Date.now() + CLUSTER_READY_TIMEOUT_MS;
      for (;;) {
        try {
          const jsm = await jetstreamManager(nc, { timeout: 2_000 });
          await ensureLogStream(jsm, runId, { replicas: this.nodes.length });
          const info = await jsm.streams.info(logStreamName(runId));
          if (info.cluster?.leader && (info.cluster.replicas ?? []).length === this.nodes.length - 1) return;
        } catch (error) {
          if (Date.now() > deadline) throw new Error(`the ${this.nodes.length}-node cluster did not place the run's stream within ${CLUSTER_READY_TIMEOUT_MS} ms: ${(error as Error).message}`);
        }
        if (Date.now() > deadline) throw new Error(`the ${this.nodes.length}-node cluster did not elect a stream leader within ${CLUSTER_READY_TIMEOUT_MS} ms`);
        await sleep(200);
      }
    } finally {
      await nc.close();
    }
  }
}

/**
 * Where a node tells the others it can be reached for a route (`advertise`): a loopback port
 * that nothing listens on (port 1: privileged, unused), so that gossip cannot open a route.
 *
 * Why: a node gossips its route address to the others, and a node that learns of a peer before
 * its own explicit route (through the proxy) has registered dials that address directly — an
 * *implicit* route around the proxy. nats-server keeps one route per pair and may keep that
 * one, so a partition then cut nothing between those two nodes (seen in the nodes' logs: nats-2
 * "Trying to connect to route on" nats-1's real route port, its proxied route closed as a
 * "Duplicate Route", and a write through a node cut off by the partition acknowledged).
 * `no_advertise` does not prevent it: it only keeps client URLs from clients. With this address
 * a gossiped dial is refused at once and, for an implicit route (connect_retries 0), not retried;
 * every pair is joined by the explicit routes, which all pass through the proxies.
 */
export const UNREACHABLE_ROUTE_ADDRESS = '127.0.0.1:1';

/**
 * A node's `server_name` and `cluster` block. Routes go to the proxies; `advertise` keeps gossip
 * from dialing around them (UNREACHABLE_ROUTE_ADDRESS); `no_advertise` keeps the nodes' client
 * URLs out of the INFO clients get (a service reconnects only to the URLs it was given).
 */
function clusterBlock(name: string, runId: string, routePort: number, routes: readonly string[]): string {
  const clusterName = `faultline-${runId}`.replace(/[^A-Za-z0-9_-]/g, '_');
  return `server_name: ${JSON.stringify(name)}\ncluster {\n  name: ${JSON.stringify(clusterName)}\n  listen: "127.0.0.1:${routePort}"\n  advertise: ${JSON.stringify(UNREACHABLE_ROUTE_ADDRESS)}\n  no_advertise: true\n  routes: [\n${routes.map((r) => `    ${JSON.stringify(r)}`).join('\n')}\n  ]\n}\n`;
}

/** Free loopback ports, held (listened on) until `release`: distinct, and not handed to anything else of ours meanwhile. */
export interface PortReservation {
  ports: number[];
  release(): Promise<void>;
}

async function reservePorts(count: number): Promise<PortReservation> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((done, fail) => {
      const server = createServer();
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => done(server));
    })),
  );
  return {
    ports: servers.map((s) => (s.address() as { port: number }).port),
    release: () => Promise.all(servers.map((s) => new Promise<void>((done) => s.close(() => done())))).then(() => undefined),
  };
}

/** nats-server's own words when its route (or client) port is taken: "listen tcp 127.0.0.1:N: bind: address already in use". */
function isPortTaken(error: unknown): boolean {
  return error instanceof Error && /address already in use/.test(error.message);
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** The run's broker as a cluster: the RunBroker `faultline up` composes (broker.ts has the one-server form). */
export async function startClusterBroker(options: { size: number; runId: string; specs: readonly ActorSpec[]; extraUsers?: readonly BrokerUser[]; logDir?: string }): Promise<RunBroker> {
  const users = new Map(options.specs.map((spec) => [spec.id, serviceUser(options.runId, spec.id, specSubjects(spec))]));
  const orchestrator = orchestratorUser(options.runId);
  let cluster: BrokerCluster;
  try {
    cluster = await BrokerCluster.start({ size: options.size, runId: options.runId, users: [...users.values(), orchestrator, ...(options.extraUsers ?? [])], probe: { user: orchestrator.user, pass: orchestrator.password }, ...(options.logDir ? { logDir: options.logDir } : {}) });
  } catch (error) {
    if (error instanceof NatsServerMissingError) throw new CliError('ENATSSERVER', 'nats-server is missing', error.message, EXIT_ENVIRONMENT);
    throw new CliError('ENATSSERVER', `the ${options.size}-node nats-server cluster did not start`, (error as Error).message, EXIT_ENVIRONMENT);
  }
  return {
    url: cluster.url,
    urlFor: (index) => cluster.urlFor(index),
    cluster,
    server: undefined,
    orchestrator: { user: orchestrator.user, pass: orchestrator.password },
    credentialsEnv: (actorId): Record<string, string> => {
      const user = users.get(actorId);
      return user ? { [NATS_USER_ENV]: user.user, [NATS_PASSWORD_ENV]: user.password } : {};
    },
    stop: () => cluster.stop(),
  };
}
