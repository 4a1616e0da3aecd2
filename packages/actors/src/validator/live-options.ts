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
