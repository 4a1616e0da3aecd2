/**
 * The monitor's fees-venue-favour judges each side of a fill in doubles when every product is a
 * safe integer, else in BigInt: both paths give the BigInt reference's verdict and detail, on
 * small numbers and around and past 2^53 (fees and rebates of either sign).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { feeProblem } from '../src/checks.ts';
import type { FillEvent } from '../src/events.ts';

const PPM = 1_000_000;

function reference(f: FillEvent, who: 'maker' | 'taker', fee: number, ppm: number, k: number): string | undefined {
  if (fee === 0 && (who === 'taker' || ppm === 0)) return undefined;
  const notional = BigInt(f.priceTicks) * BigInt(f.sizeLots) * BigInt(k);
  const exact = notional * BigInt(ppm);
  const charged = BigInt(fee) * BigInt(PPM);
  return charged < exact || charged - exact >= BigInt(PPM) ? `fill ${f.fillId}: ${who} fee ${fee} for notional ${notional} at ${ppm} ppm` : undefined;
}

const fill = (priceTicks: number, sizeLots: number): FillEvent => ({ fillId: 9, height: 1, marketId: 1, makerOrderId: 1, takerOrderId: 2, makerAccountId: 'm', takerAccountId: 't', takerSide: 1, priceTicks, sizeLots, makerFee: 0, takerFee: 0 });

describe('feeProblem (fees-venue-favour, one side of a fill)', () => {
  it('gives the BigInt reference verdict and detail, exact fees, one unit off, and past 2^53', () => {
    const big = fc.oneof(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: 2 ** 26 }), fc.integer({ min: 1, max: 2 ** 40 }));
    fc.assert(
      fc.property(big, big, fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: -2_000, max: 10_000 }), fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -(2 ** 52), max: 2 ** 52 })), fc.constantFrom<'maker' | 'taker'>('maker', 'taker'), (price, lots, k, ppm, offset, who) => {
        const f = fill(price, lots);
        // Fees at, just around, and far from the exact ceiling.
        const exactCeil = Number((BigInt(price) * BigInt(lots) * BigInt(k) * BigInt(ppm) + BigInt(PPM - 1)) / BigInt(PPM));
        for (const fee of [exactCeil, exactCeil + offset, offset, 0]) {
          if (!Number.isSafeInteger(fee)) continue;
          expect(feeProblem(f, who, fee, ppm, k)).toBe(reference(f, who, fee, ppm, k));
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
