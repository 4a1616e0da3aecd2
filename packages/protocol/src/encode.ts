/**
 * A faster encoder that writes exactly the bytes protobufjs' static encoder writes.
 *
 * protobufjs encodes into a growing writer (a 128-byte buffer that doubles, a nested message
 * written first and its length moved in front of it, a LongBits object per 64-bit integer) and
 * then copies the result out: on every publish of every actor. Here each message type gets two
 * functions compiled once from the schema (the JSON descriptor next to the static code, as
 * validate.ts does): a write pass, which writes a nested message one byte after its tag and its
 * length into that byte (moving the message up only when its length needs more than one byte), and
 * a size pass. A message is written into a scratch buffer and its bytes copied into one of exactly
 * their size; a message larger than the scratch, or of a type whose last message was large (a
 * block), is sized first and written into its own buffer. (Sizing every message first, to write
 * it once in place, cost ~20 % of an Envelope's encode: session 23.)
 *
 * The field rules are protobufjs 8's own (src/encoder.js): fields in id order; a proto3 scalar
 * written unless it has its type's default; a message or oneof member when set; repeated
 * messages, strings and bytes element by element, repeated numbers packed; unknown fields
 * ($unknowns) last. One deliberate difference: a field is read as a property, where protobufjs
 * also asks `hasOwnProperty` (which was half the cost of encoding an Envelope, one call per field
 * of its 24-member oneof). They differ only for an object whose prototype carries a field value
 * other than the default; protobufjs' message prototypes carry the defaults (encode.prop.test.ts
 * checks every type) and nothing here builds messages on other prototypes. Anything the fast path does not take exactly as protobufjs would — a 64-bit
 * value given as a Long, bigint or string, a non-ASCII string, bytes given as base64, a
 * malformed message that makes protobufjs throw — returns undefined, and the caller encodes
 * with protobufjs instead. encode.test.ts compares both encoders byte for byte on every message
 * type.
 */
import { Buffer } from 'node:buffer';
import { compilableTypes, schemaTypes, type TypeDescriptor } from './schema-types.ts';

/**
 * Buffer.allocUnsafe read once: the global \`Buffer\` is an accessor on globalThis in Node, and its
 * getter ran on every encode (LoadGlobalIC and the getter: ~160 instructions of an order
 * envelope's ~4,400; session 37).
 */
const allocUnsafe = Buffer.allocUnsafe;

const types = schemaTypes;

const LONG = new Set(['int64', 'uint64', 'sint64']);
/** Repeated scalars the encoder writes. */
const ENCODER_REPEATED = new Set(['string', 'bytes', 'uint64', 'int64']);

/** The tag's varint bytes as a JS expression list, e.g. [82] for field 10, wire type 2. */
function tagBytes(id: number, wireType: number): number[] {
  let tag = ((id << 3) | wireType) >>> 0;
  const bytes: number[] = [];
  while (tag > 127) {
    bytes.push((tag & 127) | 128);
    tag >>>= 7;
  }
  bytes.push(tag);
  return bytes;
}


