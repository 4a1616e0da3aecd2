import { describe, expect, it as vit } from 'vitest';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { createRng } from '@faultline/runtime';
import { PriceProcess, PriceProcessConfigError, type PriceProcessConfig } from '../src/market/mod.ts';

const STEP_US = 100_000;
const runs = Number(process.env['FAULTLINE_PROP_RUNS'] ?? 50);
const seeds = fc.integer({ min: 0, max: 2 ** 32 - 1 });

function series(config: PriceProcessConfig, seed: number, steps: number): number[] {
  const p = new PriceProcess(config, createRng(seed));
  return Array.from({ length: steps }, (_, k) => p.priceAt(k * config.stepUs));
}

/** Random configs, including the awkward corners: total crashes, huge drift, raised floors. */
const configs: fc.Arbitrary<PriceProcessConfig> = fc.record(
  {
    initialPriceTicks: fc.integer({ min: 100, max: 1e12 }),
    volatilityBpsPerSqrtSecond: fc.double({ min: 0, max: 2_000, noNaN: true }),
    driftBpsPerHour: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    jumpChancePpmPerStep: fc.integer({ min: 0, max: 1_000_000 }),
    jumpMaxBps: fc.integer({ min: 0, max: 9_999 }),
    stepUs: fc.integer({ min: 1, max: 10_000_000 }),
    minPriceTicks: fc.integer({ min: 1, max: 100 }),
    flashCrash: fc.record({
      atUs: fc.integer({ min: 0, max: 50_000_000 }),
      dropBps: fc.integer({ min: 0, max: 10_000 }),
      durationUs: fc.integer({ min: 1, max: 50_000_000 }),
      recoverBps: fc.integer({ min: 0, max: 10_000 }),
    }),
    scripted: fc.array(fc.record({ atUs: fc.nat(100_000_000), moveBps: fc.integer({ min: -9_999, max: 50_000 }) }), { maxLength: 4 }),
  },
  { requiredKeys: ['initialPriceTicks', 'volatilityBpsPerSqrtSecond', 'stepUs'] },
);

describe('PriceProcess determinism', () => {
  test.prop([seeds, configs], { numRuns: runs })('the same seed gives the identical series', (seed, config) => {
    expect(series(config, seed, 300)).toEqual(series(config, seed, 300));
  });

  test.prop([seeds], { numRuns: runs })('a different seed gives a different series', (seed) => {
    const config: PriceProcessConfig = { initialPriceTicks: 1_000_000, volatilityBpsPerSqrtSecond: 5, stepUs: STEP_US };
    expect(series(config, seed, 100)).not.toEqual(series(config, (seed + 1) >>> 0, 100));
  });

  test.prop([seeds, fc.array(fc.nat(200), { minLength: 1, maxLength: 40 })], { numRuns: runs })(
    'answers do not depend on the order of queries within the history',
    (seed, stepsAsked) => {
      const config: PriceProcessConfig = { initialPriceTicks: 50_000, volatilityBpsPerSqrtSecond: 20, stepUs: STEP_US, historySteps: 256 };
      const reference = series(config, seed, 201);
      const p = new PriceProcess(config, createRng(seed));
      for (const k of stepsAsked) expect(p.priceAt(k * STEP_US + (k % 7) * 1_000)).toBe(reference[k]);
    },
  );

  vit('the series does not depend on other draws from the parent Rng', () => {
    const config: PriceProcessConfig = { initialPriceTicks: 50_000, volatilityBpsPerSqrtSecond: 20, stepUs: STEP_US };
    const rng = createRng(7);
    const p = new PriceProcess(config, rng);
    const got = Array.from({ length: 50 }, (_, k) => (rng.float(), p.priceAt(k * STEP_US)));
    expect(got).toEqual(series(config, 7, 50));
  });
});

