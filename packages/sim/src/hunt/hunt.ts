/**
 * The exploit hunter's pure core (`faultline hunt`): fast-check draws strategies for a group of
 * colluding accounts (strategy.ts), each is written as an order stream and run through the pure
 * engine with every venue check and the solvency referee after every block (../order-stream.ts),
 * and scored.
 *
 * Extraction: what the group could take out minus what it put in —
 *   sum over members of (withdrawn - deposited + max(0, equity at the end))
 * with equity by the referee's own books. The venue starts with an empty insurance fund and no
 * account outside the group, so price moves only shift money between members, and on a sound
 * engine (no user fill below zero equity, liquidation capped at the bankruptcy price, the rest
 * deleveraged) the group only loses (fees, penalties, funding rounding): every unit above zero is
 * paid by the venue (a deficit left unrecorded or uncovered) or by its fund (the penalties the
 * group paid in). A member's negative equity counts as zero: it is the venue's loss.
 *
 * A finding: any invariant fires, or extraction exceeds the rounding allowance (one unit per
 * transaction). The finding with the highest extraction (else the first that fires an invariant)
 * names the target — that invariant, or extraction — and fast-check's shrinking (the same draws
 * again, stopping at the first strategy that hits the target) reduces it to a minimal strategy,
 * written as an order stream that `faultline venue --replay-orders` replays.
 */
import fc from 'fast-check';
import type { VenueVariant } from '@faultline/venue';
import { runOrderStream, type OrderStreamFile } from '../order-stream.ts';
import { strategyArbitrary, strategyToOrderStream, type Strategy } from './strategy.ts';

export interface HuntOptions {
  runs: number;
  seed: number;
  /** Colluding accounts (default 3). */
  accounts?: number;
  /** Steps per strategy at most (default 24). */
  maxSteps?: number;
  /** The engine's testing seam: tests hunt planted holes with it. */
  variant?: VenueVariant;
  /** Only findings that fire this invariant count as the best (to hunt one hole). */
  target?: string;
  /** Time allowed to shrink the best finding (default 60 s); the smallest found so far is kept. */
  shrinkTimeLimitMs?: number;
  onProgress?: (progress: HuntProgress) => void;
}

export interface HuntProgress {
  phase: 'hunt' | 'shrink';
  /** Strategies run in this phase. */
  done: number;
  total: number;
  findings: number;
}

export interface Evaluation {
  extraction: number;
  /** Transactions of the strategy's order stream. */
  txs: number;
  blocks: number;
  /** Every invariant that fired (first first). */
  invariants: string[];
  detail: string | null;
  finding: boolean;
}

export interface HuntFinding extends Evaluation {
  strategy: Strategy;
  stream: OrderStreamFile;
}

export interface HuntResult {
  runs: number;
  findings: number;
  /** The shrunk finding, or null when there is none. */
  best: HuntFinding | null;
  /** Highest extraction seen over all runs (<= the allowance when nothing was found). */
  maxExtraction: number;
  /** The transactions of the strategy that extracted most (the best when nothing was found). */
  maxExtractionTxs: number;
  /** Findings per invariant, and `extraction` for strategies that extract beyond rounding. */
  tally: Record<string, number>;
  /** Strategies and engine blocks run, and the time taken (hunt phase only). */
  strategies: number;
  blocks: number;
  elapsedMs: number;
}

export const HUNT_DEFAULT_ACCOUNTS = 3;
export const HUNT_DEFAULT_MAX_STEPS = 24;

/** Runs one strategy and scores it. */
export function evaluateStrategy(strategy: Strategy, options: { variant?: VenueVariant } = {}): HuntFinding {
  const stream = strategyToOrderStream(strategy, { insuranceFundSeed: 0 });
  const run = runOrderStream(stream, { hash: false, ...(options.variant ? { variant: options.variant } : {}) });
  let extraction = 0;
  for (const [id, t] of run.transfers) {
    if (!/^g\d+$/.test(id)) continue;
    extraction += t.withdrawn - t.deposited + Math.max(0, run.referee.ledger.standing(id).equity);
  }
  const invariants = [...new Set(run.result.violations.map((v) => v.invariant))];
  const problems = run.referee.problems;
  if (problems.length > 0) invariants.push('referee-lost');
  const txs = run.result.transactions;
  const detail = run.result.violations[0]?.detail ?? problems[0] ?? (extraction > txs ? `the group extracts ${extraction}` : null);
  return { extraction, txs, blocks: run.result.height, invariants, detail, finding: invariants.length > 0 || extraction > txs, strategy, stream };
}

