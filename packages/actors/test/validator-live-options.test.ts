/** The live validator service's chain window from its spec and FAULTLINE_CHAIN_BLOCKS_KEPT (live-options.ts). */
import { describe, expect, it } from 'vitest';
import { COMMIT_WITH_RECORD_DEFAULT, COMMIT_WITH_RECORD_ENV, LIVE_CHAIN_BLOCKS_KEPT, liveChainBlocksKept, liveCommitOrder, liveProposeAheadUs, PROPOSE_AHEAD_ENV, PROPOSE_AHEAD_US_DEFAULT } from '@faultline/actors';

describe('liveChainBlocksKept', () => {
  it('the spec wins; without one the variable, unset or empty the live default', () => {
    expect(liveChainBlocksKept(7, '0')).toEqual({ chainBlocksKept: 7 });
    expect(liveChainBlocksKept(undefined, undefined)).toEqual({ chainBlocksKept: LIVE_CHAIN_BLOCKS_KEPT });
    expect(liveChainBlocksKept(undefined, '')).toEqual({ chainBlocksKept: LIVE_CHAIN_BLOCKS_KEPT });
    expect(LIVE_CHAIN_BLOCKS_KEPT).toBe(8);
  });

  it('0 keeps every block decoded (no window); a whole number is the window', () => {
    expect(liveChainBlocksKept(undefined, '0')).toEqual({});
    expect(liveChainBlocksKept(undefined, '1')).toEqual({ chainBlocksKept: 1 });
    expect(liveChainBlocksKept(undefined, '300')).toEqual({ chainBlocksKept: 300 });
  });

  it('anything else is an error naming the variable', () => {
    for (const bad of ['-1', '1.5', ' 3', '3 ', 'x', '1e3', '0x10', '9999999999999999']) {
      expect(() => liveChainBlocksKept(undefined, bad), bad).toThrow(/^FAULTLINE_CHAIN_BLOCKS_KEPT: a whole number of blocks \(0: all\), got /);
    }
  });
});

describe('liveCommitOrder: the validator service commit order, in one place', () => {
  const order = (spec: Parameters<typeof liveCommitOrder>[0], env: Record<string, string>) => liveCommitOrder(spec, env);
  it('by default (COMMIT_WITH_RECORD_DEFAULT, off) the block after its record\'s ack; FAULTLINE_COMMIT_WITH_RECORD=1: with it; =0 or empty: the default', () => {
    expect(COMMIT_WITH_RECORD_DEFAULT).toBe(false);
    expect(order({}, {})).toEqual({ commitBeforeRecord: false, commitWithRecord: false, walHoldCommit: false });
    expect(order({}, { [COMMIT_WITH_RECORD_ENV]: '0' })).toEqual({ commitBeforeRecord: false, commitWithRecord: false, walHoldCommit: false });
    expect(order({}, { [COMMIT_WITH_RECORD_ENV]: '1' })).toEqual({ commitBeforeRecord: false, commitWithRecord: true, walHoldCommit: false });
    expect(order({}, { [COMMIT_WITH_RECORD_ENV]: '' })).toEqual({ commitBeforeRecord: false, commitWithRecord: false, walHoldCommit: false });
  });
  it('FAULTLINE_COMMIT_BEFORE_RECORD=1 (or held records) puts the block ahead of its record, and never with it', () => {
    expect(order({}, { FAULTLINE_COMMIT_BEFORE_RECORD: '1', [COMMIT_WITH_RECORD_ENV]: '1' })).toEqual({ commitBeforeRecord: true, commitWithRecord: false, walHoldCommit: false });
    expect(order({}, { FAULTLINE_WAL_HOLD_COMMIT: '1' })).toEqual({ commitBeforeRecord: true, commitWithRecord: false, walHoldCommit: true });
    expect(order({}, { FAULTLINE_COMMIT_BEFORE_RECORD: '0', [COMMIT_WITH_RECORD_ENV]: '1' })).toEqual({ commitBeforeRecord: false, commitWithRecord: true, walHoldCommit: false });
    expect(order({}, { FAULTLINE_COMMIT_BEFORE_RECORD: '', [COMMIT_WITH_RECORD_ENV]: '1' })).toEqual({ commitBeforeRecord: false, commitWithRecord: true, walHoldCommit: false });
    // An empty variable is unset: held records then put the block ahead of its record.
    expect(order({}, { FAULTLINE_WAL_HOLD_COMMIT: '1', FAULTLINE_COMMIT_BEFORE_RECORD: '' })).toEqual({ commitBeforeRecord: true, commitWithRecord: false, walHoldCommit: true });
  });
  it('held records with the block after its record are refused', () => {
    expect(() => order({}, { FAULTLINE_WAL_HOLD_COMMIT: '1', FAULTLINE_COMMIT_BEFORE_RECORD: '0' })).toThrow(/held commit records .* turned off/);
    expect(() => order({ walHoldCommit: true, commitBeforeRecord: false }, {})).toThrow(/held commit records/);
  });
  it('the spec wins over the environment', () => {
    expect(order({ commitWithRecord: false }, { [COMMIT_WITH_RECORD_ENV]: '1' })).toEqual({ commitBeforeRecord: false, commitWithRecord: false, walHoldCommit: false });
    expect(order({ commitWithRecord: true }, { [COMMIT_WITH_RECORD_ENV]: '0' })).toEqual({ commitBeforeRecord: false, commitWithRecord: true, walHoldCommit: false });
    expect(order({ commitBeforeRecord: true }, {})).toEqual({ commitBeforeRecord: true, commitWithRecord: false, walHoldCommit: false });
    expect(order({ commitBeforeRecord: false }, { FAULTLINE_COMMIT_BEFORE_RECORD: '1', [COMMIT_WITH_RECORD_ENV]: '1' })).toEqual({ commitBeforeRecord: false, commitWithRecord: true, walHoldCommit: false });
    expect(order({ walHoldCommit: true }, {})).toEqual({ commitBeforeRecord: true, commitWithRecord: false, walHoldCommit: true });
    expect(order({ walHoldCommit: false }, { FAULTLINE_WAL_HOLD_COMMIT: '1', [COMMIT_WITH_RECORD_ENV]: '1' })).toEqual({ commitBeforeRecord: false, commitWithRecord: true, walHoldCommit: false });
  });
});

describe('liveProposeAheadUs', () => {
  it('the spec wins; without one the variable (whole µs, 0 off); unset or empty the default, off until measured', () => {
    expect(PROPOSE_AHEAD_US_DEFAULT).toBe(0);
    expect(liveProposeAheadUs(undefined, undefined)).toBe(PROPOSE_AHEAD_US_DEFAULT);
    expect(liveProposeAheadUs(undefined, '')).toBe(PROPOSE_AHEAD_US_DEFAULT);
    expect(liveProposeAheadUs(undefined, '3000')).toBe(3_000);
    expect(liveProposeAheadUs(undefined, '0')).toBe(0);
    expect(liveProposeAheadUs(2_000, '3000')).toBe(2_000);
    expect(liveProposeAheadUs(0, '3000')).toBe(0);
  });
  it('anything but whole µs is an error naming the variable', () => {
    for (const bad of ['-1', '1.5', '3ms', ' 3000', '1e3', '1234567890']) expect(() => liveProposeAheadUs(undefined, bad)).toThrow(new RegExp(PROPOSE_AHEAD_ENV));
  });
});
