/** The per-block working set: where events are collected and touched accounts remembered. */
import type { VenueEvent } from './events.ts';
import type { Account, MarketRuntime, MarketStateCode, VenueState } from './state.ts';
import { MARKET_ACTIVE, MARKET_HALTED, MARKET_PRE_OPEN } from './state.ts';
import type { VenueVariant } from './variants.ts';

export class BlockContext {
  readonly events: VenueEvent[] = [];
  readonly touched = new Set<Account>();
  /** What the cache-warming reads summed (warm.ts): kept so they are not dropped as dead code; never read. */
  warmed = 0;
  /** Set while a tx is applied, for rejection events. */
  currentTx: { clientId: string; nonce: number; bytes: Uint8Array } | undefined;

  constructor(
    readonly state: VenueState,
    readonly height: number,
    readonly timeUs: number,
    /** The testing seam (variants.ts): undefined in every product path. */
    readonly variant: VenueVariant | undefined = undefined,
  ) {}

  emit(event: VenueEvent): void {
    this.events.push(event);
  }

  touch(account: Account): void {
    this.touched.add(account);
  }

  setMarketState(market: MarketRuntime, state: MarketStateCode, reason: string, untilUs: number): void {
    // Pre-open is where a market starts, never where one goes back to.
    if (state === MARKET_PRE_OPEN) throw new Error(`assert: market ${market.config.marketId} set back to pre-open (${reason})`);
    if (market.state === MARKET_PRE_OPEN && state !== MARKET_ACTIVE) throw new Error(`assert: market ${market.config.marketId} left pre-open for state ${state}, not active`);
    if (state === MARKET_HALTED && market.state !== MARKET_HALTED) market.haltedSinceUs = this.timeUs;
    market.state = state;
    market.reason = reason;
    market.stateUntilUs = untilUs;
    this.emit({
      kind: 'marketStatus',
      marketStatus: { marketId: market.config.marketId, height: this.height, state, reason, blockTimeUs: this.timeUs },
    });
  }
}

export { TxRejection, reject } from './reject.ts';
