/**
 * walBatch (ValidatorConfig; the live validator service sets it): the records one input persists
 * back to back, with no publish between them (a lock and its precommit), are one log entry
 * (wal-encode.ts, version 2). Rules:
 * - the log read back is the core's persisted records, every one, in their order — at every crash
 *   point, including right after a vote (the simulator's crash-after-vote);
 * - a restarted validator recovers from it, rejoins and commits with the others (every chain agrees);
 * - only the log's grouping changes: the same run with and without it is the same run (trace hash);
 * - per height a validator appends one entry fewer (4.3 → 3.3);
 * - a commit record stays an entry of its own, the block's publish just ahead of it
 *   (commitBeforeRecord), and every vote and proposal still follows the entry holding its record;
 * - a version-2 entry reads back as its records; one that does not split (cut, empty, a batch in a
 *   batch, a single record) is corrupt, naming the actor and the entry.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeMessage, type faultline } from '@faultline/protocol';
import { DYDX_TIMEOUTS } from '@faultline/consensus';
import { Simulation } from '@faultline/runtime/sim';
import type { CoreEffect } from '../src/core/effects.ts';
import { createValidator, type ValidatorActor } from '../src/validator/mod.ts';
import { decide, initialValidatorState, type ValidatorConfig } from '../src/validator/validator-core.ts';
import { decodeWalEntries, walBatchEntries, WAL_BATCH_VERSION, WAL_ENTRY_MARK, WalRecordEncoder } from '../src/validator/wal-encode.ts';

type WalRecord = faultline.v1.IValidatorWalRecord;
const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bare = (record: WalRecord) => hex(encodeMessage('ValidatorWalRecord', record));
const config: ValidatorConfig = { validatorIds: IDS, keySeed: 3, timeouts: { ...DYDX_TIMEOUTS, commitUs: 10_000 }, commitBeforeRecord: true, walBatch: true };
const unbatched: ValidatorConfig = { ...config, walBatch: false };

/** Four batching validators; validator-2's persisted records (first incarnation) and what each incarnation recovered. */
function network(seed: number, options: ValidatorConfig = config) {
  const sim = new Simulation({ seed });
  const persisted: WalRecord[] = [];
  const recovered: Uint8Array[][] = [];
  const actors = new Map<string, ValidatorActor>();
  for (const id of IDS) {
    sim.addActor(id, (host) => {
      if (id === 'validator-2') recovered.push([...host.log.recover().entries]);
      const actor = createValidator(options)(host) as ValidatorActor;
      actors.set(id, actor);
      if (id === 'validator-2' && recovered.length === 1) {
        // The core's one place of persisting (TendermintCore.record): every record it hands the host, in order.
        const core = actor.core.consensus as unknown as { record: (record: WalRecord, options?: { persist?: boolean }) => void };
        const record = core.record.bind(core);
        core.record = (r, options) => {
          if (options?.persist !== false) persisted.push(r);
          record(r, options);
        };
      }
      return actor;
    });
  }
  return { sim, persisted, recovered, actors };
}

/** validator-2 crashes now — right after its next vote (its records and the vote's publish, nothing after), or at once — and restarts. */
function crashAndRestart(sim: ReturnType<typeof network>['sim'], afterVote: boolean): void {
  if (afterVote) {
    sim.inject({ kind: 'crash-after-vote', atUs: sim.now(), actors: ['validator-2'], durationUs: 50_000 });
    sim.runFor(200_000);
  } else {
    sim.crash('validator-2');
    sim.restart('validator-2');
  }
}

/** Every chain is a prefix of the others, none empty, and validator-2 caught up: within a few heights of the others. */
function expectChainsAgree(actors: ReturnType<typeof network>['actors']): void {
  const chains = IDS.map((id) => actors.get(id)!.committedHashes());
  const shortest = Math.min(...chains.map((c) => c.length));
  expect(shortest).toBeGreaterThan(0);
  for (const chain of chains) expect(chain.slice(0, shortest)).toEqual(chains[0]!.slice(0, shortest));
  expect(Math.max(...chains.map((c) => c.length)) - chains[1]!.length).toBeLessThanOrEqual(3);
}

