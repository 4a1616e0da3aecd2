/**
 * An actor's durable log in the simulator: appends are durable at once (the simulated disk
 * never loses an acknowledged write), and survive crashes; memory does not.
 *
 * A record appended with `appendRecord` is kept as the record and its encoder, and encoded only
 * when a restarted incarnation reads the log (then once: its bytes replace it). A run's
 * write-ahead records are almost never read back — a validator writes four a height, each with
 * the block — and encoding them was 6–9 % of a consensus run. What a recovering incarnation reads
 * is the same bytes: the host contract says a record never changes after it is appended and its
 * encoder is a pure function of it (the `checkLazyLogRecords` testing seam encodes each at once
 * too and compares; test/lazy-log.test.ts in @faultline/sim runs whole scenarios with it).
 */
import type { RecoveredLog } from '../host.ts';
import { copyBytes } from '../copy-bytes.ts';

/** A bound per actor: a log that grows past it should have been snapshotted. */
export const LOG_ENTRIES_MAX = 10_000_000;

/** A record not encoded yet; `early` is its encoding at append time, kept under the testing seam only. */
interface PendingRecord {
  readonly record: unknown;
  readonly encode: (record: unknown) => Uint8Array;
  readonly early: Uint8Array | undefined;
}

type Entry = Uint8Array | PendingRecord;

/** Testing seam (`checkLazyLogRecords` in @faultline/runtime/testing): the stores to check, while on. */
let checked: SimDurableStore[] | undefined;

/** @internal Turns the seam on (a fresh list of stores to check) or off; returns whether it was on. */
export function setCheckLazyLogRecords(on: boolean): boolean {
  const previous = checked !== undefined;
  checked = on ? [] : undefined;
  return previous;
}

/**
 * @internal Under the seam: every pending record whose encoding now differs from its encoding at
 * append time (a record changed after it was appended), as `store N entry M`.
 */
export function changedLazyLogRecords(): string[] {
  const changed: string[] = [];
  (checked ?? []).forEach((store, storeIndex) => {
    for (const index of store.changedRecords()) changed.push(`store ${storeIndex} entry ${index}`);
  });
  return changed;
}

export class SimDurableStore {
  private snapshotBytes: Uint8Array | undefined;
  private entries: Entry[] = [];

  constructor() {
    checked?.push(this);
  }

  append(entry: Uint8Array): void {
    this.checkRoom();
    this.entries.push(copyBytes(entry));
  }

  /** `encode(record)` is the entry, encoded when first read (see the module comment). */
  appendRecord<R>(record: R, encode: (record: R) => Uint8Array): void {
    this.checkRoom();
    const early = checked ? copyBytes(encode(record)) : undefined;
    this.entries.push({ record, encode: encode as (record: unknown) => Uint8Array, early });
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
    const entries = this.entries;
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index]!;
      if (entry instanceof Uint8Array) continue;
      const bytes = copyBytes(entry.encode(entry.record));
      if (entry.early !== undefined && !sameBytes(entry.early, bytes)) {
        throw new Error(`durable log: record ${index} changed after it was appended`);
      }
      entries[index] = bytes;
    }
    return { snapshot: this.snapshotBytes && copyBytes(this.snapshotBytes), entries: entries.map((entry) => copyBytes(entry as Uint8Array)) };
  }

  get entryCount(): number {
    return this.entries.length;
  }

  /** @internal The indexes of pending records whose encoding differs from the one at append time (testing seam). */
  changedRecords(): number[] {
    const changed: number[] = [];
    this.entries.forEach((entry, index) => {
      if (entry instanceof Uint8Array || entry.early === undefined) return;
      if (!sameBytes(entry.early, entry.encode(entry.record))) changed.push(index);
    });
    return changed;
  }

  private checkRoom(): void {
    if (this.entries.length >= LOG_ENTRIES_MAX) {
      throw new Error(`durable log: more than ${LOG_ENTRIES_MAX} entries since the last snapshot`);
    }
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
