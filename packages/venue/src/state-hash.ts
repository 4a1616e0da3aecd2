/**
 * The state hash: a Merkle root over the venue state, updated only where a block touched it.
 *
 * Layout (docs/venue.md, "The state hash"; leaf bytes in state-leaves.ts):
 *   root = sha256("faultline/venue-state/v3" ‖ globals ‖ u32 P ‖ principalsTop ‖ u32 M ‖ marketsTop ‖ oracleLeafHash)
 * - principals: one leaf per id that is an account or a client with a nonce window (or both),
 *   in id order; leaf hash = sha256(principal leaf bytes).
 * - markets: one leaf per market in id order; the leaf carries its book's hash
 *   (sha256 of the book leaf bytes).
 * - a tree over n leaf hashes (n ≥ 1): groups of FANOUT children in order, each node
 *   sha256(0x01 ‖ its children's hashes); repeated until one node is left, the top. n = 0: 32 zero bytes.
 *
 * Dirty tracking: applyBlock marks the principal of every account the block touched and of every
 * client whose nonce was recorded (markPrincipal), oracle.ts marks the reports (markOracleReports),
 * and each book counts its own changes (OrderBook.changes). Market runtimes and the globals are
 * small and change nearly every block: they are re-encoded at every hash. The cache lives on the
 * state (VenueState.hashCache), is derived and never persisted: a restored state starts with an
 * empty cache, which hashes everything once.
 *
 * Cost (v3, BENCHMARKS.md "Session 25 replay"): a block of the 1M-event replay log touches ~1,000
 * of 10,000 principals (~280 bytes each), so each is hashed on its own (~0.3 MB a block) and the
 * tree's nodes above them (~157 of 2 KiB); v2 hashed buckets of 64 principals, every one of which
 * such a block touched (~2.9 MB a block). Digests are taken as latin1 strings: a Buffer result
 * costs more than hashing a leaf.
 */
import { hash as oneShot } from 'node:crypto';
import type { Account, NonceWindow, VenueState } from './state.ts';
import type { VenueVariant } from './variants.ts';
import { NODE_TAG, ROOT_PREFIX, LeafWriter, appendPrincipal, compareIds, writeBook, writeGlobals, writeMarket, writeBookFromOrders, writeOracleReports, writePrincipal } from './state-leaves.ts';
import { warmsAhead } from './warm.ts';
import { assert } from './assert.ts';

/** Children per tree node: a node hashes ≤ 2 KiB, and a block that touches a thousand scattered principals re-hashes few nodes. */
export const FANOUT = 64;
export const STATE_HASH_FANOUT = FANOUT;
const HASH_BYTES = 32;
const GROUP_BYTES = 1 + FANOUT * HASH_BYTES;

/** Where item `item`'s hash starts in its level: its group of FANOUT, past the group's node tag byte. */
function itemOffset(item: number): number {
  return Math.floor(item / FANOUT) * GROUP_BYTES + 1 + (item % FANOUT) * HASH_BYTES;
}
const EMPTY_TOP = Buffer.alloc(HASH_BYTES);

const sha256 = (bytes: Uint8Array): Buffer => oneShot('sha256', bytes, 'buffer');
/** The digest as a 32-character latin1 string (one char per byte): far cheaper to make than a Buffer. */
const sha256Latin1 = (bytes: Uint8Array): string => oneShot('sha256', bytes, 'binary');

/** A principal's leaf, as the cache keeps it (opaque to the rest of the engine). */
export type HashLeaf = Principal;

interface Principal {
  readonly id: string;
  account: Account | undefined;
  window: NonceWindow | undefined;
  /** Position in id order; -1 until placed. Its leaf hash lives only in the tree, at this position. */
  pos: number;
  dirty: boolean;
}

/**
 * An incrementally updated tree over a fixed number of leaf hashes. Each level keeps its items
 * grouped as their parent hashes them: [0x01, child 0, …, child FANOUT-1] per parent, so a
 * parent's hash is one sha256 over a slice, with no copying. Hashes go in and between levels as
 * latin1 strings (32 chars).
 */
export class IncrementalTree {
  private levels: Buffer[] = [];
  private counts: number[] = [];
  private dirty: number[][] = [];
  private flags: Uint8Array[] = [];
  private topHash: Buffer = EMPTY_TOP;
  size = 0;

