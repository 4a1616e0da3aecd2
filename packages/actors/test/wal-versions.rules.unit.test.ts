/**
 * The validator's write-ahead entry versions (wal-encode.ts, "Entry versions"): a lock record whose
 * valid block is its locked block is written as a version-1 entry (00 01, then the record without
 * its valid block: the block once, not twice); reading a log back gives the records as they were,
 * from version-1 entries and from bare ones (every log written before them); an entry of a version
 * this build does not know is refused as `bad-version`, a malformed version-1 entry as corrupt; and
 * a build that reads bare records only refuses a version-1 entry rather than misread it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeMessage, encodeMessage, type faultline } from '@faultline/protocol';
import { DYDX_TIMEOUTS } from '@faultline/consensus';
import { Simulation } from '@faultline/runtime/sim';
import { checkLazyLogRecords } from '@faultline/runtime/testing';
import { createValidator, initialValidatorState, recoverValidator, type ValidatorActor } from '../src/validator/mod.ts';
import { decodeWalEntries, WAL_ENTRY_MARK, WAL_SHARED_LOCK_VERSION, WalRecordEncoder } from '../src/validator/wal-encode.ts';

type Record = faultline.v1.IValidatorWalRecord;
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
/** A record's canonical bytes (what a bare entry of it is). */
const bare = (record: Record) => encodeMessage('ValidatorWalRecord', record);

const block = fc.record(
  {
    header: fc.record({ height: fc.nat({ max: 2 ** 40 }), round: fc.nat({ max: 3 }), proposerId: fc.constantFrom('validator-3', ''), timeUs: fc.integer({ min: -5, max: 2 ** 45 }), txCount: fc.nat({ max: 3 }) }),
    txs: fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 4 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<faultline.v1.IBlock>;
const round = fc.integer({ min: -1, max: 3 });
const records = fc.array(block, { minLength: 1, maxLength: 3 }).chain((blocks) => {
  const pick = fc.option(fc.nat({ max: blocks.length - 1 }).map((index) => blocks[index]!), { nil: null });
  const lock = fc.record({ lock: fc.record({ height: fc.nat({ max: 2 ** 40 }), lockedRound: round, lockedBlock: pick, validRound: round, validBlock: pick }) });
  const committed = fc.record({ committed: fc.record({ block: pick }, { requiredKeys: [] }) });
  return fc.array(fc.oneof(lock, committed), { minLength: 1, maxLength: 8 });
});

const sharedLock = (): Record => {
  const shared: faultline.v1.IBlock = { header: { height: 7, round: 1, timeUs: 9 }, txs: [Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8])] };
  return { lock: { height: 7, lockedRound: 1, lockedBlock: shared, validRound: 1, validBlock: shared } };
};

