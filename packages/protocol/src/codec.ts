/**
 * Encoding and decoding of frames. Decoding never throws and never returns a partly trusted
 * message: it yields either a fully validated message or a typed DecodeError.
 */
import protobuf from 'protobufjs/minimal.js';
import { faultline } from './generated/faultline.js';
import { DecodeError, type DecodeResult } from './decode-error.ts';
import { envelopeTxRange, fastDecode } from './decode.ts';
import { fastEncode, fastEncodeInto, type ByteSink } from './encode.ts';
import { fieldIds, validatorFor } from './validate.ts';
import type { Envelope } from './wire.ts';

/** Largest frame accepted on any link: a block response of many full blocks stays far below it. */
export const FRAME_BYTES_MAX = 8 * 1024 * 1024;

type MessageName = {
  [K in keyof typeof faultline.v1]: (typeof faultline.v1)[K] extends { decode(reader: Uint8Array): unknown } ? K : never;
}[keyof typeof faultline.v1];

type Decoded<K extends MessageName> = ReturnType<(typeof faultline.v1)[K]['decode']>;

export function encodeEnvelope(envelope: Envelope): Uint8Array {
  return fastEncode('Envelope', envelope) ?? faultline.v1.Envelope.encode(envelope).finish();
}

/** Encodes any schema message by type name, e.g. encodeMessage('Transaction', tx). */
export function encodeMessage<K extends MessageName>(typeName: K, message: Parameters<(typeof faultline.v1)[K]['encode']>[0]): Uint8Array {
  const fast = fastEncode(typeName, message);
  if (fast) return fast;
  const codec = faultline.v1[typeName] as unknown as { encode(m: unknown): { finish(): Uint8Array } };
  return codec.encode(message).finish();
}

/** Decodes and validates any schema message by type name. */
/**
 * encodeMessage appended to a growing buffer: the same bytes, no allocation per message once the
 * sink has grown (replay encodes every event of a block into one).
 */
export function encodeMessageInto<K extends MessageName>(typeName: K, message: Parameters<(typeof faultline.v1)[K]['encode']>[0], sink: ByteSink): void {
  if (fastEncodeInto(typeName, message, sink)) return;
  const bytes = encodeMessage(typeName, message);
  if (sink.length + bytes.length > sink.bytes.length) {
    const grown = Buffer.allocUnsafe(Math.max(2 * sink.bytes.length, sink.length + bytes.length));
    sink.bytes.copy(grown, 0, 0, sink.length);
    sink.bytes = grown;
  }
  sink.bytes.set(bytes, sink.length);
  sink.length += bytes.length;
}

export type { ByteSink };

/** A scratch encoder's call: `message`'s encoding as a view of its scratch, valid until its next call. */
export type ScratchEncoding<K extends MessageName> = <T extends K>(typeName: T, message: Parameters<(typeof faultline.v1)[T]['encode']>[0]) => Uint8Array;

/**
 * An encoder for callers that read a message's bytes at once and keep nothing of them (a hash,
 * the sign bytes a signature is made over or checked against): encodeMessageInto's bytes written
 * into one scratch buffer of this encoder and handed out as a view of it, valid until its next
 * call — no fresh Buffer per message, cut from Node's 8 KB pool (BENCHMARKS.md "Session 33 sim").
 * Each owner makes its own (the consensus core, the monitors), so one never overwrites the
 * other's view. A view is made once per length of the current buffer, not per encoding.
 */
export function scratchEncoder<K extends MessageName>(): ScratchEncoding<K> {
  const sink: ByteSink = { bytes: Buffer.allocUnsafe(4096), length: 0 };
  /** Views of the sink's first n bytes, per n, of the buffer `viewsOf` (replaced when a message does not fit). */
  let views: Uint8Array[] = [];
  let viewsOf: Buffer = sink.bytes;
  return (typeName, message) => {
    sink.length = 0;
    encodeMessageInto(typeName, message, sink);
    const length = sink.length;
    if (sink.bytes !== viewsOf) {
      views = [];
      viewsOf = sink.bytes;
    }
    let view = views[length];
    if (view === undefined) views[length] = view = new Uint8Array(viewsOf.buffer, viewsOf.byteOffset, length);
    return view;
  };
}

export function decodeMessage<K extends MessageName>(
  typeName: K,
  bytes: Uint8Array,
  options: { bytesMax?: number } = {},
): DecodeResult<Decoded<K>> {
  const bytesMax = options.bytesMax ?? FRAME_BYTES_MAX;
  if (!(bytes instanceof Uint8Array)) {
    return fail(new DecodeError({ kind: 'malformed', message: `${typeName}: frame is not a byte array` }));
  }
  if (bytes.length > bytesMax) {
    return fail(
      new DecodeError({ kind: 'oversized', message: `${typeName}: frame of ${bytes.length} bytes exceeds the limit of ${bytesMax}` }),
    );
  }
  // The compiled decoder answers for the valid frames it reads exactly; protobufjs and the
  // validator for everything else (every rejection comes from them: decode.ts).
  const fast = fastDecode(typeName, bytes);
  if (fast !== undefined) return { ok: true, value: fast as Decoded<K> };
  return decodeWithProtobufjs(typeName, bytes);
}

/**
 * The reference path: protobufjs' static decoder, then the compiled validator. decodeMessage
 * takes it for every frame the compiled decoder leaves (and decode.prop.test.ts compares both).
 */
