/** Test helper: the trace hash recomputed from its definition, never by calling TraceHash. */
import { createHash } from 'node:crypto';

export type Delivery = [number, string, string, Uint8Array];

/** Per delivery: time (64-bit BE), frame length (32-bit BE), `from \0 to \0`, the frame; SHA-256 of it all, in hex. */
export function reference(deliveries: readonly Delivery[]): string {
  const hash = createHash('sha256');
  for (const [timeUs, from, to, bytes] of deliveries) {
    const header = Buffer.alloc(12);
    header.writeBigUInt64BE(BigInt(timeUs), 0);
    header.writeUInt32BE(bytes.length, 8);
    hash.update(Buffer.concat([header, Buffer.from(`${from}\u0000${to}\u0000`), bytes]));
  }
  return hash.digest('hex');
}
