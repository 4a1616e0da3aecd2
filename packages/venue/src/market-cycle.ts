/**
 * What happens to every market at the start of a block, after the block's oracle reports:
 * oracle aggregation, health-scaled margin, circuit breakers (block gap, oracle staleness),
 * reopening (call auction or straight to continuous trading), grace periods, mark, funding.
 *
 * Genesis opening: a market is created PRE_OPEN and opens — straight to ACTIVE, reason
 * `genesis-open` — at the first block whose oracle has a fresh quorum and whose chain is fresh
 * (the block follows its predecessor within the gap threshold; blocks 1 and 2 count as fresh,
 * block 1 carrying the genesis time). Pre-open is not a halt: no breaker acts on it, no auction
 * follows it (orders are rejected before the opening, so the book is empty and a call auction
 * would uncross nothing), no grace starts (nobody holds a position). docs/venue.md states why.
 *
 * Market states: ACTIVE → HALTED (cancel-only; a reason and, for gap and band halts, an end
 * time) → AUCTION (orders queue, nothing matches) → ACTIVE. With the auction off, HALTED goes
 * straight back to ACTIVE. A halt ends when its time is up and the oracle is fresh (if the
 * policy halts on staleness). Grace: liquidations wait `gracePeriod.durationUs` after a market
 * reopens, and after any block gap above the gap threshold even when the gap halt is off.
 */
import { PPM, mulDivFloor } from './math.ts';
import type { BlockContext } from './context.ts';
import { uncrossAndOpen, drainAuctionQueue } from './auction.ts';
import { aggregateOracle, updateMark } from './oracle.ts';
import { settleFunding } from './funding.ts';
import { haltMarket } from './cancels.ts';
import { cancelOutsideBand } from './price-band.ts';
import { type MarketRuntime, MARKET_ACTIVE, MARKET_AUCTION, MARKET_HALTED, MARKET_PRE_OPEN } from './state.ts';

export function beginBlock(ctx: BlockContext, elapsedUs: number, firstBlock: boolean): void {
  const policy = ctx.state.config.policy;
  const gapHit = !firstBlock && elapsedUs > policy.blockGapHalt.thresholdUs;
  for (const market of ctx.state.markets.values()) {
    const fresh = aggregateOracle(ctx, market);
    market.imExtraPpm = healthExtraPpm(ctx, market, firstBlock ? 0 : elapsedUs);
    if (gapHit && policy.gracePeriod.enabled) market.graceUntilUs = Math.max(market.graceUntilUs, ctx.timeUs + policy.gracePeriod.durationUs);
    stepMarketState(ctx, market, gapHit);
    if (!market.oracleStale) market.bandReferenceTicks = market.oracleTicks;
    if (market.state === MARKET_ACTIVE) cancelOutsideBand(ctx, market);
    updateMark(market, firstBlock ? 0 : elapsedUs);
    settleFunding(ctx, market);
    ctx.emit({
      kind: 'oraclePrice',
      oraclePrice: {
        marketId: market.config.marketId,
        height: ctx.height,
        priceTicks: market.oracleStale ? 0 : market.oracleTicks,
        freshReports: fresh,
        stale: market.oracleStale,
        markTicks: market.markTicks,
      },
    });
  }
}

function stepMarketState(ctx: BlockContext, market: MarketRuntime, gapHit: boolean): void {
  const policy = ctx.state.config.policy;
  if (market.state === MARKET_PRE_OPEN) {
    // Whatever the policy: a market without a usable oracle price has no mark, band or margin,
    // and a market opened during a start-up stall would halt at once.
    if (!market.oracleStale && !gapHit) ctx.setMarketState(market, MARKET_ACTIVE, 'genesis-open', 0);
    return;
  }
  const staleHalt = market.oracleStale && policy.oracleStaleHalt.enabled;
  const gapHalt = gapHit && policy.blockGapHalt.enabled;
  const gapUntil = ctx.timeUs + policy.resumeDelayUs;
  if (market.state !== MARKET_HALTED) {
    if (staleHalt) haltMarket(ctx, market, 'oracle-stale', 0);
    else if (gapHalt) haltMarket(ctx, market, 'block-gap', gapUntil);
  } else if (gapHalt && market.stateUntilUs < gapUntil) {
    market.stateUntilUs = gapUntil;
  }
  if (market.state === MARKET_HALTED && !staleHalt && ctx.timeUs >= market.stateUntilUs) {
    if (policy.reopeningAuction.enabled) ctx.setMarketState(market, MARKET_AUCTION, 'reopening-auction', ctx.timeUs + policy.reopeningAuction.durationUs);
    else {
      ctx.setMarketState(market, MARKET_ACTIVE, 'resumed', 0);
      drainAuctionQueue(ctx, market);
    }
    startGrace(ctx, market);
  }
  if (market.state === MARKET_AUCTION && ctx.timeUs >= market.stateUntilUs && !staleHalt) {
    uncrossAndOpen(ctx, market, 'auction-uncross');
    startGrace(ctx, market);
  }
}

function startGrace(ctx: BlockContext, market: MarketRuntime): void {
  const grace = ctx.state.config.policy.gracePeriod;
  if (grace.enabled) market.graceUntilUs = Math.max(market.graceUntilUs, ctx.timeUs + grace.durationUs);
}

/** Extra initial margin (ppm of the base fraction) from a slow last block or an old oracle. */
function healthExtraPpm(ctx: BlockContext, market: MarketRuntime, elapsedUs: number): number {
  const h = ctx.state.config.policy.healthScaledMargin;
  if (!h.enabled) return 0;
  const excessUs = Math.max(0, elapsedUs - h.healthyBlockIntervalUs, market.oracleAgeUs - h.healthyOracleAgeUs);
  if (excessUs === 0) return 0;
  return Math.min(h.maxExtraPpm, mulDivFloor(excessUs, h.extraPpmPerSecond, PPM));
}

export { MARKET_ACTIVE };
