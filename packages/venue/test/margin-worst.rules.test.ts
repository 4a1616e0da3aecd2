/**
 * The worse side's lots with reduce-only orders resting (found by mutation testing of margin.ts):
 * a reduce-only order counts only up to what closes the position, max(|s + B|, |s − S|) with
 * B = plain buys + min(reduce-only buys, max(0, −s)) and S likewise with max(0, s). Reduce-only
 * buys count against a short only, reduce-only sells against a long only.
 */
import { describe, expect, it } from 'vitest';
import { worstLots } from '../src/margin.ts';

describe('worstLots with reduce-only orders', () => {
  it('short 5, 13 buys of which 3 reduce-only: all 13 count (the 3 close the short) — max(|-5 + 13|, |-5|) = 8', () => {
    expect(worstLots(-5, 13, 0, 3, 0)).toBe(8);
  });

  it('long 5, 2 reduce-only buys: they cannot close a long, none counts — max(|5|, |5|) = 5', () => {
    expect(worstLots(5, 2, 0, 2, 0)).toBe(5);
  });

  it('long 5, 13 sells of which 3 reduce-only: all 13 count — max(|5|, |5 - 13|) = 8; short 5 with 2 reduce-only sells: 5', () => {
    expect(worstLots(5, 0, 13, 0, 3)).toBe(8);
    expect(worstLots(-5, 0, 2, 0, 2)).toBe(5);
  });

  it('reduce-only orders beyond the position count up to it: short 5, 8 reduce-only buys count 5 — max(|-5 + 5|, |-5|) = 5; with 8 plain buys too, 13 count — max(|-5 + 13|, |-5|) = 8', () => {
    expect(worstLots(-5, 8, 0, 8, 0)).toBe(5);
    expect(worstLots(-5, 16, 0, 8, 0)).toBe(8);
  });
});
