/**
 * The compiled encoder writes a message in one pass (session 23, encode.ts): into a 64 KiB scratch
 * buffer and copied out, a nested message's length put into the byte after its tag and the message
 * moved up when its length needs more bytes; a message that does not fit the scratch, and the next
 * message of a type whose last one passed 4 KiB, is sized first and written into its own buffer.
 * Every path gives protobufjs' bytes.
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage, encodeMessageInto, pb } from '@faultline/protocol';

type Codec = { encode(m: unknown): { finish(): Uint8Array } };
const reference = (name: string, message: object) => Buffer.from((pb as unknown as Record<string, Codec>)[name]!.encode(message).finish()).toString('hex');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const order = (clientId: string) => ({ runId: 'r', sender: 's', seq: 1, tx: { clientId, nonce: 3, placeOrder: { accountId: 'a', marketId: 1, side: 1, priceTicks: 5, sizeLots: 2 } } });
const block = (txs: number, txBytes: number) => ({ header: { height: 2, proposerId: 'v1', txCount: txs }, txs: Array.from({ length: txs }, (_, i) => new Uint8Array(txBytes).fill(i & 0xff)) });

describe('a nested message\'s length', () => {
  // The tx's length crosses one, two and three varint bytes (127/128, 16383/16384) as its client id grows.
  for (const idLength of [100, 101, 102, 110, 16_350, 16_360, 16_370, 20_000]) {
    it(`a tx with a client id of ${idLength} chars: protobufjs' bytes, allocating and appending`, () => {
      const message = order('c'.repeat(idLength));
      expect(hex(encodeMessage('Envelope', message))).toBe(reference('Envelope', message));
      const sink = { bytes: Buffer.alloc(8), length: 3 };
      encodeMessageInto('Envelope', message, sink);
      expect(hex(sink.bytes.subarray(3, sink.length))).toBe(reference('Envelope', message));
    });
  }

  it('lengths of 128 and more nested in one another (a tx in an envelope, each past a byte\'s reach) and after a sibling', () => {
    const message = { ...order('x'.repeat(200)), runId: 'r'.repeat(300) };
    expect(hex(encodeMessage('Envelope', message))).toBe(reference('Envelope', message));
    const many = { header: { height: 1 }, lastCommit: { height: 1, precommits: Array.from({ length: 9 }, (_, i) => ({ height: 1, validatorId: `v${i}`.repeat(20), blockHash: new Uint8Array(32).fill(i) })) } };
    expect(hex(encodeMessage('Block', many))).toBe(reference('Block', many));
  });
});

describe('messages larger than the scratch, and after a large one', () => {
  it('a block of 70 KiB (more than the scratch), then small blocks, then large again: protobufjs\' bytes each time', () => {
    for (const [txs, size] of [[700, 100], [2, 10], [2, 10], [60, 100], [1, 1], [700, 100], [3, 5]] as const) {
      const message = block(txs, size);
      expect(hex(encodeMessage('Block', message))).toBe(reference('Block', message));
    }
  });

  it('a string of more than 48 chars beyond the scratch\'s end is not written there, and the message is written whole', () => {
    const message = { ...order('c'), sender: 's'.repeat(70_000) };
    expect(hex(encodeMessage('Envelope', message))).toBe(reference('Envelope', message));
    expect(hex(encodeMessage('Envelope', order('d')))).toBe(reference('Envelope', order('d')));
  });

  it('an append that passes its sink\'s end grows the sink, keeps what was before, and writes protobufjs\' bytes', () => {
    const sink = { bytes: Buffer.from([9, 8, 7, 6]), length: 2 };
    const message = block(40, 50);
    encodeMessageInto('Block', message, sink);
    expect(hex(sink.bytes.subarray(0, 2))).toBe('0908');
    expect(hex(sink.bytes.subarray(2, sink.length))).toBe(reference('Block', message));
    const end = sink.length;
    encodeMessageInto('Envelope', order('e'), sink);
    expect(hex(sink.bytes.subarray(end, sink.length))).toBe(reference('Envelope', order('e')));
  });

  it('a non-ASCII string or a non-byte value in a field gives up the fast path at any size: protobufjs\' bytes', () => {
    for (const message of [order('é'), { ...order('c'), sender: 'ü'.repeat(60) }, { ...order('c'), runId: 'r'.repeat(80_000) + 'é' }]) {
      expect(hex(encodeMessage('Envelope', message))).toBe(reference('Envelope', message));
    }
    const odd = { ...block(1, 3), txs: ['AQID' as unknown as Uint8Array] };
    expect(hex(encodeMessage('Block', odd))).toBe(reference('Block', odd));
  });
});

describe('the compiled encoder writes large messages itself', () => {
  it('a block past the scratch, and the one after it, are not left to protobufjs (allocating and appending)', () => {
    const codec = pb.Block as unknown as { encode: (m: unknown) => unknown };
    const original = codec.encode;
    let calls = 0;
    codec.encode = (m: unknown) => {
      calls++;
      return original.call(pb.Block, m);
    };
    try {
      for (const message of [block(700, 100), block(700, 100), block(60, 100), block(2, 10)]) encodeMessage('Block', message);
      const sink = { bytes: Buffer.alloc(16), length: 0 };
      encodeMessageInto('Block', block(700, 100), sink);
      expect(calls).toBe(0);
    } finally {
      codec.encode = original;
    }
  });
});

describe('the scratch is not shared with a re-entered encode', () => {
  it('an encode whose getters append (encodeMessageInto) and then encode again writes protobufjs\' bytes: the append does not free the scratch', () => {
    const inner = order('inner');
    const seen: string[] = [];
    // The outer's first fields differ from the inner's: an inner encode written over the scratch shows.
    const message = {
      runId: 'outer-run',
      get sender() {
        const sink = { bytes: Buffer.alloc(4), length: 0 };
        encodeMessageInto('Envelope', inner, sink);
        seen.push(hex(sink.bytes.subarray(0, sink.length)));
        return 's';
      },
      get seq() {
        seen.push(hex(encodeMessage('Envelope', inner)));
        return 9;
      },
      tx: order('outer').tx,
    };
    expect(hex(encodeMessage('Envelope', message))).toBe(reference('Envelope', { runId: 'outer-run', sender: 's', seq: 9, tx: order('outer').tx }));
    for (const bytes of seen) expect(bytes).toBe(reference('Envelope', inner));
  });
});