describe('walBatch: write-ahead batches', () => {
  it('the log read back is every persisted record in order; the restarted validator rejoins and every chain agrees', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 3_100_000, max: 5_000_000 }), fc.boolean(), (seed, crashAtUs, afterVote) => {
        const { sim, persisted, recovered, actors } = network(seed);
        sim.runFor(crashAtUs);
        crashAndRestart(sim, afterVote);
        expect(recovered).toHaveLength(2);
        const entries = recovered[1]!;
        // The simulator's log keeps every append: every record persisted is read back, in order.
        expect(decodeWalEntries(entries, 'validator validator-2').map(bare)).toEqual(persisted.map(bare));
        // Fewer appends than records: the batches.
        if (persisted.length > 20) expect(entries.length).toBeLessThan(persisted.length * 0.85);
        sim.runFor(1_500_000);
        expectChainsAgree(actors);
      }),
      { numRuns: 12, seed: 30 },
    );
  });

  it('only the grouping changes: the same run with and without batches (trace hash); one entry a height fewer', () => {
    // The first height starts ~3 s in (DYDX's propose timeout from genesis); 10 ms commit waits after it.
    const on = network(7);
    const off = network(7, unbatched);
    on.sim.runFor(6_000_000);
    off.sim.runFor(6_000_000);
    expect(on.sim.traceHash()).toBe(off.sim.traceHash());
    expect(on.persisted.map(bare)).toEqual(off.persisted.map(bare));
    const heights = on.actors.get('validator-2')!.committedHashes().length;
    expect(heights).toBeGreaterThan(100);
    const entriesOn = on.sim.durableEntryCount('validator-2');
    const entriesOff = off.sim.durableEntryCount('validator-2');
    expect(entriesOff).toBe(off.persisted.length);
    // One lock + precommit pair a height (and one more for a height's later round, none here).
    expect(Math.abs(entriesOff - entriesOn - heights)).toBeLessThanOrEqual(2);
  });

  it('a commit record is an entry of its own with the block published just ahead of it; lock and precommit are one entry; every vote and proposal follows its record', () => {
    // A quorum of one: a start proposes, votes and commits height 1 in one decision.
    const solo: ValidatorConfig = { validatorIds: ['validator-1'], keySeed: 9, commitBeforeRecord: true, walBatch: true };
    const kindOf = (r: WalRecord) => Object.keys(r).find((k) => (r as Record<string, unknown>)[k] != null);
    const labels = (effects: readonly CoreEffect[]) =>
      effects.flatMap((effect) => {
        if (effect.kind === 'persist-record') return [`persist:${Array.isArray(effect.record) ? `[${(effect.record as WalRecord[]).map(kindOf).join('+')}]` : kindOf(effect.record as WalRecord)}`];
        if (effect.kind === 'publish') return [`publish:${Object.keys(effect.body)[0]}`];
        return [];
      });
    const l = labels(decide(initialValidatorState(solo, 'validator-1'), { kind: 'start' }, 0).effects);
    expect(l.indexOf('publish:committedBlock')).toBe(l.indexOf('persist:committed') - 1);
    expect(l).toContain('persist:[lock+signedVote]');
    for (const [kind, record] of [['publish:proposal', 'signedProposal'], ['publish:vote', 'signedVote']] as const) {
      for (const at of l.flatMap((x, i) => (x === kind ? [i] : []))) expect(l.slice(0, at).some((x) => x.startsWith('persist:') && x.includes(record))).toBe(true);
    }
    // Without commitBeforeRecord the block follows its record.
    const late = labels(decide(initialValidatorState({ ...solo, commitBeforeRecord: false }, 'validator-1'), { kind: 'start' }, 0).effects);
    expect(late.indexOf('publish:committedBlock')).toBe(late.indexOf('persist:committed') + 1);
  });
});

/**
 * walHoldCommit: a commit record whose block went out ahead of it waits for the validator's next
 * record and shares its entry. Rules: the log read back is every persisted record in order but a
 * held commit record, which is always the last one persisted (nothing is written after it
 * without it); the restarted validator rejoins and every chain agrees; the simulator's run is the
 * same run (trace hash); a height is about two entries; a synced block's record is not held.
 */
