/**
 * Consensus configuration: validator set, timeouts, limits, and the switchable Byzantine
 * behaviours (an adversary a scenario may field; planted bugs live in variants.ts).
 * Timeouts follow CometBFT: base + delta x round per step.
 */
import type { KeyObject } from 'node:crypto';

export interface TimeoutConfig {
  proposeUs: number;
  proposeDeltaUs: number;
  prevoteUs: number;
  prevoteDeltaUs: number;
  precommitUs: number;
  precommitDeltaUs: number;
  /** Wait after a commit before the next height (gathers late precommits and txs). */
  commitUs: number;
}

/** CometBFT's defaults (config/config.go). */
export const COMETBFT_TIMEOUTS: TimeoutConfig = {
  proposeUs: 3_000_000,
  proposeDeltaUs: 500_000,
  prevoteUs: 1_000_000,
  prevoteDeltaUs: 500_000,
  precommitUs: 1_000_000,
  precommitDeltaUs: 500_000,
  commitUs: 1_000_000,
};

/** dYdX v4 overrides propose to 1 s and commit to 500 ms. */
export const DYDX_TIMEOUTS: TimeoutConfig = { ...COMETBFT_TIMEOUTS, proposeUs: 1_000_000, commitUs: 500_000 };

export type Step = 'propose' | 'prevote' | 'precommit' | 'commit';

export function timeoutUs(timeouts: TimeoutConfig, step: Step, round: number): number {
  switch (step) {
    case 'propose':
      return timeouts.proposeUs + timeouts.proposeDeltaUs * round;
    case 'prevote':
      return timeouts.prevoteUs + timeouts.prevoteDeltaUs * round;
    case 'precommit':
      return timeouts.precommitUs + timeouts.precommitDeltaUs * round;
    case 'commit':
      return timeouts.commitUs;
  }
}

/** The most validators of n that may fail for ever, Byzantine or crashed (n = 3f + 1). */
export function faultTolerance(validators: number): number {
  return Math.max(0, Math.floor((validators - 1) / 3));
}

/**
 * The longest a height can take when `skippedRounds` proposers in a row never propose (crashed or
 * withholding validators; BFT tolerates f of them for ever): the commit wait, then each skipped
 * round's propose, prevote and precommit timeouts in full, network delay not counted. An upper
 * bound: a round whose nil prevotes reach a quorum at once skips its prevote wait (CometBFT's
 * defaults at n = 7, f = 2: 12.5 s; the simulator measured 10.03 s with two withholding
 * proposers). A venue's block-gap halt at or below it can halt the markets with no fault beyond
 * what the chain tolerates (the scenario hazard check, docs/invariants.md).
 */
export function slowestHeightUs(timeouts: TimeoutConfig, skippedRounds: number): number {
  let totalUs = timeouts.commitUs;
  for (let round = 0; round < skippedRounds; round++) {
    totalUs += timeoutUs(timeouts, 'propose', round) + timeoutUs(timeouts, 'prevote', round) + timeoutUs(timeouts, 'precommit', round);
  }
  return totalUs;
}

/**
 * Byzantine behaviours, switchable per validator for tests and scenarios:
 * `equivocate` proposes two different blocks to two halves of its peers and prevotes for each
 * block to the half that got it (double signing: duplicate-vote evidence); `double-vote` sends a
 * vote for the block to half its peers and nil to the others; `invalid-block` proposes blocks that
 * fail validation; `withhold` never proposes or votes; `replay` re-sends its old messages;
 * `forge-sync` claims a height ahead of its chain in its status and answers every sync request
 * with a block it made up, under a commit certificate it cannot sign: 2f+1 precommits naming the
 * set's validators, each carrying the forger's own signature (what a peer without the others'
 * keys can send; CometBFT's blocksync refuses it in VerifyCommitLight) — otherwise it runs the
 * honest core; `amnesia` forgets its lock — it prevotes every valid proposal, as proposer always
 * proposes a fresh block with no proof-of-lock (polRound -1, never its valid block) — and
 * precommits only blocks it proposed itself (nil for the others': it withholds its weight from
 * blocks it did not make), the attacker of the lock rule (L22/L28).
 */
