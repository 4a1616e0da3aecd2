/**
 * Consensus configuration: the timeouts' schedule (CometBFT's base + delta × round) and the
 * slowest height it allows (the gap-halt hazard check in packages/sim builds on it).
 */
import { describe, expect, it } from 'vitest';
import { COMETBFT_TIMEOUTS, DYDX_TIMEOUTS, slowestHeightUs } from '@faultline/consensus';

const S = 1_000_000;

describe('the slowest height', () => {
  it('slowestHeightUs: the commit wait plus every skipped round in full', () => {
    expect(slowestHeightUs(COMETBFT_TIMEOUTS, 0)).toBe(1 * S);
    expect(slowestHeightUs(COMETBFT_TIMEOUTS, 1)).toBe(6 * S); // 1 + (3 + 1 + 1)
    expect(slowestHeightUs(COMETBFT_TIMEOUTS, 2)).toBe(12.5 * S); // + (3.5 + 1.5 + 1.5)
    expect(slowestHeightUs(DYDX_TIMEOUTS, 2)).toBe(8 * S); // 0.5 + (1 + 1 + 1) + (1.5 + 1.5 + 1.5)
  });
});
