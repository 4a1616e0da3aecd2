/**
 * The nonce window as runs (nonce-window.ts) against the rule it replaced, written here as its
 * own model: a Set of applied nonces above a floor, where a nonce at or below the floor or in the
 * Set is a duplicate, and a Set of more than 1,024 nonces drops its 512 smallest and the floor
 * rises to the largest of them. Any arrival order, repeats, gaps, pruning: the runs hold exactly
 * the model's nonces as ascending maximal runs, with its floor and count, and answer every
 * duplicate check as it does. Then through applyBlock: the engine's windows and the state hash's
 * leaves (which write the runs) stay those of the model after each block.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyBlock, createVenueState, stateHash, stateHashFromScratch, type VenueState } from '@faultline/venue';
import { encodeTx, testVenueConfig } from '@faultline/venue/testing';
import { addNonce, holdsNonce, NONCE_WINDOW, nonceRunsOf, noncesOf, pruneNonces, type NonceRuns } from '../src/nonce-window.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** The replaced rule, kept plain. */
class SetModel {
  floor = 0;
  seen = new Set<number>();
  holds(nonce: number): boolean {
    return nonce <= this.floor || this.seen.has(nonce);
  }
  add(nonce: number): void {
    this.seen.add(nonce);
    if (this.seen.size > NONCE_WINDOW) {
      const sorted = [...this.seen].sort((a, b) => a - b);
      this.floor = sorted[NONCE_WINDOW / 2 - 1] as number;
      this.seen = new Set(sorted.slice(NONCE_WINDOW / 2));
    }
  }
}

/** Maximal ascending runs of a set, flat [first, last, …]. */
function runsOfSet(nonces: Iterable<number>): number[] {
  const runs: number[] = [];
  for (const n of [...new Set(nonces)].sort((a, b) => a - b)) {
    if (runs.length > 0 && n === (runs[runs.length - 1] as number) + 1) runs[runs.length - 1] = n;
    else runs.push(n, n);
  }
  return runs;
}

/** What the engine does with one transaction's nonce: refused if held, else added and the window pruned. */
function record(window: NonceRuns, nonce: number): boolean {
  if (holdsNonce(window, nonce)) return false;
  addNonce(window, nonce);
  pruneNonces(window);
  return true;
}

function expectSame(window: NonceRuns, model: SetModel): void {
  expect(window.floor).toBe(model.floor);
  expect(window.count).toBe(model.seen.size);
  expect(window.runs).toEqual(runsOfSet(model.seen));
}

describe('the nonce window as runs, against the Set it replaced', () => {
  it('any order, repeats and gaps, within the window: the same nonces, the same answers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 120 }), (nonces) => {
        const window: NonceRuns = { floor: 0, runs: [], count: 0 };
        const model = new SetModel();
        for (const n of nonces) {
          const fresh = !model.holds(n);
          expect(record(window, n)).toBe(fresh);
          if (fresh) model.add(n);
          expectSame(window, model);
          for (let probe = 0; probe <= 62; probe++) expect(holdsNonce(window, probe)).toBe(model.holds(probe));
        }
      }),
      { numRuns: 300, seed: 2701 },
    );
  });

  it('across pruning: long sequences, in order with jumps, shuffled, and every other nonce (a window of many runs)', () => {
    const orders = fc.oneof(
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1_100, maxLength: 2_600 }).map((steps) => steps.reduce<number[]>((out, s) => [...out, (out[out.length - 1] ?? 0) + s], [])),
      fc.shuffledSubarray(Array.from({ length: 2_200 }, (_, i) => i + 1), { minLength: 1_100 }),
      fc.integer({ min: 1_030, max: 1_500 }).map((n) => [...Array.from({ length: n }, (_, i) => 2 * i + 1), ...Array.from({ length: n }, (_, i) => 2 * i + 2)]),
      fc.array(fc.integer({ min: 1, max: 3_000 }), { minLength: 1_100, maxLength: 2_500 }),
    );
    fc.assert(
      fc.property(orders, (nonces) => {
        const window: NonceRuns = { floor: 0, runs: [], count: 0 };
        const model = new SetModel();
        let pruned = 0;
        for (const n of nonces) {
          const fresh = !model.holds(n);
          const floor = model.floor;
          expect(record(window, n)).toBe(fresh);
          if (fresh) model.add(n);
          if (model.floor !== floor) {
            pruned++;
            expectSame(window, model);
          }
        }
        expectSame(window, model);
        for (let probe = 0; probe <= 3_001; probe += 7) expect(holdsNonce(window, probe)).toBe(model.holds(probe));
        return pruned >= 0;
      }),
      { numRuns: 40, seed: 2702 },
    );
  });

  it('each shape by hand: extend up, join two runs, extend down, a run of its own before, between and after', () => {
    const window = nonceRunsOf(0, [3, 4, 8, 9]);
    const step = (n: number) => {
      addNonce(window, n);
      return [...window.runs];
    };
    expect(step(5)).toEqual([3, 5, 8, 9]);
    expect(step(7)).toEqual([3, 5, 7, 9]);
    expect(step(6)).toEqual([3, 9]);
    expect(step(2)).toEqual([2, 9]);
    expect(step(12)).toEqual([2, 9, 12, 12]);
    expect(step(15)).toEqual([2, 9, 12, 12, 15, 15]);
    expect(step(1)).toEqual([1, 9, 12, 12, 15, 15]);
    expect(step(13)).toEqual([1, 9, 12, 13, 15, 15]);
    expect(window.count).toBe(12);
    expect([9, 1, 12, 13, 15].map((n) => holdsNonce(window, n))).toEqual([true, true, true, true, true]);
    expect([10, 11, 14, 16, 0].map((n) => holdsNonce(window, n))).toEqual([false, false, false, false, true]);
  });

  it('pruning by hand: a cut inside a run, a cut at a run\'s end, and nothing below 1,025 nonces', () => {
    const inRun: NonceRuns = nonceRunsOf(0, Array.from({ length: 1_024 }, (_, i) => i + 1));
    expect(pruneNonces(inRun)).toBe(false);
    addNonce(inRun, 1_025);
    expect(pruneNonces(inRun)).toBe(true);
    expect([inRun.floor, inRun.runs, inRun.count]).toEqual([512, [513, 1_025], 513]);
    // 512 nonces in the first run exactly: it leaves whole, the floor is its last.
    const atEnd = nonceRunsOf(0, [...Array.from({ length: 512 }, (_, i) => i + 1), ...Array.from({ length: 513 }, (_, i) => i + 600)]);
    expect(pruneNonces(atEnd)).toBe(true);
    expect([atEnd.floor, atEnd.runs, atEnd.count]).toEqual([512, [600, 1_112], 513]);
  });

  it('a snapshot\'s nonces: any order and repeats in, ascending out', () => {
    const window = nonceRunsOf(2, [9, 4, 3, 5, 4]);
    expect([window.floor, window.runs, window.count]).toEqual([2, [3, 5, 9, 9], 4]);
    expect(noncesOf(window)).toEqual([3, 4, 5, 9]);
    expect(noncesOf(nonceRunsOf(0, []))).toEqual([]);
  });
});

