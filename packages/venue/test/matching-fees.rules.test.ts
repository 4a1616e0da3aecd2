/**
 * feeFor's rounding (found by mutation testing of matching.ts): by default a charge rounds up and
 * a rebate down, both in the venue's favour; with traderFavour (the planted variant's) the other
 * way. 101,010 at ±100 ppm is 10.101.
 */
import { expect, it } from 'vitest';
import { feeFor } from '../src/matching.ts';

it('a charge rounds up and a rebate down by default; the trader-favour rounding the other way', () => {
  expect([feeFor(101_010, 100), feeFor(101_010, -100)]).toEqual([11, -10]);
  expect([feeFor(101_010, 100, false), feeFor(101_010, -100, false)]).toEqual([11, -10]);
  expect([feeFor(101_010, 100, true), feeFor(101_010, -100, true)]).toEqual([10, -11]);
});