  /** Lays out the tree for n leaves; every node is recomputed at the next top(). */
  resize(n: number): void {
    this.size = n;
    this.levels = [];
    this.counts = [];
    this.dirty = [];
    this.flags = [];
    this.topHash = EMPTY_TOP;
    for (let count = n; count > 0; count = Math.ceil(count / FANOUT)) {
      const groups = Math.ceil(count / FANOUT);
      const level = Buffer.alloc(groups * GROUP_BYTES);
      for (let g = 0; g < groups; g++) level[g * GROUP_BYTES] = NODE_TAG;
      this.levels.push(level);
      this.counts.push(count);
      this.dirty.push(Array.from({ length: groups }, (_, g) => g));
      this.flags.push(new Uint8Array(groups).fill(1));
      if (groups === 1) break; // this level's one group hashes to the top
    }
  }

  /** A leaf's hash: 32 bytes, or their latin1 string. */
  setLeaf(pos: number, hash: Uint8Array | string): void {
    this.write(0, pos, hash);
  }

  /** The leaves' level as it is now (resize() lays out new buffers: this one stays as it was). */
  leafLevel(): Buffer | undefined {
    return this.levels[0];
  }

  /** Sets leaf `pos` to leaf `from` of a leaf level that leafLevel() returned before a resize. */
  moveLeaf(before: Buffer, from: number, pos: number): void {
    const at = itemOffset(from);
    this.write(0, pos, before.subarray(at, at + HASH_BYTES));
  }

  private write(level: number, item: number, hash: Uint8Array | string): void {
    const group = Math.floor(item / FANOUT);
    const at = itemOffset(item);
    const bytes = this.levels[level] as Buffer;
    // 32 latin1 chars copied by hand: Buffer's write(…, 'latin1') costs a call into C++ per leaf.
    if (typeof hash === 'string') for (let i = 0; i < HASH_BYTES; i++) bytes[at + i] = hash.charCodeAt(i);
    else bytes.set(hash, at);
    const flags = this.flags[level] as Uint8Array;
    if (flags[group] === 0) {
      flags[group] = 1;
      (this.dirty[level] as number[]).push(group);
    }
  }

  top(): Buffer {
    for (let k = 0; k < this.levels.length; k++) {
      const dirty = this.dirty[k] as number[];
      if (dirty.length === 0) continue;
      const level = this.levels[k] as Buffer;
      const count = this.counts[k] as number;
      const flags = this.flags[k] as Uint8Array;
      const last = k === this.levels.length - 1;
      for (const group of dirty) {
        flags[group] = 0;
        const start = group * GROUP_BYTES;
        const children = Math.min(FANOUT, count - group * FANOUT);
        const node = level.subarray(start, start + 1 + children * HASH_BYTES);
        if (last) this.topHash = sha256(node);
        else this.write(k + 1, group, sha256Latin1(node));
      }
      dirty.length = 0;
    }
    return this.topHash;
  }
}

/** The derived hash cache of one venue state (VenueState.hashCache). */
export class StateHashCache {
  private readonly principals = new Map<string, Principal>();
  /** Principals in id order (their positions). */
  private order: Principal[] = [];
  private readonly added: Principal[] = [];
  private readonly dirty: Principal[] = [];
  private readonly tree = new IncrementalTree();
  private readonly books = new Map<number, { changes: number; hash: Buffer }>();
  private oracleHash: Buffer | undefined;
  oracleDirty = true;
  /** false until the first hash: then every principal of the state is marked (a new or restored state). */
  private seeded = false;
  private readonly writer = new LeafWriter(64 * 1024);
  /**
   * The principal leaves encoded since the last root, one after another, and for the first
   * `pendingCount` of them their principal and where each one's bytes end: digested at the root
   * in one loop (digestPending). The arrays are overwritten by index, never emptied (emptying
   * drops their backing store, and the next block grows another).
   */
  private readonly leaves = new LeafWriter(256 * 1024);
  private readonly pendingPrincipals: Principal[] = [];
  private readonly pendingEnds: number[] = [];
  private pendingCount = 0;
  /** The config's market ids ascending (positions are written in this order). */
  private marketIds: readonly number[] = [];

  /**
   * Marks the principal of an account or a client's nonce window as changed (kept on the object:
   * no lookup next time).
   */
  mark(id: string, account: Account | undefined, window: NonceWindow | undefined): void {
    let principal = account?.hashLeaf ?? window?.hashLeaf;
    if (!principal) {
      principal = this.principals.get(id);
      if (!principal) {
        principal = { id, account, window, pos: -1, dirty: false };
        this.principals.set(id, principal);
        this.added.push(principal);
      }
      if (account) {
        principal.account = account;
        account.hashLeaf = principal;
      }
      if (window) {
        principal.window = window;
        window.hashLeaf = principal;
      }
    }
    if (!principal.dirty) {
      principal.dirty = true;
      this.dirty.push(principal);
    }
  }