export function hunt(options: HuntOptions): HuntResult {
  const accounts = options.accounts ?? HUNT_DEFAULT_ACCOUNTS;
  const variant = options.variant ? { variant: options.variant } : {};
  const arbitrary = strategyArbitrary(accounts, options.maxSteps ?? HUNT_DEFAULT_MAX_STEPS);
  const started = performance.now();
  let findings = 0;
  let blocks = 0;
  let maxExtraction = Number.NEGATIVE_INFINITY;
  let maxExtractionTxs = 0;
  const tally: Record<string, number> = {};
  let best: HuntFinding | null = null;
  let done = 0;
  // fast-check draws the strategies: this pass runs them all and counts; the shrink pass below
  // draws the same ones (same seed) and stops at the first finding like the best, then shrinks it.
  fc.check(
    fc.property(arbitrary, (strategy) => {
      const evaluation = evaluateStrategy(strategy, variant);
      blocks += evaluation.blocks;
      if (evaluation.extraction > maxExtraction) {
        maxExtraction = evaluation.extraction;
        maxExtractionTxs = evaluation.txs;
      }
      if (evaluation.finding) {
        findings++;
        for (const name of evaluation.invariants) tally[name] = (tally[name] ?? 0) + 1;
        if (evaluation.extraction > evaluation.txs) tally['extraction'] = (tally['extraction'] ?? 0) + 1;
        const onTarget = options.target === undefined || evaluation.invariants.includes(options.target);
        if (onTarget && (!best || rank(evaluation) > rank(best))) best = evaluation;
      }
      options.onProgress?.({ phase: 'hunt', done: ++done, total: options.runs, findings });
      return true;
    }),
    { numRuns: options.runs, seed: options.seed },
  );
  const elapsedMs = performance.now() - started;
  const found = best as HuntFinding | null;
  return {
    runs: options.runs,
    findings,
    best: found ? shrink(found, arbitrary, options) : null,
    maxExtraction: done > 0 ? maxExtraction : 0,
    maxExtractionTxs,
    tally,
    strategies: done,
    blocks,
    elapsedMs,
  };
}

/** Extraction first (it is money out of the venue), then any invariant. */
function rank(e: Evaluation): number {
  return e.extraction > e.txs ? e.extraction : Number.MIN_SAFE_INTEGER;
}

function shrink(found: HuntFinding, arbitrary: fc.Arbitrary<Strategy>, options: HuntOptions): HuntFinding {
  const variant = options.variant ? { variant: options.variant } : {};
  const target = options.target ?? found.invariants[0];
  const same = (e: Evaluation): boolean => (target !== undefined ? e.invariants.includes(target) : e.extraction > e.txs);
  let tried = 0;
  let smallest = found;
  const result = fc.check(
    fc.property(arbitrary, (strategy) => {
      const evaluation = evaluateStrategy(strategy, variant);
      options.onProgress?.({ phase: 'shrink', done: ++tried, total: tried, findings: 1 });
      if (same(evaluation) && evaluation.txs <= smallest.txs) smallest = evaluation;
      return !same(evaluation);
    }),
    { numRuns: options.runs, seed: options.seed, interruptAfterTimeLimit: options.shrinkTimeLimitMs ?? 60_000 },
  );
  const shrunk = result.counterexample?.[0];
  const evaluation = shrunk ? evaluateStrategy(shrunk, variant) : undefined;
  return evaluation && same(evaluation) && evaluation.txs <= smallest.txs ? evaluation : smallest;
}
