/**
 * The trace hash: SHA-256 over every delivery in order — virtual time, sender, recipient and
 * the exact frame bytes. Two runs with the same hash saw the same messages at the same times.
 */
import { createHash, type Hash } from 'node:crypto';
import type { Micros } from '../units.ts';

/** A delivery's header at `at`: time (64-bit big-endian), the frame's length (32-bit), `from \0 to \0`. */
function writeHeader(into: Buffer, at: number, timeUs: Micros, frameLength: number, link: Buffer): void {
  // Time as two 32-bit halves: exact for any safe integer.
  into.writeUInt32BE(Math.floor(timeUs / 4294967296), at);
  into.writeUInt32BE(timeUs >>> 0, at + 4);
  into.writeUInt32BE(frameLength, at + 8);
  link.copy(into, at + 12);
}

/** Deliveries are gathered into a buffer of this many bytes and hashed a buffer at a time. */
const BUFFER_BYTES = 64 * 1024;

/**
 * The SHA-256 of a stream does not depend on how the stream is cut into updates, so deliveries
 * are written one after another into a buffer that is hashed when the next one would not fit
 * (and before a digest is read): one hash update per ~64 KiB instead of one per delivery (~28 an
 * empty block in a consensus run). A delivery larger than the buffer is hashed directly.
 */
export class TraceHash {
  private readonly hash: Hash = createHash('sha256');
  private readonly buffer: Buffer;
  private filled = 0;
  /** `from \0 to \0` as bytes, per link: links are few and reused for every message. */
  private readonly linkKeys = new Map<string, Map<string, Buffer>>();

  /** `bufferBytes`: the gathering buffer's size (tests use small ones to reach its edges). */
  constructor(bufferBytes = BUFFER_BYTES) {
    this.buffer = Buffer.alloc(bufferBytes);
  }

  record(timeUs: Micros, from: string, to: string, bytes: Uint8Array): void {
    const link = this.linkKey(from, to);
    const headerLength = 12 + link.length;
    const length = headerLength + bytes.length;
    const buffer = this.buffer;
    if (this.filled + length > buffer.length) {
      this.flush();
      if (length > buffer.length) {
        // Larger than the whole buffer: its header, then its bytes as they are.
        const header = Buffer.allocUnsafe(headerLength);
        writeHeader(header, 0, timeUs, bytes.length, link);
        this.hash.update(header);
        this.hash.update(bytes);
        return;
      }
    }
    const at = this.filled;
    writeHeader(buffer, at, timeUs, bytes.length, link);
    buffer.set(bytes, at + headerLength);
    this.filled = at + length;
  }

  /** The hex digest so far; the hash keeps accepting deliveries afterwards. */
  hex(): string {
    this.flush();
    return this.hash.copy().digest('hex');
  }

  private flush(): void {
    if (this.filled === 0) return;
    this.hash.update(this.buffer.subarray(0, this.filled));
    this.filled = 0;
  }

  private linkKey(from: string, to: string): Buffer {
    let byTarget = this.linkKeys.get(from);
    if (!byTarget) this.linkKeys.set(from, (byTarget = new Map()));
    let key = byTarget.get(to);
    if (!key) byTarget.set(to, (key = Buffer.from(`${from}\u0000${to}\u0000`)));
    return key;
  }
}