describe('PriceProcess output', () => {
  test.prop([seeds, configs], { numRuns: runs })('prices are always safe integers >= minPriceTicks', (seed, config) => {
    for (const price of series(config, seed, 500)) {
      expect(Number.isSafeInteger(price)).toBe(true);
      expect(price).toBeGreaterThanOrEqual(config.minPriceTicks ?? 1);
    }
  });

  test.prop([seeds, fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 0, max: 1e6 })], { numRuns: runs })(
    'zero volatility without a crash gives a constant price',
    (seed, initialPriceTicks, stepUs) => {
      const s = series({ initialPriceTicks, volatilityBpsPerSqrtSecond: 0, stepUs: stepUs + 1 }, seed, 300);
      expect(new Set(s)).toEqual(new Set([initialPriceTicks]));
    },
  );

  vit('a step covers [k * stepUs, (k + 1) * stepUs)', () => {
    const p = new PriceProcess({ initialPriceTicks: 1_000_000, volatilityBpsPerSqrtSecond: 50, stepUs: STEP_US }, createRng(3));
    expect(p.priceAt(STEP_US - 1)).toBe(p.priceAt(0));
    expect(p.priceAt(5 * STEP_US + 99_999)).toBe(p.priceAt(5 * STEP_US));
  });

  vit('realised volatility matches the configured one', () => {
    const vol = 5;
    const s = series({ initialPriceTicks: 1e12, volatilityBpsPerSqrtSecond: vol, stepUs: STEP_US }, 11, 20_001);
    const r = s.slice(1).map((x, i) => Math.log(x / (s[i] as number)));
    const mean = r.reduce((a, b) => a + b, 0) / r.length;
    const sd = Math.sqrt(r.reduce((a, b) => a + (b - mean) ** 2, 0) / (r.length - 1));
    const expected = (vol / 10_000) * Math.sqrt(STEP_US / 1e6);
    expect(Math.abs(sd / expected - 1)).toBeLessThan(0.05);
  });

  vit('drift moves a zero-volatility price the configured way', () => {
    const p = new PriceProcess({ initialPriceTicks: 1_000_000, volatilityBpsPerSqrtSecond: 0, driftBpsPerHour: 100, stepUs: STEP_US }, createRng(1));
    // 100 bps/hour continuously compounded: e^0.01 after one hour.
    expect(p.priceAt(3_600_000_000)).toBe(Math.round(1_000_000 * Math.exp(0.01)));
  });

  vit('scripted moves take effect from the first step boundary at or after atUs', () => {
    const p = new PriceProcess(
      { initialPriceTicks: 1_000_000, volatilityBpsPerSqrtSecond: 0, stepUs: STEP_US, scripted: [{ atUs: 250_000, moveBps: -500 }, { atUs: 100_000, moveBps: 1_000 }] },
      createRng(1),
    );
    expect([0, 100_000, 200_000, 299_999, 300_000].map((t) => p.priceAt(t))).toEqual([1_000_000, 1_100_000, 1_100_000, 1_100_000, 1_045_000]);
  });

  vit('earlier times beyond the history throw a RangeError', () => {
    const p = new PriceProcess({ initialPriceTicks: 1_000, volatilityBpsPerSqrtSecond: 5, stepUs: STEP_US, historySteps: 10 }, createRng(1));
    p.priceAt(20 * STEP_US);
    expect(() => p.priceAt(11 * STEP_US)).not.toThrow();
    expect(() => p.priceAt(10 * STEP_US + 99_999)).toThrow(/older than the 10-step history/);
    expect(() => p.priceAt(-1)).toThrow(RangeError);
    expect(() => p.priceAt(1.5)).toThrow(RangeError);
  });
});

