/**
 * NatsHost's whole-command publishes (nats-host.ts, PUBLISH_COMMAND_FRAME_MAX) over a real
 * nats-server: a plain nats.js subscriber gets every frame — small ones sent as commands, larger
 * ones through nats.js' publish, interleaved — on its subject, in order, byte for byte the
 * envelope's encoding, and the connection stays up (a malformed command line would make the
 * server close it with a protocol error).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@nats-io/transport-node';
import { decodeEnvelope, encodeEnvelope } from '@faultline/protocol';
import { wireSubject } from '@faultline/runtime';
import { NatsWorld, PUBLISH_COMMAND_FRAME_MAX, startNatsServer, type NatsServerHandle } from '@faultline/runtime/nats';

let server: NatsServerHandle;
beforeAll(async () => {
  server = await startNatsServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('NatsHost publish as one command, over a real broker', () => {
  it('a raw subscriber gets every frame, small and large, on its subject, in order, as encodeEnvelope writes it', async () => {
    const world = await NatsWorld.start({ seed: 1, server, runId: `cmd-${process.pid}` });
    const raw = await connect({ servers: server.url });
    try {
      const received: Array<{ subject: string; data: Uint8Array }> = [];
      raw.subscribe(wireSubject(world.runId, 'demo.>'), { callback: (_e, m) => void received.push({ subject: m.subject, data: m.data.slice() }) });
      await raw.flush();
      await world.addActor('sender', () => ({ start() {} }));
      const host = world.hostOf('sender')!;
      const sizes: number[] = [];
      for (let i = 0; i < 400; i++) sizes.push(i % 50 === 7 ? PUBLISH_COMMAND_FRAME_MAX + 1 + i : i % 50 === 9 ? PUBLISH_COMMAND_FRAME_MAX - 200 : 1 + ((i * 37) % 900));
      for (const [i, size] of sizes.entries()) host.publish(`demo.s${i % 3}`, { tx: { clientId: `${i}:`.padEnd(size, 'x'), nonce: i + 1, deposit: { accountId: 'a', amount: 1 } } });
      await host.flush();
      await world.runUntil(() => received.length >= sizes.length, 5_000_000);
      expect(received).toHaveLength(sizes.length);
      for (const [i, m] of received.entries()) {
        expect(m.subject).toBe(wireSubject(world.runId, `demo.s${i % 3}`));
        const decoded = decodeEnvelope(m.data);
        if (!decoded.ok) throw new Error(decoded.error.message);
        const e = decoded.value;
        expect(e.seq).toBe(i + 1);
        const again = encodeEnvelope({ runId: world.runId, sender: 'sender', seq: e.seq, lamport: e.lamport, sentAtUs: e.sentAtUs, tx: { clientId: `${i}:`.padEnd(sizes[i]!, 'x'), nonce: i + 1, deposit: { accountId: 'a', amount: 1 } } });
        expect(Buffer.from(m.data).equals(Buffer.from(again))).toBe(true);
      }
      // Both paths were taken.
      expect(received.some((m) => m.data.length > PUBLISH_COMMAND_FRAME_MAX)).toBe(true);
      expect(received.some((m) => m.data.length <= PUBLISH_COMMAND_FRAME_MAX)).toBe(true);
      expect(raw.isClosed()).toBe(false);
    } finally {
      await raw.close();
      await world.close();
    }
  });
});
