/**
 * The event log format shared by `faultline sim`, `faultline up` and `faultline replay`:
 *
 *   magic "FLTLOG\x00\x03" (8 bytes: name, NUL, format version)
 *   frame*  where frame = u32 BE payload length | u32 BE CRC-32 of the payload | payload
 *
 * The first frame's payload is a LogHeader, every later one a LogRecord whose seq counts 1, 2,
 * 3... without gaps. A per-record checksum and sequence number let a reader point at the exact
 * byte offset and record number of a corrupt or missing record (nats-server 2.9 acknowledges
 * writes before they reach the disk, so Faultline's own log is the judge of completeness).
 * Encoding only, no I/O: callers write and read the bytes (a reader may hand them over a window at
 * a time through a LogBytes source, so a long log is never in memory whole).
 */
import { crc32 } from 'node:zlib';
import protobuf from 'protobufjs/minimal.js';
import { decodeMessage, encodeMessage } from './codec.ts';
import { frameCrc } from './frame-crc.ts';
import type { faultline } from './generated/faultline.js';

/**
 * 3: state hashes are the venue's Merkle root of layout v3 (packages/venue/src/state-hash.ts:
 * each principal's leaf hashed on its own). 2: the layout v2 root (principals hashed in buckets of
 * 64). 1: sha256 of the whole snapshot. An earlier log replays to different hashes, so it is
 * refused (bad-version) rather than reported as a run whose every hash mismatches.
 */
export const EVENT_LOG_FORMAT_VERSION = 3;
export const EVENT_LOG_MAGIC = new Uint8Array([0x46, 0x4c, 0x54, 0x4c, 0x4f, 0x47, 0x00, EVENT_LOG_FORMAT_VERSION]); // FLTLOG\0\3
/** Why each earlier format is refused, for the bad-version message. */
const EARLIER_FORMATS: Readonly<Record<number, string>> = {
  1: 'format 1 recorded whole-snapshot state hashes, which this build no longer computes (format 3 records Merkle roots); replay it with a build before the Merkle state hash',
  2: 'format 2 recorded state hashes of layout v2 (principals hashed in buckets of 64), which this build no longer computes (format 3 records layout v3 roots: each principal hashed on its own); replay it with a build before layout v3 (main before session 25)',
};
/** A single record above this is refused as corrupt (the largest block stays far below). */
export const EVENT_LOG_RECORD_BYTES_MAX = 16 * 1024 * 1024;

export function encodeFrame(payload: Uint8Array): Uint8Array {
  const frame = new Uint8Array(8 + payload.length);
  const view = new DataView(frame.buffer);
  view.setUint32(0, payload.length);
  view.setUint32(4, crc32(payload));
  frame.set(payload, 8);
  return frame;
}

export function encodeLogHeader(header: faultline.v1.ILogHeader): Uint8Array {
  return concat([EVENT_LOG_MAGIC, encodeFrame(encodeMessage('LogHeader', { formatVersion: EVENT_LOG_FORMAT_VERSION, ...header }))]);
}

export function encodeLogRecord(record: faultline.v1.ILogRecord): Uint8Array {
  return encodeFrame(encodeMessage('LogRecord', record));
}

export type LogReadProblem = {
  /** Byte offset of the frame that is bad. */
  offset: number;
  /** 0 for the header, then the record number (1-based) where it was expected. */
  recordIndex: number;
  kind: 'bad-magic' | 'bad-version' | 'truncated' | 'checksum' | 'oversized' | 'undecodable' | 'sequence-gap';
  message: string;
};

export interface LogReadResult {
  header: faultline.v1.LogHeader | undefined;
  records: faultline.v1.LogRecord[];
  /** Problems met; without skipCorrupt reading stops at the first one. */
  problems: LogReadProblem[];
  /** Bytes of well-formed frames read. */
  bytesRead: number;
}

/** Reads a whole log; stops at the first problem unless skipCorrupt (then skips bad frames). */
export function readEventLog(bytes: Uint8Array | LogBytes, options: { skipCorrupt?: boolean } = {}): LogReadResult {
  const scan = scanEventLog(bytes, options);
  const records = [...scan.records];
  return { header: scan.header, records, problems: scan.problems, bytesRead: scan.bytesRead };
}

