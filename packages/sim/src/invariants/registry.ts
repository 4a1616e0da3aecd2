/**
 * The registry of every invariant Faultline judges — safety, recovery, replay-only and live-only —
 * with the worlds that judge it and the named bounds it uses. One list, so that:
 * - the simulator, campaigns, live runs and replay report the same names with the same bounds
 *   (the run observer reads its bounds from here, never from a constant of its own);
 * - a test (packages/sim/test/invariant-proofs.test.ts) walks this list and fails when an
 *   invariant has no proof of firing (a planted variant or a fault schedule that makes its
 *   verdict `failed`, by name);
 * - docs/invariants.md lists the same entries with their proofs.
 *
 * Adding an invariant: add its entry here (name, kind, worlds, area, description, bounds), its
 * check, and a proof in packages/sim/test/proofs/<area>.proof.ts.
 */
import type { VenuePolicy } from '@faultline/venue';

/**
 * safety: must hold at every height/moment; recovery: must hold within a bound after the last
 * fault heals (not evaluated when the run ends sooner); replay-only: the log against the engine;
 * live-only: properties of the process world (the broker, the services).
 */
export type InvariantKind = 'safety' | 'recovery' | 'replay-only' | 'live-only';

/** Where a verdict is computed: the simulator (sim, check, compare), live runs (up), replay of a log. */
export type InvariantWorld = 'sim' | 'live' | 'replay';

/** Who owns the check (and where its proof file lives: packages/sim/test/proofs/<area>.proof.ts). */
export type InvariantArea = 'venue' | 'solvency' | 'consensus' | 'execution' | 'actors' | 'recovery' | 'log' | 'live';

/** Named bounds: every number a verdict depends on, in one place. */
export type BoundName = 'liveness-after-heal' | 'replica-lag' | 'reopen-after-heal' | 'hedger-delta-factor' | 'hedger-rehedge-after-heal';

export interface BoundDefinition {
  name: BoundName;
  unit: 'us' | 'heights' | 'x';
  description: string;
}

export interface InvariantEntry {
  name: string;
  kind: InvariantKind;
  worlds: readonly InvariantWorld[];
  area: InvariantArea;
  /** One sentence: what must hold. */
  description: string;
  bounds: readonly BoundName[];
}

/**
 * A block within this long after the last fault's end. Generous on purpose (a failure is a real
 * failure, not a slow machine): with dYdX timeouts a 15 s partition reaches round ~5, whose
 * timeouts are a few seconds; 30 s leaves room for several rounds more.
 */
export const LIVENESS_AFTER_HEAL_US = 30_000_000;
/** A running replica may trail the highest executed height by this many heights at the end (one in flight, one executing, one slack). */
export const REPLICA_LAG_HEIGHTS = 3;
/**
 * The hedger may leave its delta limit for a while (a quote taken before it noticed its view was
 * stale, a hedge still in flight); twice the limit is what a hedger that keeps quoting while it
 * cannot see its fills reaches and a working one does not (docs/venue.md, planted actor bugs).
 */
export const HEDGER_DELTA_BOUND_FACTOR = 2;

export const BOUNDS: Readonly<Record<BoundName, BoundDefinition>> = {
  'liveness-after-heal': { name: 'liveness-after-heal', unit: 'us', description: 'blocks resume within this long after the last fault ends' },
  'replica-lag': { name: 'replica-lag', unit: 'heights', description: 'a running replica trails the highest executed height by at most this at the end' },
  'reopen-after-heal': {
    name: 'reopen-after-heal',
    unit: 'us',
    description: 'every market trades again within this long after the last fault ends: liveness-after-heal + resume delay + reopening auction + price-band halt',
  },
  'hedger-delta-factor': { name: 'hedger-delta-factor', unit: 'x', description: "the hedger's true |delta| stays within this multiple of its delta limit" },
  'hedger-rehedge-after-heal': { name: 'hedger-rehedge-after-heal', unit: 'us', description: "the hedger's delta is back inside its limit this long after the last fault ends" },
};