/** The JS source of the size (s_T) and write (w_T) functions of one message type. */
function compileType(name: string): string {
  const type = types[name] as TypeDescriptor;
  const oneofMembers = new Set(Object.values(type.oneofs ?? {}).flatMap((oneof) => oneof.oneof));
  const fields = Object.entries(type.fields ?? {}).sort((a, b) => a[1].id - b[1].id);
  const size: string[] = ['let n = 0, v, c, i;'];
  const write: string[] = ['let v, c, i, q;'];
  for (const [fieldName, field] of fields) {
    const key = JSON.stringify(fieldName);
    const target = types[field.type];
    const isMessage = target?.fields !== undefined;
    const isEnum = target?.values !== undefined;
    const packed = field.rule === 'repeated' && !isMessage && field.type !== 'string' && field.type !== 'bytes';
    const wireType = isMessage || packed || field.type === 'string' || field.type === 'bytes' ? 2 : 0;
    const tag = tagBytes(field.id, wireType);
    const tagWrite = tag.map((byte) => `b[p++] = ${byte};`).join(' ');
    const tagLength = tag.length;
    size.push(`v = m[${key}];`);
    write.push(`v = m[${key}];`);
    if (field.rule === 'repeated') {
      size.push(`if (v != null && v.length) {`);
      write.push(`if (v != null && v.length) {`);
      if (isMessage) {
        size.push(`for (i = 0; i < v.length; ++i) { c = s_${field.type}(v[i]); n += ${tagLength} + sv32(c) + c; }`);
        write.push(`for (i = 0; i < v.length; ++i) { ${tagWrite} q = p; p = w_${field.type}(v[i], b, q + 1); p = wlength(b, q, p); }`);
      } else if (field.type === 'string') {
        size.push(`for (i = 0; i < v.length; ++i) { c = asciiLength(v[i]); n += ${tagLength} + sv32(c) + c; }`);
        write.push(`for (i = 0; i < v.length; ++i) { ${tagWrite} p = wascii(b, p, v[i]); }`);
      } else if (field.type === 'bytes') {
        size.push(`for (i = 0; i < v.length; ++i) { c = bytesLength(v[i]); n += ${tagLength} + sv32(c) + c; }`);
        write.push(`for (i = 0; i < v.length; ++i) { ${tagWrite} p = wbytes(b, p, v[i]); }`);
      } else {
        // Packed 64-bit integers (Writer#uint64s): one length-delimited run of varints.
        size.push(`c = 0; for (i = 0; i < v.length; ++i) c += sv64(number(v[i])); n += ${tagLength} + sv32(c) + c;`);
        write.push(`c = 0; for (i = 0; i < v.length; ++i) c += sv64(number(v[i])); ${tagWrite} p = wv32(b, p, c); for (i = 0; i < v.length; ++i) p = wv64(b, p, v[i]);`);
      }
      size.push('}');
      write.push('}');
      continue;
    }
    // protobufjs' presence rule: set-ness for messages and oneof members, else "not the default"
    // (without its hasOwnProperty: see the file comment).
    const present = 'v != null';
    let condition: string;
    if (isMessage || oneofMembers.has(fieldName)) condition = present;
    else if (isEnum) condition = `${present} && v !== ${Object.values(target.values as Record<string, number>)[0] ?? 0}`;
    else if (field.type === 'bool') condition = `${present} && v !== false`;
    else if (field.type === 'string') condition = `${present} && v !== ""`;
    else if (field.type === 'bytes') condition = `${present} && v.length`;
    else if (LONG.has(field.type)) condition = `${present} && (typeof v === "object" ? v.low || v.high : v !== 0)`;
    else condition = `${present} && v !== 0`;
    let sizeOf: string;
    let writeOf: string;
    if (isMessage) {
      sizeOf = `{ c = s_${field.type}(v); n += ${tagLength} + sv32(c) + c; }`;
      writeOf = `{ ${tagWrite} q = p; p = w_${field.type}(v, b, q + 1); p = wlength(b, q, p); }`;
    } else if (field.type === 'string') {
      sizeOf = `{ c = asciiLength(v); n += ${tagLength} + sv32(c) + c; }`;
      writeOf = `{ ${tagWrite} p = wascii(b, p, v); }`;
    } else if (field.type === 'bytes') {
      sizeOf = `{ c = bytesLength(v); n += ${tagLength} + sv32(c) + c; }`;
      writeOf = `{ ${tagWrite} p = wbytes(b, p, v); }`;
    } else if (field.type === 'bool') {
      sizeOf = `n += ${tagLength + 1};`;
      writeOf = `{ ${tagWrite} b[p++] = v ? 1 : 0; }`;
    } else if (field.type === 'uint32') {
      sizeOf = `n += ${tagLength} + sv32(v >>> 0);`;
      writeOf = `{ ${tagWrite} p = wv32(b, p, v >>> 0); }`;
    } else if (field.type === 'int32' || isEnum) {
      sizeOf = `n += ${tagLength} + ((v | 0) < 0 ? 10 : sv32(v | 0));`;
      writeOf = `{ ${tagWrite} p = wint32(b, p, v | 0); }`;
    } else if (field.type === 'sint64') {
      sizeOf = `n += ${tagLength} + szz64(number(v));`;
      writeOf = `{ ${tagWrite} p = wzz64(b, p, number(v)); }`;
    } else {
      sizeOf = `n += ${tagLength} + sv64(number(v));`;
      writeOf = `{ ${tagWrite} p = wv64(b, p, number(v)); }`;
    }
    size.push(`if (${condition}) ${sizeOf}`);
    write.push(`if (${condition}) ${writeOf}`);
  }
  size.push('v = m.$unknowns; if (v != null && H.call(m, "$unknowns")) for (i = 0; i < v.length; ++i) n += bytesLength(v[i]);');
  write.push('v = m.$unknowns; if (v != null && H.call(m, "$unknowns")) for (i = 0; i < v.length; ++i) p = wraw(b, p, v[i]);');
  size.push('return n;');
  write.push('return p;');
  return `function s_${name}(m) {\n${size.join('\n')}\n}\nfunction w_${name}(m, b, p) {\n${write.join('\n')}\n}\n`;
}

