/**
 * A nats-server that exits at start says why in the error, whole: its stderr is read to its end
 * before the error is made (the exit can be seen before the last of stderr arrives, which left the
 * reason empty and a cluster start unable to tell a taken port from anything else).
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NatsServerStartError, startNatsServer } from '../src/nats/mod.ts';

let squatter: Server;
let taken: number;

beforeAll(async () => {
  squatter = createServer((socket) => socket.destroy());
  await new Promise<void>((done) => squatter.listen(0, '127.0.0.1', () => done()));
  taken = (squatter.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((done) => squatter.close(() => done())));

describe('nats-server exits at start', () => {
  it('the error carries its reason (a taken client port), every time', async () => {
    for (let i = 0; i < 5; i++) {
      const started = startNatsServer({ port: taken });
      await expect(started).rejects.toThrow(NatsServerStartError);
      await expect(started).rejects.toThrow(/address already in use/);
    }
  }, 60_000);
});