export interface LogScan {
  /** Set as soon as the header is read (before the first record is yielded). */
  header: faultline.v1.LogHeader | undefined;
  /** The records, one at a time: a long log never needs all of them in memory. */
  records: Generator<faultline.v1.LogRecord>;
  /** Filled while iterating; complete once `records` is exhausted. */
  problems: LogReadProblem[];
  bytesRead: number;
  /** The frame payload (the LogRecord's own bytes) of the record `records` yielded last (a prejudged one's is cut from its view only when asked for). */
  readonly payload: Uint8Array | undefined;
  /** The record `records` yielded last is an event record `acceptEvent` accepted, not decoded (ScanOptions). */
  prejudged: boolean;
}

export interface ScanOptions {
  skipCorrupt?: boolean;
  /**
   * Judges an event record's VenueEvent bytes — `bytes[eventAt, end)`, where `bytes` is the view
   * of the log the frame was cut from (it holds other frames too: no view is made per record) —
   * before anything decodes them. When it returns true the record is not decoded: it is yielded
   * with its seq and time read from the frame, `event` an empty object and `prejudged` set on the
   * scan (one record object, reused for every prejudged record of the scan: read its seq and time
   * before asking for the next record). Replay accepts the bytes that equal its
   * engine's encoding of the event it computed (those need no decoding: they are that event); a
   * record it does not accept, or whose fields are not exactly seq, time and one event in that
   * order, is decoded and checked as usual.
   */
  acceptEvent?: (bytes: Uint8Array, eventAt: number, end: number) => boolean;
  /** The bytes framed at a time (default VIEW_BYTES): tests make it small so frames cross views. */
  viewBytes?: number;
}

/**
 * A log's bytes read a window at a time (a file read in chunks): `read(offset, length)` returns the
 * bytes from `offset`, `length` of them or fewer at the end. Frames decoded from a window may keep
 * views into it, so a source hands out fresh memory for each new window and never overwrites one.
 */
export interface LogBytes {
  readonly length: number;
  read(offset: number, length: number): Uint8Array;
}

/** Streams a log's records (same checks and problems as readEventLog). */
export function scanEventLog(bytes: Uint8Array | LogBytes, options: ScanOptions = {}): LogScan {
  const progress = new ScanState();
  const source: LogBytes = bytes instanceof Uint8Array ? { length: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) } : bytes;
  const generator = frames(source, options, progress);
  // Read the header now, so callers can look at it before iterating. The records are frames()'s
  // own generator after that first result (not a second generator delegating to it: each of the
  // ~1M records of a large log paid for two resumptions).
  let first: IteratorResult<faultline.v1.LogRecord> | undefined = generator.next();
  const records = {
    next(): IteratorResult<faultline.v1.LogRecord> {
      const held = first;
      first = undefined;
      return held ?? generator.next();
    },
    return(value?: unknown): IteratorResult<faultline.v1.LogRecord> {
      first = undefined;
      return generator.return(value as undefined);
    },
    throw(error?: unknown): IteratorResult<faultline.v1.LogRecord> {
      first = undefined;
      return generator.throw(error);
    },
    [Symbol.iterator]() {
      return records;
    },
  } as unknown as Generator<faultline.v1.LogRecord>;
  // The same object frames() updates, so header, problems and bytesRead stay live.
  return Object.assign(progress, { records });
}

/**
 * A scan's state (LogScan without its records), which frames() updates. The payload of a record
 * yielded undecoded is where it lies in its view, and is cut from it only when asked for: a view
 * per record was ~1M objects (~100 MB) on the 1M-event log, and replay asks for none of them.
 */
class ScanState {
  header: faultline.v1.LogHeader | undefined = undefined;
  problems: LogReadProblem[] = [];
  bytesRead = 0;
  prejudged = false;
  private view: Uint8Array | undefined = undefined;
  private start = 0;
  private end = 0;

  get payload(): Uint8Array | undefined {
    return this.view?.subarray(this.start, this.end);
  }

  /** The payload of the record yielded next: `view[start, end)`. */
  at(view: Uint8Array, start: number, end: number): void {
    this.view = view;
    this.start = start;
    this.end = end;
  }
}

/** The bytes framed at a time (a LogFile reads 4 MiB windows: four views per window). */
const VIEW_BYTES = 1024 * 1024;

