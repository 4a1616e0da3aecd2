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
import { objectArray } from '@faultline/protocol';
import { copyBytes } from '../copy-bytes.ts';

/** A bound per actor: a log that grows past it should have been snapshotted. */
export const LOG_ENTRIES_MAX = 10_000_000;

type Encode = (record: unknown) => Uint8Array;

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
  /**
   * Entry i: its bytes, or — while encoders[i] is set — its record, not encoded yet. Two parallel
   * arrays rather than an object per pending record: a validator appends ~4 records a height and
   * keeps them for the whole run, and a wrapper each was ~0.65 KB a height promoted and copied
   * twice by the scavenger (BENCHMARKS.md, "Session 32 sim").
   */
  // objectArray: the same maps in every simulation of a process (see its comment).
  private entries: unknown[] = objectArray();
  private encoders: Array<Encode | undefined> = objectArray();
  /** Under the testing seam only: a pending record's encoding at append time, by entry index. */
  private early: Map<number, Uint8Array> | undefined;

  constructor() {
    checked?.push(this);
  }

  append(entry: Uint8Array): void {
    this.checkRoom();
    this.entries.push(copyBytes(entry));
    this.encoders.push(undefined);
  }

  /** `encode(record)` is the entry, encoded when first read (see the module comment). */
  appendRecord<R>(record: R, encode: (record: R) => Uint8Array): void {
    this.checkRoom();
    if (checked) (this.early ??= new Map()).set(this.entries.length, copyBytes(encode(record)));
    this.entries.push(record);
    this.encoders.push(encode as Encode);
  }

  snapshot(state: Uint8Array): void {
    this.snapshotBytes = copyBytes(state);
    this.entries = objectArray();
    this.encoders = objectArray();
    this.early = undefined;
  }

  /**
   * What the log holds now, as a recovering incarnation sees it: copies, as a disk read gives —
   * an incarnation that changes its recovered bytes must not change what the next one reads.
   */
  read(): RecoveredLog {
    const entries = this.entries;
    const encoders = this.encoders;
    for (let index = 0; index < entries.length; index++) {
      const encode = encoders[index];
      if (encode === undefined) continue;
      const bytes = copyBytes(encode(entries[index]));
      const early = this.early?.get(index);
      if (early !== undefined && !sameBytes(early, bytes)) {
        throw new Error(`durable log: record ${index} changed after it was appended`);
      }
      entries[index] = bytes;
      encoders[index] = undefined;
    }
    return { snapshot: this.snapshotBytes && copyBytes(this.snapshotBytes), entries: entries.map((entry) => copyBytes(entry as Uint8Array)) };
  }

  get entryCount(): number {
    return this.entries.length;
  }

  /** @internal The indexes of pending records whose encoding differs from the one at append time (testing seam). */
  changedRecords(): number[] {
    const changed: number[] = [];
    // Ascending: the map's entries were set in append order.
    for (const [index, early] of this.early ?? []) {
      const encode = this.encoders[index];
      if (encode !== undefined && !sameBytes(early, encode(this.entries[index]))) changed.push(index);
    }
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