describe('walHoldCommit: held commit records', () => {
  const hold: ValidatorConfig = { ...config, walBatch: false, walHoldCommit: true };

  it('the log read back is every persisted record in order, but a held commit record, always the last persisted; the restarted validator rejoins', () => {
    let held = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 3_100_000, max: 5_000_000 }), fc.boolean(), (seed, crashAtUs, afterVote) => {
        const { sim, persisted, recovered, actors } = network(seed, hold);
        sim.runFor(crashAtUs);
        crashAndRestart(sim, afterVote);
        expect(recovered).toHaveLength(2);
        const read = decodeWalEntries(recovered[1]!, 'validator validator-2').map(bare);
        const lost = persisted.length - read.length;
        expect(lost === 0 || (lost === 1 && persisted[persisted.length - 1]!.committed != null)).toBe(true);
        held += lost;
        expect(read).toEqual(persisted.slice(0, read.length).map(bare));
        sim.runFor(1_500_000);
        expectChainsAgree(actors);
      }),
      { numRuns: 16, seed: 31 },
    );
    // Some crash points fell while a commit record was held (the commit wait is ~10 ms of a height here).
    expect(held).toBeGreaterThan(0);
  });

  it('the same run with and without holding (trace hash); about two entries a height', () => {
    const on = network(7, hold);
    const off = network(7, unbatched);
    on.sim.runFor(6_000_000);
    off.sim.runFor(6_000_000);
    expect(on.sim.traceHash()).toBe(off.sim.traceHash());
    expect(on.persisted.map(bare)).toEqual(off.persisted.map(bare));
    const heights = on.actors.get('validator-2')!.committedHashes().length;
    expect(heights).toBeGreaterThan(100);
    const entries = on.sim.durableEntryCount('validator-2');
    // Four records a height in two entries (a proposer's height has its proposal too: a few more).
    expect(entries / heights).toBeGreaterThanOrEqual(2);
    expect(entries / heights).toBeLessThan(2.4);
    expect(off.sim.durableEntryCount('validator-2') / heights).toBeGreaterThan(4);
  });

  it('a commit record is held and leaves with the next record; the block is published at once; a synced block is not held', () => {
    const solo: ValidatorConfig = { validatorIds: ['validator-1'], keySeed: 9, commitBeforeRecord: true, walHoldCommit: true };
    const kindOf = (r: WalRecord) => Object.keys(r).find((k) => (r as Record<string, unknown>)[k] != null);
    const labels = (effects: readonly CoreEffect[]) =>
      effects.flatMap((effect) => {
        if (effect.kind === 'persist-record') return [`persist:${Array.isArray(effect.record) ? `[${(effect.record as WalRecord[]).map(kindOf).join('+')}]` : kindOf(effect.record as WalRecord)}`];
        if (effect.kind === 'publish') return [`publish:${Object.keys(effect.body)[0]}`];
        return [];
      });
    const state = initialValidatorState(solo, 'validator-1');
    const first = labels(decide(state, { kind: 'start' }, 0).effects);
    expect(first).toContain('publish:committedBlock');
    expect(first.filter((x) => x.includes('committed'))).toEqual(['publish:committedBlock']);
    // The block goes out after the entry holding its precommit (the barrier then waits for that precommit's ack).
    expect(first.indexOf('publish:committedBlock')).toBeGreaterThan(first.indexOf('persist:[lock+signedVote]'));
    expect(state.heldCommit?.committed).toBeDefined();
    // The commit wait ends: height 2's proposal record carries height 1's commit record.
    const timer = [...state.timeouts.keys()].find((name) => name.startsWith('timeout/commit/'))!;
    const next = labels(decide(state, { kind: 'timer', timer }, 1_000_000).effects);
    expect(next[0]).toBe('persist:[committed+signedProposal]');
    expect(next.indexOf('publish:proposal')).toBeGreaterThan(0);
    // Without commitBeforeRecord nothing is held (the block follows its record).
    const late = initialValidatorState({ ...solo, commitBeforeRecord: false }, 'validator-1');
    const l = labels(decide(late, { kind: 'start' }, 0).effects);
    expect(late.heldCommit).toBeUndefined();
    expect(l.indexOf('publish:committedBlock')).toBe(l.indexOf('persist:committed') + 1);
  });
});

