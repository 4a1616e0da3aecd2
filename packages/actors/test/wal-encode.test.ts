/**
 * The validator's write-ahead record encoder (wal-encode.ts) against encodeMessage, byte for
 * byte (a shared-block lock record: its version-1 entry, see `same`): every record a consensus run persists, in order (the block remembered across records),
 * and random lock and commit records whose blocks are shared, distinct or unset.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeMessage, pb, type faultline } from '@faultline/protocol';
import { DYDX_TIMEOUTS } from '@faultline/consensus';
import { Simulation } from '@faultline/runtime/sim';
import { changedLazyLogRecords, checkLazyLogRecords } from '@faultline/runtime/testing';
import { createValidator, type ValidatorActor } from '../src/validator/mod.ts';
import { WalRecordEncoder } from '../src/validator/wal-encode.ts';

const hash = fc.uint8Array({ minLength: 0, maxLength: 32 });
const vote = fc.record({
  type: fc.constantFrom(pb.VoteType.VOTE_TYPE_PREVOTE, pb.VoteType.VOTE_TYPE_PRECOMMIT),
  height: fc.nat({ max: 2 ** 40 }),
  round: fc.nat({ max: 5 }),
  blockHash: hash,
  validatorId: fc.constantFrom('validator-1', 'validator-2', ''),
  timestampUs: fc.integer({ min: -(2 ** 40), max: 2 ** 45 }),
  signature: fc.uint8Array({ minLength: 0, maxLength: 64 }),
});
const certificate = fc.record({ height: fc.nat({ max: 2 ** 40 }), round: fc.nat({ max: 5 }), blockHash: hash, precommits: fc.array(vote, { maxLength: 4 }) });
const block: fc.Arbitrary<faultline.v1.IBlock> = fc.record(
  {
    header: fc.record({ height: fc.nat({ max: 2 ** 40 }), round: fc.nat({ max: 3 }), proposerId: fc.constantFrom('validator-3', ''), prevBlockHash: hash, timeUs: fc.integer({ min: -5, max: 2 ** 45 }), txsHash: hash, txCount: fc.nat({ max: 3 }), lastCommitHash: hash }),
    txs: fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 3 }),
    lastCommit: fc.option(certificate, { nil: null }),
  },
  { requiredKeys: [] },
);
const round = fc.integer({ min: -1, max: 3 });
/**
 * Hex of both (encodeMessage returns a Buffer, the spliced record a Uint8Array). A lock record
 * whose valid block is its locked block is a version-1 entry: 00 01, then the record without its
 * valid block (wal-versions.rules.unit.test.ts).
 */
const same = (record: faultline.v1.IValidatorWalRecord, encoder: WalRecordEncoder) => {
  const lock = record.lock;
  const expected = lock?.lockedBlock && lock.validBlock === lock.lockedBlock ? `0001${Buffer.from(encodeMessage('ValidatorWalRecord', { lock: { ...lock, validBlock: null } })).toString('hex')}` : Buffer.from(encodeMessage('ValidatorWalRecord', record)).toString('hex');
  expect(Buffer.from(encoder.encode(record)).toString('hex')).toBe(expected);
};

/** Lock and commit records over a small pool of blocks, so the same object recurs (and a different one follows). */
const records = fc.array(block, { minLength: 1, maxLength: 3 }).chain((blocks) => {
  const pick = fc.option(fc.nat({ max: blocks.length - 1 }).map((index) => blocks[index]!), { nil: null });
  const lock = fc.record({ lock: fc.record({ height: fc.nat({ max: 2 ** 40 }), lockedRound: round, lockedBlock: pick, validRound: round, validBlock: pick }) });
  const committed = fc.record({ committed: fc.record({ block: pick, certificate: fc.option(certificate, { nil: null }) }, { requiredKeys: [] }) });
  const signedVote = fc.record({ signedVote: vote });
  return fc.array(fc.oneof(lock, committed, signedVote), { minLength: 1, maxLength: 8 });
});

