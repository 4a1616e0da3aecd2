/**
 * First touches in batches: reads that only bring an account's objects into the CPU caches.
 *
 * A block touches ~1,000 of 10,000 accounts at random, and each account is a chain of small heap
 * objects (the account, its positions Map and table, each Position, its exposure Map and table,
 * its nonce window and runs). Walked one account at a time, every link is a cache miss that the
 * work after it waits for: ~10 misses an account, one after the other (`accountRisk` on the
 * 1M-event log's accounts: ~1.0 µs a call on accounts taken at random, ~0.17 µs on one account
 * again and again; BENCHMARKS.md, "Session 24 replay"). Walking the chains of a batch of accounts
 * first, in a loop that does nothing else, lets the processor follow several chains at once; the
 * real work on the batch then finds them in cache. The passes go link by link across the batch
 * (every account, then every account's Maps' tables and positions): within one pass the loads
 * do not depend on each other. Measured in one process, blocks alternating with and without:
 * the main thread's CPU per block −3 to −5 % with one pass per account, −10 % with the passes
 * link by link, and another 1.5-3.7 % each from the hash leaves, the windows' Sets and the kept
 * sums' own reads (monitor-sums.ts) warmed the same way.
 *
 * Nothing here changes any state or decides anything: each function returns a number derived
 * from what it read, which the caller adds to a field nobody reads (so the reads are not
 * dropped as dead code). Removing every call changes no result, only the time.
 */
import type { Account, NonceWindow, VenueState } from './state.ts';
import type { HashLeaf } from './state-hash.ts';
import { LEVEL_FIELDS, type HashedLevel } from './book/order-book.ts';
import type { VenueTx } from './wire.ts';

/** Accounts warmed, then worked on, at a time: the batch's chains fit in the first-level caches. */
export const WARM_BATCH = 16;

/**
 * The passes pay only when a block's chains are not in cache already: a venue of 10,000 accounts
 * (~10 objects of ~64 bytes each an account, megabytes in all) evicts them between blocks; one of
 * a few hundred (~0.6 MiB below this bound, the second-level cache's size) keeps them, and there
 * the passes are only more code to run — in the simulator's 21-account venue, code that runs
 * unoptimised for most of a run (BENCHMARKS.md, session 31 venue: warm.ts ~1 % of a cold run).
 */
export const WARM_MIN_ACCOUNTS = 1024;

/** Whether applyBlock, the state hash and the kept sums read ahead on this state (WARM_MIN_ACCOUNTS). */
export function warmsAhead(state: VenueState): boolean {
  return state.accounts.length >= WARM_MIN_ACCOUNTS;
}

/**
 * Reads the objects of accounts[from, to) that AccountUpdate, the margin model and the leaf writer
 * read: in passes, each link of every chain before the next link of any (the accounts and their
 * Maps, then the Maps' tables and the positions, then the accounts' hash leaves, their nonce
 * windows' runs and the runs' elements), so the misses of one pass are independent.
 */
export function warmAccounts(accounts: readonly Account[], from: number, to: number): number {
  let x = 0;
  for (let i = from; i < to; i++) x += warmHead(accounts[i] as Account);
  for (let i = from; i < to; i++) x += warmTail(accounts[i] as Account);
  for (let i = from; i < to; i++) x += leafPosition((accounts[i] as Account).hashLeaf);
  // The leaf writer reads the client's nonce window too (one leaf per principal): its runs array, then their first nonce.
  for (let i = from; i < to; i++) x += leafRuns((accounts[i] as Account).hashLeaf);
  for (let i = from; i < to; i++) x += leafFirstNonce((accounts[i] as Account).hashLeaf);
  return x;
}

/** A principal's place in id order: one read brings its leaf object into cache for mark and writeLeaf; 0 before its first hash. */
function leafPosition(leaf: HashLeaf | undefined): number {
  return leaf ? leaf.pos : 0;
}

/** The number of entries in the runs of the principal's nonce window (the window object and its runs array); 0 without one. */
function leafRuns(leaf: HashLeaf | undefined): number {
  return leaf?.window ? leaf.window.runs.length : 0;
}

/** The first nonce of the window's runs (their elements); 0 without one. */
function leafFirstNonce(leaf: HashLeaf | undefined): number {
  return leaf?.window?.runs[0] ?? 0;
}

/** The account object and its two Map objects (not their tables). */
function warmHead(account: Account): number {
  return account.collateral + account.positions.size + account.exposure.size;
}

/** The Maps' tables, each Position and each OrderExposure. */
function warmTail(account: Account): number {
  let x = 0;
  for (const position of account.positions.values()) x += position.sizeLots;
  for (const exposure of account.exposure.values()) x += exposure.count;
  return x;
}

/**
 * Reads what the transactions txs[from, to) will look up first: each client's nonce window and
 * the account the transaction names (absent ones are skipped; a transaction that failed decoding
 * and an oracle report, applied before the rest, are nothing to warm). In three passes, as
 * warmAccounts: the two lookups of every transaction, then the objects they found, then the
 * accounts' tables and positions and the windows' runs and hash leaves.
 */
export function warmTxs(state: VenueState, txs: ReadonlyArray<{ tx: VenueTx | undefined }>, from: number, to: number): number {
  const n = to - from;
  const windows = new Array<NonceWindow | undefined>(n);
  const accounts = new Array<Account | undefined>(n);
  for (let i = 0; i < n; i++) {
    const tx = (txs[from + i] as { tx: VenueTx | undefined }).tx;
    if (!tx || tx.reportsPrice) continue; // reports are applied before the others: warmed too late
    windows[i] = state.nonces.get(tx.clientId);
    accounts[i] = state.accountsById.get(accountIdOf(tx));
  }
  let x = 0;
  for (let i = 0; i < n; i++) {
    const window = windows[i];
    if (window) x += window.floor + window.count;
    const account = accounts[i];
    if (account) x += warmHead(account);
  }
  for (let i = 0; i < n; i++) {
    const account = accounts[i];
    if (account) x += warmTail(account);
    // The window's runs (the duplicate check) and its hash leaf (the nonce's mark).
    const window = windows[i];
    if (window) x += (window.runs[window.runs.length - 1] ?? 0) + leafPosition(window.hashLeaf);
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

/**
 * Reads the price levels the state hash is about to write, in two passes over all of them: each
 * level object and its fields array's header, then the first slot of each fields array's
 * elements. The book's walk then finds them in cache: walked level by level, each level's three
 * objects were misses one after the other, ~456 levels a block (BENCHMARKS.md, session 30 book:
 * the five books' leaves −19–27 % per block, the same bytes).
 */
export function warmLevels(levels: readonly HashedLevel[]): number {
  let x = 0;
  for (const level of levels) x += level.fields.length;
  for (const level of levels) x += level.fields[level.first * LEVEL_FIELDS] ?? 0;
  return x;
}
