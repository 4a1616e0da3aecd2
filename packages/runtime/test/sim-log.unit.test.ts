/**
 * The simulator's durable log keeps a record appended with `appendRecord` unencoded until a
 * restarted incarnation reads it (sim-log.ts). Sound only while the record never changes after
 * it is appended: the `checkLazyLogRecords` seam encodes each at once too and names a record
 * whose encoding changed since, and a read throws on one — shown here by changing a record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { changedLazyLogRecords, checkLazyLogRecords } from '@faultline/runtime/testing';
import { SimDurableStore } from '../src/sim/sim-log.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (record: { text: string }) => new TextEncoder().encode(record.text);

afterEach(() => {
  checkLazyLogRecords(false);
});

describe('the simulator durable log with lazily encoded records', () => {
  it('reads records as their encoding, in order among plain entries, once encoded the same on every read', () => {
    const store = new SimDurableStore();
    store.append(new TextEncoder().encode('one'));
    store.appendRecord({ text: 'two' }, encode);
    const first = store.read();
    expect(first.entries.map(text)).toEqual(['one', 'two']);
    first.entries[1]!.fill(0); // a recovering incarnation changing what it read changes nothing
    store.appendRecord({ text: 'three' }, encode);
    expect(store.read().entries.map(text)).toEqual(['one', 'two', 'three']);
    expect(store.entryCount).toBe(3);
    store.snapshot(new Uint8Array([7]));
    store.appendRecord({ text: 'four' }, encode);
    expect(store.read()).toEqual({ snapshot: new Uint8Array([7]), entries: [new TextEncoder().encode('four')] });
  });

  it('under the seam, names a record changed after it was appended, and a read refuses it', () => {
    checkLazyLogRecords(true);
    const kept = new SimDurableStore();
    kept.appendRecord({ text: 'same' }, encode);
    const store = new SimDurableStore();
    const record = { text: 'before' };
    store.append(new Uint8Array([1]));
    store.appendRecord({ text: 'untouched' }, encode);
    store.appendRecord(record, encode);
    expect(changedLazyLogRecords()).toEqual([]);
    record.text = 'after';
    expect(changedLazyLogRecords()).toEqual(['store 1 entry 2']);
    expect(() => store.read()).toThrow(/record 2 changed after it was appended/);
    expect(kept.read().entries.map(text)).toEqual(['same']);
  });

  it('without the seam a record is not encoded until it is read', () => {
    let encoded = 0;
    const store = new SimDurableStore();
    store.appendRecord({ text: 'x' }, (record) => (encoded++, encode(record)));
    expect(encoded).toBe(0);
    store.read();
    store.read();
    expect(encoded).toBe(1);
  });

  it('an entry is pending by its encoder, not by its class: a record that is bytes is still encoded, bytes appended plainly are not', () => {
    const store = new SimDurableStore();
    const reverse = (record: Uint8Array) => Uint8Array.from(record).reverse();
    store.appendRecord(new Uint8Array([1, 2, 3]), reverse);
    store.append(new Uint8Array([4, 5]));
    store.appendRecord(new Uint8Array([6, 7]), reverse);
    expect(store.read().entries).toEqual([new Uint8Array([3, 2, 1]), new Uint8Array([4, 5]), new Uint8Array([7, 6])]);
    expect(store.read().entries).toEqual([new Uint8Array([3, 2, 1]), new Uint8Array([4, 5]), new Uint8Array([7, 6])]);
  });

  it('a snapshot forgets the early encodings of the records it replaced: a record appended after it, with the seam off, is not judged by them', () => {
    checkLazyLogRecords(true);
    const store = new SimDurableStore();
    store.appendRecord({ text: 'old' }, encode);
    store.snapshot(new Uint8Array([1]));
    checkLazyLogRecords(false);
    store.appendRecord({ text: 'new' }, encode);
    expect(store.changedRecords()).toEqual([]);
    expect(store.read().entries.map(text)).toEqual(['new']);
  });
});