describe('PriceProcess flash crash', () => {
  const crashCase = fc.record({
    seed: seeds,
    initialPriceTicks: fc.integer({ min: 1, max: 1e12 }),
    minPriceTicks: fc.integer({ min: 1, max: 1_000 }),
    atSteps: fc.integer({ min: 0, max: 50 }),
    durationSteps: fc.integer({ min: 1, max: 50 }),
    dropBps: fc.integer({ min: 0, max: 10_000 }),
    recoverBps: fc.integer({ min: 0, max: 10_000 }),
  });

  test.prop([crashCase], { numRuns: runs })(
    'with zero volatility and no jumps the bottom and the recovered level are exact',
    ({ seed, initialPriceTicks, minPriceTicks, atSteps, durationSteps, dropBps, recoverBps }) => {
      fc.pre(initialPriceTicks >= minPriceTicks);
      const config: PriceProcessConfig = {
        initialPriceTicks,
        minPriceTicks,
        volatilityBpsPerSqrtSecond: 0,
        stepUs: STEP_US,
        flashCrash: { atUs: atSteps * STEP_US, dropBps, durationUs: durationSteps * STEP_US, recoverBps },
      };
      const s = series(config, seed, atSteps + 2 * durationSteps + 10);
      const clamp = (x: number) => Math.max(minPriceTicks, Math.round(x));
      const bottom = clamp(initialPriceTicks * (1 - dropBps / 10_000));
      expect(Math.min(...s)).toBe(bottom);
      expect(s[atSteps + durationSteps]).toBe(bottom);
      expect(s.slice(0, atSteps + 1).every((x) => x === initialPriceTicks)).toBe(true);
      // Falls linearly to the bottom, then recovers linearly to the plateau.
      const drop = dropBps / 10_000;
      const recover = recoverBps / 10_000;
      for (let i = 0; i <= durationSteps; i++) {
        expect(s[atSteps + i]).toBe(clamp(initialPriceTicks * (1 - drop * (i / durationSteps))));
        const rising = clamp(initialPriceTicks * (1 - drop * (1 - recover * (i / durationSteps))));
        expect(Math.abs((s[atSteps + durationSteps + i] as number) - rising)).toBeLessThanOrEqual(1);
      }
      const plateau = clamp(initialPriceTicks * (1 - drop * (1 - recover)));
      expect(Math.abs((s.at(-1) as number) - plateau)).toBeLessThanOrEqual(1);
    },
  );

  test.prop([crashCase, fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 50 })], { numRuns: runs })(
    'with zero volatility and jumps the bottom is within the jumps’ worst case of the drop',
    ({ seed, atSteps, durationSteps, dropBps }, jumpChancePpmPerStep, jumpMaxBps) => {
      const initialPriceTicks = 1e9;
      const config: PriceProcessConfig = {
        initialPriceTicks,
        volatilityBpsPerSqrtSecond: 0,
        jumpChancePpmPerStep,
        jumpMaxBps,
        stepUs: STEP_US,
        flashCrash: { atUs: atSteps * STEP_US, dropBps: Math.min(dropBps, 9_000), durationUs: durationSteps * STEP_US },
      };
      const s = series(config, seed, atSteps + durationSteps + 1);
      const preCrash = s[atSteps] as number;
      const target = preCrash * (1 - Math.min(dropBps, 9_000) / 10_000);
      // Every step of the fall may jump by at most jumpMaxBps, in either direction.
      const worst = (1 + jumpMaxBps / 10_000) ** durationSteps;
      const got = s[atSteps + durationSteps] as number;
      expect(got).toBeGreaterThanOrEqual(Math.floor(target / worst) - 1);
      expect(got).toBeLessThanOrEqual(Math.ceil(target * worst) + 1);
    },
  );
});

describe('PriceProcess config validation', () => {
  const good: PriceProcessConfig = { initialPriceTicks: 1_000, volatilityBpsPerSqrtSecond: 5, stepUs: STEP_US };
  const make = (patch: Record<string, unknown>) => () => new PriceProcess({ ...good, ...patch } as PriceProcessConfig, createRng(1));

  vit('names the field and the bad value', () => {
    expect(make({ volatilityBpsPerSqrtSecond: -1 })).toThrow(
      'price process: volatilityBpsPerSqrtSecond must be a finite number >= 0, got -1',
    );
  });

  const cases: Array<[string, Record<string, unknown>]> = [
    ['initialPriceTicks', { initialPriceTicks: 0 }],
    ['initialPriceTicks', { initialPriceTicks: 1.5 }],
    ['initialPriceTicks', { initialPriceTicks: 5, minPriceTicks: 10 }],
    ['minPriceTicks', { minPriceTicks: 0 }],
    ['volatilityBpsPerSqrtSecond', { volatilityBpsPerSqrtSecond: Number.NaN }],
    ['volatilityBpsPerSqrtSecond', { volatilityBpsPerSqrtSecond: Infinity }],
    ['driftBpsPerHour', { driftBpsPerHour: Infinity }],
    ['jumpChancePpmPerStep', { jumpChancePpmPerStep: 1_000_001 }],
    ['jumpMaxBps', { jumpMaxBps: 10_000 }],
    ['stepUs', { stepUs: 0 }],
    ['stepUs', { stepUs: '100000' }],
    ['historySteps', { historySteps: 0 }],
    ['flashCrash.atUs', { flashCrash: { atUs: -1, dropBps: 100, durationUs: 1 } }],
    ['flashCrash.dropBps', { flashCrash: { atUs: 0, dropBps: 10_001, durationUs: 1 } }],
    ['flashCrash.durationUs', { flashCrash: { atUs: 0, dropBps: 100, durationUs: 0 } }],
    ['flashCrash.recoverBps', { flashCrash: { atUs: 0, dropBps: 100, durationUs: 1, recoverBps: -1 } }],
    ['scripted[1].moveBps', { scripted: [{ atUs: 0, moveBps: 1 }, { atUs: 0, moveBps: -10_000 }] }],
    ['scripted[0].atUs', { scripted: [{ atUs: 0.5, moveBps: 1 }] }],
  ];
  vit.each(cases)('rejects a bad %s', (field, patch) => {
    let error: unknown;
    try {
      make(patch)();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PriceProcessConfigError);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as PriceProcessConfigError).field).toBe(field);
    expect((error as Error).message).toMatch(new RegExp(`^price process: ${field.replace(/[[\].]/g, '\\$&')} must be `));
  });
});
