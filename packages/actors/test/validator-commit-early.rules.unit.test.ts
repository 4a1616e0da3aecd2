/**
 * commitBeforeRecord (ValidatorConfig; the live validator service sets it): a committed block is
 * published ahead of this validator's own commit record, not behind it — the host holds a publish
 * behind every append issued before it (the write-ahead barrier), so only this order takes the
 * record's durable round trip off the block's way to execution. Every other publish keeps its
 * place behind the record that protects it (a vote behind its own signed-vote record). Without the
 * option (the default, the simulator's), the block follows its record.
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, pb, type faultline } from '@faultline/protocol';
import { signVote } from '@faultline/consensus';
import type { CoreEffect } from '../src/core/effects.ts';
import { decide, initialValidatorState, recover, type ValidatorConfig } from '../src/validator/validator-core.ts';
import { WalRecordEncoder } from '../src/validator/wal-encode.ts';
import { DYDX_TIMEOUTS } from '@faultline/consensus';
import { Simulation } from '@faultline/runtime/sim';
import { createValidator, type ValidatorActor } from '../src/validator/mod.ts';

/** One validator (a quorum of one): a start proposes, votes and commits height 1 in one decision. */
const solo: ValidatorConfig = { validatorIds: ['validator-1'], keySeed: 9 };

/** The decision's effects as short labels, in order: `persist:<record kind>`, `publish:<body>@<subject>`. */
function labels(effects: readonly CoreEffect[]): string[] {
  return effects.flatMap((effect) => {
    if (effect.kind === 'persist-record') {
      const kindOf = (record: object) => Object.keys(record).find((key) => (record as Record<string, unknown>)[key] != null);
      return [`persist:${Array.isArray(effect.record) ? `[${(effect.record as object[]).map(kindOf).join('+')}]` : kindOf(effect.record as object)}`];
    }
    if (effect.kind === 'publish') return [`publish:${Object.keys(effect.body)[0]}@${effect.subject}`];
    return [];
  });
}

function commitOf(effects: readonly CoreEffect[]): { block: number; record: number } {
  const all = labels(effects);
  return { block: all.indexOf('publish:committedBlock@block.validator-1'), record: all.indexOf('persist:committed') };
}

describe('commitBeforeRecord', () => {
  it('the committed block is published just ahead of its commit record; without the option just after', () => {
    const early = decide(initialValidatorState({ ...solo, commitBeforeRecord: true }, 'validator-1'), { kind: 'start' }, 0).effects;
    const late = decide(initialValidatorState(solo, 'validator-1'), { kind: 'start' }, 0).effects;
    const e = commitOf(early);
    const l = commitOf(late);
    expect(e.record).toBeGreaterThan(0);
    expect(e.block).toBe(e.record - 1);
    expect(l.block).toBe(l.record + 1);
    // The same effects otherwise, in the same order: only the block and its record swapped.
    const swapped = labels(late);
    [swapped[l.record], swapped[l.block]] = [swapped[l.block]!, swapped[l.record]!];
    expect(labels(early)).toEqual(swapped);
    const block = (effects: readonly CoreEffect[]) => effects.flatMap((x) => (x.kind === 'publish' && 'committedBlock' in x.body ? [x.body.committedBlock as faultline.v1.ICommittedBlock] : []));
    expect(block(early)).toHaveLength(1);
    expect(block(early)[0]!.certificate?.precommits?.length).toBe(1);
  });

  it('commitWithRecord: the same effects as without it, the block right after its record and flagged to leave with it; nothing else flagged; commitBeforeRecord wins over it', () => {
    const plain = decide(initialValidatorState(solo, 'validator-1'), { kind: 'start' }, 0).effects;
    for (const config of [{ ...solo, commitWithRecord: true }, { ...solo, commitWithRecord: true, walBatch: true }]) {
      const effects = decide(initialValidatorState(config, 'validator-1'), { kind: 'start' }, 0).effects;
      const c = commitOf(effects);
      expect(c.block).toBe(c.record + 1);
      if (config.walBatch !== true) expect(labels(effects)).toEqual(labels(plain));
      const flagged = effects.flatMap((x) => (x.kind === 'publish' && x.withRecord === true ? [x] : []));
      expect(flagged).toHaveLength(1);
      expect(flagged[0]!.subject).toBe('block.validator-1');
    }
    const both = decide(initialValidatorState({ ...solo, commitWithRecord: true, commitBeforeRecord: true }, 'validator-1'), { kind: 'start' }, 0).effects;
    const b = commitOf(both);
    expect(b.block).toBe(b.record - 1);
    expect(both.some((x) => x.kind === 'publish' && x.withRecord === true)).toBe(false);
  });

  it('votesWithRecord (experimental): the proposal and each vote flagged right after their own record, batched or not; the same effects otherwise; off: nothing flagged but the block', () => {
    const plain = decide(initialValidatorState(solo, 'validator-1'), { kind: 'start' }, 0).effects;
    for (const config of [{ ...solo, votesWithRecord: true }, { ...solo, votesWithRecord: true, walBatch: true }]) {
      const effects = decide(initialValidatorState(config, 'validator-1'), { kind: 'start' }, 0).effects;
      if (config.walBatch !== true) expect(labels(effects)).toEqual(labels(plain));
      const flagged = effects.flatMap((x, i) => (x.kind === 'publish' && x.withRecord === true ? [i] : []));
      // The proposal, the prevote and the precommit of height 1 (a quorum of one).
      expect(flagged.map((i) => Object.keys((effects[i] as { body: object }).body)[0])).toEqual(['proposal', 'vote', 'vote']);
      for (const i of flagged) {
        const record = effects[i - 1]!;
        const body = (effects[i] as { body: { proposal?: unknown; vote?: unknown } }).body;
        expect(record.kind).toBe('persist-record');
        const records = [record as { record: unknown }].flatMap((r) => (Array.isArray(r.record) ? r.record : [r.record])) as faultline.v1.IValidatorWalRecord[];
        expect(records.some((r) => r.signedProposal === body.proposal || r.signedVote === body.vote)).toBe(true);
      }
    }
    expect(plain.some((x) => x.kind === 'publish' && x.withRecord === true)).toBe(false);
  });

  it('every vote still follows the record of it (only the block moves)', () => {
    const effects = labels(decide(initialValidatorState({ ...solo, commitBeforeRecord: true }, 'validator-1'), { kind: 'start' }, 0).effects);
    for (const vote of effects.flatMap((label, i) => (label === 'publish:vote@consensus.validator-1' ? [i] : []))) {
      expect(effects.slice(0, vote)).toContain('persist:signedVote');
    }
    expect(effects.indexOf('persist:signedProposal')).toBeLessThan(effects.indexOf('publish:proposal@consensus.validator-1'));
  });
});

