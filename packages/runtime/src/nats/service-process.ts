/**
 * The body of every service process: parse the common flags, connect to NATS (credentials from
 * FAULTLINE_NATS_USER / FAULTLINE_NATS_PASSWORD when the broker requires them), open the actor's
 * JetStream durable log, build the actor over a NatsHost, and on SIGTERM/SIGINT stop cleanly and
 * print one JSON line (stats + the actor's report) on stdout. Before that, once the actor has
 * started, one line `{"actor","incarnation","started":true}` on stdout: the parent's evidence
 * that this incarnation came up (a log line would not do: FAULTLINE_LOG_LEVEL may hide it).
 * Logs are pino JSON lines on stderr (the parent collects them per process under the run directory).
 *
 *   <main> --server URL --run RUN --actor ID [--seed N] [--epoch-us US] [--incarnation N] [--spec FILE]
 */
import { parseArgs } from 'node:util';
import { connect } from '@nats-io/transport-node';
import pino from 'pino';
import type { Actor, ActorLogger } from '../host.ts';
import { NatsHost, wallClockUs } from './nats-host.ts';
import { NatsDurableLog } from './nats-log.ts';
import { readRecordAhead, RecordAheadFile } from './record-ahead.ts';
import { NATS_PASSWORD_ENV, NATS_USER_ENV, serviceConnectOptions } from './auth.ts';

export interface ServiceArgs {
  server: string;
  run: string;
  actor: string;
  seed: number;
  epochUs: number;
  incarnation: number;
  spec: string | undefined;
}

export interface ServiceProcessOptions {
  /** One line of usage after the common flags, for --help and errors. */
  usage: string;
  build: (host: NatsHost, args: ServiceArgs, logger: ActorLogger) => { actor: Actor; report?: () => unknown };
}

