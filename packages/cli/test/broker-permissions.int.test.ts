/**
 * Security on the broker, against a real nats-server with the per-run users `faultline up`
 * generates: each service may publish and subscribe only on its own subjects. An oracle cannot
 * publish blocks or write a validator's durable log, a trader cannot publish execution results
 * (fills) or another client's transactions, a wrong password cannot connect — while each
 * service's own traffic and its JetStream durable log still work (so a config that refuses
 * everything fails this test too).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { actorSubjects } from '@faultline/actors';
import { NatsDurableLog, inboxPrefix, orchestratorUser, serviceConnectOptions, serviceUser, startNatsServer, writeRunNatsConf, type BrokerUser, type NatsServerHandle } from '@faultline/runtime/nats';
import { wireSubject } from '@faultline/runtime';

const RUN = 'perm-test';
const users = {
  oracle: serviceUser(RUN, 'oracle-1', actorSubjects('oracle', 'oracle-1')),
  trader: serviceUser(RUN, 'trader-1', actorSubjects('noise-trader', 'trader-1')),
  validator: serviceUser(RUN, 'validator-1', actorSubjects('validator', 'validator-1')),
};
const admin = orchestratorUser(RUN);
let server: NatsServerHandle;
let watcher: NatsConnection;
const seen: string[] = [];

async function as(user: BrokerUser): Promise<{ nc: NatsConnection; errors: string[] }> {
  const nc = await connect({ servers: server.url, ...serviceConnectOptions(user.user, user.password) });
  const errors: string[] = [];
  void (async () => {
    for await (const status of nc.status()) if (status.type === 'error') errors.push(status.error.message);
  })();
  return { nc, errors };
}

/** Publishes, lets the server answer, and reports whether the watcher got it and what the publisher was told. */
async function attempt(user: BrokerUser, relative: string): Promise<{ delivered: boolean; errors: string[] }> {
  const { nc, errors } = await as(user);
  const subject = wireSubject(RUN, relative);
  const before = seen.filter((s) => s === subject).length;
  nc.publish(subject, new Uint8Array([1, 2, 3]));
  await nc.flush();
  await watcher.flush();
  await new Promise((done) => setTimeout(done, 100));
  await nc.close();
  return { delivered: seen.filter((s) => s === subject).length > before, errors };
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-perm-'));
  server = await startNatsServer({ configPath: writeRunNatsConf(dir, [...Object.values(users), admin]), probe: { user: admin.user, pass: admin.password } });
  watcher = await connect({ servers: server.url, user: admin.user, pass: admin.password });
  watcher.subscribe(wireSubject(RUN, '>'), { callback: (_error, message) => { seen.push(message.subject); } });
  await watcher.flush();
}, 30_000);

afterAll(async () => {
  await watcher?.close();
  await server?.stop();
});

describe('broker permissions (per-run users, real nats-server)', () => {
  it('an oracle publishes its own transactions, but not a block', async () => {
    expect(await attempt(users.oracle, 'tx.oracle-1')).toEqual({ delivered: true, errors: [] });
    const forbidden = await attempt(users.oracle, 'block.validator-1');
    expect(forbidden.delivered).toBe(false);
    expect(forbidden.errors.join()).toMatch(/permissions violation for publish/i);
  });

  it('a trader cannot publish fills (execution results) or another client transactions', async () => {
    expect((await attempt(users.trader, 'tx.trader-1')).delivered).toBe(true);
    for (const subject of ['exec.exec-1', 'tx.trader-2', 'consensus.validator-1']) {
      const forbidden = await attempt(users.trader, subject);
      expect(forbidden.delivered, subject).toBe(false);
      expect(forbidden.errors.join(), subject).toMatch(/permissions violation for publish/i);
    }
  });

  it('a validator publishes blocks under its own name only', async () => {
    expect((await attempt(users.validator, 'block.validator-1')).delivered).toBe(true);
    expect((await attempt(users.validator, 'block.validator-2')).delivered).toBe(false);
  });

  it('a trader cannot listen to consensus traffic', async () => {
    const { nc, errors } = await as(users.trader);
    nc.subscribe(wireSubject(RUN, 'consensus.*'));
    await nc.flush();
    await new Promise((done) => setTimeout(done, 100));
    await nc.close();
    expect(errors.join()).toMatch(/permissions violation for subscription/i);
  });

  it('a service cannot read the replies meant for another (its inbox is its own)', async () => {
    for (const inbox of [`${inboxPrefix('oracle-1')}.>`, '_INBOX.>']) {
      const { nc, errors } = await as(users.trader);
      nc.subscribe(inbox);
      await nc.flush();
      await new Promise((done) => setTimeout(done, 100));
      await nc.close();
      expect(errors.join(), inbox).toMatch(/permissions violation for subscription/i);
    }
  });

  it('each service keeps its own JetStream durable log, and cannot write another actor log', async () => {
    const { nc } = await as(users.oracle);
    const failures: Error[] = [];
    const log = await NatsDurableLog.open({ nc, runId: RUN, actorId: 'oracle-1', onFailure: (error) => failures.push(error) });
    log.append(new Uint8Array([7]));
    log.append(new Uint8Array([8]));
    await log.whenIdle();
    expect(failures).toEqual([]);
    await nc.close();
    // A restarted service reads its log back (stream lookups and a consumer, all on its own inbox).
    const again = await as(users.oracle);
    const reopened = await NatsDurableLog.open({ nc: again.nc, runId: RUN, actorId: 'oracle-1', onFailure: (error) => failures.push(error) });
    expect(reopened.recover().entries.map((entry) => [...entry])).toEqual([[7], [8]]);
    await again.nc.close();
    expect(again.errors).toEqual([]);
    expect((await attempt(users.oracle, 'log.validator-1')).delivered).toBe(false);
  });

  it('a wrong password cannot connect', async () => {
    await expect(connect({ servers: server.url, user: 'oracle-1', pass: 'not-the-password', reconnect: false })).rejects.toThrow(/authorization/i);
  });
});