export type ByzantineBehaviour = 'equivocate' | 'double-vote' | 'invalid-block' | 'withhold' | 'replay' | 'forge-sync' | 'amnesia';
export const BYZANTINE_BEHAVIOURS: readonly ByzantineBehaviour[] = ['equivocate', 'double-vote', 'invalid-block', 'withhold', 'replay', 'forge-sync', 'amnesia'];

export interface ValidatorKeys {
  privateKey: KeyObject;
  publicKeyRaw: Uint8Array;
}

export interface ConsensusLimits {
  /** Transactions in one block. */
  blockTxsMax: number;
  /**
   * Bytes of transactions in one block (CometBFT's max_bytes). A block must fit in one frame and
   * in one write-ahead record (a lock record carries two blocks): see FRAME_BYTES_MAX.
   */
  blockBytesMax: number;
  /** Transactions waiting in the mempool; more are rejected. */
  mempoolTxsMax: number;
  /** Largest accepted transaction. */
  txBytesMax: number;
  /** Votes and proposals for heights beyond the one being decided + this are dropped (no unbounded buffering; in the commit wait of h, h + 1 is the one being decided). */
  futureHeightsMax: number;
  /** Rounds beyond current + this are ignored (a Byzantine peer cannot make us allocate for ever). */
  futureRoundsMax: number;
  /** Blocks in one sync response. */
  syncBlocksMax: number;
  /** Bytes of transactions in one sync response (it always carries at least one block). */
  syncBytesMax: number;
}

/**
 * Blocks in one sync response by default, and what every node asks for in one sync request
 * (validators and execution nodes alike): asking a default validator for more gets no more.
 */
export const SYNC_BLOCKS_MAX = 50;

export const DEFAULT_LIMITS: ConsensusLimits = {
  blockTxsMax: 10_000,
  blockBytesMax: 2 * 1024 * 1024,
  mempoolTxsMax: 20_000,
  txBytesMax: 16 * 1024,
  futureHeightsMax: 1,
  futureRoundsMax: 50,
  syncBlocksMax: SYNC_BLOCKS_MAX,
  syncBytesMax: 4 * 1024 * 1024,
};

/**
 * DEFAULT_LIMITS with `overrides` (a field left out or undefined takes its default), as one
 * literal: every core's limits object has the same map in every run of a process. A spread
 * (`{ ...DEFAULT_LIMITS, ...overrides }`) gave another map from the ninth core on (once the
 * clone's inline cache has feedback), so the code the first run optimized for the first eight
 * cores' map — every rule pass reads `limits` — was thrown away at the start of the next run.
 */
export function consensusLimits(overrides: Partial<ConsensusLimits> = {}): ConsensusLimits {
  return {
    blockTxsMax: overrides.blockTxsMax ?? DEFAULT_LIMITS.blockTxsMax,
    blockBytesMax: overrides.blockBytesMax ?? DEFAULT_LIMITS.blockBytesMax,
    mempoolTxsMax: overrides.mempoolTxsMax ?? DEFAULT_LIMITS.mempoolTxsMax,
    txBytesMax: overrides.txBytesMax ?? DEFAULT_LIMITS.txBytesMax,
    futureHeightsMax: overrides.futureHeightsMax ?? DEFAULT_LIMITS.futureHeightsMax,
    futureRoundsMax: overrides.futureRoundsMax ?? DEFAULT_LIMITS.futureRoundsMax,
    syncBlocksMax: overrides.syncBlocksMax ?? DEFAULT_LIMITS.syncBlocksMax,
    syncBytesMax: overrides.syncBytesMax ?? DEFAULT_LIMITS.syncBytesMax,
  };
}
