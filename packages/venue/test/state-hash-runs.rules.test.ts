/**
 * The hash cache's kept nonce runs (state-hash.ts, Principal.runs): a touched client's leaf is
 * written from runs the cache keeps, taking each recorded nonce in place, instead of walking the
 * window's set (up to 1,024 nonces) at every hash. The runs must always be exactly the set's: any
 * order of arrival, duplicates, the window pruned at 1,024, a set replaced or grown behind the
 * cache's back — the incremental root equals the recomputation from scratch, which walks the set.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyBlock, createVenueState, stateHash, stateHashFromScratch, type VenueState } from '@faultline/venue';
import { encodeTx, testVenueConfig } from '@faultline/venue/testing';
import { addToRuns } from '../src/state-hash.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** Maximal ascending runs of a set of nonces, flat [first, last, …], from the sorted set. */
function runsOfSet(nonces: Iterable<number>): number[] {
  const runs: number[] = [];
  for (const n of [...new Set(nonces)].sort((a, b) => a - b)) {
    if (runs.length > 0 && n === (runs[runs.length - 1] as number) + 1) runs[runs.length - 1] = n;
    else runs.push(n, n);
  }
  return runs;
}

describe('addToRuns', () => {
  it('after any sequence of nonces the runs are the set\'s maximal runs; a nonce already held is refused', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 60 }), (nonces) => {
        const runs: number[] = [];
        const seen = new Set<number>();
        for (const n of nonces) {
          expect(addToRuns(runs, n)).toBe(!seen.has(n));
          seen.add(n);
          expect(runs).toEqual(runsOfSet(seen));
        }
      }),
      { numRuns: 300, seed: 2101 },
    );
  });

  it('each shape by hand: extend up, join two runs, extend down, a run of its own before, between and after', () => {
    const runs = [3, 4, 8, 9];
    expect(addToRuns(runs, 5)).toBe(true);
    expect(runs).toEqual([3, 5, 8, 9]);
    expect(addToRuns(runs, 7)).toBe(true);
    expect(runs).toEqual([3, 5, 7, 9]);
    expect(addToRuns(runs, 6)).toBe(true);
    expect(runs).toEqual([3, 9]);
    expect(addToRuns(runs, 2)).toBe(true);
    expect(runs).toEqual([2, 9]);
    expect(addToRuns(runs, 12)).toBe(true);
    expect(runs).toEqual([2, 9, 12, 12]);
    expect(addToRuns(runs, 15)).toBe(true);
    expect(addToRuns(runs, 0)).toBe(true);
    expect(runs).toEqual([0, 0, 2, 9, 12, 12, 15, 15]);
    expect(addToRuns(runs, 13)).toBe(true);
    expect(runs).toEqual([0, 0, 2, 9, 12, 13, 15, 15]);
    expect(addToRuns(runs, 9)).toBe(false);
    expect(addToRuns(runs, 2)).toBe(false);
    expect(runs).toEqual([0, 0, 2, 9, 12, 13, 15, 15]);
  });
});

/** A venue whose clients deposit with the nonces given, one block per list; the roots after each block. */
function depositBlocks(blocks: ReadonlyArray<ReadonlyArray<[string, number]>>): { state: VenueState; mismatch: string | undefined } {
  const { config } = testVenueConfig({ markets: 1 });
  const state = createVenueState(config);
  let mismatch: string | undefined;
  for (const [i, txs] of blocks.entries()) {
    const result = applyBlock(state, { height: i + 1, timeUs: (i + 1) * 1_000_000, txs: txs.map(([client, nonce]) => encodeTx(client, nonce, { deposit: { accountId: client, amount: 1 } })) });
    const incremental = hex(result.stateHash as Uint8Array);
    const scratch = hex(stateHashFromScratch(state));
    if (incremental !== scratch && mismatch === undefined) mismatch = `height ${i + 1}: incremental ${incremental.slice(0, 12)}…, from scratch ${scratch.slice(0, 12)}…`;
  }
  return { state, mismatch };
}

describe('the incremental root with kept runs', () => {
  it('equals the recomputation after every block when nonces arrive out of order, twice, and in gaps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(fc.constantFrom('ann', 'ben', 'cy'), fc.integer({ min: 1, max: 30 })), { maxLength: 8 }), { minLength: 1, maxLength: 12 }),
        (blocks) => {
          expect(depositBlocks(blocks).mismatch).toBeUndefined();
        },
      ),
      { numRuns: 60, seed: 2102 },
    );
  });

  it('equals it across the window\'s pruning at 1,024 nonces (the set is replaced: the runs are walked again)', () => {
    const blocks: Array<Array<[string, number]>> = [];
    // Odd nonces then even ones: the window holds many runs, then collapses to one as the gaps fill.
    for (let b = 0; b < 12; b++) blocks.push(Array.from({ length: 100 }, (_, i) => ['ann', 2 * (100 * b + i) + 1] as [string, number]));
    for (let b = 0; b < 4; b++) blocks.push(Array.from({ length: 100 }, (_, i) => ['ann', 2 * (100 * b + i) + 1202] as [string, number]));
    const { state, mismatch } = depositBlocks(blocks);
    expect(mismatch).toBeUndefined();
    expect(state.nonces.get('ann')?.floor).toBeGreaterThan(0);
  });

  it('a set changed behind the cache\'s back — grown unannounced, or replaced by one of the same size — is walked again', () => {
    const { state } = depositBlocks([[['ann', 1], ['ann', 2], ['ann', 5]]]);
    const window = state.nonces.get('ann');
    if (!window) throw new Error('no window');
    window.seen.add(9);
    state.hashCache.mark('ann', undefined, window);
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
    window.seen = new Set([1, 2, 3, 4]);
    state.hashCache.mark('ann', undefined, window);
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
    // Announced nonces are taken in place: one more, then one the set already holds.
    window.seen.add(7);
    state.hashCache.mark('ann', undefined, window, 7);
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
    window.seen.add(7);
    state.hashCache.mark('ann', undefined, window, 7);
    expect(hex(stateHash(state))).toBe(hex(stateHashFromScratch(state)));
  });
});

/** A set that counts the walks over it (the spread the cache makes when it walks a window). */
class CountingSet extends Set<number> {
  walks = 0;
  override [Symbol.iterator](): SetIterator<number> {
    this.walks++;
    return super[Symbol.iterator]();
  }
}

describe('the kept runs are used, not walked again', () => {
  it('a window is walked once; later nonces recorded by blocks are taken in place, and the root still equals the recomputation', () => {
    const { state } = depositBlocks([[['ann', 1], ['ann', 3]]]);
    const window = state.nonces.get('ann');
    if (!window) throw new Error('no window');
    const counting = new CountingSet(window.seen);
    window.seen = counting;
    state.hashCache.mark('ann', undefined, window);
    stateHash(state);
    expect(counting.walks).toBe(1);
    for (const [i, nonces] of [[2, 7], [5], [4, 6]].entries()) {
      const walks = counting.walks;
      const result = applyBlock(state, { height: state.height + 1, timeUs: (i + 10) * 1_000_000, txs: nonces.map((n) => encodeTx('ann', n, { deposit: { accountId: 'ann', amount: 1 } })) });
      expect(counting.walks).toBe(walks);
      // (The recomputation walks the set itself.)
      expect(hex(result.stateHash as Uint8Array)).toBe(hex(stateHashFromScratch(state)));
    }
    expect([...counting].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
