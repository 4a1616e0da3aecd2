/**
 * The validator's write-ahead records, encoded with each block's bytes made once. Per height a
 * validator persists its lock (the block twice: locked and valid) and its commit (the block
 * again, with the certificate): three encodings of the same block object, 6 % of an empty-block
 * consensus run. Here the last block encoded is remembered by identity and its bytes spliced
 * into the record — protobuf writes an embedded message as its tag, its length and its own
 * bytes, in field order, so the record is byte for byte what encodeMessage writes
 * (wal-encode.test.ts compares them on random records). Anything else (a proposal record, a
 * vote, an unexpected shape) is encodeMessage's.
 *
 * Sound because a block is never changed once made: the consensus core builds it whole before it
 * is signed or recorded, and a received one is the shared decoded envelope every handler leaves
 * as it is (the simulator's frozen-deliveries test runs whole scenarios with them frozen).
 *
 * **Entry versions.** A log entry is a bare ValidatorWalRecord (what encodeMessage writes: every
 * entry before version 1, and still every record but one kind), or a versioned entry: the byte
 * WAL_ENTRY_MARK (0x00 — a protobuf tag of field 0, which no record starts with, so a build that
 * reads bare records only refuses it as corrupt instead of misreading it), its version, then its
 * bytes. Version 1 (WAL_SHARED_LOCK_VERSION): a lock record whose valid block is its locked block
 * (the same block object: the L36 lock, the usual one), the block written once — the record
 * without valid_block; reading it back puts the locked block in both fields. At 5,000 orders/s a
 * block is ~40 KB, and every validator wrote it twice per height in its lock record.
 * Version 2 (WAL_BATCH_VERSION): several records in one entry, in their order — each one an entry
 * of its own (bare or version 1, never another batch), prefixed by its length as a varint. A live
 * validator writes the records a single input persists back to back (its lock and its precommit)
 * as one JetStream append (validator-core.ts, "Write-ahead batches"): one store and one ack
 * instead of two. The entry is stored whole or not at all, so reading it back is reading its
 * records in a row. Another version is refused as `bad-version` (decodeWalEntries).
 */
import { decodeMessage, encodeMessage, type faultline } from '@faultline/protocol';

type Block = faultline.v1.IBlock;
type WalRecord = faultline.v1.IValidatorWalRecord;

/** Tags (field number << 3 | 2, length-delimited) of the fields spliced here. */
const RECORD_COMMITTED = 0x0a; // ValidatorWalRecord.committed = 1
const RECORD_LOCK = 0x22; // ValidatorWalRecord.lock = 4
const COMMITTED_BLOCK = 0x0a; // CommittedBlock.block = 1
const COMMITTED_CERTIFICATE = 0x12; // CommittedBlock.certificate = 2
const LOCK_LOCKED_BLOCK = 0x1a; // LockState.locked_block = 3
const LOCK_VALID_BLOCK = 0x2a; // LockState.valid_block = 5

/** The first byte of a versioned write-ahead entry (see "Entry versions"). */
export const WAL_ENTRY_MARK = 0x00;
/** A lock record whose valid block is its locked block, the block written once. */
export const WAL_SHARED_LOCK_VERSION = 1;
/** Several records in one entry (see "Entry versions"). */
export const WAL_BATCH_VERSION = 2;

export class WalRecordEncoder {
  private lastBlock: Block | undefined;
  private lastBlockBytes: Uint8Array | undefined;

  /** Records as one version-2 entry, each encoded by `encode` (one record: its own entry). */
  encodeBatch(records: readonly WalRecord[]): Uint8Array {
    return records.length === 1 ? this.encode(records[0] as WalRecord) : batchEntry(records.map((one) => this.encode(one)));
  }

  /** One record as a bare or version-1 entry. */
  encode(record: WalRecord): Uint8Array {
    if (plainRecord(record)) {
      const lock = record.lock;
      if (lock && record.committed == null && plainMessage(lock)) return this.lockRecord(lock);
      const committed = record.committed;
      if (committed && record.lock == null && plainMessage(committed)) return this.committedRecord(committed);
    }
    return encodeMessage('ValidatorWalRecord', record);
  }

