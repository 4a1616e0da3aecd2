/** Hashes that identify blocks, transactions and certificates (SHA-256 over protobuf bytes). */
import { createHash, hash } from 'node:crypto';
import type { faultline } from '@faultline/protocol';
import { scratchEncoding } from './scratch-encoding.ts';

/** One-shot `crypto.hash` (no Hash object per call: ~2x faster on small inputs, less garbage). */
export function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(hash('sha256', bytes, 'buffer'));
}

export function hex(bytes: Uint8Array | null | undefined): string {
  if (!bytes) return '';
  if (bytes.length === HASH_BYTES) return hashHex(bytes);
  return hexOfView(bytes);
}

function hexOfView(bytes: Uint8Array): string {
  // A view over the same memory: Buffer.from(bytes) would copy them first (and use up the
  // allocation pool: a vote's hash, its block's, every tx key were each copied to be printed).
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

const HASH_BYTES = 32;
/** Hashes printed lately: a copy of each one's bytes and its hex, in a ring of this many. */
const RECENT_HASHES = 8;
const recentBytes: Uint8Array[] = [];
const recentHex: string[] = [];
let recentNext = 0;

/**
 * The hex of a 32-byte hash, recognised by its bytes among the last few printed: a height's votes,
 * proposal and certificate all name one or two block hashes, and every vote a validator receives
 * was printed for its tally (`voteFacts`): comparing 32 bytes costs a third of printing them. The
 * ring holds copies, so a caller changing its bytes later changes nothing here.
 */
function hashHex(bytes: Uint8Array): string {
  for (let slot = 0; slot < recentBytes.length; slot++) {
    const known = recentBytes[slot] as Uint8Array;
    let i = 0;
    while (i < HASH_BYTES && known[i] === bytes[i]) i++;
    if (i === HASH_BYTES) return recentHex[slot] as string;
  }
  const printed = hexOfView(bytes);
  recentBytes[recentNext] = new Uint8Array(bytes); // a copy (a Buffer's slice() would share the memory)
  recentHex[recentNext] = printed;
  recentNext = (recentNext + 1) % RECENT_HASHES;
  return printed;
}

/**
 * Hashes of headers and certificates, by object: a block and its certificate are never changed
 * once made (the core builds each whole before it is hashed, signed or recorded; a received one
 * is a decoded envelope no handler changes — the simulator's frozen-deliveries test), and the
 * same object is hashed many times: in the simulator every receiver of a proposal shares one
 * decoded block (its hash checked by each, then its header hashed again as each one's previous
 * block, its last commit hashed by each): ~6 % of an empty-block consensus run. Each caller gets
 * its own copy, as before.
 */
const headerHashes = new WeakMap<object, Uint8Array>();
const certificateHashes = new WeakMap<object, Uint8Array>();

export function blockHash(header: faultline.v1.IBlockHeader): Uint8Array {
  let hash = headerHashes.get(header);
  if (hash === undefined) {
    hash = sha256(scratchEncoding('BlockHeader', header));
    headerHashes.set(header, hash);
  }
  return hash.slice();
}

export function txHash(tx: Uint8Array): Uint8Array {
  return sha256(tx);
}

/** Txs up to this size are their own mempool key; larger ones are keyed by their hash. */
export const TX_KEY_CONTENT_MAX = 1024;
const latin1Slice = Buffer.prototype.latin1Slice as (this: Uint8Array, start: number, end: number) => string;

/**
 * The mempool's key of a tx (every tx, every gossiped copy of it, every tx of a proposal): the
 * tx's bytes themselves, one char per byte — exact, and ~10x cheaper than the sha256 it replaces
 * (three per order per validator: the client's copy, the relay's, the proposal's). A tx larger
 * than TX_KEY_CONTENT_MAX is keyed by its sha256 in hex after a char above 255, so no key of one
 * kind can equal a key of the other (latin1 chars are all below 256).
 */
export function txKey(tx: Uint8Array): string {
  return tx.length <= TX_KEY_CONTENT_MAX ? latin1Slice.call(tx, 0, tx.length) : `\u0100${hash('sha256', tx, 'hex')}`;
}

/** The first four bytes of the tx's sha256 as a number: a pseudo-random choice among validators. */
export function txHashPrefix(tx: Uint8Array): number {
  return hash('sha256', tx, 'buffer').readUInt32BE(0);
}

/** sha256 of no bytes: every empty block's txs hash. */
const EMPTY_TXS_HASH = new Uint8Array(createHash('sha256').digest());

/**
 * sha256 of the txs, each as its length (4 bytes, big-endian) then its bytes. Written into one
 * buffer and hashed in one call, not two update() calls per tx (each a crossing into C++): 35
 * against 26–31 µs for a 320-order block, warm (BENCHMARKS.md, session 28 live). Every validator
 * hashes each proposal's txs, the proposer its block's, the execution node each block's.
 */
export function txsHash(txs: readonly Uint8Array[]): Uint8Array {
  if (txs.length === 0) return EMPTY_TXS_HASH.slice();
  let total = 0;
  for (const tx of txs) total += 4 + tx.length;
  const framed = Buffer.allocUnsafe(total);
  let at = 0;
  for (const tx of txs) {
    framed.writeUInt32BE(tx.length, at);
    framed.set(tx, at + 4);
    at += 4 + tx.length;
  }
  return new Uint8Array(hash('sha256', framed, 'buffer'));
}

export function certificateHash(certificate: faultline.v1.ICommitCertificate | null | undefined): Uint8Array {
  if (!certificate) return new Uint8Array(0);
  let hash = certificateHashes.get(certificate);
  if (hash === undefined) {
    hash = sha256(scratchEncoding('CommitCertificate', certificate));
    certificateHashes.set(certificate, hash);
  }
  return hash.slice();
}
