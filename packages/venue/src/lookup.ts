/** Looking up what a transaction names: an unknown market or account is a rejection. */
import type { BlockContext } from './context.ts';
import { reject } from './reject.ts';
import type { Account, MarketRuntime } from './state.ts';

export function marketOf(ctx: BlockContext, marketId: number): MarketRuntime {
  const market = ctx.state.markets.get(marketId);
  if (!market) reject('unknown-market', String(marketId));
  return market;
}

export function accountOf(ctx: BlockContext, accountId: string): Account {
  const account = ctx.state.accountsById.get(accountId);
  if (!account) reject('unknown-account', JSON.stringify(accountId));
  return account;
}
