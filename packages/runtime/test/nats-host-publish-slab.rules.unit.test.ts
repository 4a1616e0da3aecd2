/**
 * NatsHost encodes outgoing envelopes into a slab (nats-host.ts, PUBLISH_SLAB_BYTES) and hands
 * nats.js a view of each one's bytes: every published frame is exactly the envelope's encoding
 * (encodeEnvelope's bytes, decodable to the same message), a frame handed out is never written
 * again by a later publish — across slabs, and when one message outgrows its slab — and the
 * host's clock reads wall time.
 */
import { describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/transport-node';
import { decodeEnvelope, encodeEnvelope } from '@faultline/protocol';
import { NatsHost, PUBLISH_SLAB_BYTES, volatileLog, wallClockUs } from '@faultline/runtime/nats';

const RUN = 'slab';

function host() {
  const sent: Array<{ subject: string; bytes: Uint8Array; copy: Uint8Array }> = [];
  const nc = {
    publish: (subject: string, bytes: Uint8Array) => void sent.push({ subject, bytes, copy: Uint8Array.from(bytes) }),
    subscribe: () => ({ unsubscribe() {} }),
    flush: () => Promise.resolve(),
  };
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const h = new NatsHost({ nc: nc as unknown as NatsConnection, runId: RUN, actorId: 'tx-1', seed: 1, epochUs: 0, log: volatileLog(), logger: quiet });
  return { h, sent };
}

/** The envelope the host sent in frame i: decoded, and re-encoded as encodeEnvelope would. */
function frame(bytes: Uint8Array) {
  const decoded = decodeEnvelope(bytes);
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.value;
}

describe('NatsHost publish slab', () => {
  it('each frame is its envelope\'s encoding, and no later publish writes over an earlier frame (many slabs, and a message larger than a slab)', () => {
    const { h, sent } = host();
    const memo = (i: number, size: number) => `${i}:`.padEnd(size, 'x');
    const sizes: number[] = [];
    for (let i = 0; i < 3_000; i++) sizes.push(i === 1_500 ? 3 * PUBLISH_SLAB_BYTES : 20 + (i % 7) * 30);
    for (const [i, size] of sizes.entries()) h.publish('demo.out', { tx: { clientId: memo(i, size), nonce: i + 1, deposit: { accountId: 'a', amount: 1 } } });
    expect(sent).toHaveLength(sizes.length);
    // More than a slab's worth went out, so the frames live in several slabs.
    expect(sent.reduce((sum, s) => sum + s.bytes.length, 0)).toBeGreaterThan(4 * PUBLISH_SLAB_BYTES);
    for (const [i, s] of sent.entries()) {
      expect(s.subject).toBe(`faultline.${RUN}.demo.out`);
      // Unchanged since it was handed out, after every later publish.
      expect(Buffer.from(s.bytes).equals(Buffer.from(s.copy))).toBe(true);
      const envelope = frame(s.bytes);
      expect(envelope.tx?.clientId).toBe(memo(i, sizes[i]!));
      expect(envelope.seq).toBe(i + 1);
      // The same bytes encodeEnvelope writes for the same envelope.
      expect(Buffer.from(s.bytes).equals(Buffer.from(encodeEnvelope({ runId: RUN, sender: 'tx-1', seq: envelope.seq, lamport: envelope.lamport, sentAtUs: envelope.sentAtUs, tx: { clientId: memo(i, sizes[i]!), nonce: i + 1, deposit: { accountId: 'a', amount: 1 } } })))).toBe(true);
    }
    // Frames are views, not copies: consecutive small frames share a slab; a slab is never grown
    // to hold the small ones (a new one starts when it is half full): only the large frame lives
    // in a larger buffer.
    expect(sent[1]!.bytes.buffer).toBe(sent[0]!.bytes.buffer);
    for (const [i, s] of sent.entries()) if (i !== 1_500) expect(s.bytes.buffer.byteLength).toBe(PUBLISH_SLAB_BYTES);
    expect(sent[1_500]!.bytes.buffer.byteLength).toBeGreaterThan(3 * PUBLISH_SLAB_BYTES);
    expect(new Set(sent.map((s) => s.bytes.buffer)).size).toBeGreaterThan(4);
  });

  it('a message the compiled encoder leaves to protobufjs (a non-ASCII string) is framed as encodeEnvelope frames it', () => {
    const { h, sent } = host();
    h.publish('demo.out', { tx: { clientId: 'ü-client', nonce: 1, deposit: { accountId: 'a', amount: 1 } } });
    h.publish('demo.out', { tx: { clientId: 'plain', nonce: 2, deposit: { accountId: 'a', amount: 1 } } });
    expect(frame(sent[0]!.bytes).tx?.clientId).toBe('ü-client');
    expect(frame(sent[1]!.bytes).tx?.clientId).toBe('plain');
    expect(Buffer.from(sent[0]!.bytes).equals(Buffer.from(sent[0]!.copy))).toBe(true);
  });

  it('wallClockUs is the wall clock in µs', () => {
    const before = Date.now() * 1000;
    const now = wallClockUs();
    const after = Date.now() * 1000;
    expect(now).toBeGreaterThanOrEqual(before - 2_000);
    expect(now).toBeLessThanOrEqual(after + 2_000);
  });
});
