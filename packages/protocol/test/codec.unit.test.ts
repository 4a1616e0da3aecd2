import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from '@faultline/protocol';

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