describe('WalRecordEncoder', () => {
  it('writes what encodeMessage writes, for random lock, commit and vote records over shared blocks', () => {
    fc.assert(
      fc.property(records, (list) => {
        const encoder = new WalRecordEncoder();
        for (const record of list) same(record, encoder);
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('writes what encodeMessage writes for every record a consensus run persists', () => {
    const records: faultline.v1.IValidatorWalRecord[] = [];
    // The simulator encodes a record only when a restart reads it; the seam encodes each at once too.
    const checking = checkLazyLogRecords(true);
    const sim = new Simulation({ seed: 3 });
    const ids = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
    for (const id of ids) {
      sim.addActor(id, (host) => {
        const actor = createValidator({ validatorIds: ids, keySeed: 3, timeouts: { ...DYDX_TIMEOUTS, commitUs: 10_000 } })(host) as ValidatorActor;
        if (id === 'validator-2') {
          const wal = actor.core.wal;
          const encode = wal.encode.bind(wal);
          wal.encode = (record) => {
            records.push(record);
            return encode(record);
          };
        }
        return actor;
      });
    }
    try {
      sim.runFor(4_000_000);
      expect(changedLazyLogRecords()).toEqual([]);
    } finally {
      checkLazyLogRecords(checking);
    }
    expect(records.filter((record) => record.lock).length).toBeGreaterThan(10);
    expect(records.filter((record) => record.committed?.block?.lastCommit).length).toBeGreaterThan(10);
    const encoder = new WalRecordEncoder();
    for (const record of records) same(record, encoder);
  });

  it('a different block object with the same shape is encoded afresh (no stale bytes)', () => {
    const encoder = new WalRecordEncoder();
    const a: faultline.v1.IBlock = { header: { height: 1, timeUs: 5 } };
    const b: faultline.v1.IBlock = { header: { height: 2, timeUs: 6 } };
    same({ committed: { block: a } }, encoder);
    same({ lock: { height: 2, lockedRound: 0, lockedBlock: b, validRound: 0, validBlock: b } }, encoder);
    same({ committed: { block: a, certificate: { height: 1 } } }, encoder);
  });

  it('a record with more than one field, or any field besides a lock or a commit, is written whole (nothing dropped)', () => {
    const encoder = new WalRecordEncoder();
    const locked: faultline.v1.IBlock = { header: { height: 3, timeUs: 7 }, txs: [Uint8Array.of(1, 2)] };
    const other: faultline.v1.IBlock = { header: { height: 3, timeUs: 8 } };
    const lock = { height: 3, lockedRound: 1, lockedBlock: locked, validRound: 1, validBlock: other };
    const signedVote = { type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height: 3, round: 1, blockHash: Uint8Array.of(9), validatorId: 'validator-1' };
    const signedProposal = { height: 3, round: 1, proposerId: 'validator-2', block: other, polRound: -1 };
    for (const record of [
      { lock, signedVote },
      { lock, signedProposal },
      { lock, committed: { block: locked } },
      { committed: { block: locked }, signedVote },
      { committed: { block: locked }, signedProposal },
      { committed: { block: locked }, lock },
    ] as faultline.v1.IValidatorWalRecord[]) {
      same(record, encoder);
      expect(Buffer.from(encoder.encode(record)).toString('hex')).toBe(Buffer.from(encodeMessage('ValidatorWalRecord', record)).toString('hex'));
    }
  });

  it("a record or field read with unknown fields (a newer writer's) keeps them: written by encodeMessage", () => {
    const encoder = new WalRecordEncoder();
    const unknown = [Uint8Array.of(0xf8, 0x06, 0x01)]; // field 111, varint 1
    const block: faultline.v1.IBlock = { header: { height: 4, timeUs: 9 } };
    const lock = { height: 4, lockedRound: 0, lockedBlock: block, validRound: 0, validBlock: null };
    for (const record of [
      Object.assign({ lock }, { $unknowns: unknown }),
      { lock: Object.assign({ ...lock }, { $unknowns: unknown }) },
      Object.assign({ committed: { block } }, { $unknowns: unknown }),
      { committed: Object.assign({ block }, { $unknowns: unknown }) },
    ] as faultline.v1.IValidatorWalRecord[]) {
      const expected = Buffer.from(encodeMessage('ValidatorWalRecord', record)).toString('hex');
      expect(expected).toContain('f80601');
      expect(Buffer.from(encoder.encode(record)).toString('hex')).toBe(expected);
    }
  });

  it('blocks at and past a varint length band (16 KiB, 2 MiB) are framed as encodeMessage frames them', () => {
    const encoder = new WalRecordEncoder();
    // Every tx size whose block, or the record's embedded message around it, lands on a band's edge.
    const sizes = [16_384, 2_097_152].flatMap((edge) => Array.from({ length: 48 }, (_, i) => edge - 40 + i));
    for (const size of [...sizes, 20_000, 2_200_000]) {
      const block: faultline.v1.IBlock = { header: { height: 5, timeUs: size }, txs: [new Uint8Array(size).fill(7)] };
      same({ committed: { block } }, encoder);
      same({ lock: { height: 5, lockedRound: 0, lockedBlock: block, validRound: 0, validBlock: null } }, encoder);
    }
  });
});