export function decodeWithProtobufjs<K extends MessageName>(typeName: K, bytes: Uint8Array): DecodeResult<Decoded<K>> {
  let message: Decoded<K>;
  try {
    const codec = faultline.v1[typeName] as unknown as { decode(b: Uint8Array): Decoded<K> };
    message = codec.decode(bytes);
  } catch (error) {
    return fail(DecodeError.fromReaderError(error, typeName));
  }
  const invalid = validatorFor(typeName)(message, '');
  if (invalid) return fail(invalid);
  return { ok: true, value: message };
}

/**
 * Decodes an envelope: a valid frame names its sender, carries a sequence number and has
 * exactly one body this build knows.
 */
export function decodeEnvelope(bytes: Uint8Array, options: { bytesMax?: number } = {}): DecodeResult<faultline.v1.Envelope> {
  const result = decodeMessage('Envelope', bytes, options);
  if (!result.ok) return result;
  const envelope = result.value;
  // A tx envelope the compiled decoder read: its body is the tx (it takes one oneof member at
  // most), and where the tx lies in the frame is known. Otherwise protobufjs' body getter (it
  // walks the envelope's keys) is asked, once.
  const range = envelopeTxRange();
  const body = range !== undefined ? 'tx' : envelope.body;
  if (body === undefined) {
    // protobufjs discards unknown fields (Reader.discardUnknown): look for one in the frame.
    return fail(
      new DecodeError({
        kind: 'unknown-body',
        message: hasUnknownField(bytes, fieldIds('Envelope'))
          ? 'Envelope: body is a field this build does not know (newer sender?)'
          : 'Envelope: no body is set',
        path: 'body',
      }),
    );
  }
  if (!envelope.sender) {
    return fail(new DecodeError({ kind: 'missing-field', message: 'Envelope: sender is empty', path: 'sender' }));
  }
  // The frame is remembered, not yet scanned: only a validator taking the tx into its mempool
  // asks for the bytes (receivedTxBytes), and every other receiver of a tx would pay for nothing.
  if (body === 'tx') new TxFrame(envelope, bytes, range?.[0] ?? -1, range?.[1] ?? -1);
  return result;
}

/** The Envelope's `tx` field number (envelope.proto). */
const ENVELOPE_TX_FIELD = 10;
/** Lets a subclass constructor attach its private fields to an object it did not create. */
class Attach {
  constructor(object: object) {
    return object;
  }
}

/**
 * The frame a decoded tx envelope came in, in a private field of the envelope itself: invisible
 * to spreads, keys, JSON and test equality (a copy of the envelope does not carry it, as with a
 * WeakMap), and about ten times cheaper than a WeakMap entry (~30 against ~350 ns a frame, the
 * largest cost of decodeEnvelope after protobufjs' own decode).
 */
class TxFrame extends Attach {
  readonly #frame: Uint8Array;
  /** The tx field's bytes in the frame, when known ([-1, -1] otherwise: the frame is scanned). */
  readonly #start: number;
  readonly #end: number;
  constructor(envelope: object, frame: Uint8Array, start: number, end: number) {
    super(envelope);
    this.#frame = frame;
    this.#start = start;
    this.#end = end;
  }
  static txBytes(envelope: object): Uint8Array | undefined {
    if (!(#frame in envelope)) return undefined;
    const frame = envelope as TxFrame;
    return frame.#start >= 0 ? Uint8Array.prototype.slice.call(frame.#frame, frame.#start, frame.#end) : onlyFieldBytes(frame.#frame, ENVELOPE_TX_FIELD);
  }
}

/**
 * The bytes of a decoded envelope's transaction exactly as the sender encoded them (the frame
 * validated them as a Transaction when it decoded), or undefined for an envelope that was not
 * decoded here (built in-process), carries no tx, or carries the tx field more than once (its tx
 * is the merge of them: encode it). A validator keeps these bytes from envelope
 * to mempool to block — no decode → re-encode — so the tx hash is of what the client signed off
 * on, whatever encoder it used. The bytes are copied out of the frame when asked for, so a
 * frame must not be changed while its envelope is handled (neither the simulator nor nats.js
 * reuses a delivered frame's bytes).
 */
export function receivedTxBytes(envelope: object): Uint8Array | undefined {
  return TxFrame.txBytes(envelope);
}

/**
 * A copy of a length-delimited top-level field that occurs once, or undefined when it occurs more
 * than once: protobufjs merges a repeated message field into one message (the envelope's tx is
 * then the merge, validated as such), and no one occurrence's bytes are that message — the bytes
 * of the last one alone lack what the earlier ones set (found by mutation testing: they were
 * returned, so a validator logged and proposed bytes the frame had never validated). The caller
 * encodes the decoded message instead. A copy, not a view: a view would keep the whole socket
 * chunk it came in alive as long as the tx lives.
 */
function onlyFieldBytes(bytes: Uint8Array, field: number): Uint8Array | undefined {
  const reader = protobuf.Reader.create(bytes);
  let found: Uint8Array | undefined;
  let occurrences = 0;
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag >>> 3 === field && (tag & 7) === 2) {
      const length = reader.uint32();
      found = Uint8Array.prototype.slice.call(bytes, reader.pos, reader.pos + length);
      occurrences++;
      reader.skip(length);
    } else {
      reader.skipType(tag & 7);
    }
  }
  return occurrences === 1 ? found : undefined;
}

/** Does a frame (that decoded) carry a top-level field number outside `known`? Error path only. */
function hasUnknownField(bytes: Uint8Array, known: ReadonlySet<number>): boolean {
  const reader = protobuf.Reader.create(bytes);
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (!known.has(tag >>> 3)) return true;
    reader.skipType(tag & 7);
  }
  return false;
}

function fail(error: DecodeError): { ok: false; error: DecodeError } {
  return { ok: false, error };
}