describe('write-ahead entry versions', () => {
  it('reads back every record as it was written, versioned or bare (random lock and commit records over shared blocks)', () => {
    fc.assert(
      fc.property(records, (list) => {
        const encoder = new WalRecordEncoder();
        const entries = list.map((record) => encoder.encode(record));
        expect(decodeWalEntries(entries, 'validator v').map((record) => hex(bare(record)))).toEqual(list.map((record) => hex(bare(record))));
        // A log written before version 1 (bare entries only) reads back the same.
        expect(decodeWalEntries(list.map(bare), 'validator v').map((record) => hex(bare(record)))).toEqual(list.map((record) => hex(bare(record))));
      }),
      { numRuns: 300, seed: 23 },
    );
  });

  it('a lock record whose valid block is its locked block is a version-1 entry that carries the block once; another lock record stays bare', () => {
    const record = sharedLock();
    const lock = record.lock!;
    const entry = new WalRecordEncoder().encode(record);
    expect([entry[0], entry[1]]).toEqual([WAL_ENTRY_MARK, WAL_SHARED_LOCK_VERSION]);
    const blockBytes = encodeMessage('Block', lock.lockedBlock!).length;
    expect(bare(record).length - entry.length).toBe(1 + 1 + blockBytes - 2); // the valid block's tag, length and bytes, less the two leading bytes
    const [read] = decodeWalEntries([entry], 'validator v');
    expect(read!.lock!.validBlock).toBe(read!.lock!.lockedBlock);
    expect(hex(bare(read!))).toBe(hex(bare(record)));
    // Equal blocks that are different objects, a missing valid block, a missing locked block: bare records.
    const copy: faultline.v1.IBlock = { ...lock.lockedBlock! };
    for (const other of [{ lock: { ...lock, validBlock: copy } }, { lock: { ...lock, validBlock: null } }, { lock: { ...lock, lockedBlock: null, validBlock: null } }]) {
      expect(hex(new WalRecordEncoder().encode(other))).toBe(hex(bare(other)));
    }
  });

  it('a build that reads bare records only refuses a version-1 entry (never misreads it)', () => {
    const entry = new WalRecordEncoder().encode(sharedLock());
    expect(decodeMessage('ValidatorWalRecord', entry).ok).toBe(false);
  });

  it('an entry of an unknown version is refused as bad-version, naming the actor and the record; a malformed version-1 entry as corrupt', () => {
    const entry = new WalRecordEncoder().encode(sharedLock());
    const good = bare({ committed: { block: { header: { height: 1 } } } });
    const v3 = Uint8Array.from([WAL_ENTRY_MARK, 3, ...entry.subarray(2)]);
    expect(() => decodeWalEntries([good, v3], 'validator validator-3')).toThrow(/^validator validator-3: bad-version: log record 1 is a version 3 entry/);
    expect(() => decodeWalEntries([Uint8Array.from([WAL_ENTRY_MARK])], 'validator v')).toThrow(/bad-version: log record 0 is a version \(none\) entry/);
    const notLock = Uint8Array.from([WAL_ENTRY_MARK, WAL_SHARED_LOCK_VERSION, ...good]);
    expect(() => decodeWalEntries([notLock], 'validator v')).toThrow(/^validator v: corrupt log record 0: a version 1 entry is a lock record/);
    const withValid = Uint8Array.from([WAL_ENTRY_MARK, WAL_SHARED_LOCK_VERSION, ...bare(sharedLock())]);
    expect(() => decodeWalEntries([withValid], 'validator v')).toThrow(/corrupt log record 0: a version 1 entry/);
    const cut = entry.subarray(0, entry.length - 3);
    expect(() => decodeWalEntries([cut], 'validator v')).toThrow(/^validator v: corrupt log record 0: /);
    expect(() => decodeWalEntries([Uint8Array.from([0x22, 0x05, 0x01])], 'validator v')).toThrow(/^validator v: corrupt log record 0: /);
  });

  it('a validator recovered from its log written with version-1 entries is where one recovered from the bare log is', () => {
    const ids = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
    const config = { validatorIds: ids, keySeed: 3, timeouts: { ...DYDX_TIMEOUTS, commitUs: 10_000 } };
    const records: Record[] = [];
    const sim = new Simulation({ seed: 3 });
    for (const id of ids) {
      sim.addActor(id, (host) => {
        const actor = createValidator(config)(host) as ValidatorActor;
        if (id === 'validator-2') {
          const wal = actor.core.wal;
          const encode = wal.encode.bind(wal);
          wal.encode = (record) => (records.push(record), encode(record));
        }
        return actor;
      });
    }
    // The simulator encodes a record only when a restart reads it; the seam encodes each at once.
    const checking = checkLazyLogRecords(true);
    try {
      sim.runFor(4_000_000);
    } finally {
      checkLazyLogRecords(checking);
    }
    expect(records.filter((record) => record.lock).length).toBeGreaterThan(5);
    // Every record of the run, encoded now as a live validator writes them (the simulator encodes lazily).
    const encoder = new WalRecordEncoder();
    const entries = records.map((record) => encoder.encode(record));
    expect(entries.filter((entry) => entry[0] === WAL_ENTRY_MARK).length).toBeGreaterThan(5);
    const fromVersioned = recoverValidator(initialValidatorState(config, 'validator-2'), { entries }).consensus;
    const fromBare = recoverValidator(initialValidatorState(config, 'validator-2'), { entries: records.map(bare) }).consensus;
    expect(fromVersioned.chain.length).toBeGreaterThan(5);
    expect(fromVersioned.chain.map((c) => hex(bare({ committed: c })))).toEqual(fromBare.chain.map((c) => hex(bare({ committed: c }))));
    expect([fromVersioned.height, fromVersioned.round, fromVersioned.claimedHeight]).toEqual([fromBare.height, fromBare.round, fromBare.claimedHeight]);
  });
});