export async function runServiceProcess(options: ServiceProcessOptions): Promise<void> {
  const { values: raw } = parseArgs({
    strict: false, // a kind's main may read flags of its own
    options: {
      server: { type: 'string' },
      run: { type: 'string' },
      actor: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'epoch-us': { type: 'string' },
      incarnation: { type: 'string', default: '1' },
      spec: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const values = raw as Partial<Record<'server' | 'run' | 'actor' | 'seed' | 'epoch-us' | 'incarnation' | 'spec', string>> & { help?: boolean };
  const usage = `usage: --server URL --run RUN --actor ID [--seed N] [--epoch-us US] [--incarnation N] ${options.usage}\n`;
  if (values.help || !values.server || !values.run || !values.actor) {
    process.stderr.write(usage);
    process.exit(values.help ? 0 : 2);
  }
  const args: ServiceArgs = {
    server: values.server,
    run: values.run,
    actor: values.actor,
    seed: Number(values.seed ?? 1),
    epochUs: values['epoch-us'] ? Number(values['epoch-us']) : wallClockUs(),
    incarnation: Number(values.incarnation ?? 1),
    spec: values.spec,
  };
  const base = pino({ level: process.env['FAULTLINE_LOG_LEVEL'] ?? 'info' }, pino.destination(2));
  const log = base.child({ actor: args.actor, run: args.run, incarnation: args.incarnation });
  const logger: ActorLogger = {
    debug: (message, fields) => log.debug(fields ?? {}, message),
    info: (message, fields) => log.info(fields ?? {}, message),
    warn: (message, fields) => log.warn(fields ?? {}, message),
    error: (message, fields) => log.error(fields ?? {}, message),
  };
  // A stop may come at any moment, also while connecting or recovering (a short run on a busy
  // machine): it is answered from here on, never by the default handler (death by signal).
  let stopping = false;
  let stopBuilt: (() => Promise<void>) | undefined;
  const onStop = (): void => {
    if (stopping) return;
    stopping = true;
    if (stopBuilt) {
      void stopBuilt();
      return;
    }
    // Not started yet: nothing was published, nothing to flush. Say so and leave.
    process.stdout.write(`${JSON.stringify({ actor: args.actor, stoppedBeforeStart: true, state: {} })}\n`);
    process.exit(0);
  };
  process.once('SIGTERM', onStop);
  process.once('SIGINT', onStop);
  const user = process.env[NATS_USER_ENV];
  const pass = process.env[NATS_PASSWORD_ENV];
  // Reconnect for ever: a restarted broker (the nemesis) comes back on the same port and store.
  // --server may list a cluster's nodes (a,b,c): the first is preferred, the others are failover.
  // noEcho: one actor per connection, and an actor never receives its own publishes (the
  // simulator skips the sender too); the server then does not send them back to be decoded.
  // noAsyncTraces: nats.js otherwise makes an Error (a stack capture) per request to carry the
  // caller's stack into a later timeout — per JetStream append, every vote and block a validator
  // persists (1.3 % of a live validator's CPU at 5,000 orders/s); a failed append still reports
  // its error, without the caller's frames.
  const nc = await connect({
    servers: args.server.split(','),
    noRandomize: true,
    name: `${args.run}/${args.actor}`,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    noEcho: true,
    noAsyncTraces: true,
    ...(user ? serviceConnectOptions(user, pass ?? '') : {}),
  });
  void (async () => {
    // A permission refusal arrives here, not at the publish call: it must be seen in the logs.
    for await (const status of nc.status()) {
      if (status.type === 'error') logger.error('broker error', { reason: status.error.message });
      else if (status.type === 'disconnect' || status.type === 'reconnect') logger.warn(`broker ${status.type}`, { server: status.server });
    }
  })();
  // The record ahead (record-ahead.ts) beside the actor's spec: the previous incarnation's is
  // appended before the log is read; this one's records ahead are kept there from now on.
  const recordAheadPath = args.spec === undefined ? undefined : recordAheadPathOf(args.spec);
  const recordAheadOwner = `${args.run}/${args.actor}`;
  const carry = recordAheadPath === undefined ? undefined : readRecordAhead(recordAheadPath, recordAheadOwner);
  if (carry) logger.info('appending the previous incarnation\'s record ahead before recovery', { writer: carry.writer, index: carry.index });
  const durable = await NatsDurableLog.open({
    nc,
    runId: args.run,
    actorId: args.actor,
    ...(carry ? { carry } : {}),
    // JetStream briefly unable to take an append (a stream leader being elected after a node
    // died, a lost quorum): the append is retried in place and the actor waits (its publishes
    // held by the write-ahead barrier) instead of exiting — said once per append, not per try.
    onRepair: ({ index, attempt, reason }) => {
      if (attempt === 1) logger.warn('durable log append retried in place', { index, reason });
    },
    onFailure: (error) => {
      // An append cut off by our own stop (the connection closes under it) is not a failure:
      // the host publishes nothing that waited for it, exactly as after a crash, and the next
      // incarnation recovers from what the log acknowledged.
      if (stopping) {
        logger.info('durable log append interrupted by the stop', { reason: error.message });
        return;
      }
      logger.error('durable log failed; exiting', { reason: error.message });
      process.exit(3);
    },
  });
  const recordAhead = recordAheadPath === undefined ? undefined : new RecordAheadFile(recordAheadPath, recordAheadOwner);
  const host = new NatsHost({ nc, runId: args.run, actorId: args.actor, seed: args.seed, epochUs: args.epochUs, log: durable, logger, incarnation: args.incarnation, ...(recordAhead ? { recordAhead } : {}) });
  const built = options.build(host, args, logger);
  built.actor.start();
  logger.info('started', { recoveredEntries: durable.recover().entries.length });
  process.stdout.write(`${JSON.stringify(startedLine(args))}\n`);
  stopBuilt = async (): Promise<void> => {
    built.actor.stop?.();
    durable.stopRetrying(); // an append JetStream cannot take now is given up, not waited for (the supervisor's stop timeout)
    try {
      await host.close();
    } catch (error) {
      // The broker went away first (e.g. a broker restart at the end of a run): what is not
      // flushed now is lost as in a crash, and the stop itself is still a normal one.
      logger.warn('stop: could not flush to the broker', { reason: (error as Error).message });
    }
    process.stdout.write(`${JSON.stringify({ actor: args.actor, stats: host.stats, state: built.report?.() ?? {} })}\n`);
    await nc.close().catch(() => undefined);
    process.exit(0);
  };
}

/** Where a service keeps its record ahead (record-ahead.ts): beside its spec, which every incarnation of the actor in a run is given. */
export function recordAheadPathOf(specPath: string): string {
  return `${specPath}.record-ahead`;
}

/** The stdout line that says an incarnation came up (its actor started); the report is the other line. */
export function startedLine(args: Pick<ServiceArgs, 'actor' | 'incarnation'>): { actor: string; incarnation: number; started: true } {
  return { actor: args.actor, incarnation: args.incarnation, started: true };
}

/** Is this parsed stdout line a service's started line (not its report)? */
export function isStartedLine(line: unknown): line is { actor: string; incarnation: number; started: true } {
  return typeof line === 'object' && line !== null && (line as { started?: unknown }).started === true;
}
