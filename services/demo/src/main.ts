/**
 * A demo actor as its own OS process: a thin main over the shared service body, running the
 * same Pinger/Ponger code as the simulator. Started by `faultline up --demo`.
 *
 *   node --import tsx services/demo/src/main.ts --server URL --run RUN --actor ID --role ping|pong
 *        [--peer ID] [--seed N] [--epoch-us US] [--interval-us US]
 */
import { parseArgs } from 'node:util';
import { Pinger, Ponger } from '@faultline/runtime/demo';
import { runServiceProcess } from '@faultline/runtime/nats';

const { values } = parseArgs({
  strict: false,
  options: { role: { type: 'string' }, peer: { type: 'string' }, 'interval-us': { type: 'string', default: '10000' } },
});
if (values.role !== 'ping' && values.role !== 'pong') {
  process.stderr.write('demo service: --role ping|pong is required\n');
  process.exit(2);
}
if (values.role === 'ping' && typeof values.peer !== 'string') {
  process.stderr.write('demo service: --peer is required for --role ping\n');
  process.exit(2);
}

await runServiceProcess({
  usage: '--role ping|pong [--peer ID] [--interval-us US]',
  build: (host) => {
    const actor = values.role === 'ping' ? new Pinger(host, { peer: values.peer as string, intervalUs: Number(values['interval-us']) }) : new Ponger(host);
    return {
      actor,
      report: () => ({ role: values.role, ...(actor instanceof Pinger ? { sent: actor.sent, pongs: actor.pongs } : { counter: actor.counter }) }),
    };
  },
});
