/**
 * NatsHost's whole-command publish (nats-host.ts, PUBLISH_COMMAND_FRAME_MAX) reaches nats.js'
 * protocol handler by its shape (`nc.protocol.sendCommand`, `isClosed`), and falls back to
 * nats.js' publish when a connection has no such handler. That fallback is silent: the same bytes
 * arrive, only slower (~25 % more CPU a message, nats.bench). This test pins the fast path on the
 * installed nats.js: a real connection's small publish goes out as one `PUB` command written by
 * NatsHost. It fails if an upgrade of nats.js renames or reshapes the handler.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { NatsHost, startNatsServer, volatileLog, type NatsServerHandle } from '@faultline/runtime/nats';

let server: NatsServerHandle;
beforeAll(async () => {
  server = await startNatsServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('NatsHost publish as one command, on the installed nats.js', () => {
  it("a real connection's small publish is one PUB command NatsHost wrote, not nats.js' publish", async () => {
    const nc = await connect({ servers: server.url });
    try {
      const protocol = (nc as unknown as { protocol?: { sendCommand?: (command: Uint8Array, ...rest: Uint8Array[]) => void } }).protocol;
      expect(typeof protocol?.sendCommand).toBe('function');
      const sent: Array<{ first: string; parts: number }> = [];
      const original = protocol!.sendCommand!.bind(protocol);
      protocol!.sendCommand = (command: Uint8Array, ...rest: Uint8Array[]) => {
        sent.push({ first: Buffer.from(command).subarray(0, 4).toString('latin1'), parts: 1 + rest.length });
        original(command, ...rest);
      };
      let viaPublish = 0;
      const publish = nc.publish.bind(nc);
      (nc as { publish: NatsConnection['publish'] }).publish = (...args: Parameters<NatsConnection['publish']>) => {
        viaPublish++;
        publish(...args);
      };
      const quiet = { debug() {}, info() {}, warn() {}, error() {} };
      const host = new NatsHost({ nc, runId: `installed-${process.pid}`, actorId: 'sender', seed: 1, epochUs: 0, log: volatileLog(), logger: quiet });
      host.publish('demo.a', { tx: { clientId: 'c1', nonce: 1, deposit: { accountId: 'a', amount: 1 } } });
      await host.flush();
      expect(viaPublish).toBe(0);
      const pubs = sent.filter((s) => s.first === 'PUB ');
      expect(pubs).toHaveLength(1);
      expect(pubs[0]!.parts).toBe(1);
    } finally {
      await nc.close();
    }
  });
});