function* frames(bytes: LogBytes, options: ScanOptions, result: ScanState): Generator<faultline.v1.LogRecord> {
  const stop = (problem: LogReadProblem): void => {
    result.problems.push(problem);
  };
  const magic = bytes.read(0, EVENT_LOG_MAGIC.length);
  if (magic.length < EVENT_LOG_MAGIC.length || !EVENT_LOG_MAGIC.slice(0, 6).every((b, i) => magic[i] === b)) {
    return void stop({ offset: 0, recordIndex: 0, kind: 'bad-magic', message: 'not a Faultline event log (magic bytes differ)' });
  }
  if (magic[7] !== EVENT_LOG_FORMAT_VERSION) {
    const why = EARLIER_FORMATS[magic[7] as number];
    return void stop({ offset: 7, recordIndex: 0, kind: 'bad-version', message: `log format version ${magic[7]}, this build reads ${EVENT_LOG_FORMAT_VERSION}${why ? `: ${why}` : ''}` });
  }
  let offset = EVENT_LOG_MAGIC.length;
  let index = 0;
  let expectedSeq = 1;
  const prejudged = { seq: 0, timeUs: 0, event: {} } as faultline.v1.LogRecord;
  // Frames are cut out of a view of the log (VIEW_BYTES, read again when a frame passes its end):
  // a record costs one view, its payload, and its frame header none.
  const viewBytes = options.viewBytes ?? VIEW_BYTES;
  let view: Uint8Array = new Uint8Array(0);
  let viewStart = offset;
  while (offset < bytes.length) {
    const at = offset;
    if (bytes.length - offset < 8) {
      result.problems.push({ offset: at, recordIndex: index, kind: 'truncated', message: `${what(index)} at byte ${at}: ${bytes.length - offset} bytes left, a frame header needs 8` });
      break;
    }
    if (offset + 8 > viewStart + view.length) {
      view = bytes.read(offset, Math.max(viewBytes, 8));
      viewStart = offset;
    }
    const length = u32(view, offset - viewStart);
    const checksum = u32(view, offset - viewStart + 4);
    if (length > EVENT_LOG_RECORD_BYTES_MAX) {
      result.problems.push({ offset: at, recordIndex: index, kind: 'oversized', message: `${what(index)} at byte ${at}: length ${length} exceeds ${EVENT_LOG_RECORD_BYTES_MAX}` });
      break; // the length cannot be trusted: nothing after it can be framed
    }
    if (offset + 8 + length > bytes.length) {
      result.problems.push({ offset: at, recordIndex: index, kind: 'truncated', message: `${what(index)} at byte ${at}: needs ${length} bytes, ${bytes.length - offset - 8} left` });
      break;
    }
    if (offset + 8 + length > viewStart + view.length) {
      view = bytes.read(offset, Math.max(viewBytes, 8 + length));
      viewStart = offset;
    }
    // The payload is view[start, end): a view of its own is cut only for a record that is decoded.
    const start = offset + 8 - viewStart;
    const end = start + length;
    offset += 8 + length;
    if (frameCrc(view, start, end) !== checksum) {
      const problem: LogReadProblem = { offset: at, recordIndex: index, kind: 'checksum', message: `${what(index)} at byte ${at}: checksum mismatch` };
      if (!options.skipCorrupt || index === 0) return void stop(problem);
      result.problems.push(problem);
      index++;
      continue;
    }
    if (index === 0) {
      const header = decodeMessage('LogHeader', view.subarray(start, end));
      if (!header.ok) return void stop({ offset: at, recordIndex: 0, kind: 'undecodable', message: `the header at byte ${at}: ${header.error.message}` });
      result.header = header.value;
    } else {
      const light = options.acceptEvent !== undefined && eventRecordParts(view, start, end);
      const lightSeq = light ? (parts[0] as number) : 0;
      const lightTimeUs = light ? (parts[1] as number) : 0;
      if (light && options.acceptEvent?.(view, parts[2] as number, end)) {
        if (lightSeq !== expectedSeq) {
          const problem: LogReadProblem = { offset: at, recordIndex: index, kind: 'sequence-gap', message: `${what(index)} at byte ${at}: seq ${lightSeq}, expected ${expectedSeq}` };
          if (!options.skipCorrupt) return void stop(problem);
          result.problems.push(problem);
        }
        expectedSeq = lightSeq + 1;
        result.bytesRead = offset;
        index++;
        result.at(view, start, end);
        result.prejudged = true;
        // One record object for every prejudged record of the scan (ScanOptions.acceptEvent).
        prejudged.seq = lightSeq;
        prejudged.timeUs = lightTimeUs;
        yield prejudged;
        continue;
      }
      result.prejudged = false;
      const payload = view.subarray(start, end);
      const record = decodeMessage('LogRecord', payload);
      if (!record.ok) {
        const problem: LogReadProblem = { offset: at, recordIndex: index, kind: 'undecodable', message: `${what(index)} at byte ${at}: ${record.error.message}` };
        if (!options.skipCorrupt) return void stop(problem);
        result.problems.push(problem);
        index++;
        continue;
      }
      const seq = Number(record.value.seq);
      if (seq !== expectedSeq) {
        const problem: LogReadProblem = { offset: at, recordIndex: index, kind: 'sequence-gap', message: `${what(index)} at byte ${at}: seq ${seq}, expected ${expectedSeq}` };
        if (!options.skipCorrupt) return void stop(problem);
        result.problems.push(problem);
      }
      expectedSeq = seq + 1;
      result.bytesRead = offset;
      index++;
      result.at(view, start, end);
      yield record.value;
      continue;
    }
    result.bytesRead = offset;
    index++;
  }
}

