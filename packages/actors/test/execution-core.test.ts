/**
 * The execution core stepped without a host: certified blocks in, persist / publish / sync
 * effects out; recovery replays the persisted records through the same evolve.
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage } from '@faultline/protocol';
import { hex, SYNC_BLOCKS_MAX } from '@faultline/consensus';
import { testVenueConfig } from '@faultline/venue/testing';
import type { CoreEffect } from '../src/core/effects.ts';
import { decide, executionMode, initialExecutionState, recover, type ExecutionConfig } from '../src/execution/execution-core.ts';
import { RETRY_TIMER } from '../src/execution/execution-machine.ts';
import { certified, KEY_SEED, VALIDATORS } from './certified-block.ts';

const { config: venue } = testVenueConfig({ oracles: 3 });
const config: ExecutionConfig = { venue, validatorIds: VALIDATORS, keySeed: KEY_SEED, snapshotEveryBlocks: 2 };


const kinds = (effects: CoreEffect[]) => effects.map((e) => (e.kind === 'publish' ? `publish ${e.subject}` : e.kind));

describe('execution core', () => {
  it('applies heights in order, persisting each before its BlockExecuted, snapshotting every N', () => {
    const state = initialExecutionState(config, 'exec-1');
    expect(kinds(decide(state, { kind: 'blocks', blocks: [certified(1)], from: 'validator-1' }, 0).effects)).toEqual(['persist', 'publish exec.exec-1']);
    expect(kinds(decide(state, { kind: 'blocks', blocks: [certified(2)], from: 'validator-1' }, 0).effects)).toEqual(['persist', 'publish exec.exec-1', 'snapshot']);
    expect(state.venue.height).toBe(2);
    expect(state.lastHashHex).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a gap makes it catch up: a sync request on entry and at every retry, rotating validators, until filled', () => {
    const state = initialExecutionState(config, 'exec-1');
    const gap = decide(state, { kind: 'blocks', blocks: [certified(2)], from: 'validator-1' }, 0).effects;
    expect(executionMode(state)).toBe('catching-up');
    expect(gap).toEqual([
      { kind: 'publish', subject: 'sync.validator-1', body: { blockRequest: { requesterId: 'exec-1', fromHeight: 1, maxCount: SYNC_BLOCKS_MAX } } },
      { kind: 'set-timer', timer: RETRY_TIMER, delayUs: 1_000_000 },
    ]);
    const retry = decide(state, { kind: 'timer', timer: RETRY_TIMER }, 1_000_000).effects;
    expect(retry[0]).toMatchObject({ kind: 'publish', subject: 'sync.validator-2' });
    const filled = decide(state, { kind: 'blocks', blocks: [certified(1)], from: 'validator-2' }, 1_500_000).effects;
    expect(kinds(filled)).toEqual(['persist', 'publish exec.exec-1', 'persist', 'publish exec.exec-1', 'snapshot', 'cancel-timer']);
    expect(executionMode(state)).toBe('following');
    expect(state.counters.syncRequests).toBe(2);
  });

  it('refuses a block without a quorum of valid signatures, and recovery replays the log to the same hash', () => {
    const live = initialExecutionState(config, 'exec-1');
    const forged = certified(1);
    forged.certificate = { ...forged.certificate, precommits: forged.certificate?.precommits?.slice(0, 2) ?? [] };
    const refused = decide(live, { kind: 'blocks', blocks: [forged], from: 'validator-4' }, 0).effects;
    expect(kinds(refused)).toEqual(['log']);
    expect(live.counters.rejectedBlocks).toBe(1);
    const records: Uint8Array[] = [];
    for (let h = 1; h <= 3; h++) for (const e of decide(live, { kind: 'blocks', blocks: [certified(h)], from: 'validator-1' }, 0).effects) if (e.kind === 'persist') records.push(e.record);
    const restarted = recover(initialExecutionState(config, 'exec-1'), { snapshot: undefined, entries: records });
    expect(restarted.venue.height).toBe(3);
    expect(restarted.lastHashHex).toBe(live.lastHashHex);
    expect(restarted.counters.replayedOnStart).toBe(3);
    // It re-publishes its last height at start, for consumers that missed it.
    const start = decide(restarted, { kind: 'start' }, 0).effects;
    expect(start.map((e) => (e.kind === 'publish' ? e.subject : e.kind))).toEqual(['exec.exec-1']);
    const republished = start[0]?.kind === 'publish' && 'blockExecuted' in start[0].body ? start[0].body.blockExecuted : {};
    expect(encodeMessage('BlockExecuted', republished)).toEqual(encodeMessage('BlockExecuted', live.lastPublished ?? {}));
    expect(hex(live.lastPublished?.stateHash)).toBe(live.lastHashHex);
  });
});