  private blockBytes(block: Block): Uint8Array {
    if (block !== this.lastBlock || this.lastBlockBytes === undefined) {
      this.lastBlockBytes = encodeMessage('Block', block);
      this.lastBlock = block;
    }
    return this.lastBlockBytes;
  }

  private lockRecord(lock: faultline.v1.ILockState): Uint8Array {
    // Fields 1-2 and 4 encoded as they are; the blocks (3 and 5) spliced in between, in field order.
    const head = encodeMessage('LockState', { height: lock.height, lockedRound: lock.lockedRound });
    const middle = encodeMessage('LockState', { validRound: lock.validRound });
    const locked = lock.lockedBlock ? this.blockBytes(lock.lockedBlock) : undefined;
    // The same block as valid and locked: written once, in a version-1 entry.
    if (locked !== undefined && lock.validBlock === lock.lockedBlock) return record(RECORD_LOCK, head, LOCK_LOCKED_BLOCK, locked, middle, LOCK_VALID_BLOCK, undefined, WAL_SHARED_LOCK_VERSION);
    const valid = lock.validBlock ? this.blockBytes(lock.validBlock) : undefined;
    return record(RECORD_LOCK, head, LOCK_LOCKED_BLOCK, locked, middle, LOCK_VALID_BLOCK, valid);
  }

  private committedRecord(committed: faultline.v1.ICommittedBlock): Uint8Array {
    const block = committed.block ? this.blockBytes(committed.block) : undefined;
    const certificate = committed.certificate ? encodeMessage('CommitCertificate', committed.certificate) : undefined;
    return record(RECORD_COMMITTED, undefined, COMMITTED_BLOCK, block, undefined, COMMITTED_CERTIFICATE, certificate);
  }
}

/**
 * The write-ahead entries of a log read back, in order: bare records, and versioned entries made
 * bare again (a version-1 lock record with its locked block as its valid block too). A record
 * that does not decode, or a version this build does not know (`bad-version`), is an error naming
 * the actor and the record — a restart refuses a log it cannot read whole.
 */
export function decodeWalEntries(entries: readonly Uint8Array[], actor: string): faultline.v1.ValidatorWalRecord[] {
  const records: faultline.v1.ValidatorWalRecord[] = [];
  entries.forEach((entry, index) => {
    const inner = walBatchEntries(entry);
    if (inner === undefined) throw new Error(`${actor}: corrupt log record ${index}: a version ${WAL_BATCH_VERSION} entry whose records do not split`);
    for (const one of inner) records.push(decodeEntry(one, index, actor));
  });
  return records;
}

/**
 * The entries a version-2 entry holds, in order (undefined when it does not split into records of
 * a length each, or one of them is empty or a batch itself); any other entry: itself alone. For the
 * readers of a log's entries one by one (a peer's stored log, the bench's trace).
 */
export function walBatchEntries(entry: Uint8Array): Uint8Array[] | undefined {
  if (entry[0] !== WAL_ENTRY_MARK || entry[1] !== WAL_BATCH_VERSION) return [entry];
  const inner: Uint8Array[] = [];
  let at = 2;
  while (at < entry.length) {
    let length = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = entry[at++];
      if (byte === undefined) return undefined; // the entry ends inside a length
      length += (byte & 127) * 2 ** shift;
      if (byte < 128) break;
    }
    if (length === 0 || at + length > entry.length) return undefined;
    const one = entry.subarray(at, at + length);
    if (one[0] === WAL_ENTRY_MARK && one[1] === WAL_BATCH_VERSION) return undefined;
    inner.push(one);
    at += length;
  }
  return inner.length >= 2 ? inner : undefined;
}