  /** The root: every changed principal's leaf hashed (or placed, after new ones), then the trees, markets, oracle and globals. */
  root(state: VenueState, variant: VenueVariant | undefined): Uint8Array {
    if (!this.seeded) {
      this.marketIds = [...state.markets.keys()].sort((a, b) => a - b);
      for (const [id, account] of state.accountsById) this.mark(id, account, undefined);
      for (const [id, window] of state.nonces) this.mark(id, undefined, window);
      this.seeded = true;
    }
    if (this.added.length > 0) this.relayout();
    else this.rehashDirty(variant);
    this.digestPending();
    const w = this.writer;
    w.warm = warmsAhead(state);
    const principalsTop = this.tree.size === 0 ? EMPTY_TOP : this.tree.top();

    const marketHashes: Buffer[] = [];
    // The planted variant: the first book (by market id) that moved since the last hash keeps its old hash.
    let forgetBook = variant === 'hash-forgets-touched-book';
    for (const market of state.markets.values()) {
      let book = this.books.get(market.config.marketId);
      if (!book || book.changes !== market.book.changes) {
        if (book && forgetBook) forgetBook = false;
        else {
          book = { changes: market.book.changes, hash: sha256(writeBook(w, market.book)) };
          this.books.set(market.config.marketId, book);
        }
      }
      marketHashes.push(sha256(writeMarket(w, market, book.hash)));
    }
    if (this.oracleDirty || !this.oracleHash) {
      this.oracleHash = sha256(writeOracleReports(w, state));
      this.oracleDirty = false;
    }
    return rootOf(w, state, this.order.length, principalsTop, marketHashes, this.oracleHash);
  }

  /**
   * Marks a touched account's principal and encodes its leaf at once (digested at the next root()):
   * applyBlock calls it right after the account's AccountUpdate, which has just read the same
   * positions, so they are still in cache (a pass over ~1,000 touched accounts at root() found
   * each of them evicted again). Only when the layout stands: a new principal waiting for
   * relayout() leaves it marked. With none waiting, every principal has its place (relayout()
   * placed each one added).
   */
  markAndWrite(account: Account): void {
    const principal = account.hashLeaf;
    // Its principal known and every principal placed: written now, with nothing to look up or queue
    // (mark() would push it on the dirty list only for writeLeaf to clear it; a nonce mark earlier in
    // the block may have queued it already: rehashDirty skips it then).
    if (principal !== undefined && this.added.length === 0) {
      this.writeLeaf(principal);
      return;
    }
    this.mark(account.id, account, undefined);
    if (this.added.length === 0) this.writeLeaf(account.hashLeaf as Principal);
  }

  /** Hashes each changed principal's leaf into the tree. */
  private rehashDirty(variant: VenueVariant | undefined): void {
    // The planted variant: the changed principal first in id order keeps its old leaf hash.
    let forgotten: Principal | undefined;
    if (variant === 'hash-forgets-touched-leaf') for (const p of this.dirty) if (p.dirty && (!forgotten || p.pos < forgotten.pos)) forgotten = p;
    for (const p of this.dirty) {
      // Written already since it was marked (markAndWrite): nothing to do.
      if (!p.dirty) continue;
      if (p === forgotten) p.dirty = false;
      else this.writeLeaf(p);
    }
    this.dirty.length = 0;
  }

  /**
   * Encodes one placed principal's leaf now, after the leaves encoded before it since the last root;
   * digestPending() hashes it into the tree there. Encoding and digest were one step, between two
   * accounts' AccountUpdates: node's digest call (its JS wrapper, node's C++ and OpenSSL's EVP
   * code) and the engine's code took turns in the instruction cache, and each evicted the other —
   * the hash's first-level instruction-cache misses −68 % with the digests in one loop (callgrind's
   * cache model, BENCHMARKS.md "Session 38 venue"). The bytes are taken at the write (a later
   * change marks the principal again, and its later leaf is digested after this one).
   */
  private writeLeaf(p: Principal): void {
    assert(p.pos >= 0, () => `principal ${p.id}: written before it has a place`);
    p.dirty = false;
    appendPrincipal(this.leaves, p.id, p.account, p.window, this.marketIds);
    this.pendingPrincipals[this.pendingCount] = p;
    this.pendingEnds[this.pendingCount] = this.leaves.length;
    this.pendingCount++;
  }

