/**
 * The live validator service's chain window (validator-core.ts chainBlocksKept), from its spec and
 * FAULTLINE_CHAIN_BLOCKS_KEPT: the spec's value wins; else the variable — a whole number of blocks,
 * 0 for every block kept decoded (as before the window, for side-by-side benches in one tree);
 * else LIVE_CHAIN_BLOCKS_KEPT. Anything else is an error naming the variable.
 */
import { LIVE_CHAIN_BLOCKS_KEPT } from './validator-core.ts';

export const CHAIN_BLOCKS_KEPT_ENV = 'FAULTLINE_CHAIN_BLOCKS_KEPT';

/** `{}` (every block decoded) or `{ chainBlocksKept }`, to spread into a ValidatorConfig. */
export function liveChainBlocksKept(fromSpec: number | undefined, override: string | undefined): { chainBlocksKept?: number } {
  if (fromSpec !== undefined) return { chainBlocksKept: fromSpec };
  if (override === undefined || override === '') return { chainBlocksKept: LIVE_CHAIN_BLOCKS_KEPT };
  if (!/^[0-9]{1,15}$/.test(override)) throw new Error(`${CHAIN_BLOCKS_KEPT_ENV}: a whole number of blocks (0: all), got ${override}`);
  const kept = Number(override);
  return kept === 0 ? {} : { chainBlocksKept: kept };
}

/** The variable that turns the block with its record (validator-core.ts commitWithRecord) off (0) or on (1) in the validator service. */
export const COMMIT_WITH_RECORD_ENV = 'FAULTLINE_COMMIT_WITH_RECORD';
/**
 * The validator service's default without the variable or a spec value: off (the block after its
 * record's ack) until a quiet one-tree A/B measures p99 at least as good with it — session 32's, at
 * load 4–12, did not settle it (BENCHMARKS.md "Session 32 live").
 */
export const COMMIT_WITH_RECORD_DEFAULT = false;

/**
 * The live validator's commit order, from its spec (which wins) and the environment, in one place:
 * `FAULTLINE_COMMIT_BEFORE_RECORD=1` — the block ahead of its record (session 30's order, with the
 * skip rule); else `FAULTLINE_COMMIT_WITH_RECORD` (default COMMIT_WITH_RECORD_DEFAULT, off) — the
 * block and its record in one write (1) or the block after the record's ack (0). Held commit records
 * (`FAULTLINE_WAL_HOLD_COMMIT=1`) put the block ahead of its record unless that is set to 0, which
 * is refused (they would hold nothing).
 */
export function liveCommitOrder(spec: { commitBeforeRecord?: boolean; commitWithRecord?: boolean; walHoldCommit?: boolean }, env: NodeJS.ProcessEnv): { commitBeforeRecord: boolean; commitWithRecord: boolean; walHoldCommit: boolean } {
  const walHoldCommit = spec.walHoldCommit ?? env['FAULTLINE_WAL_HOLD_COMMIT'] === '1';
  const commitBeforeRecord = spec.commitBeforeRecord ?? switchOr(env['FAULTLINE_COMMIT_BEFORE_RECORD'], walHoldCommit);
  if (walHoldCommit && !commitBeforeRecord) throw new Error('held commit records (FAULTLINE_WAL_HOLD_COMMIT=1 or walHoldCommit) need the block published ahead of its record, which FAULTLINE_COMMIT_BEFORE_RECORD=0 (or commitBeforeRecord: false) turned off');
  const commitWithRecord = !commitBeforeRecord && (spec.commitWithRecord ?? switchOr(env[COMMIT_WITH_RECORD_ENV], COMMIT_WITH_RECORD_DEFAULT));
  return { commitBeforeRecord, commitWithRecord, walHoldCommit };
}

/** A 0/1 switch's value: '1' is on, anything else set is off, unset or empty is `fallback`. */
function switchOr(value: string | undefined, fallback: boolean): boolean {
  return value !== undefined && value !== '' ? value === '1' : fallback;
}

/** The variable that sets the live validator's build ahead (validator-core.ts proposeAheadUs), µs. */
export const PROPOSE_AHEAD_ENV = 'FAULTLINE_PROPOSE_AHEAD_US';
/**
 * The validator service's build ahead without the variable or a spec value: off (0, the proposal
 * built when the commit wait ends) until a one-tree A/B measures p99 at least as good with it
 * (BENCHMARKS.md "Session 33 live").
 */
export const PROPOSE_AHEAD_US_DEFAULT = 0;

/**
 * The live validator's build ahead, µs, from its spec (which wins) and FAULTLINE_PROPOSE_AHEAD_US:
 * a whole number of µs, 0 for off; unset or empty: PROPOSE_AHEAD_US_DEFAULT. Anything else is an
 * error naming the variable. A value at or past the commit wait builds at the wait's end, as off.
 */
export function liveProposeAheadUs(fromSpec: number | undefined, override: string | undefined): number {
  if (fromSpec !== undefined) return fromSpec;
  if (override === undefined || override === '') return PROPOSE_AHEAD_US_DEFAULT;
  if (!/^[0-9]{1,9}$/.test(override)) throw new Error(`${PROPOSE_AHEAD_ENV}: a whole number of µs (0: off), got ${override}`);
  return Number(override);
}
