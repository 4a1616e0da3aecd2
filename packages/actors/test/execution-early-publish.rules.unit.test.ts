/**
 * executedBeforeRecord (ExecutionConfig; the live execution service sets it): a BlockExecuted is
 * published ahead of the node's record of its block, and the snapshot due at that height still
 * follows the record (it covers it); without the option (the default, the simulator's) the record
 * comes first. Either way the records, the BlockExecuted and a restart from the records are the same.
 */
import { describe, expect, it } from 'vitest';
import { testVenueConfig } from '@faultline/venue/testing';
import type { CoreEffect } from '../src/core/effects.ts';
import { decide, initialExecutionState, recover, type ExecutionConfig } from '../src/execution/execution-core.ts';
import { certified, KEY_SEED, VALIDATORS } from './certified-block.ts';

const { config: venue } = testVenueConfig({ oracles: 3 });
const late: ExecutionConfig = { venue, validatorIds: VALIDATORS, keySeed: KEY_SEED, snapshotEveryBlocks: 2 };
const early: ExecutionConfig = { ...late, executedBeforeRecord: true };
const kinds = (effects: readonly CoreEffect[]) => effects.map((e) => (e.kind === 'publish' ? `publish ${e.subject}` : e.kind));
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('executedBeforeRecord', () => {
  it('publishes each BlockExecuted ahead of its record; the snapshot due follows the record', () => {
    const state = initialExecutionState(early, 'exec-1');
    expect(kinds(decide(state, { kind: 'blocks', blocks: [certified(1)], from: 'validator-1' }, 0).effects)).toEqual(['publish exec.exec-1', 'persist']);
    expect(kinds(decide(state, { kind: 'blocks', blocks: [certified(2)], from: 'validator-1' }, 0).effects)).toEqual(['publish exec.exec-1', 'persist', 'snapshot']);
    // Heights filled in one input (a gap closing): each height's BlockExecuted, then its record, in height order.
    expect(kinds(decide(state, { kind: 'blocks', blocks: [certified(4)], from: 'validator-1' }, 0).effects).filter((k) => k !== 'publish sync.validator-1' && k !== 'set-timer' && k !== 'cancel-timer')).toEqual([]);
    expect(kinds(decide(state, { kind: 'blocks', blocks: [certified(3)], from: 'validator-2' }, 0).effects).filter((k) => k === 'persist' || k.startsWith('publish exec') || k === 'snapshot')).toEqual(['publish exec.exec-1', 'persist', 'publish exec.exec-1', 'persist', 'snapshot']);
  });

  it('the same records, BlockExecuted and recovered state as without it', () => {
    const run = (config: ExecutionConfig) => {
      const state = initialExecutionState(config, 'exec-1');
      const effects = [1, 2, 3].flatMap((h) => decide(state, { kind: 'blocks', blocks: [certified(h)], from: 'validator-1' }, 0).effects);
      const records = effects.flatMap((e) => (e.kind === 'persist' ? [e.record] : []));
      const executed = effects.flatMap((e) => (e.kind === 'publish' && 'blockExecuted' in e.body ? [e.body.blockExecuted] : []));
      const restarted = recover(initialExecutionState(config, 'exec-1'), { snapshot: undefined, entries: records });
      return { records: records.map(hex), executed: JSON.stringify(executed), height: restarted.venue.height, hash: restarted.lastHashHex };
    };
    const a = run(early);
    expect(a.records).toHaveLength(3);
    expect(a).toEqual(run(late));
    expect(kinds(decide(initialExecutionState(late, 'exec-1'), { kind: 'blocks', blocks: [certified(1)], from: 'validator-1' }, 0).effects)).toEqual(['persist', 'publish exec.exec-1']);
  });
});
