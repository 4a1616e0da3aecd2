/**
 * First touches in batches: reads that only bring an account's objects into the CPU caches.
 *
 * A block touches ~1,000 of 10,000 accounts at random, and each account is a chain of small heap
 * objects (the account, its positions Map and table, each Position, its exposure Map and table,
 * its nonce window and Set). Walked one account at a time, every link is a cache miss that the
 * work after it waits for: ~10 misses an account, one after the other (`accountRisk` on the
 * 1M-event log's accounts: ~1.0 µs a call on accounts taken at random, ~0.17 µs on one account
 * again and again; BENCHMARKS.md, "Session 24 replay"). Walking the chains of a batch of accounts
 * first, in a loop that does nothing else, lets the processor follow several chains at once; the
 * real work on the batch then finds them in cache. Measured in one process, blocks alternating
 * with and without these reads: the main thread's CPU per block −3 to −5 %.
 *
 * Nothing here changes any state or decides anything: each function returns a number derived
 * from what it read, which the caller adds to a field nobody reads (so the reads are not
 * dropped as dead code). Removing every call changes no result, only the time.
 */
import type { Account, VenueState } from './state.ts';
import type { VenueTx } from './wire.ts';

/** Accounts warmed, then worked on, at a time: the batch's chains fit in the first-level caches. */
export const WARM_BATCH = 16;

/** Reads the objects of accounts[from, to) that AccountUpdate, the margin model and the leaf writer read. */
export function warmAccounts(accounts: readonly Account[], from: number, to: number): number {
  let x = 0;
  for (let i = from; i < to; i++) x += warmAccount(accounts[i] as Account);
  return x;
}

function warmAccount(account: Account): number {
  let x = account.collateral;
  for (const position of account.positions.values()) x += position.sizeLots;
  for (const exposure of account.exposure.values()) x += exposure.count;
  return x;
}

/**
 * Reads what the transactions txs[from, to) will look up first: each client's nonce window and
 * the account the transaction names (absent ones are skipped; a transaction that failed decoding
 * and an oracle report, applied before the rest, are nothing to warm).
 */
export function warmTxs(state: VenueState, txs: ReadonlyArray<{ tx: VenueTx | undefined }>, from: number, to: number): number {
  let x = 0;
  for (let i = from; i < to; i++) {
    const tx = (txs[i] as { tx: VenueTx | undefined }).tx;
    if (!tx || tx.reportsPrice) continue; // reports are applied before the others: warmed too late
    const window = state.nonces.get(tx.clientId);
    if (window) x += window.floor + window.seen.size;
    const account = state.accountsById.get(accountIdOf(tx));
    if (account) x += warmAccount(account);
  }
  return x;
}

function accountIdOf(tx: VenueTx): string {
  const body = tx.body;
  switch (body.kind) {
    case 'placeOrder':
    case 'cancelOrder':
    case 'cancelAll':
    case 'liquidate':
    case 'hedgerQuote':
      return body.input.accountId;
    case 'deposit':
    case 'withdraw':
      return body.accountId;
    default:
      return tx.clientId;
  }
}
