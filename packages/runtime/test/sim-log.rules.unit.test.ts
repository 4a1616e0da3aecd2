/**
 * Rules of the simulator's durable log (sim-log.ts) as a disk: what is appended or snapshotted is
 * a copy (the caller changing its bytes afterwards changes nothing), a read gives copies (a
 * recovering incarnation changing them changes nothing), no snapshot reads as none, and under the
 * `checkLazyLogRecords` seam a record whose encoding changed by one byte, or grew, is named.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { changedLazyLogRecords, checkLazyLogRecords } from '@faultline/runtime/testing';
import { SimDurableStore } from '../src/sim/sim-log.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (record: { text: string }) => new TextEncoder().encode(record.text);

afterEach(() => {
  checkLazyLogRecords(false);
});

describe('the simulated disk keeps copies', () => {
  it('an appended entry and a snapshot are copies of the caller\'s bytes', () => {
    const store = new SimDurableStore();
    const entry = new Uint8Array([1, 2]);
    const state = new Uint8Array([9]);
    store.snapshot(state);
    store.append(entry);
    entry.fill(0);
    state.fill(0);
    expect(store.read()).toEqual({ snapshot: new Uint8Array([9]), entries: [new Uint8Array([1, 2])] });
  });

  it('a read gives copies: changing what was read changes neither the snapshot nor the entries read next', () => {
    const store = new SimDurableStore();
    store.snapshot(new Uint8Array([9]));
    store.append(new Uint8Array([1, 2]));
    const first = store.read();
    first.snapshot!.fill(0);
    first.entries[0]!.fill(0);
    expect(store.read()).toEqual({ snapshot: new Uint8Array([9]), entries: [new Uint8Array([1, 2])] });
  });

  it('a log never snapshotted reads no snapshot', () => {
    const store = new SimDurableStore();
    store.append(new Uint8Array([1]));
    expect(store.read().snapshot).toBeUndefined();
  });
});

describe('the lazy-record seam', () => {
  it('says whether it was on, and names a record whose encoding changed in one byte or grew', () => {
    expect(checkLazyLogRecords(true)).toBe(false);
    expect(checkLazyLogRecords(true)).toBe(true);
    const store = new SimDurableStore();
    const sameLength = { text: 'aaa' };
    const longer = { text: 'ab' };
    store.appendRecord(sameLength, encode);
    store.appendRecord(longer, encode);
    store.appendRecord({ text: 'kept' }, encode);
    expect(changedLazyLogRecords()).toEqual([]);
    sameLength.text = 'aab';
    longer.text = 'abc';
    expect(changedLazyLogRecords()).toEqual(['store 0 entry 0', 'store 0 entry 1']);
    expect(() => store.read()).toThrow('durable log: record 0 changed after it was appended');
    expect(checkLazyLogRecords(false)).toBe(true);
    expect(changedLazyLogRecords()).toEqual([]);
  });

  it('a record appended while the seam is off is not encoded early nor checked', () => {
    let encoded = 0;
    const before = new SimDurableStore();
    const record = { text: 'x' };
    before.appendRecord(record, (r) => (encoded++, encode(r)));
    checkLazyLogRecords(true);
    record.text = 'y';
    expect(changedLazyLogRecords()).toEqual([]);
    expect(before.changedRecords()).toEqual([]);
    expect(text(before.read().entries[0]!)).toBe('y');
    expect(encoded).toBe(1);
  });
});