/**
 * The crash in the commit gap (validator-core.ts "Crash in the commit gap"): a block goes out ahead
 * of its record only when this validator's precommit for it was persisted first; a validator that
 * recovers with precommits for a block at the height after its chain (its commit record lost)
 * does not publish that block again when it commits it. Synced here: validator-4 never signs.
 */
describe('commitBeforeRecord across a crash in the commit gap', () => {
  const VALIDATORS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
  const KEY_SEED = 5;
  const four: ValidatorConfig = { validatorIds: VALIDATORS, keySeed: KEY_SEED, timeouts: { ...DYDX_TIMEOUTS, commitUs: 10_000 }, commitBeforeRecord: true };
  // Real committed blocks (a synced block is checked in full): three heights of a simulated chain.
  const chain = (() => {
    const sim = new Simulation({ seed: 1 });
    let first: ValidatorActor | undefined;
    for (const id of VALIDATORS) sim.addActor(id, (host) => {
      const actor = createValidator(four)(host) as ValidatorActor;
      if (id === 'validator-1') first = actor;
      return actor;
    });
    while (first!.consensus.committedHeight < 3) sim.runFor(100_000);
    return first!.consensus.blocksFrom(1, 3);
  })();
  const certified = (height: number): faultline.v1.ICommittedBlock => chain[height - 1]!;
  const encoder = new WalRecordEncoder();
  const precommitOf = (height: number, blockHash: Uint8Array, round = 0): Uint8Array =>
    encoder.encode({ signedVote: signVote({ type: pb.VoteType.VOTE_TYPE_PRECOMMIT, height, round, blockHash, validatorId: 'validator-4', timestampUs: height }, deriveKeyPair(KEY_SEED, 'validator-4').privateKey) });
  const sync = (config: ValidatorConfig, entries: Uint8Array[], heights: number[]) => {
    const state = recover(initialValidatorState(config, 'validator-4'), { entries });
    const effects = decide(state, { kind: 'blocks', blocks: heights.map(certified), from: 'validator-1' }, 5_000_000).effects;
    const all = labels(effects);
    const published = effects.flatMap((x) => (x.kind === 'publish' && 'committedBlock' in x.body ? [Number((x.body.committedBlock as faultline.v1.ICommittedBlock).block?.header?.height)] : []));
    return { state, all, published, effects };
  };
  const hashOf = (height: number) => certified(height).certificate!.blockHash!;

  it('a commit this validator did not precommit (a synced block) is published after its record, as without the option', () => {
    const { all, published } = sync(four, [], [1]);
    expect(published).toEqual([1]);
    expect(all.indexOf('publish:committedBlock@block.validator-4')).toBe(all.indexOf('persist:committed') + 1);
  });

  it('recovered with its precommit for the block at the height after its chain: that block is not published again; the next height is', () => {
    const { state, all, published, effects } = sync(four, [precommitOf(1, hashOf(1))], [1, 2]);
    expect(published).toEqual([2]);
    expect(state.counters.blocksNotRepublished).toBe(1);
    expect(effects).toContainEqual({ kind: 'log', level: 'info', message: 'committed block not published again after a restart', fields: { height: 1 } });
    // Precommits for two blocks at that height (rounds 0 and 1): either may be the one out.
    for (const rounds of [[precommitOf(1, hashOf(1)), precommitOf(1, Uint8Array.from([9]), 1)], [precommitOf(1, Uint8Array.from([9])), precommitOf(1, hashOf(1), 1)]]) {
      expect(sync(four, rounds, [1]).published).toEqual([]);
    }
    expect(state.consensus.committedHeight).toBe(2);
    // Its chain and log go on as always: both commit records are written.
    expect(all.filter((x) => x === 'persist:committed')).toHaveLength(2);
  });

  it('a different block at that height, a precommit of another height, a log with the commit record, or the option off: published', () => {
    // It precommitted another block at height 1 (nil-free): the committed one never went out early.
    expect(sync(four, [precommitOf(1, Uint8Array.from([1, 2, 3]))], [1]).published).toEqual([1]);
    // Only a prevote for the block at that height: a block goes out early only behind its precommit.
    expect(sync(four, [encoder.encode({ signedVote: { type: pb.VoteType.VOTE_TYPE_PREVOTE, height: 1, round: 0, blockHash: hashOf(1), validatorId: 'validator-4' } })], [1]).published).toEqual([1]);
    // A precommit of height 2 with height 1 not in its log: not the height after its chain.
    expect(sync(four, [precommitOf(2, hashOf(2))], [1, 2]).published).toEqual([1, 2]);
    // The commit record made it: height 1 is in the chain, 2 is new.
    const recorded = [precommitOf(1, hashOf(1)), encoder.encode({ committed: certified(1) })];
    const withRecord = sync(four, recorded, [1, 2]);
    expect(withRecord.published).toEqual([2]);
    expect(withRecord.state.counters.blocksNotRepublished).toBe(0);
    // Without commitBeforeRecord every block follows its record: nothing is out early, nothing is skipped.
    const off = sync({ ...four, commitBeforeRecord: false }, [precommitOf(1, hashOf(1))], [1]);
    expect(off.published).toEqual([1]);
    expect(off.state.counters.blocksNotRepublished).toBe(0);
  });

  it('commitWithRecord (the block leaves with its record, never ahead of it): recovered with its precommit and no commit record, the block is published — it never went out', () => {
    const withRecord = sync({ ...four, commitBeforeRecord: false, commitWithRecord: true }, [precommitOf(1, hashOf(1))], [1, 2]);
    expect(withRecord.published).toEqual([1, 2]);
    expect(withRecord.state.counters.blocksNotRepublished).toBe(0);
    expect(withRecord.state.mayBePublished).toBeUndefined();
    // Each block right after its own commit record, flagged to leave with it.
    expect(withRecord.all).toEqual(expect.arrayContaining(['persist:committed', 'publish:committedBlock@block.validator-4']));
    const flagged = withRecord.effects.flatMap((x, i) => (x.kind === 'publish' && x.withRecord === true ? [i] : []));
    expect(flagged).toHaveLength(2);
    for (const i of flagged) {
      const record = withRecord.effects[i - 1]!;
      const block = withRecord.effects[i]!;
      expect(record.kind === 'persist-record' && block.kind === 'publish' && (record.record as faultline.v1.IValidatorWalRecord).committed === (block.body as { committedBlock?: unknown }).committedBlock).toBe(true);
    }
  });

  it('only once: a second commit of that height (never made by the core) would not be skipped again', () => {
    const { state } = sync(four, [precommitOf(1, hashOf(1))], [1]);
    expect(state.mayBePublished).toBeUndefined();
  });

  it('with held commit records: the skipped block\'s record is held, and the next commit record (a synced one, never held) takes it along', () => {
    const { state, all, published } = sync({ ...four, walHoldCommit: true }, [precommitOf(1, hashOf(1))], [1, 2]);
    expect(published).toEqual([2]);
    expect(all).toContain('persist:[committed+committed]');
    expect(all.indexOf('publish:committedBlock@block.validator-4')).toBeGreaterThan(all.indexOf('persist:[committed+committed]'));
    expect(state.heldCommit).toBeUndefined();
  });
});
