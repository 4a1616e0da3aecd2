import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs/minimal.js';
import { decodeEnvelope, encodeEnvelope, encodeMessage, receivedTxBytes } from '@faultline/protocol';

describe('envelope codec', () => {
  it('round-trips an order with 64-bit fields as safe integers', () => {
    const bytes = encodeEnvelope({
      runId: 'run',
      sender: 'trader-1',
      seq: 1,
      lamport: 7,
      sentAtUs: 1_700_000_000_000_000,
      tx: { clientId: 'trader-1', nonce: 3, placeOrder: { accountId: 'trader-1', marketId: 1, side: 1, type: 1, priceTicks: 123_456, sizeLots: Number.MAX_SAFE_INTEGER } },
    });
    const result = decodeEnvelope(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.body).toBe('tx');
    expect(result.value.sentAtUs).toBe(1_700_000_000_000_000);
    expect(result.value.tx?.placeOrder?.sizeLots).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('reports a truncated frame as truncated, never as a message', () => {
    const bytes = encodeEnvelope({ sender: 'a', seq: 1, ping: { n: 5, replyTo: 'b' } });
    const result = decodeEnvelope(bytes.subarray(0, bytes.length - 2));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('truncated');
  });

  it('rejects 64-bit values beyond the safe integer range', () => {
    const bytes = encodeEnvelope({ sender: 'a', tx: { placeOrder: { priceTicks: 2 ** 60 } } });
    const result = decodeEnvelope(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('out-of-range');
      expect(result.error.path).toBe('tx.placeOrder.priceTicks');
    }
  });

  it('rejects a frame that sets two bodies instead of keeping the last one', () => {
    const ping = encodeEnvelope({ sender: 'a', seq: 1, ping: { n: 1 } });
    const pong = encodeEnvelope({ pong: { n: 2 } });
    const both = new Uint8Array([...ping, ...pong]);
    const result = decodeEnvelope(both);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('malformed');
      expect(result.error.path).toBe('body');
    }
  });
});

describe('received tx bytes (the validator keeps them from envelope to block)', () => {
  // A Transaction encoded by hand with its fields out of order: valid protobuf that no
  // protobufjs encoder writes, so a decode → re-encode would change its bytes and its hash.
  const outOfOrderTx = () => protobuf.Writer.create().uint32((2 << 3) | 0).uint64(3).uint32((1 << 3) | 2).string('trader-1').finish();
  const hex = (bytes: Uint8Array | undefined) => (bytes ? Buffer.from(bytes).toString('hex') : bytes);
  const withTx = (head: Uint8Array, ...txs: Uint8Array[]) => {
    const writer = protobuf.Writer.create();
    for (const tx of txs) writer.uint32((10 << 3) | 2).bytes(tx);
    const tail = writer.finish();
    return Uint8Array.from([...head, ...tail]);
  };

  it('are the sender\'s bytes verbatim, not a re-encoding, and a copy of them', () => {
    const tx = outOfOrderTx();
    const frame = withTx(encodeEnvelope({ sender: 'trader-1', seq: 1 }), tx);
    const result = decodeEnvelope(frame);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.tx?.nonce).toBe(3);
    const kept = receivedTxBytes(result.value);
    expect(hex(kept)).toBe(hex(tx));
    expect(hex(encodeMessage('Transaction', result.value.tx!))).not.toBe(hex(tx));
    frame.fill(0); // the frame's buffer is reused or freed: the kept bytes do not change
    expect(hex(kept)).toBe(hex(tx));
  });

  it('a hostile frame with two tx fields: none kept — the decoded tx is their merge (protobufjs), which neither field\'s bytes are; the validator encodes it', () => {
    const first = encodeMessage('Transaction', { clientId: 'trader-1', nonce: 1 });
    const second = encodeMessage('Transaction', { nonce: 2 });
    const result = decodeEnvelope(withTx(encodeEnvelope({ sender: 'trader-1', seq: 1 }), first, second));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.tx?.clientId).toBe('trader-1');
    expect(result.value.tx?.nonce).toBe(2);
    expect(receivedTxBytes(result.value)).toBeUndefined();
  });

  it('none for an envelope that carries no tx or was not decoded', () => {
    const ping = decodeEnvelope(encodeEnvelope({ sender: 'a', seq: 1, ping: { n: 1 } }));
    expect(ping.ok && receivedTxBytes(ping.value)).toBeUndefined();
    expect(receivedTxBytes({ sender: 'a', tx: { clientId: 'a' } })).toBeUndefined();
    // A copy of a decoded tx envelope (its tx possibly replaced) does not carry the original's bytes.
    const decoded = decodeEnvelope(encodeEnvelope({ sender: 'a', seq: 1, tx: { clientId: 'a', nonce: 1 } }));
    expect(decoded.ok && receivedTxBytes(decoded.value)).toBeInstanceOf(Uint8Array);
    expect(decoded.ok && receivedTxBytes({ ...decoded.value, tx: { clientId: 'a', nonce: 2 } })).toBeUndefined();
  });
});
