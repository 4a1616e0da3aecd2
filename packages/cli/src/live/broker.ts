/**
 * The run's broker for `faultline up`: its own nats-server with per-run users (each service may
 * touch only its own subjects, the orchestrator everything), or a server the user gave (then no
 * users: that broker's own config decides).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { specSubjects, type ActorSpec } from '@faultline/actors';
import { NATS_PASSWORD_ENV, NATS_USER_ENV, NatsServerMissingError, orchestratorUser, serviceUser, startNatsServer, writeRunNatsConf, type BrokerUser, type NatsServerHandle } from '@faultline/runtime/nats';
import { CliError, EXIT_ENVIRONMENT } from '../cli-error.ts';
import type { BrokerCluster } from './broker-cluster.ts';

export interface RunBroker {
  url: string;
  /** The URL list service number `index` is given (a cluster spreads them over its nodes). */
  urlFor(index: number): string;
  /** The cluster this run started (`--cluster N`, broker-cluster.ts). */
  cluster?: BrokerCluster;
  /** The server this run started (absent when the user gave one). */
  server: NatsServerHandle | undefined;
  /** Connect options of the orchestrator (the observer and the nemesis). */
  orchestrator: { user: string; pass: string } | undefined;
  /** The environment that gives a service its broker credentials. */
  credentialsEnv(actorId: string): Record<string, string>;
  stop(): Promise<void>;
}

export async function startRunBroker(options: { runId: string; specs: readonly ActorSpec[]; server?: string | undefined; /** More users of the run (the --observer). */ extraUsers?: readonly BrokerUser[] }): Promise<RunBroker> {
  const users = new Map(options.specs.map((spec) => [spec.id, serviceUser(options.runId, spec.id, specSubjects(spec))]));
  if (options.server) {
    return { url: options.server, urlFor: () => options.server as string, server: undefined, orchestrator: undefined, credentialsEnv: () => ({}), stop: async () => {} };
  }
  const orchestrator = orchestratorUser(options.runId);
  const confDir = mkdtempSync(join(tmpdir(), 'faultline-conf-'));
  let server: NatsServerHandle;
  try {
    const configPath = writeRunNatsConf(confDir, [...users.values(), orchestrator, ...(options.extraUsers ?? [])]);
    server = await startNatsServer({ configPath, probe: { user: orchestrator.user, pass: orchestrator.password } });
  } catch (error) {
    rmSync(confDir, { recursive: true, force: true });
    if (error instanceof NatsServerMissingError) throw new CliError('ENATSSERVER', 'nats-server is missing', error.message, EXIT_ENVIRONMENT);
    throw new CliError('ENATSSERVER', 'nats-server did not start', (error as Error).message, EXIT_ENVIRONMENT);
  }
  return {
    url: server.url,
    urlFor: () => server.url,
    server,
    orchestrator: { user: orchestrator.user, pass: orchestrator.password },
    credentialsEnv: (actorId): Record<string, string> => {
      const user = users.get(actorId);
      return user ? { [NATS_USER_ENV]: user.user, [NATS_PASSWORD_ENV]: user.password } : {};
    },
    stop: async () => {
      await server.stop();
      rmSync(confDir, { recursive: true, force: true });
    },
  };
}
