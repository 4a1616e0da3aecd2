/**
 * An event log read from its file a window at a time (LogBytes), so `faultline replay`, `diff`
 * and `report` never hold a whole log in memory: a 1M-event log is ~100 MiB, which was a fifth of
 * replay's peak RSS. Each window is fresh memory (decoded records may keep views into it); the
 * last one is dropped once nothing refers to it.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { LogBytes } from '@faultline/protocol';

/**
 * Bytes read per window: large enough that reads are few, small next to the venue's state, and
 * small enough that the allocator reuses a freed window's memory (a fresh 4 MiB window each time
 * cost its page faults: ~0.1-0.35 s of system time on the 1M-event log, against ~0.03 s in 256 KiB
 * windows; replay frames the log in views as large: REPLAY_VIEW_BYTES).
 */
export const LOG_WINDOW_BYTES = 256 * 1024;

export class LogFile implements LogBytes {
  readonly length: number;
  private readonly fd: number;
  private window: Buffer = Buffer.alloc(0);
  private windowStart = 0;

  constructor(
    readonly path: string,
    private readonly windowBytes = LOG_WINDOW_BYTES,
  ) {
    this.fd = openSync(path, 'r');
    this.length = fstatSync(this.fd).size;
  }

  read(offset: number, length: number): Uint8Array {
    const end = Math.min(offset + length, this.length);
    if (offset < this.windowStart || end > this.windowStart + this.window.length) this.fill(offset, end - offset);
    return this.window.subarray(offset - this.windowStart, end - this.windowStart);
  }

  close(): void {
    closeSync(this.fd);
  }

  private fill(offset: number, length: number): void {
    const size = Math.min(Math.max(this.windowBytes, length), this.length - offset);
    const window = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const read = readSync(this.fd, window, filled, size - filled, offset + filled);
      if (read === 0) break; // the file shrank while read: the frames checks report the truncation
      filled += read;
    }
    this.window = filled === size ? window : window.subarray(0, filled);
    this.windowStart = offset;
  }
}