/** The bounds' values for one run (the reopening bound depends on the venue's policy). */
export function resolveBounds(policy: Pick<VenuePolicy, 'resumeDelayUs' | 'reopeningAuction' | 'priceBand'>): Record<BoundName, number> {
  return {
    'liveness-after-heal': LIVENESS_AFTER_HEAL_US,
    'replica-lag': REPLICA_LAG_HEIGHTS,
    'reopen-after-heal':
      LIVENESS_AFTER_HEAL_US +
      policy.resumeDelayUs +
      (policy.reopeningAuction.enabled ? policy.reopeningAuction.durationUs : 0) +
      (policy.priceBand.enabled ? policy.priceBand.haltUs : 0),
    'hedger-delta-factor': HEDGER_DELTA_BOUND_FACTOR,
    'hedger-rehedge-after-heal': LIVENESS_AFTER_HEAL_US,
  };
}

/** The longest recovery bound: a schedule's tail after its last fault must be at least this for every recovery invariant to be evaluated. */
export function longestRecoveryBoundUs(policy: Parameters<typeof resolveBounds>[0]): number {
  const bounds = resolveBounds(policy);
  return Math.max(...REGISTRY.filter((e) => e.kind === 'recovery').flatMap((e) => e.bounds.filter((b) => BOUNDS[b].unit === 'us').map((b) => bounds[b])));
}

const ALL: readonly InvariantWorld[] = ['sim', 'live', 'replay'];
const RUNS: readonly InvariantWorld[] = ['sim', 'live'];