describe('version-2 entries', () => {
  const block: faultline.v1.IBlock = { header: { height: 4, round: 0, timeUs: 9 }, txs: [Uint8Array.from([1, 2, 3])] };
  const records: WalRecord[] = [
    { committed: { block: { header: { height: 3 } } } },
    { lock: { height: 4, lockedRound: 0, lockedBlock: block, validRound: 0, validBlock: block } },
    { signedVote: { validatorId: 'validator-1', height: 4, round: 0, type: 2, blockHash: Uint8Array.from([7]) } },
  ];

  it('reads back as its records, in order, between bare and version-1 entries', () => {
    const encoder = new WalRecordEncoder();
    const entry = encoder.encodeBatch(records);
    expect([entry[0], entry[1]]).toEqual([WAL_ENTRY_MARK, WAL_BATCH_VERSION]);
    expect(walBatchEntries(entry)).toHaveLength(3);
    const around = [encoder.encode(records[2]!), entry, encoder.encode(records[1]!)];
    expect(decodeWalEntries(around, 'validator v').map(bare)).toEqual([records[2]!, ...records, records[1]!].map(bare));
    // A bare record whose second byte is the batch version (a commit record of an empty block: 0a 02 0a 00) is a bare
    // record, alone or inside a batch: only the mark and the version together make a batch.
    const looksLikeV2: WalRecord = { committed: { block: {} } };
    const lookalike = encoder.encode(looksLikeV2);
    expect(lookalike[1]).toBe(WAL_BATCH_VERSION);
    expect(walBatchEntries(lookalike)).toEqual([lookalike]);
    expect(decodeWalEntries([lookalike, encoder.encodeBatch([looksLikeV2, records[2]!, looksLikeV2])], 'validator v').map(bare)).toEqual([looksLikeV2, looksLikeV2, records[2]!, looksLikeV2].map(bare));
    // A record of exactly 128 bytes: its length is two varint bytes, the first 0x80 (a continuation with no bits).
    const sized = (n: number): WalRecord => ({ signedVote: { validatorId: 'validator-1', height: 4, round: 0, type: 2, blockHash: new Uint8Array(n).fill(7) } });
    const of128 = sized([...Array(128).keys()].find((n) => encoder.encode(sized(n)).length === 128)!);
    expect(encoder.encode(of128).length).toBe(128);
    expect(decodeWalEntries([encoder.encodeBatch([of128, records[2]!])], 'validator v').map(bare)).toEqual([of128, records[2]!].map(bare));
    // One record is its own entry, not a batch.
    expect(hex(encoder.encodeBatch([records[2]!]))).toBe(hex(encoder.encode(records[2]!)));
    expect(walBatchEntries(encoder.encode(records[2]!))).toHaveLength(1);
  });

  it('random lists of records read back as written', () => {
    const record = fc.oneof(
      fc.nat({ max: 2 ** 40 }).map((height): WalRecord => ({ committed: { block: { header: { height } } } })),
      fc.record({ height: fc.nat({ max: 2 ** 30 }), round: fc.nat({ max: 3 }), shared: fc.boolean() }).map(({ height, round, shared }): WalRecord => {
        const b: faultline.v1.IBlock = { header: { height, round }, txs: [Uint8Array.from([height & 255])] };
        return { lock: { height, lockedRound: round, lockedBlock: b, validRound: round, validBlock: shared ? b : { ...b } } };
      }),
      fc.record({ height: fc.nat({ max: 2 ** 30 }), type: fc.constantFrom(1, 2), hash: fc.uint8Array({ maxLength: 32 }) }).map(({ height, type, hash }): WalRecord => ({ signedVote: { validatorId: 'validator-2', height, round: 0, type, blockHash: hash } })),
    );
    fc.assert(
      fc.property(fc.array(fc.array(record, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (groups) => {
        const encoder = new WalRecordEncoder();
        const entries = groups.map((group) => encoder.encodeBatch(group));
        expect(decodeWalEntries(entries, 'validator v').map(bare)).toEqual(groups.flat().map(bare));
      }),
      { numRuns: 200, seed: 31 },
    );
  });

  it('an entry that does not split is corrupt, naming the actor and the entry', () => {
    const encoder = new WalRecordEncoder();
    const entry = encoder.encodeBatch(records);
    const good = encoder.encode(records[2]!);
    const bad: Array<[string, Uint8Array]> = [
      ['cut', entry.subarray(0, entry.length - 1)],
      ['an empty record', Uint8Array.from([WAL_ENTRY_MARK, WAL_BATCH_VERSION, 0, ...entry.subarray(2)])],
      ['no records', Uint8Array.from([WAL_ENTRY_MARK, WAL_BATCH_VERSION])],
      ['one record', Uint8Array.from([WAL_ENTRY_MARK, WAL_BATCH_VERSION, good.length, ...good])],
      ['a batch in a batch', Uint8Array.from([WAL_ENTRY_MARK, WAL_BATCH_VERSION, entry.length, ...entry, good.length, ...good])],
      ['a length past the end', Uint8Array.from([WAL_ENTRY_MARK, WAL_BATCH_VERSION, 0xff, 0xff, 0xff, 0xff, 0x0f, 1])],
      ['an unending length', Uint8Array.from([WAL_ENTRY_MARK, WAL_BATCH_VERSION, 0x80, 0x80])],
    ];
    for (const [what, bytes] of bad) {
      expect(walBatchEntries(bytes), what).toBeUndefined();
      expect(() => decodeWalEntries([good, bytes], 'validator validator-3'), what).toThrow(/^validator validator-3: corrupt log record 1: a version 2 entry/);
    }
    // A record inside that does not decode is corrupt too (its entry's index named).
    const garbled = Uint8Array.from([WAL_ENTRY_MARK, WAL_BATCH_VERSION, 3, 0x22, 0x05, 0x01, good.length, ...good]);
    expect(() => decodeWalEntries([garbled], 'validator v')).toThrow(/^validator v: corrupt log record 0: /);
  });
});
