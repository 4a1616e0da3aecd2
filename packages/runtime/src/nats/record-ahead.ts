/**
 * The record ahead, kept beside the process: the one log record whose message went out before
 * JetStream acknowledged it (NatsHost.publishWithRecord), written to a small local file before
 * the message leaves, and appended by the next incarnation before it recovers.
 *
 * Why: publishWithRecord writes a record's append and its message in one socket write, the record
 * first, so a kill -9 never leaves the message without the record at the broker. What it left open
 * (BENCHMARKS.md "Session 32 live") is JetStream refusing or losing that append after the message
 * went out — a full store, no stream leader for longer than the log retries (APPEND_REPAIR_MAX_MS),
 * or the process killed while the log retries it: the next incarnation recovered without the
 * record, and a validator whose vote was out could sign that step again (an equivocation). The
 * file closes it: the record (with its writer's id and index, which make its Nats-Msg-Id) is on
 * disk before its message leaves, and the next incarnation appends it under that same writer and
 * index before it reads its log — stored once if it was stored after all (the stream's duplicate
 * window, and recovery keeps one entry per writer and index: nats-log.ts inWriterOrder), in its
 * writer's order either way. Only one record can be ahead at a time (a pair waits for every append
 * before it: nats-host.ts), so the file holds the last one, overwritten in place.
 *
 * What it does not cover: the file is local and not fsynced — a validator restarted on another
 * machine, or after the machine itself crashed, has no file (the same class of loss as the
 * broker's own unsynced store on this nats-server, ARCHITECTURE.md "Scale").
 *
 * Format: `FLRA` | payload length (u32 LE) | CRC-32 of the payload (u32 LE) | payload, the payload
 * `owner` (u16 LE length, UTF-8) | `writer` (u16 LE length, UTF-8) | index (f64 LE) | the record's
 * bytes. A file that does not parse whole (torn, another owner's, empty) holds no record ahead: a
 * record is written before its message leaves, so a message never left with a record not in it.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/** A log record as its writer appended it: the writer's id and the record's index make its Nats-Msg-Id. */
export interface RecordAhead {
  writer: string;
  index: number;
  data: Uint8Array;
}

/** What NatsHost needs to keep a record ahead (a test gives one of its own). */
export interface RecordAheadKeeper {
  /** Keeps this record (replacing the last one) before its message leaves; returns once it is written. */
  hold(record: RecordAhead): void;
}

const MAGIC = Buffer.from('FLRA', 'latin1');
const HEADER_BYTES = 12;
/** Longest owner or writer id kept (a u16 length; ids are short: a run/actor pair, a UUID). */
const ID_BYTES_MAX = 0xffff;

/** The file's bytes for one record ahead of `owner` (the run and actor it belongs to). */
export function encodeRecordAhead(owner: string, record: RecordAhead): Buffer {
  const ownerBytes = Buffer.from(owner, 'utf8');
  const writerBytes = Buffer.from(record.writer, 'utf8');
  if (ownerBytes.length > ID_BYTES_MAX || writerBytes.length > ID_BYTES_MAX) throw new RangeError('record ahead: owner or writer id too long');
  if (!Number.isSafeInteger(record.index) || record.index < 1) throw new RangeError(`record ahead: index ${record.index} is not a log index`);
  const payloadBytes = 2 + ownerBytes.length + 2 + writerBytes.length + 8 + record.data.length;
  const out = Buffer.allocUnsafe(HEADER_BYTES + payloadBytes);
  MAGIC.copy(out, 0);
  out.writeUInt32LE(payloadBytes, 4);
  let at = HEADER_BYTES;
  out.writeUInt16LE(ownerBytes.length, at);
  at += 2;
  at += ownerBytes.copy(out, at);
  out.writeUInt16LE(writerBytes.length, at);
  at += 2;
  at += writerBytes.copy(out, at);
  out.writeDoubleLE(record.index, at);
  at += 8;
  out.set(record.data, at);
  out.writeUInt32LE(crc32(out.subarray(HEADER_BYTES)), 8);
  return out;
}

/** The record ahead in these bytes, if they hold one whole for `owner`; undefined otherwise. */
export function decodeRecordAhead(owner: string, bytes: Uint8Array): RecordAhead | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < HEADER_BYTES || !buffer.subarray(0, 4).equals(MAGIC)) return undefined;
  const end = HEADER_BYTES + buffer.readUInt32LE(4);
  if (end > buffer.length || crc32(buffer.subarray(HEADER_BYTES, end)) !== buffer.readUInt32LE(8)) return undefined;
  let at = HEADER_BYTES;
  const read = (): string | undefined => {
    if (at + 2 > end) return undefined;
    const length = buffer.readUInt16LE(at);
    at += 2;
    if (at + length > end) return undefined;
    const text = buffer.toString('utf8', at, at + length);
    at += length;
    return text;
  };
  if (read() !== owner) return undefined;
  const writer = read();
  if (writer === undefined || at + 8 > end) return undefined;
  const index = buffer.readDoubleLE(at);
  at += 8;
  if (!Number.isSafeInteger(index) || index < 1) return undefined;
  return { writer, index, data: new Uint8Array(buffer.subarray(at, end)) };
}

/** The record ahead kept at `path` for `owner`, or undefined (no file, or nothing whole in it). */
export function readRecordAhead(path: string, owner: string): RecordAhead | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return decodeRecordAhead(owner, bytes);
}

/**
 * The file a process keeps its record ahead in: opened (emptied) at its first record — after the
 * previous incarnation's record was appended, which NatsDurableLog.open does before this process
 * runs its actor — and overwritten in place, one synchronous write per record.
 */
export class RecordAheadFile implements RecordAheadKeeper {
  private fd: number | undefined;

  constructor(
    readonly path: string,
    private readonly owner: string,
  ) {}

  hold(record: RecordAhead): void {
    const bytes = encodeRecordAhead(this.owner, record);
    this.fd ??= openSync(this.path, 'w');
    // At offset 0: a shorter record leaves a longer one's tail behind it, which its length excludes.
    writeSync(this.fd, bytes, 0, bytes.length, 0);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