export const REGISTRY: readonly InvariantEntry[] = [
  // The venue engine's invariants (packages/venue/src/checks.ts), after every block, in every world.
  { name: 'conservation', kind: 'safety', worlds: ALL, area: 'venue', bounds: [], description: 'balances + insurance fund + fees = deposits - withdrawals, exactly' },
  { name: 'open-interest', kind: 'safety', worlds: ALL, area: 'venue', bounds: [], description: 'long open interest equals short open interest in every market' },
  { name: 'book-not-crossed', kind: 'safety', worlds: ALL, area: 'venue', bounds: [], description: 'no resting bid at or above the best resting ask' },
  { name: 'price-time-priority', kind: 'safety', worlds: ALL, area: 'venue', bounds: [], description: 'one taker order fills the best price first and, at one price, the oldest maker first' },
  { name: 'no-fill-while-halted', kind: 'safety', worlds: ALL, area: 'venue', bounds: [], description: 'no fill in a halted market (an auction fills only in its uncrossing)' },
  { name: 'cancel-on-halt', kind: 'safety', worlds: ALL, area: 'venue', bounds: [], description: 'with cancel-on-halt on, a halted market holds no resting order' },
  { name: 'fees-venue-favour', kind: 'safety', worlds: ALL, area: 'venue', bounds: [], description: 'every fee is rounded in the venue’s favour, by less than one unit' },
  { name: 'funding-zero-sum', kind: 'safety', worlds: ALL, area: 'venue', bounds: [], description: 'funding paid equals funding received' },
  { name: 'liquidation-recheck', kind: 'safety', worlds: ALL, area: 'solvency', bounds: [], description: "no account liquidated while healthy at execution, by the referee's equity and maintenance at the mark" },
  { name: 'insurance-fund-non-negative', kind: 'safety', worlds: ALL, area: 'venue', bounds: [], description: 'the insurance fund never goes below zero' },
  { name: 'adl-after-fund-exhausted', kind: 'safety', worlds: ALL, area: 'solvency', bounds: [], description: "auto-deleveraging only when the fund, as the previous block's state recorded it plus this block's flows, cannot cover the account's deficit" },
  { name: 'oracle-fresh-quorum-median', kind: 'safety', worlds: ALL, area: 'solvency', bounds: [], description: "the oracle price in use is the lower median of a fresh quorum of the signed reports the blocks carried (the referee's own median and freshness)" },
  // The solvency referee (packages/venue/src/referee): its own books from transactions, events and marks.
  { name: 'admission-margin', kind: 'safety', worlds: ALL, area: 'solvency', bounds: [], description: "after every accepted order or withdrawal the account's requirement with its resting orders' worst case is covered, or the order did not worsen its collateralization" },
  { name: 'no-hidden-deficit', kind: 'safety', worlds: ALL, area: 'solvency', bounds: [], description: 'no user fill takes equity below zero; a closed account leaves its deficit recorded as bad debt (none at all with ADL on); no account ends a block flat with unrecorded negative equity' },
  { name: 'fund-pays-only-bad-debt', kind: 'safety', worlds: ALL, area: 'solvency', bounds: [], description: "the insurance fund moves only in liquidations: it gains at most the penalty and pays at most the liquidated account's deficit" },
  // Consensus.
  { name: 'consensus-agreement', kind: 'safety', worlds: ALL, area: 'consensus', bounds: [], description: 'no two validators commit different blocks at one height' },
  { name: 'validity', kind: 'safety', worlds: ['sim'], area: 'consensus', bounds: [], description: 'every committed transaction was submitted (or is evidence), none committed twice' },
  { name: 'no-equivocation', kind: 'safety', worlds: RUNS, area: 'consensus', bounds: [], description: 'no honest validator signs two different votes for one height, round and step' },
  {
    name: 'chain-integrity',
    kind: 'safety',
    worlds: RUNS,
    area: 'consensus',
    bounds: [],
    description: "every validator's and replica's chain holds each height once, in order, and is a prefix of the committed chain (each block extends the certified block below it)",
  },
  {
    name: 'certificates-valid',
    kind: 'safety',
    worlds: ALL,
    area: 'consensus',
    bounds: [],
    description: 'every committed block (published by an honest validator; in replay, logged) carries valid precommits of more than two thirds of the run’s validators for its hash at its height, and its txs hash to its header',
  },
  // Every actor keeps running.
  { name: 'run-completes', kind: 'safety', worlds: ['sim'], area: 'actors', bounds: [], description: 'no actor throws: the run completes (live services that exit are restarted by the supervisor)' },
  // Execution replicas and actors.
  { name: 'replicas-agree', kind: 'safety', worlds: RUNS, area: 'execution', bounds: [], description: 'every execution replica reports the same state hash at every height' },
  { name: 'hedger-delta-bounded', kind: 'safety', worlds: RUNS, area: 'actors', bounds: ['hedger-delta-factor'], description: "the hedger's true |delta| (venue position + external fills) stays within hedger-delta-factor x its delta limit" },
  // Recovery, after the last fault heals.
  { name: 'blocks-resume-after-heal', kind: 'recovery', worlds: RUNS, area: 'recovery', bounds: ['liveness-after-heal'], description: 'a block is executed within liveness-after-heal of the last fault ending' },
  {
    name: 'validators-catch-up',
    kind: 'recovery',
    worlds: RUNS,
    area: 'consensus',
    bounds: ['liveness-after-heal'],
    description: 'at the end (liveness-after-heal after the last fault), every running honest validator has committed every height committed liveness-after-heal before the end',
  },
  { name: 'replicas-catch-up', kind: 'recovery', worlds: RUNS, area: 'recovery', bounds: ['liveness-after-heal', 'replica-lag'], description: 'at the end (liveness-after-heal after the last fault), every running replica is within replica-lag heights of the highest' },
  { name: 'trading-reopens', kind: 'recovery', worlds: RUNS, area: 'recovery', bounds: ['reopen-after-heal'], description: 'every market is trading at the end, reopen-after-heal after the last fault' },
  { name: 'hedger-delta-in-limit', kind: 'recovery', worlds: RUNS, area: 'recovery', bounds: ['hedger-rehedge-after-heal'], description: "the hedger's delta is inside its limit at the end, hedger-rehedge-after-heal after the last fault" },
  // The log against the engine (replay).
  { name: 'log-contiguous', kind: 'replay-only', worlds: ['replay'], area: 'log', bounds: [], description: 'the log holds every height once, in order' },

  { name: 'events-match', kind: 'replay-only', worlds: ['replay'], area: 'log', bounds: [], description: 'the logged events of each height are the ones the engine computes' },
  { name: 'hashes-match', kind: 'replay-only', worlds: ['replay'], area: 'log', bounds: [], description: 'the logged state hashes are the ones the engine computes' },
  // The process world.
  { name: 'broker-permissions', kind: 'live-only', worlds: ['live'], area: 'live', bounds: [], description: 'the broker refused no publish or subscribe: every service’s subjects match what it does' },
];

export function registryEntry(name: string): InvariantEntry | undefined {
  return REGISTRY.find((entry) => entry.name === name);
}

/** The invariants one world judges, in registry order. */
export function invariantsFor(world: InvariantWorld): InvariantEntry[] {
  return REGISTRY.filter((entry) => entry.worlds.includes(world));
}
