/** The live validator service's chain window from its spec and FAULTLINE_CHAIN_BLOCKS_KEPT (live-options.ts). */
import { describe, expect, it } from 'vitest';
import { LIVE_CHAIN_BLOCKS_KEPT, liveChainBlocksKept } from '@faultline/actors';

describe('liveChainBlocksKept', () => {
  it('the spec wins; without one the variable, unset or empty the live default', () => {
    expect(liveChainBlocksKept(7, '0')).toEqual({ chainBlocksKept: 7 });
    expect(liveChainBlocksKept(undefined, undefined)).toEqual({ chainBlocksKept: LIVE_CHAIN_BLOCKS_KEPT });
    expect(liveChainBlocksKept(undefined, '')).toEqual({ chainBlocksKept: LIVE_CHAIN_BLOCKS_KEPT });
    expect(LIVE_CHAIN_BLOCKS_KEPT).toBe(256);
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