/** A venue whose clients deposit with the nonces given, one block per list; the first block whose root differs from the recomputation. */
function depositBlocks(blocks: ReadonlyArray<ReadonlyArray<[string, number]>>): { state: VenueState; mismatch: string | undefined; models: Map<string, SetModel> } {
  const { config } = testVenueConfig({ markets: 1 });
  const state = createVenueState(config);
  const models = new Map<string, SetModel>();
  let mismatch: string | undefined;
  for (const [i, txs] of blocks.entries()) {
    const result = applyBlock(state, { height: i + 1, timeUs: (i + 1) * 1_000_000, txs: txs.map(([client, nonce]) => encodeTx(client, nonce, { deposit: { accountId: client, amount: 1 } })) });
    for (const [client, nonce] of txs) {
      let model = models.get(client);
      if (!model) models.set(client, (model = new SetModel()));
      if (!model.holds(nonce)) model.add(nonce);
    }
    const incremental = hex(result.stateHash as Uint8Array);
    const scratch = hex(stateHashFromScratch(state));
    if (incremental !== scratch && mismatch === undefined) mismatch = `height ${i + 1}: incremental ${incremental.slice(0, 12)}…, from scratch ${scratch.slice(0, 12)}…`;
  }
  return { state, mismatch, models };
}

describe('the engine\'s windows through applyBlock', () => {
  it('after every block: each window is its model\'s, and the incremental root equals the recomputation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(fc.constantFrom('ann', 'ben', 'cy'), fc.integer({ min: 1, max: 30 })), { maxLength: 8 }), { minLength: 1, maxLength: 12 }),
        (blocks) => {
          const { state, mismatch, models } = depositBlocks(blocks);
          expect(mismatch).toBeUndefined();
          for (const [client, model] of models) expectSame(state.nonces.get(client) as NonceRuns, model);
        },
      ),
      { numRuns: 60, seed: 2703 },
    );
  });

  it('across the window\'s pruning at 1,024 nonces, odd nonces then even ones', () => {
    const blocks: Array<Array<[string, number]>> = [];
    for (let b = 0; b < 12; b++) blocks.push(Array.from({ length: 100 }, (_, i) => ['ann', 2 * (100 * b + i) + 1] as [string, number]));
    for (let b = 0; b < 4; b++) blocks.push(Array.from({ length: 100 }, (_, i) => ['ann', 2 * (100 * b + i) + 1202] as [string, number]));
    const { state, mismatch, models } = depositBlocks(blocks);
    expect(mismatch).toBeUndefined();
    expect(state.nonces.get('ann')?.floor).toBeGreaterThan(0);
    expectSame(state.nonces.get('ann') as NonceRuns, models.get('ann') as SetModel);
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
  });
});
