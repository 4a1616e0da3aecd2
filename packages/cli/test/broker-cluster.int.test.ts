/**
 * The 3-node cluster of `faultline up --cluster 3` without a venue, against the run's R3 stream
 * and a real durable log (NatsDurableLog): a node partitioned away by the route proxies cannot
 * take writes while the majority goes on; after the heal the replicas agree; with two of three
 * nodes killed JetStream accepts no write, and it does again once one comes back — and every
 * entry acknowledged before is still there (recovered whole by a new reader, also by one that
 * started reading while the quorum was lost). An append made while the quorum is lost is
 * retried in place, not failed, and given up at once when its writer stops.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { NatsDurableLog, orchestratorUser } from '@faultline/runtime/nats';
import { BrokerCluster } from '../src/live/broker-cluster.ts';

const RUN = 'cluster-int';
const orchestrator = orchestratorUser(RUN);
const probe = { user: orchestrator.user, pass: orchestrator.password };
const LOG_SUBJECT = `faultline.${RUN}.log.a`;
let cluster: BrokerCluster;
const connections: NatsConnection[] = [];

/** Each node's log, kept for a failure's diagnosis (named in every failure message). */
const logDir = mkdtempSync(join(tmpdir(), 'faultline-cluster-int-logs-'));

beforeAll(async () => {
  cluster = await BrokerCluster.start({ size: 3, runId: RUN, users: [orchestrator], probe, logDir });
}, 60_000);
/** Set when the test got to its end: the nodes' logs are then removed. */
let passed = false;
afterAll(async () => {
  await Promise.all(connections.map((nc) => nc.close()));
  await cluster?.stop();
  if (passed) rmSync(logDir, { recursive: true, force: true });
});