/** Helpers shared by every compiled function (the same arithmetic as protobufjs' Writer and LongBits). */
const HELPERS = String.raw`
// The compiled code's shared state is declared with var, not let or const: a let or const that
// functions close over is checked for its temporal dead zone (a load of the hole and a compare) at
// every read in optimized code, and these are read at every field.
var H = Object.prototype.hasOwnProperty;
var FALLBACK = new Error('fallback');
function number(v) { if (typeof v !== 'number') throw FALLBACK; return v; }
function sv32(v) { return v < 128 ? 1 : v < 16384 ? 2 : v < 2097152 ? 3 : v < 268435456 ? 4 : 5; }
function wv32(b, p, v) { while (v > 127) { b[p++] = (v & 127) | 128; v >>>= 7; } b[p++] = v; return p; }
// A nested message is written one byte after its tag, where its length goes if it is below 128
// (most are); a longer one is moved up by the length's extra bytes. Returns the end.
function wlength(b, q, p) {
  const c = p - q - 1;
  if (c < 128) { b[q] = c; return p; }
  const k = sv32(c) - 1;
  b.copyWithin(q + 1 + k, q + 1, p);
  wv32(b, q, c);
  return p + k;
}
// LongBits.fromNumber: the low and high words of a number, two's complement when negative. They
// pass between these helpers in two shared lets stored as signed 32-bit values (| 0), so a store
// is a small integer: a word above 2^31 stored as itself would be a heap number, one allocation per
// store (most of the encoder's garbage for negative int64 fields). Readers take them back >>> 0.
// (A Uint32Array here instead cost ~10 % of encoding an order envelope.)
var lo = 0, hi = 0;
function split(v) {
  if (v === 0) { lo = 0; hi = 0; return; }
  const sign = v < 0;
  if (sign) v = -v;
  let l = v >>> 0, h = ((v - l) / 4294967296) >>> 0;
  if (sign) { h = ~h >>> 0; l = ~l >>> 0; if (++l > 4294967295) { l = 0; if (++h > 4294967295) h = 0; } }
  lo = l | 0; hi = h | 0;
}
function sizeSplit() { return hi === 0 ? sv32(lo >>> 0) : Math.ceil((64 - Math.clz32(hi)) / 7); }
function writeSplit(b, p) {
  let l = lo >>> 0, h = hi >>> 0;
  while (h) { b[p++] = (l & 127) | 128; l = ((l >>> 7) | (h << 25)) >>> 0; h >>>= 7; }
  while (l > 127) { b[p++] = (l & 127) | 128; l = l >>> 7; }
  b[p++] = l;
  return p;
}
function sv64(v) { if (v >= 0 && v < 4294967296) return sv32(v >>> 0); split(v); return sizeSplit(); }
function wv64(b, p, v) { if (v >= 0 && v < 4294967296) return wv32(b, p, v >>> 0); split(v); return writeSplit(b, p); }
function zigzag() { const mask = hi >> 31; const h = ((hi << 1) | (lo >>> 31)) ^ mask; lo = (lo << 1) ^ mask; hi = h | 0; }
function szz64(v) { split(v); zigzag(); return sizeSplit(); }
function wzz64(b, p, v) { split(v); zigzag(); return writeSplit(b, p); }
function wint32(b, p, v) { if (v < 0) { lo = v | 0; hi = -1; return writeSplit(b, p); } return wv32(b, p, v); }
// Strings: ASCII only (one byte per char); anything else is left to protobufjs' UTF-8 writer.
function asciiLength(v) {
  if (typeof v !== 'string') throw FALLBACK;
  for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 127) throw FALLBACK;
  return v.length;
}
// The writes check what the size pass checks (they run first now, without it): a string, ASCII.
// Past the buffer's end nothing is written and the end is still counted (the caller sizes and writes again).
function wascii(b, p, v) {
  if (typeof v !== 'string') throw FALLBACK;
  const n = v.length;
  // The length's one byte written here (every id's), not by a call of wv32: −174 instructions an
  // order envelope's round trip (session 37).
  if (n < 128) b[p++] = n; else p = wv32(b, p, n);
  if (n > 48) {
    for (let i = 0; i < n; i++) if (v.charCodeAt(i) > 127) throw FALLBACK;
    if (p + n <= b.length) b.write(v, p, n, 'latin1');
    return p + n;
  }
  // Every char written, then one test of them all (no branch a char): a char above 127 was
  // written wrongly, but the encode is given up (the caller encodes with protobufjs).
  let any = 0;
  for (let i = 0; i < n; i++) { const c = v.charCodeAt(i); any |= c; b[p + i] = c; }
  if (any > 127) throw FALLBACK;
  return p + n;
}
function bytesLength(v) { if (!(v instanceof Uint8Array)) throw FALLBACK; return v.length; }
// wbytes checks its value once and writes it itself: its call of wraw, checking again, made an
// encode 11 % more instructions (codec-callgrind --what enc: 5,775 -> 5,191, session 25).
function wbytes(b, p, v) { if (!(v instanceof Uint8Array)) throw FALLBACK; const n = v.length; p = wv32(b, p, n); if (p + n <= b.length) b.set(v, p); return p + n; }
function wraw(b, p, v) { if (!(v instanceof Uint8Array)) throw FALLBACK; if (p + v.length <= b.length) b.set(v, p); return p + v.length; }
`;