  /**
   * Digests the leaves encoded since the last root into the tree, in the order they were written
   * (a principal written twice ends with its later leaf), each at its principal's place now (a
   * relayout since the write moved it). The digest is not kept on the principal: held there, each
   * block's ~1,000 new digest strings survived a scavenge and were copied out of the young
   * generation (a store of a young object into an old one, each one a remembered slot); the tree's
   * bytes are its only copy, and relayout() moves them.
   */
  private digestPending(): void {
    let start = 0;
    for (let i = 0; i < this.pendingCount; i++) {
      const end = this.pendingEnds[i] as number;
      this.tree.setLeaf((this.pendingPrincipals[i] as Principal).pos, sha256Latin1(this.leaves.span(start, end)));
      start = end;
    }
    this.pendingCount = 0;
    this.leaves.length = 0;
  }

  /** New principals shift every position after them: place all in id order again (blocks that open principals); only changed leaves are hashed again. */
  private relayout(): void {
    // The leaves' hashes are read from the tree as it was laid out (resize() leaves that buffer alone).
    const before = this.tree.leafLevel();
    this.order = this.order.concat(this.added).sort((a, b) => compareIds(a.id, b.id));
    this.added.length = 0;
    this.tree.resize(this.order.length);
    for (let pos = 0; pos < this.order.length; pos++) {
      const p = this.order[pos] as Principal;
      // A principal placed before keeps its hash (re-hashed below if it changed); a new one is marked.
      if (p.pos >= 0) this.tree.moveLeaf(before as Buffer, p.pos, pos);
      else assert(p.dirty, () => `principal ${p.id}: new, and not marked`);
      p.pos = pos;
    }
    for (const p of this.dirty) if (p.dirty) this.writeLeaf(p);
    this.dirty.length = 0;
  }
}

function rootOf(w: LeafWriter, state: VenueState, principals: number, principalsTop: Uint8Array, marketHashes: readonly Buffer[], oracleHash: Uint8Array): Uint8Array {
  w.length = 0;
  w.raw(ROOT_PREFIX);
  writeGlobals(w, state);
  w.u32(principals);
  w.raw(principalsTop);
  w.u32(marketHashes.length);
  w.raw(treeTop(marketHashes));
  w.raw(oracleHash);
  return new Uint8Array(sha256(w.bytes()));
}

/** The same tree as IncrementalTree, computed plainly from a list of leaf hashes. */
export function treeTop(leafHashes: readonly Uint8Array[]): Buffer {
  if (leafHashes.length === 0) return EMPTY_TOP;
  let level: readonly Uint8Array[] = leafHashes;
  do {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += FANOUT) next.push(sha256(Buffer.concat([Buffer.of(NODE_TAG), ...level.slice(i, i + FANOUT)])));
    level = next;
  } while (level.length > 1);
  return level[0] as Buffer;
}

/** Marks an account's leaf for re-hashing at the next state hash. */
export function markAccount(state: VenueState, account: Account): void {
  state.hashCache.mark(account.id, account, undefined);
}

/** Marks an account's leaf and encodes it now, while the caller has its positions in cache (StateHashCache.markAndWrite). */
export function writeAccountLeaf(state: VenueState, account: Account): void {
  state.hashCache.markAndWrite(account);
}

/** Marks the leaf of a client whose nonce window changed. */
export function markNonceWindow(state: VenueState, clientId: string, window: NonceWindow): void {
  state.hashCache.mark(clientId, undefined, window);
}

export function markOracleReports(state: VenueState): void {
  state.hashCache.oracleDirty = true;
}

/** The state hash: the Merkle root, re-hashing only what changed since the last call. */
export function stateHash(state: VenueState, variant?: VenueVariant): Uint8Array {
  return state.hashCache.root(state, variant);
}

/**
 * The same root computed from nothing: every leaf encoded and hashed, the trees built plainly.
 * Shares only the leaf layout with the incremental path (none of its caches, dirty marks or tree
 * code), so tests and replay use it to judge the incremental root.
 */
export function stateHashFromScratch(state: VenueState): Uint8Array {
  const w = new LeafWriter();
  const ids = [...new Set<string>([...state.accountsById.keys(), ...state.nonces.keys()])].sort(compareIds);
  const marketIds = [...state.markets.keys()].sort((a, b) => a - b);
  const leaves = ids.map((id) => sha256(writePrincipal(w, id, state.accountsById.get(id), state.nonces.get(id), marketIds)));
  const marketHashes = [...state.markets.values()].map((market) => sha256(writeMarket(w, market, sha256(writeBookFromOrders(w, market.book)))));
  const oracleHash = sha256(writeOracleReports(w, state));
  return rootOf(w, state, ids.length, treeTop(leaves), marketHashes, oracleHash);
}
