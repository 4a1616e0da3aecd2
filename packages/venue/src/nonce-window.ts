/**
 * A client's replay-protection window (docs/venue.md "At most once"): the nonces it has applied
 * above a floor, kept as ascending maximal runs of consecutive nonces, flat [first, last, first,
 * last, …], with their count. Clients number their transactions 1, 2, 3, …, so a window is one
 * run or a few: a lookup, an add and the state hash's leaf (which writes the same runs,
 * state-leaves.ts) cost a few numbers, where a Set of up to 1,024 nonces was a ~16 KiB hash table
 * whose every touch missed the cache (BENCHMARKS.md, "Session 26 replay").
 *
 * A hostile client numbering 1, 3, 5, … holds up to 1,024 runs: lookups and adds stay a binary
 * search (an add that makes or closes a gap also moves the runs after it, a memmove of at most
 * 2,048 numbers).
 *
 * The rule is the Set's, unchanged: a nonce at or below the floor, or in the window, is applied;
 * when the window holds more than NONCE_WINDOW nonces the floor rises to its (NONCE_WINDOW / 2)-th
 * smallest and those nonces leave it.
 */
/** Nonces a client's window holds above its floor before the floor rises. */
export const NONCE_WINDOW = 1024;

export interface NonceRuns {
  floor: number;
  /** Ascending maximal runs, flat [first, last, …]: runs[2i] <= runs[2i + 1] < runs[2i + 2] - 1. */
  runs: number[];
  /** How many nonces the runs hold. */
  count: number;
}

/** The index of the first run whose last nonce is >= nonce (runs.length / 2 if none). */
function runAtOrAfter(runs: readonly number[], nonce: number): number {
  let lo = 0;
  let hi = runs.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((runs[2 * mid + 1] as number) < nonce) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `nonce` was applied: at or below the floor, or in a run. */
export function holdsNonce(window: NonceRuns, nonce: number): boolean {
  if (nonce <= window.floor) return true;
  const runs = window.runs;
  const k = 2 * runAtOrAfter(runs, nonce);
  return k < runs.length && (runs[k] as number) <= nonce;
}

/** Adds a nonce the window does not hold (holdsNonce false): into its run, joining runs it closes the gap between. */
export function addNonce(window: NonceRuns, nonce: number): void {
  const runs = window.runs;
  const k = 2 * runAtOrAfter(runs, nonce);
  // Runs before k end below nonce; run k (if any) ends at or above it and, the nonce not being held, starts above it.
  const joinsBefore = k > 0 && runs[k - 1] === nonce - 1;
  const joinsAfter = k < runs.length && runs[k] === nonce + 1;
  if (joinsBefore && joinsAfter) runs.splice(k - 1, 2);
  else if (joinsBefore) runs[k - 1] = nonce;
  else if (joinsAfter) runs[k] = nonce;
  else runs.splice(k, 0, nonce, nonce);
  window.count++;
}

/**
 * Raises the floor when the window holds more than NONCE_WINDOW nonces: its NONCE_WINDOW / 2
 * smallest leave, the floor becomes the largest of them. Returns whether it did.
 */
export function pruneNonces(window: NonceRuns): boolean {
  if (window.count <= NONCE_WINDOW) return false;
  const runs = window.runs;
  let dropping = NONCE_WINDOW / 2;
  let k = 0;
  // Whole runs that fit in what is dropped leave; the run the count ends in is cut.
  while (dropping > 0) {
    const first = runs[k] as number;
    const size = (runs[k + 1] as number) - first + 1;
    if (size <= dropping) {
      dropping -= size;
      k += 2;
      if (dropping === 0) window.floor = first + size - 1;
    } else {
      window.floor = first + dropping - 1;
      runs[k] = first + dropping;
      dropping = 0;
    }
  }
  runs.splice(0, k);
  window.count -= NONCE_WINDOW / 2;
  return true;
}

/** The window's nonces ascending (a snapshot's `seen`). */
export function noncesOf(window: NonceRuns): number[] {
  const out: number[] = [];
  const runs = window.runs;
  for (let i = 0; i < runs.length; i += 2) for (let n = runs[i] as number; n <= (runs[i + 1] as number); n++) out.push(n);
  return out;
}

/** A window from a floor and nonces in any order, repeats counted once (a restored snapshot's). */
export function nonceRunsOf(floor: number, nonces: Iterable<number>): NonceRuns {
  const sorted = [...new Set(nonces)].sort((a, b) => a - b);
  const runs: number[] = [];
  for (const nonce of sorted) {
    if (runs.length > 0 && nonce === (runs[runs.length - 1] as number) + 1) runs[runs.length - 1] = nonce;
    else runs.push(nonce, nonce);
  }
  return { floor, runs, count: sorted.length };
}