type Encoder = (message: unknown) => Uint8Array | undefined;

/** The scratch buffer messages are written into before their bytes are copied out. */
const SCRATCH_BYTES = 64 * 1024;
/** A type's last message above this: its next one is sized first and written in place (no copy). */
const COPY_MAX = 4 * 1024;
/** Messages up to this size are copied out of the scratch through a view kept per size (at most this many views). */
const VIEW_MAX = 1024;

function build(): { encoders: Record<string, Encoder>; into: Record<string, EncoderInto> } {
  const supported = compilableTypes(ENCODER_REPEATED);
  const names = [...supported].sort();
  const source = [
    HELPERS,
    ...names.map(compileType),
    'var busy = false;',
    // One pass into a scratch buffer, then a copy of exactly its bytes. A message that does not
    // fit is sized first (s) and written into its own buffer; so is the next message of a type
    // whose last one was larger than COPY_MAX (a block: its copy cost more than its size pass).
    'var scratch = allocate(SCRATCH_BYTES);',
    // The copy out of the scratch: TypedArray#set of a view of its first n bytes, the view kept per
    // size up to VIEW_MAX. Buffer#copy made a new view of the range on every call (_copyActual),
    // about half the cost of copying an order envelope out (~45 of ~100 ns).
    'var views = [];',
    'function copyOut(end) {',
    '  const b = allocate(end);',
    '  if (end > VIEW_MAX) { scratch.copy(b, 0, 0, end); return b; }',
    '  b.set(views[end] ?? (views[end] = new Uint8Array(scratch.buffer, scratch.byteOffset, end)));',
    '  return b;',
    '}',
    'function encoder(s, w) {',
    '  let large = false;',
    '  return function encode(m) {',
    '    if (busy) return undefined;', // re-entered from a getter: leave it to protobufjs
    '    busy = true;',
    '    try {',
    '      if (!large) {',
    '        const end = w(m, scratch, 0);',
    '        if (end <= scratch.length) { large = end > COPY_MAX; return copyOut(end); }',
    '      }',
    '      const n = s(m);',
    '      large = n > COPY_MAX;',
    '      const b = allocate(n);',
    '      const written = w(m, b, 0);',
    "      if (written !== n) throw new Error('encode: wrote ' + written + ' bytes of ' + n);",
    '      return b;',
    '    } catch (error) {',
    "      if (error instanceof Error && error.message.startsWith('encode: wrote')) throw error;",
    '      return undefined;',
    '    } finally { busy = false; }',
    '  };',
    '}',
    // The same two passes appending to a caller's growing buffer (ByteSink): no allocation per message.
    'function encoderInto(s, w) {',
    '  return function encodeInto(m, sink) {',
    '    if (busy) return false;',
    '    busy = true;',
    '    try {',
    '      const start = sink.length;',
    '      let b = sink.bytes;',
    '      let end = w(m, b, start);',
    '      if (end > b.length) {',
    '        const n = s(m);',
    '        const grown = allocate(Math.max(2 * b.length, start + n)); b.copy(grown, 0, 0, start); sink.bytes = b = grown;',
    '        end = w(m, b, start);',
    "        if (end !== start + n) throw new Error('encode: wrote ' + (end - start) + ' bytes of ' + n);",
    '      }',
    '      sink.length = end;',
    '      return true;',
    '    } catch (error) {',
    "      if (error instanceof Error && error.message.startsWith('encode: wrote')) throw error;",
    '      return false;',
    '    } finally { busy = false; }',
    '  };',
    '}',
    `return { encoders: { ${names.map((name) => `${name}: encoder(s_${name}, w_${name})`).join(', ')} }, into: { ${names.map((name) => `${name}: encoderInto(s_${name}, w_${name})`).join(', ')} } };`,
  ].join('\n');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiled once from our own schema
  return new Function('allocate', 'SCRATCH_BYTES', 'COPY_MAX', 'VIEW_MAX', source)(allocUnsafe, SCRATCH_BYTES, COPY_MAX, VIEW_MAX) as { encoders: Record<string, Encoder>; into: Record<string, EncoderInto> };
}

/** A growing buffer messages are appended to (encodeMessageInto): bytes[0, length) are written. */
export interface ByteSink {
  bytes: Buffer;
  length: number;
}

type EncoderInto = (message: unknown, sink: ByteSink) => boolean;

const { encoders, into: encodersInto } = build();

/**
 * Appends the bytes protobufjs would write for `message` to `sink` (growing it) and returns true,
 * or returns false, the sink unchanged, when the caller should let protobufjs encode it.
 */
export function fastEncodeInto(typeName: string, message: unknown, sink: ByteSink): boolean {
  const encoder = encodersInto[typeName];
  return encoder ? encoder(message, sink) : false;
}

/**
 * The bytes protobufjs would write for `message` of type `typeName`, or undefined when the
 * caller should let protobufjs encode it (see the file comment).
 */
export function fastEncode(typeName: string, message: unknown): Uint8Array | undefined {
  const encoder = encoders[typeName];
  return encoder ? encoder(message) : undefined;
}

/** Message types the compiled encoder covers (for its tests). */
export function fastEncodedTypes(): readonly string[] {
  return Object.keys(encoders);
}