/** A client of one node only (no_advertise: it learns no other). */
async function clientOf(node: number): Promise<NatsConnection> {
  const nc = await connect({ servers: [(cluster.nodes[node] as { server: { url: string } }).server.url], ...probe, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
  connections.push(nc);
  return nc;
}

async function until(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what} (the nodes' logs: ${logDir})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const accepts = (nc: NatsConnection) => async (): Promise<boolean> => {
  await jetstream(nc).publish(LOG_SUBJECT, Uint8Array.of(0xff), { timeout: 1_500 });
  return true;
};

describe('broker cluster (3 nodes, R3 run stream)', () => {
  // Once an open finding (writes did not resume within 120 s in the full suite): the nodes' logs
  // showed nats-server 2.9.10's RAFT vote rule (a vote needs the candidate's last term AND last
  // index at least the voter's; fixed upstream in 2.9.15) deadlocking the two live nodes — the
  // node cut off by the partition still held entries of its old term (the probe write below),
  // because the replica check had passed on that stale leader's own answer a moment after the
  // heal and the kills came before it was reconciled. The check now asks through every node
  // (BrokerCluster.replicas) and route gossip no longer bypasses the proxies (cluster advertise).
  it('partition: the majority takes writes, the cut-off node does not; healed, the replicas agree; two nodes down: no writes until one returns; nothing acknowledged is lost', async () => {
    const failures: Error[] = [];
    const onNode2 = await clientOf(1);
    const log = await NatsDurableLog.open({ nc: onNode2, runId: RUN, actorId: 'a', onFailure: (e) => failures.push(e) });
    let appended = 0;
    const append = async (n: number): Promise<void> => {
      for (let i = 0; i < n; i++) log.append(Uint8Array.of(++appended & 0xff));
      await log.whenIdle();
    };
    await append(50);

    cluster.partition([['nats-1'], ['nats-2', 'nats-3']]);
    const onNode1 = await clientOf(0);
    // The majority elects a leader among itself (if nats-1 led) and goes on taking writes.
    await until('the majority takes writes', accepts(onNode2), 45_000);
    await append(50);
    await expect(accepts(onNode1)(), 'a write through the node cut off').rejects.toThrow();

    cluster.heal();
    await until('the replicas agree after the heal', async () => (await cluster.replicas(RUN, probe, 0)).agree, 45_000);

    // A second writer, on the node that will be left alone.
    const stalledFailures: Error[] = [];
    let stalledRetries = 0;
    const stalled = await NatsDurableLog.open({ nc: onNode1, runId: RUN, actorId: 'b', onFailure: (e) => stalledFailures.push(e), onRepair: () => stalledRetries++ });

    await Promise.all([cluster.kill(cluster.nodes[1] as never), cluster.kill(cluster.nodes[2] as never)]);
    // Two of three gone: no quorum, no write — on the node that is left, and for every try.
    for (let i = 0; i < 3; i++) await expect(accepts(onNode1)(), `write ${i} with two nodes down`).rejects.toThrow();
    // A service restarted now cannot read its log: its recovery waits for the quorum, never
    // takes "no answer" for "no log" (that made a restarted validator commit its heights again).
    const readerDuringOutage = NatsDurableLog.open({ nc: onNode1, runId: RUN, actorId: 'a', onFailure: (e) => failures.push(e) });
    // An append now is not a failure: it is retried in place (the actor stalls, it is not stopped)…
    stalled.append(Uint8Array.of(1));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await until('the append is being retried', async () => stalledRetries > 0); // its first try may wait for a timeout
    expect(stalledFailures).toEqual([]);
    expect(stalled.busy).toBe(true);
    // …until the actor stops: then it is given up at once (a clean stop ends within the supervisor's timeout).
    const stopAt = Date.now();
    stalled.stopRetrying();
    await stalled.whenIdle();
    expect(Date.now() - stopAt).toBeLessThan(2_000);
    expect(stalledFailures.map((e) => e.message)).toEqual([expect.stringMatching(/^stopped while JetStream could not take an append/)]);
    await cluster.restart(cluster.nodes[2] as never);
    // Alone this takes seconds; once, in the full suite on 2 busy cores, nats-server 2.9.10 took
    // longer than 45 s to elect the stream's leader again. The claim is that writes resume.
    await until('writes resume once a quorum is back', accepts(onNode1), 120_000);

    await cluster.restart(cluster.nodes[1] as never);
    await until('all three replicas agree', async () => (await cluster.replicas(RUN, probe, 0)).agree, 30_000);
    expect(failures).toEqual([]);
    // A new reader recovers every acknowledged entry, in order.
    expect((await readerDuringOutage).recover().entries.filter((e) => e[0] !== 0xff)).toHaveLength(appended);
    const reader = await NatsDurableLog.open({ nc: onNode1, runId: RUN, actorId: 'a', onFailure: (e) => failures.push(e) });
    // (The probes' writes are 0xff: one that timed out may still have been stored.)
    const entries = reader.recover().entries.map((e) => e[0]);
    expect(entries.filter((v) => v !== 0xff)).toEqual(Array.from({ length: appended }, (_, i) => i + 1));
    expect(entries.filter((v) => v === 0xff).length).toBeGreaterThanOrEqual(2);

    // Every route any node dialed went through a proxy (or to the unreachable advertised address):
    // none to a node's real route port, which would bypass the partitions.
    const realRoutePorts = new Set(cluster.nodes.map((n) => n.routePort));
    // ("127.0.0.1:P - rid:N - Route connection created": P is the dialed port of a route the node
    // solicited, the peer's ephemeral port of one it accepted; logged at the default level.)
    const routePeers = readdirSync(logDir).flatMap((file) => [...readFileSync(join(logDir, file), 'utf8').matchAll(/127\.0\.0\.1:(\d+) - rid:\d+ - Route connection created/g)].map((m) => Number(m[1])));
    expect(routePeers.length).toBeGreaterThan(0);
    expect(routePeers.filter((port) => realRoutePorts.has(port))).toEqual([]);
    passed = true;
  }, 300_000);
});
