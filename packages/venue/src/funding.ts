/**
 * Funding. Each time block time crosses one or more multiples of the market's funding interval,
 * the side whose price is rich pays the other: rate = clamp((mark - oracle) / oracle, ±clamp)
 * per interval, times the intervals elapsed (a stall does not forgive funding). Payers pay
 * ceil(|size| x oracle x m x |rate|); the total is shared among receivers pro rata to size,
 * rounded down, and the few units left go one each to the largest remainders (then lowest
 * account index): the paying side's total equals the receiving side's total exactly.
 * No funding is paid for intervals that end while the oracle is stale.
 */
import { PPM, mulDivCeil } from './math.ts';
import type { BlockContext } from './context.ts';
import type { Account, MarketRuntime } from './state.ts';

export function settleFunding(ctx: BlockContext, market: MarketRuntime): void {
  const interval = market.config.funding.intervalUs;
  if (market.lastFundingUs < 0) {
    market.lastFundingUs = Math.floor(ctx.timeUs / interval) * interval;
    return;
  }
  const intervals = Math.floor((ctx.timeUs - market.lastFundingUs) / interval);
  if (intervals <= 0) return;
  market.lastFundingUs += intervals * interval;
  const oracle = market.oracleTicks;
  if (market.oracleStale || oracle === 0) return;
  const clamp = market.config.funding.clampPpm;
  const premiumPpm = Math.trunc(((market.markTicks - oracle) * PPM) / oracle);
  const perInterval = Math.max(-clamp, Math.min(clamp, premiumPpm));
  const ratePpm = perInterval * intervals;
  const marketId = market.config.marketId;
  const m = market.config.quotePerTickLot;
  const payers: Array<{ account: Account; lots: number }> = [];
  const receivers: Array<{ account: Account; lots: number }> = [];
  if (ratePpm !== 0) {
    for (const account of ctx.state.accounts) {
      const size = account.positions.get(marketId)?.sizeLots ?? 0;
      if (size === 0) continue;
      const longsPay = ratePpm > 0;
      ((size > 0) === longsPay ? payers : receivers).push({ account, lots: Math.abs(size) });
    }
  }
  let totalPaid = 0;
  for (const { account, lots } of payers) {
    const amount = mulDivCeil(lots * oracle * m, Math.abs(ratePpm), PPM);
    pay(account, marketId, amount);
    ctx.touch(account);
    totalPaid += amount;
  }
  const totalReceived = distribute(ctx, marketId, receivers, totalPaid);
  if (ratePpm === 0) return;
  ctx.emit({
    kind: 'funding',
    funding: {
      height: ctx.height,
      marketId,
      ratePpm,
      markTicks: market.markTicks,
      oracleTicks: oracle,
      totalPaidByLongs: ratePpm > 0 ? totalPaid : -totalPaid,
      totalPaid,
      totalReceived,
      intervals,
    },
  });
}

function distribute(ctx: BlockContext, marketId: number, receivers: Array<{ account: Account; lots: number }>, total: number): number {
  if (receivers.length === 0 || total === 0) return 0;
  const totalLots = receivers.reduce((sum, r) => sum + r.lots, 0);
  const shares = receivers.map((r, order) => {
    const exact = BigInt(total) * BigInt(r.lots);
    return { ...r, order, amount: Number(exact / BigInt(totalLots)), remainder: exact % BigInt(totalLots) };
  });
  if (ctx.variant === 'funding-not-zero-sum') {
    // The planted bug: every receiver's share rounds up, creating money.
    for (const share of shares) if (share.remainder > 0n) share.amount += 1;
  } else {
    let left = total - shares.reduce((sum, s) => sum + s.amount, 0);
    const byRemainder = [...shares].sort((a, b) => (a.remainder === b.remainder ? a.account.index - b.account.index : a.remainder > b.remainder ? -1 : 1));
    for (const share of byRemainder) {
      if (left === 0) break;
      share.amount += 1;
      left--;
    }
  }
  let received = 0;
  for (const share of shares) {
    pay(share.account, marketId, -share.amount);
    ctx.touch(share.account);
    received += share.amount;
  }
  return received;
}

function pay(account: Account, marketId: number, amount: number): void {
  account.collateral -= amount;
  const position = account.positions.get(marketId);
  if (position) position.fundingPaid += amount;
}