/** How a problem names the frame: made only for a problem (a string per record cost ~1M allocations on a large log). */
function what(index: number): string {
  return index === 0 ? 'the header' : `record ${index}`;
}

/** The LogRecord's `event` field number (log.proto). */
const LOG_RECORD_EVENT_FIELD = 11;

/**
 * Whether an event record's payload, `bytes[start, end)`, holds exactly seq, time and one event in
 * field order (seq and time as varints of at most 7 bytes: safe, non-negative integers; a byte
 * read past `end` belongs to the next frame, and a varint started there reads as -1); then its
 * seq, time and where the event's bytes start (in `bytes`) are left in `parts` (no object per
 * record). Otherwise the record is decoded as any record.
 */
function eventRecordParts(bytes: Uint8Array, start: number, end: number): boolean {
  at = start;
  let seq = 0;
  let timeUs = 0;
  if (bytes[at] === 0x08) {
    at++;
    seq = varint49(bytes, end);
  }
  if (bytes[at] === 0x10) {
    at++;
    timeUs = varint49(bytes, end);
  }
  if (seq < 0 || timeUs < 0 || bytes[at] !== ((LOG_RECORD_EVENT_FIELD << 3) | 2)) return false;
  at++;
  const length = varint49(bytes, end);
  if (length < 0 || at + length !== end) return false;
  parts[0] = seq;
  parts[1] = timeUs;
  parts[2] = at;
  return true;
}

/** eventRecordParts' read position (module state: no closure per record). */
let at = 0;
/**
 * eventRecordParts' results: seq, time, where the event starts. A typed array: a time above 2^31
 * kept in a plain module variable would be a heap number, an allocation per record.
 */
const parts = new Float64Array(3);

/** A varint of at most 7 bytes (< 2^49) at `at`, before `end`, advancing it; -1 when longer or cut short. */
function varint49(bytes: Uint8Array, end: number): number {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 7 && at < end; i++) {
    const byte = bytes[at++] as number;
    value += (byte & 127) * scale;
    if (byte < 128) return value;
    scale *= 128;
  }
  return -1;
}

/**
 * The bytes of a LogRecord's VenueEvent exactly as the log holds them (a view into `payload`), or
 * undefined when the record has no event or holds the field more than once (protobuf merges
 * repeated occurrences of a message field: only a re-encoding of the decoded record says what
 * it means then). Replay compares these with the engine's encoding of the event it computed,
 * instead of re-encoding every recorded event.
 */
export function logRecordEventBytes(payload: Uint8Array): Uint8Array | undefined {
  const reader = protobuf.Reader.create(payload);
  let found: Uint8Array | undefined;
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag >>> 3 === LOG_RECORD_EVENT_FIELD) {
      if (found !== undefined || (tag & 7) !== 2) return undefined;
      const length = reader.uint32();
      found = payload.subarray(reader.pos, reader.pos + length);
      reader.skip(length);
    } else {
      reader.skipType(tag & 7);
    }
  }
  return found;
}

/** A big-endian u32 at `at` (the frame header's length and CRC). */
function u32(bytes: Uint8Array, at: number): number {
  return (((bytes[at] as number) << 24) | ((bytes[at + 1] as number) << 16) | ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number)) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
