/**
 * The trace hash: SHA-256 over every delivery in order — virtual time, sender, recipient and
 * the exact frame bytes. Two runs with the same hash saw the same messages at the same times.
 */
import { createHash, type Hash } from 'node:crypto';
import type { Micros } from '../units.ts';

export class TraceHash {
  private readonly hash: Hash = createHash('sha256');
  private readonly header = Buffer.alloc(12);

  record(timeUs: Micros, from: string, to: string, bytes: Uint8Array): void {
    // Time as two 32-bit halves: exact for any safe integer.
    this.header.writeUInt32BE(Math.floor(timeUs / 4294967296), 0);
    this.header.writeUInt32BE(timeUs >>> 0, 4);
    this.header.writeUInt32BE(bytes.length, 8);
    this.hash.update(this.header);
    this.hash.update(from);
    this.hash.update('\u0000');
    this.hash.update(to);
    this.hash.update('\u0000');
    this.hash.update(bytes);
  }

  /** The hex digest so far; the hash keeps accepting deliveries afterwards. */
  hex(): string {
    return this.hash.copy().digest('hex');
  }
}
