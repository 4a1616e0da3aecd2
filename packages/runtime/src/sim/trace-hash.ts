/**
 * The trace hash: SHA-256 over every delivery in order — virtual time, sender, recipient and
 * the exact frame bytes. Two runs with the same hash saw the same messages at the same times.
 */
import { createHash, type Hash } from 'node:crypto';
import type { Micros } from '../units.ts';

/** Frames larger than the scratch buffer are hashed in two updates instead of one. */
const SCRATCH_BYTES = 64 * 1024;

export class TraceHash {
  private readonly hash: Hash = createHash('sha256');
  private readonly scratch = Buffer.alloc(SCRATCH_BYTES);
  /** `from \0 to \0` as bytes, per link: links are few and reused for every message. */
  private readonly linkKeys = new Map<string, Map<string, Buffer>>();

  record(timeUs: Micros, from: string, to: string, bytes: Uint8Array): void {
    const link = this.linkKey(from, to);
    const scratch = this.scratch;
    // Time as two 32-bit halves: exact for any safe integer.
    scratch.writeUInt32BE(Math.floor(timeUs / 4294967296), 0);
    scratch.writeUInt32BE(timeUs >>> 0, 4);
    scratch.writeUInt32BE(bytes.length, 8);
    link.copy(scratch, 12);
    const headerLength = 12 + link.length;
    if (headerLength + bytes.length <= SCRATCH_BYTES) {
      scratch.set(bytes, headerLength);
      this.hash.update(scratch.subarray(0, headerLength + bytes.length));
    } else {
      this.hash.update(scratch.subarray(0, headerLength));
      this.hash.update(bytes);
    }
  }

  /** The hex digest so far; the hash keeps accepting deliveries afterwards. */
  hex(): string {
    return this.hash.copy().digest('hex');
  }

  private linkKey(from: string, to: string): Buffer {
    let byTarget = this.linkKeys.get(from);
    if (!byTarget) this.linkKeys.set(from, (byTarget = new Map()));
    let key = byTarget.get(to);
    if (!key) byTarget.set(to, (key = Buffer.from(`${from}\u0000${to}\u0000`)));
    return key;
  }
}
