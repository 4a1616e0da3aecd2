/**
 * An actor's durable log in the simulator: appends are durable at once (the simulated disk
 * never loses an acknowledged write), and survive crashes; memory does not.
 */
import type { RecoveredLog } from '../host.ts';
import { copyBytes } from '../copy-bytes.ts';

/** A bound per actor: a log that grows past it should have been snapshotted. */
export const LOG_ENTRIES_MAX = 10_000_000;

export class SimDurableStore {
  private snapshotBytes: Uint8Array | undefined;
  private entries: Uint8Array[] = [];

  append(entry: Uint8Array): void {
    if (this.entries.length >= LOG_ENTRIES_MAX) {
      throw new Error(`durable log: more than ${LOG_ENTRIES_MAX} entries since the last snapshot`);
    }
    this.entries.push(copyBytes(entry));
  }

  snapshot(state: Uint8Array): void {
    this.snapshotBytes = copyBytes(state);
    this.entries = [];
  }

  /**
   * What the log holds now, as a recovering incarnation sees it: copies, as a disk read gives —
   * an incarnation that changes its recovered bytes must not change what the next one reads.
   */
  read(): RecoveredLog {
    return { snapshot: this.snapshotBytes && copyBytes(this.snapshotBytes), entries: this.entries.map(copyBytes) };
  }

  get entryCount(): number {
    return this.entries.length;
  }
}

