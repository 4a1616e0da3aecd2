/**
 * The venue view as plain data and pure functions (no Host): what a client actor knows of the
 * venue from the BlockExecuted stream of the execution replicas (`exec.*`), taken once per
 * height in height order (the first replica to report a height wins; replicas agree, and the
 * invariant monitors check that). It follows market states, oracle and mark prices, and the
 * accounts' last reported state. A view can be stale — that is the point: `viewAgeUs` tells an
 * actor how old its picture is. Cores keep one in their state; VenueView wraps one over a Host.
 */
import type { faultline } from '@faultline/protocol';
import { MARKET_ACTIVE, type AccountUpdateEvent } from '@faultline/venue';
import { executedFromWire, executedHeight, type ExecutedBlockFacts } from '../convert.ts';

export interface MarketView {
  marketId: number;
  state: number;
  reason: string;
  oracleTicks: number;
  oracleStale: boolean;
  markTicks: number;
}

export type ExecutedBlockView = ExecutedBlockFacts;

export interface ViewState {
  height: number;
  blockTimeUs: number;
  /** Actor time when the last new height arrived (-1: none yet). */
  receivedAtUs: number;
  readonly markets: Map<number, MarketView>;
  readonly accounts: Map<string, AccountUpdateEvent>;
  /** Heights that arrived early, waiting for the gap before them to fill. */
  readonly pending: Map<number, ExecutedBlockView>;
  /** Actor time since which the next height has been missing while later ones wait (-1: no gap). */
  gapSinceUs: number;
}

/** A view that has seen no block fills the gap of a view that missed this many heights by jumping. */
export const VIEW_PENDING_HEIGHTS_MAX = 64;
/** A height missing this long (actor time) while later ones arrived is taken as lost. */
export const VIEW_GAP_WAIT_US = 2_000_000;

export function newViewState(): ViewState {
  return { height: 0, blockTimeUs: 0, receivedAtUs: -1, markets: new Map(), accounts: new Map(), pending: new Map(), gapSinceUs: -1 };
}

/** How long ago the view last advanced; Infinity before the first block. */
export function viewAgeUs(view: ViewState, nowUs: number): number {
  return view.receivedAtUs < 0 ? Number.POSITIVE_INFINITY : nowUs - view.receivedAtUs;
}

export function viewMarketActive(view: ViewState, marketId: number): boolean {
  return view.markets.get(marketId)?.state === MARKET_ACTIVE;
}

export function viewMarkTicks(view: ViewState, marketId: number): number {
  return view.markets.get(marketId)?.markTicks ?? 0;
}

/**
 * Takes a BlockExecuted in; returns true when the next height is now ready for `viewNext`.
 * Old heights and heights already pending are ignored.
 */
export function viewReceive(view: ViewState, executed: faultline.v1.IBlockExecuted, nowUs: number): boolean {
  const height = executedHeight(executed);
  if (height <= view.height || view.pending.has(height)) return false;
  view.pending.set(height, sharedFacts(executed));
  // A fresh view (a new or restarted actor) starts at the first height it hears. A view that
  // missed heights (a lossy link, a short partition) does not wait for ever: when the next height
  // has been missing for VIEW_GAP_WAIT_US while later ones arrived, or 64 heights wait, it jumps
  // to the oldest it has. Its picture is then only as good as what it saw (an actor's own account
  // is put right by its next AccountUpdate). Waiting for 64 heights alone left a client blind for
  // ~30 s after a 0.2 s partition: the hedger, its view stale, sat in hedge-only with 60 lots of
  // fills it never saw (docs/invariants.md, hedger-delta-in-limit).
  if (view.height === 0 && view.receivedAtUs < 0) view.height = height - 1;
  else if (!view.pending.has(view.height + 1)) {
    if (view.gapSinceUs < 0) view.gapSinceUs = nowUs;
    if (view.pending.size > VIEW_PENDING_HEIGHTS_MAX || nowUs - view.gapSinceUs >= VIEW_GAP_WAIT_US) view.height = Math.min(...view.pending.keys()) - 1;
  }
  const ready = view.pending.has(view.height + 1);
  if (ready) view.gapSinceUs = -1;
  return ready;
}

/**
 * A BlockExecuted's facts, converted once per decoded message and shared by every view that takes
 * it: the simulator decodes a frame once for all its recipients, so the ~20 clients of a venue
 * run receive the same decoded object for each replica's report of a height, and each converted
 * it (executedFromWire: ~2 % of a baseline run). Shared, so frozen (deeply): a view keeps the
 * events' account updates, and no client may change what another one reads (a write throws).
 * Keyed by the decoded object: a decoder makes a new one for every message, and delivered
 * messages are not changed (the simulator's freezeSharedDeliveries seam checks that).
 */
const factsOfMessage = new WeakMap<faultline.v1.IBlockExecuted, ExecutedBlockView>();

function sharedFacts(executed: faultline.v1.IBlockExecuted): ExecutedBlockView {
  let facts = factsOfMessage.get(executed);
  if (facts === undefined) {
    facts = deepFreeze(executedFromWire(executed));
    factsOfMessage.set(executed, facts);
  }
  return facts;
}

/** Objects and arrays frozen through; a byte array's contents cannot be frozen (a rejected tx's hash: no client reads it). */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value) || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}

/**
 * Applies the next height if it is pending and returns it (undefined: none ready). Callers loop
 * until undefined, handling each block before the next is applied.
 */
export function viewNext(view: ViewState, nowUs: number): ExecutedBlockView | undefined {
  const block = view.pending.get(view.height + 1);
  if (!block) return undefined;
  view.pending.delete(block.height);
  view.height = block.height;
  // Stopped at a new gap with later heights waiting: it is timed from now.
  if (!view.pending.has(block.height + 1) && view.pending.size > 0) view.gapSinceUs = nowUs;
  view.blockTimeUs = block.blockTimeUs;
  view.receivedAtUs = nowUs;
  // By index: the shared facts are frozen, and a for-of over a frozen array allocates an iterator result per step here.
  const events = block.events;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.kind === 'oraclePrice') {
      const m = marketOrNew(view, event.oraclePrice.marketId);
      m.oracleStale = event.oraclePrice.stale;
      if (!event.oraclePrice.stale) m.oracleTicks = event.oraclePrice.priceTicks;
      m.markTicks = event.oraclePrice.markTicks;
    } else if (event.kind === 'marketStatus') {
      const m = marketOrNew(view, event.marketStatus.marketId);
      m.state = event.marketStatus.state;
      m.reason = event.marketStatus.reason;
    } else if (event.kind === 'accountUpdate') {
      view.accounts.set(event.accountUpdate.accountId, event.accountUpdate);
    }
  }
  return block;
}

function marketOrNew(view: ViewState, marketId: number): MarketView {
  let m = view.markets.get(marketId);
  if (!m) view.markets.set(marketId, (m = { marketId, state: MARKET_ACTIVE, reason: 'genesis', oracleTicks: 0, oracleStale: true, markTicks: 0 }));
  return m;
}
