import { afterAll, beforeAll } from 'vitest';
import { NatsWorld, startNatsServer, type NatsServerHandle } from '@faultline/runtime/nats';
import { describeHostContract } from './contract.ts';

let server: NatsServerHandle;
let seed = 1;
beforeAll(async () => {
  server = await startNatsServer();
});
afterAll(async () => {
  await server?.stop();
});
// One real nats-server for the file; a fresh run id (own subjects and log stream) per test.
describeHostContract('nats', async () => NatsWorld.start({ seed: seed++, server, runId: `contract-${process.pid}-${seed}` }));
