/**
 * A demo actor as its own OS process: a thin main that creates a NatsHost and runs the same
 * Pinger/Ponger code as the simulator. Started by `faultline up --demo`; on SIGTERM it stops
 * cleanly and prints one JSON line with its statistics and final state on stdout.
 *
 *   node --import tsx services/demo/src/main.ts --server URL --run RUN --actor ID --role ping|pong
 *        [--peer ID] [--seed N] [--epoch-us US] [--interval-us US]
 */
import { parseArgs } from 'node:util';
import { connect } from '@nats-io/transport-node';
import pino from 'pino';
import { Pinger, Ponger } from '@faultline/runtime/demo';
import { NatsDurableLog, NatsHost, wallClockUs } from '@faultline/runtime/nats';
import type { ActorLogger } from '@faultline/runtime';

const { values } = parseArgs({
  options: {
    server: { type: 'string' },
    run: { type: 'string' },
    actor: { type: 'string' },
    role: { type: 'string' },
    peer: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'epoch-us': { type: 'string' },
    'interval-us': { type: 'string', default: '10000' },
    help: { type: 'boolean' },
  },
});

if (values.help || !values.server || !values.run || !values.actor || (values.role !== 'ping' && values.role !== 'pong')) {
  process.stderr.write(
    'usage: main.ts --server URL --run RUN --actor ID --role ping|pong [--peer ID] [--seed N] [--epoch-us US] [--interval-us US]\n',
  );
  process.exit(values.help ? 0 : 2);
}
if (values.role === 'ping' && !values.peer) {
  process.stderr.write('demo service: --peer is required for --role ping\n');
  process.exit(2);
}

const base = pino({ level: process.env['FAULTLINE_LOG_LEVEL'] ?? 'info' }, pino.destination(2));
const log = base.child({ actor: values.actor, run: values.run });
const logger: ActorLogger = {
  debug: (message, fields) => log.debug(fields ?? {}, message),
  info: (message, fields) => log.info(fields ?? {}, message),
  warn: (message, fields) => log.warn(fields ?? {}, message),
  error: (message, fields) => log.error(fields ?? {}, message),
};

const actorId = values.actor;
const runId = values.run;
const nc = await connect({ servers: values.server, name: `${runId}/${actorId}` });
let host: NatsHost | undefined;
const durable = await NatsDurableLog.open({
  nc,
  runId,
  actorId,
  onFailure: (error) => {
    logger.error('durable log failed; exiting', { reason: error.message });
    process.exit(3);
  },
});
host = new NatsHost({
  nc,
  runId,
  actorId,
  seed: Number(values.seed),
  epochUs: values['epoch-us'] ? Number(values['epoch-us']) : wallClockUs(),
  log: durable,
  logger,
});
const actor =
  values.role === 'ping'
    ? new Pinger(host, { peer: values.peer as string, intervalUs: Number(values['interval-us']) })
    : new Ponger(host);
actor.start();
logger.info('started', { role: values.role, recoveredEntries: durable.recover().entries.length });

const stop = async (): Promise<void> => {
  await host?.close();
  const state = actor instanceof Pinger ? { sent: actor.sent, pongs: actor.pongs } : { counter: actor.counter };
  process.stdout.write(`${JSON.stringify({ actor: actorId, role: values.role, stats: host?.stats, state })}\n`);
  await nc.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