/** One bare or version-1 entry as its record. */
function decodeEntry(entry: Uint8Array, index: number, actor: string): faultline.v1.ValidatorWalRecord {
  if (entry[0] !== WAL_ENTRY_MARK) {
    const decoded = decodeMessage('ValidatorWalRecord', entry);
    if (!decoded.ok) throw new Error(`${actor}: corrupt log record ${index}: ${decoded.error.message}`);
    return decoded.value;
  }
  const version = entry[1];
  if (version !== WAL_SHARED_LOCK_VERSION) throw new Error(`${actor}: bad-version: log record ${index} is a version ${version ?? '(none)'} entry; this build reads bare records and versions ${WAL_SHARED_LOCK_VERSION} and ${WAL_BATCH_VERSION}`);
  const decoded = decodeMessage('ValidatorWalRecord', entry.subarray(2));
  if (!decoded.ok) throw new Error(`${actor}: corrupt log record ${index}: ${decoded.error.message}`);
  const lock = decoded.value.lock;
  if (!lock?.lockedBlock || lock.validBlock) throw new Error(`${actor}: corrupt log record ${index}: a version ${version} entry is a lock record with a locked block and no valid block`);
  lock.validBlock = lock.lockedBlock;
  return decoded.value;
}

/** Entries (bare or version 1) as one version-2 entry: the mark, the version, then each with its length. */
function batchEntry(entries: readonly Uint8Array[]): Uint8Array {
  let size = 2;
  for (const entry of entries) size += varintLength(entry.length) + entry.length;
  const out = Buffer.allocUnsafe(size);
  out[0] = WAL_ENTRY_MARK;
  out[1] = WAL_BATCH_VERSION;
  let at = 2;
  for (const entry of entries) at = copy(out, writeVarint(out, at, entry.length), entry);
  return out;
}

/**
 * A record of one oneof member, `tag`: its body is `head`, the embedded field `tagA` (when
 * `a` is set), `middle`, the embedded field `tagB` (when `b` is set) — an embedded field is its
 * tag, its length and its bytes. With `version`, a versioned entry: WAL_ENTRY_MARK, the
 * version, then the record.
 */
function record(tag: number, head: Uint8Array | undefined, tagA: number, a: Uint8Array | undefined, middle: Uint8Array | undefined, tagB: number, b: Uint8Array | undefined, version?: number): Uint8Array {
  const body = (head?.length ?? 0) + embeddedLength(a) + (middle?.length ?? 0) + embeddedLength(b);
  const lead = version === undefined ? 0 : 2;
  const out = Buffer.allocUnsafe(lead + 1 + varintLength(body) + body);
  if (version !== undefined) {
    out[0] = WAL_ENTRY_MARK;
    out[1] = version;
  }
  out[lead] = tag;
  let at = writeVarint(out, lead + 1, body);
  if (head) at = copy(out, at, head);
  if (a) at = copy(out, writeVarint(out, ((out[at] = tagA), at + 1), a.length), a);
  if (middle) at = copy(out, at, middle);
  if (b) at = copy(out, writeVarint(out, ((out[at] = tagB), at + 1), b.length), b);
  return out;
}

function embeddedLength(bytes: Uint8Array | undefined): number {
  return bytes === undefined ? 0 : 1 + varintLength(bytes.length) + bytes.length;
}

function copy(out: Uint8Array, at: number, bytes: Uint8Array): number {
  out.set(bytes, at);
  return at + bytes.length;
}

/** Lengths are below 2^31 (a frame is far smaller). */
function varintLength(value: number): number {
  return value < 128 ? 1 : value < 16384 ? 2 : value < 2097152 ? 3 : value < 268435456 ? 4 : 5;
}

function writeVarint(out: Uint8Array, at: number, value: number): number {
  while (value > 127) {
    out[at++] = (value & 127) | 128;
    value >>>= 7;
  }
  out[at++] = value;
  return at;
}

/** No unknown fields, which encodeMessage would append after the others. */
function plainMessage(message: object): boolean {
  return !('$unknowns' in message);
}

function plainRecord(record: WalRecord): boolean {
  return plainMessage(record) && record.signedVote == null && record.signedProposal == null;
}
