/**
 * `faultline up` starts the venue before its clients: validators, execution replicas, oracles
 * and the external venue first; traders, the liquidator and the hedger once the first block is
 * committed (or after CLIENTS_AT_LATEST_MS, should no block come — a scenario that opens with a
 * consensus stall). On a machine with fewer cores than processes the OS shares the CPU evenly
 * among everything runnable, so 22 clients loading at the same time as 10 venue processes
 * would push the first block back by their whole start-up; clients started before the first
 * block would only have their orders wait for it anyway. Figures: BENCHMARKS.md, live start-up.
 */
import type { ActorSpec } from '@faultline/actors';

export const CLIENTS_AT_LATEST_MS = 5_000;

const CLIENT_KINDS: ReadonlySet<ActorSpec['kind']> = new Set(['noise-trader', 'leveraged-trader', 'stale-arb-trader', 'margin-trader', 'liquidator', 'hedger']);

/** A client of the venue (started after the first block), not part of it. */
export function isVenueClient(spec: ActorSpec): boolean {
  return CLIENT_KINDS.has(spec.kind);
}
