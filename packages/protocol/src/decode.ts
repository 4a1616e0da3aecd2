/**
 * A faster decoder that returns exactly what protobufjs' static decoder returns — and only for
 * frames the validator (validate.ts) accepts.
 *
 * protobufjs decodes through a Reader object (a method call per tag, varint and length, a
 * LongBits object per long 64-bit varint, a depth check and a `reader.len` swap per nested
 * message), and the validator then walks the decoded message again (for an Envelope, a read of
 * each of its 24 oneof members). Here each message type gets one function compiled once from the
 * schema (the JSON descriptor, as encode.ts and validate.ts do): it reads the frame's bytes
 * directly, checks each value as the validator would while it reads it, and builds the message
 * with protobufjs' own constructors (so the prototype, its defaults and the own properties are
 * protobufjs'; fields are set in wire order with protobufjs' rules: a proto3 scalar holding its
 * default is not kept, the last occurrence of a scalar wins, a repeated field appends).
 *
 * It takes only the frames it can decode exactly and that are valid. On anything else it gives
 * up (returns undefined) and the caller decodes with protobufjs and validates as before, so a
 * rejection's kind, path and message are the old path's by construction: a truncated or
 * malformed frame, a field number it does not know or a wrong wire type (protobufjs skips
 * those), a message field that occurs twice (protobufjs merges them), two members of one oneof,
 * an integer outside its type's safe range, an enum value the schema does not name, a varint
 * whose reading protobufjs would reject, invalid UTF-8. decode.prop.test.ts compares both
 * decoders on random messages and on corrupted frames of every type.
 */
import protobuf from 'protobufjs/minimal.js';
import { faultline } from './generated/faultline.js';
import { compilableTypes, schemaTypes, type TypeDescriptor } from './schema-types.ts';

const types = schemaTypes;
/** Repeated scalars the decoder reads (repeated int64 is left to protobufjs). */
const DECODER_REPEATED = new Set(['string', 'bytes', 'uint64']);


/** The tag (field id << 3 | wire type) as the varint reader returns it. */
const tagOf = (id: number, wireType: number) => ((id << 3) | wireType) >>> 0;

/**
 * The compiled functions keep the read position in a local `p` (a register, not a closure slot)
 * and hand it to a reader through the shared `P`: `call('rv32(end)')` is the statement that runs
 * the reader at `p` and leaves its value in `v`. One-byte varints (tags, lengths, small numbers)
 * are read inline without a call.
 */
const call = (reader: string) => `P = p; v = ${reader}; p = P;`;
const varint32 = `if (p < end && (v = b[p]) < 128) p++; else { ${call('rv32(end)')} }`;
/**
 * A 64-bit varint is read by a call of rv64 whatever its length: rv64 reads one byte itself and
 * calls rv64long past it, so the only call site of the long read is inside rv64, whose feedback
 * every caller shares (a price or a timestamp feeds it in the first block). When a decoder had its
 * own call of the long read past an inline one-byte read, heights, nonces and sequence numbers,
 * which start below 128, had never taken it when TurboFan compiled the decoder: each decoder with
 * such a field (d_Vote, d_BlockHeader, d_Transaction, …) was thrown away at height 128
 * ("insufficient type feedback for call", --trace-deopt of a cold venue run: seven decoders) and
 * compiled again.
 */
const varint64 = (signed: boolean) => call(`rv64(end, ${signed})`);

/**
 * A oneof of this many members or more (Envelope's body: 25) has its message members read by
 * functions of their own, found by tag in a table, instead of a case each in the type's decoder:
 * TurboFan then compiles the members a run decodes, each alone, and not one function holding them all.
 */
const TABLED_ONEOF = 16;

/** The JS source of the decode function (d_T) of one message type. */
function compileType(name: string): string {
  const type = types[name] as TypeDescriptor;
  const oneofOf = new Map<string, number>();
  Object.values(type.oneofs ?? {}).forEach((oneof, index) => oneof.oneof.forEach((member) => oneofOf.set(member, index)));
  const oneofCount = Object.keys(type.oneofs ?? {}).length;
  const tabled = new Set(Object.values(type.oneofs ?? {}).flatMap((oneof, index) => (oneof.oneof.length >= TABLED_ONEOF ? [index] : [])));
  const members: string[] = [];
  const table: string[] = [];
  const cases: string[] = [];
  for (const [fieldName, field] of Object.entries(type.fields ?? {})) {
    const key = JSON.stringify(fieldName);
    const target = types[field.type];
    const oneof = oneofOf.get(fieldName);
    // The validator's "at most one member of a oneof": a second member gives up.
    const mark = oneof === undefined ? '' : `if (o${oneof} !== 0 && o${oneof} !== ${field.id}) throw BAIL; o${oneof} = ${field.id}; `;
    // protobufjs keeps a proto3 scalar only when it is not its type's default; a oneof member always.
    const keep = (test: string) => (oneof === undefined ? `if (${test}) m[${key}] = v; else delete m[${key}];` : `m[${key}] = v;`);
    if (target?.fields) {
      const read = `${varint32} c = v; e = p + v; if (e > end) throw BAIL; P = p; v = d_${field.type}(e); p = P; if (p !== e) throw BAIL;`;
      // Envelope.tx: where its bytes lie in the frame is kept (envelopeTxRange) for receivedTxBytes.
      const range = name === 'Envelope' && fieldName === 'tx' ? 'TXS = e - c; TXE = e; ' : '';
      if (oneof !== undefined && tabled.has(oneof)) {
        // A member of a large oneof: its own reader in the type's table (see TABLED_ONEOF).
        members.push(`function r_${name}_${fieldName}(m, end) { const b = buf; let p = P, v, c, e; if (m[${key}] != null) throw BAIL; ${read} ${range}m[${key}] = v; P = p; }`);
        table.push(`R_${name}[${tagOf(field.id, 2)}] = { oneof: ${field.id}, read: r_${name}_${fieldName} };`);
        continue;
      }
      if (field.rule === 'repeated') {
        cases.push(`case ${tagOf(field.id, 2)}: ${read} (m[${key}].length ? m[${key}] : (m[${key}] = [])).push(v); continue;`);
      } else {
        // protobufjs merges a second occurrence into the first: left to it.
        cases.push(`case ${tagOf(field.id, 2)}: ${mark}if (m[${key}] != null) throw BAIL; ${read} ${range}m[${key}] = v; continue;`);
      }
      continue;
    }
    if (target?.values) {
      const known = Object.values(target.values).map((n) => `v === ${n}`).join(' || ');
      cases.push(`case ${tagOf(field.id, 0)}: ${mark}${varint32} v |= 0; if (!(${known})) throw BAIL; ${keep('v')} continue;`);
      continue;
    }
    if (field.rule === 'repeated') {
      if (field.type === 'string') cases.push(`case ${tagOf(field.id, 2)}: ${call('str(end)')} (m[${key}].length ? m[${key}] : (m[${key}] = [])).push(v); continue;`);
      else if (field.type === 'bytes') cases.push(`case ${tagOf(field.id, 2)}: ${call('bytes(end)')} (m[${key}].length ? m[${key}] : (m[${key}] = [])).push(v); continue;`);
      else {
        // repeated uint64: packed (Reader#uint64s) or one element per tag.
        cases.push(
          `case ${tagOf(field.id, 2)}: { ${varint32} e = p + v; if (e > end) throw BAIL; const a = m[${key}].length ? m[${key}] : (m[${key}] = []); ` +
            `while (p < e) { ${call('rv64(e, false)')} if (!Number.isSafeInteger(v)) throw BAIL; a.push(v); } continue; }`,
          `case ${tagOf(field.id, 0)}: ${varint64(false)} if (!Number.isSafeInteger(v)) throw BAIL; (m[${key}].length ? m[${key}] : (m[${key}] = [])).push(v); continue;`,
        );
      }
      continue;
    }
    switch (field.type) {
      case 'string':
        cases.push(`case ${tagOf(field.id, 2)}: ${mark}${call('str(end)')} ${keep('v.length')} continue;`);
        break;
      case 'bytes':
        cases.push(`case ${tagOf(field.id, 2)}: ${mark}${call('bytes(end)')} ${keep('v.length')} continue;`);
        break;
      case 'bool':
        cases.push(`case ${tagOf(field.id, 0)}: ${mark}${call('rbool(end)')} ${keep('v')} continue;`);
        break;
      case 'uint32':
        cases.push(`case ${tagOf(field.id, 0)}: ${mark}${varint32} ${keep('v')} continue;`);
        break;
      case 'int32':
        cases.push(`case ${tagOf(field.id, 0)}: ${mark}${varint32} v |= 0; ${keep('v')} continue;`);
        break;
      case 'sint64':
        cases.push(`case ${tagOf(field.id, 0)}: ${mark}${call('rzz64(end)')} if (!Number.isSafeInteger(v)) throw BAIL; ${keep('v !== 0')} continue;`);
        break;
      default: // int64, uint64: uint64 reads unsigned, so never negative
        cases.push(
          `case ${tagOf(field.id, 0)}: ${mark}${varint64(field.type === 'int64')} if (!Number.isSafeInteger(v)) throw BAIL; ${keep('v !== 0')} continue;`,
        );
    }
  }
  const oneofVars = Array.from({ length: oneofCount }, (_, i) => `, o${i} = 0`).join('');
  // One o-variable is checked by the table's entries: a second large oneof in a type would need its own.
  if (tabled.size > 1) throw new Error(`decode: ${name} has more than one oneof of ${TABLED_ONEOF} members or more`);
  const [tabledOneof] = tabled;
  const fallback =
    tabledOneof === undefined
      ? 'default: throw BAIL;' // an unknown field, a wrong wire type, field 0, a group: protobufjs decides
      : `default: { const r = R_${name}[v]; if (r === undefined) throw BAIL; if (o${tabledOneof} !== 0 && o${tabledOneof} !== r.oneof) throw BAIL; o${tabledOneof} = r.oneof; P = p; r.read(m, end); p = P; continue; }`;
  return [
    ...members,
    ...(table.length ? [`var R_${name} = [];`, ...table] : []),
    `function d_${name}(end) {`,
    `  const m = new C_${name}();`,
    `  const b = buf;`,
    `  let p = P, v, c, e${oneofVars};`,
    '  while (p < end) {',
    `    ${varint32}`,
    '    switch (v) {',
    ...cases.map((line) => `      ${line}`),
    `      ${fallback}`,
    '    }',
    '  }',
    '  P = p;',
    '  return m;',
    '}',
  ].join('\n');
}

/**
 * The readers, each the arithmetic of protobufjs' Reader (uint32, readLongVarint and LongBits,
 * bool, bytes, stringVerify) on the shared frame `buf` at `P`, bounded by the enclosing message's
 * end as protobufjs bounds a nested read by `reader.len`; where protobufjs would throw, BAIL.
 */
const HELPERS = String.raw`
// The shared state is declared with var, not let or const: a let or const that functions close
// over is checked for its temporal dead zone (a load of the hole and a compare) at every read in
// optimized code, and P is read and written around every reader call.
var BAIL = new Error('fast decode: left to protobufjs');
var buf = null, P = 0;
// The byte range of the tx field of the last Envelope this decoder returned ([-1, -1]: none).
var TXS = -1, TXE = -1;
function rv32(end) {
  if (end - P < 5) {
    // Near the end protobufjs reads at most four bytes (readVarint32NearEnd).
    let v = 0;
    for (let i = 0; i < 4; ++i) {
      if (P >= end) throw BAIL;
      const b = buf[P++];
      v = (v | (b & 127) << i * 7) >>> 0;
      if (b < 128) return v;
    }
    throw BAIL;
  }
  let b = buf[P++];
  if (b < 128) return b;
  let v = b & 127;
  b = buf[P++]; v |= (b & 127) << 7; if (b < 128) return v;
  b = buf[P++]; v |= (b & 127) << 14; if (b < 128) return v;
  b = buf[P++]; v |= (b & 127) << 21; if (b < 128) return v;
  b = buf[P++]; v = (v | (b & 15) << 28) >>> 0; if (b < 128) return v;
  for (let i = 0; i < 5; ++i) {
    if (P >= end) throw BAIL;
    if (buf[P++] < 128) return v;
  }
  throw BAIL;
}
// readLongVarint into lo/hi, then LongBits#toNumber.
var lo = 0, hi = 0;
function rlong(end) {
  let b;
  lo = 0; hi = 0;
  if (end - P > 4) {
    b = buf[P++]; lo = b & 127; if (b < 128) return;
    b = buf[P++]; lo = (lo | (b & 127) << 7) >>> 0; if (b < 128) return;
    b = buf[P++]; lo = (lo | (b & 127) << 14) >>> 0; if (b < 128) return;
    b = buf[P++]; lo = (lo | (b & 127) << 21) >>> 0; if (b < 128) return;
    b = buf[P++]; lo = (lo | (b & 127) << 28) >>> 0; hi = ((b & 127) >> 4) >>> 0; if (b < 128) return;
  } else {
    for (let i = 0; i < 4; ++i) {
      if (P >= end) throw BAIL;
      b = buf[P++];
      lo = (lo | (b & 127) << i * 7) >>> 0;
      if (b < 128) return;
    }
    throw BAIL;
  }
  for (let i = 0; i < 5; ++i) {
    if (P >= end) throw BAIL;
    b = buf[P++];
    hi = (hi | (b & 127) << i * 7 + 3) >>> 0;
    if (b < 128) return;
  }
  throw BAIL;
}
function toNumber(signed) {
  if (signed && hi >>> 31) {
    const l = ~lo + 1 >>> 0;
    let h = ~hi >>> 0;
    if (!l) h = h + 1 >>> 0;
    return -(l + h * 4294967296);
  }
  // A value whose high word is 0 is the low word itself: a Smi below 2³¹. The sum with 0 × 2³² is
  // a heap number even for 163 where it runs unoptimised, and a field or a literal that held Smis
  // (a status's height: its last field, read here) then left that representation, and the code
  // built for it was thrown away ("not a Smi", BENCHMARKS.md "Session 35 sim").
  return hi === 0 ? lo : lo + hi * 4294967296;
}
function rv64(end, signed) {
  const b = buf[P];
  if (b < 128 && P < end) { P++; return b; }
  return rv64long(end, signed);
}
function rv64long(end, signed) {
  // A varint of up to four bytes ends before the high word: the common case, read inline.
  if (end - P > 4) {
    let b = buf[P];
    if (b < 128) { P += 1; return b; }
    let v = b & 127;
    b = buf[P + 1]; v |= (b & 127) << 7; if (b < 128) { P += 2; return v; }
    b = buf[P + 2]; v |= (b & 127) << 14; if (b < 128) { P += 3; return v; }
    b = buf[P + 3]; v |= (b & 127) << 21; if (b < 128) { P += 4; return v; }
  }
  rlong(end);
  return toNumber(signed);
}
function rzz64(end) {
  rlong(end);
  const mask = -(lo & 1);
  lo = ((lo >>> 1 | hi << 31) ^ mask) >>> 0;
  hi = (hi >>> 1 ^ mask) >>> 0;
  return toNumber(true);
}
function rbool(end) {
  let v = false;
  for (let i = 0; i < 10; ++i) {
    if (P >= end) throw BAIL;
    const b = buf[P++];
    if (b & 127) v = true;
    if (b < 128) return v;
  }
  throw BAIL;
}
function bytes(end) {
  const n = rv32(end), e = P + n;
  if (e > end) throw BAIL;
  const v = buf.subarray(P, e);
  P = e;
  return v;
}
// A short string (ids, names: most of them) whose bytes are all ASCII is made by one
// String.fromCharCode call of exactly its bytes (ascii, below); anything else by protobufjs' own
// strict UTF-8 read, which throws on invalid UTF-8 (the fallback then reports it). protobufjs
// reads 8 bytes a call and appends the rest one char at a time: a 9-byte id was two strings and
// a concatenation, a 5-byte one four concatenations. (A string from a cache of recent ids
// measured slower in place.)
function str(end) {
  // A length below 128 (one byte: every id) read here, not by a call of rv32.
  let n = buf[P];
  if (n < 128 && P < end) P++; else n = rv32(end);
  const s = P, e = s + n;
  if (e > end) throw BAIL;
  P = e;
  if (n <= 16) { const v = ascii(buf, s, n); if (v !== undefined) return v; }
  return readStrict(buf, s, e);
}
// The string of the n (0-16) bytes at b[s] when every one is below 128, else undefined.
function ascii(b, s, n) {
  switch (n) {
    case 0: return '';
    case 1: { const c0 = b[s]; if ((c0) < 128) return String.fromCharCode(c0); return undefined; }
    case 2: { const c0 = b[s], c1 = b[s + 1]; if ((c0 | c1) < 128) return String.fromCharCode(c0, c1); return undefined; }
    case 3: { const c0 = b[s], c1 = b[s + 1], c2 = b[s + 2]; if ((c0 | c1 | c2) < 128) return String.fromCharCode(c0, c1, c2); return undefined; }
    case 4: { const c0 = b[s], c1 = b[s + 1], c2 = b[s + 2], c3 = b[s + 3]; if ((c0 | c1 | c2 | c3) < 128) return String.fromCharCode(c0, c1, c2, c3); return undefined; }
    case 5: { const c0 = b[s], c1 = b[s + 1], c2 = b[s + 2], c3 = b[s + 3], c4 = b[s + 4]; if ((c0 | c1 | c2 | c3 | c4) < 128) return String.fromCharCode(c0, c1, c2, c3, c4); return undefined; }
    case 6: { const c0 = b[s], c1 = b[s + 1], c2 = b[s + 2], c3 = b[s + 3], c4 = b[s + 4], c5 = b[s + 5]; if ((c0 | c1 | c2 | c3 | c4 | c5) < 128) return String.fromCharCode(c0, c1, c2, c3, c4, c5); return undefined; }
    case 7: { const c0 = b[s], c1 = b[s + 1], c2 = b[s + 2], c3 = b[s + 3], c4 = b[s + 4], c5 = b[s + 5], c6 = b[s + 6]; if ((c0 | c1 | c2 | c3 | c4 | c5 | c6) < 128) return String.fromCharCode(c0, c1, c2, c3, c4, c5, c6); return undefined; }
    case 8: { const c0 = b[s], c1 = b[s + 1], c2 = b[s + 2], c3 = b[s + 3], c4 = b[s + 4], c5 = b[s + 5], c6 = b[s + 6], c7 = b[s + 7]; if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7) < 128) return String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7); return undefined; }
    case 9: { const c0 = b[s], c1 = b[s + 1], c2 = b[s + 2], c3 = b[s + 3], c4 = b[s + 4], c5 = b[s + 5], c6 = b[s + 6], c7 = b[s + 7], c8 = b[s + 8]; if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) < 128) return String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8); return undefined; }
    case 10: { const c0 = b[s], c1 = b[s + 1], c2 = b[s + 2], c3 = b[s + 3], c4 = b[s + 4], c5 = b[s + 5], c6 = b[s + 6], c7 = b[s + 7], c8 = b[s + 8], c9 = b[s + 9]; if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9) < 128) return String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9); return undefined; }
    case 11: { const c0 = b[s], c1 = b[s + 1], c2 = b[s + 2], c3 = b[s + 3], c4 = b[s + 4], c5 = b[s + 5], c6 = b[s + 6], c7 = b[s + 7], c8 = b[s + 8], c9 = b[s + 9], c10 = b[s + 10]; if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10) < 128) return String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10); return undefined; }
    case 12: { const c0 = b[s], c1 = b[s + 1], c2 = b[s + 2], c3 = b[s + 3], c4 = b[s + 4], c5 = b[s + 5], c6 = b[s + 6], c7 = b[s + 7], c8 = b[s + 8], c9 = b[s + 9], c10 = b[s + 10], c11 = b[s + 11]; if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10 | c11) < 128) return String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11); return undefined; }
    case 13: { const c0 = b[s], c1 = b[s + 1], c2 = b[s + 2], c3 = b[s + 3], c4 = b[s + 4], c5 = b[s + 5], c6 = b[s + 6], c7 = b[s + 7], c8 = b[s + 8], c9 = b[s + 9], c10 = b[s + 10], c11 = b[s + 11], c12 = b[s + 12]; if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10 | c11 | c12) < 128) return String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12); return undefined; }
    case 14: { const c0 = b[s], c1 = b[s + 1], c2 = b[s + 2], c3 = b[s + 3], c4 = b[s + 4], c5 = b[s + 5], c6 = b[s + 6], c7 = b[s + 7], c8 = b[s + 8], c9 = b[s + 9], c10 = b[s + 10], c11 = b[s + 11], c12 = b[s + 12], c13 = b[s + 13]; if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10 | c11 | c12 | c13) < 128) return String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13); return undefined; }
    case 15: { const c0 = b[s], c1 = b[s + 1], c2 = b[s + 2], c3 = b[s + 3], c4 = b[s + 4], c5 = b[s + 5], c6 = b[s + 6], c7 = b[s + 7], c8 = b[s + 8], c9 = b[s + 9], c10 = b[s + 10], c11 = b[s + 11], c12 = b[s + 12], c13 = b[s + 13], c14 = b[s + 14]; if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10 | c11 | c12 | c13 | c14) < 128) return String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14); return undefined; }
    case 16: { const c0 = b[s], c1 = b[s + 1], c2 = b[s + 2], c3 = b[s + 3], c4 = b[s + 4], c5 = b[s + 5], c6 = b[s + 6], c7 = b[s + 7], c8 = b[s + 8], c9 = b[s + 9], c10 = b[s + 10], c11 = b[s + 11], c12 = b[s + 12], c13 = b[s + 13], c14 = b[s + 14], c15 = b[s + 15]; if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10 | c11 | c12 | c13 | c14 | c15) < 128) return String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15); return undefined; }
  }
  return undefined;
}
// Every length read once now, so ascii's loads have type feedback in each case before TurboFan
// compiles it: a length first met after the compile (ids grow: trader-9, trader-10, …) threw the
// optimised code away and compiled it again — three compiles of this large function in a cold
// venue run (--trace-deopt: "insufficient type feedback for generic keyed access"), one now.
// Twelve times: V8 gives a function its feedback vector only after it has run 8 times its bytecode's
// size (--interrupt-budget-factor-for-feedback-allocation), ~150 calls of this one; 204 calls stay
// far below what makes TurboFan compile it here. A Buffer, as the simulator's frames are.
{ const z = Buffer.alloc(16, 97); for (let r = 0; r < 12; r++) for (let n = 0; n <= 16; n++) ascii(z, 0, n); }
`;

type Decoder = (bytes: Uint8Array) => object | undefined;

function build(): Built {
  const names = [...compilableTypes(DECODER_REPEATED)].sort();
  const source = [
    HELPERS,
    ...names.map((name) => `var C_${name} = C.${name};`),
    ...names.map(compileType),
    // One entry per type (not a shared closure), so each call site of d_T stays monomorphic.
    // A BAIL, or a reader exception (invalid UTF-8): undefined, and protobufjs decides.
    ...names.map(
      (name) =>
        `function D_${name}(bytes) { buf = bytes; P = 0; ${name === 'Envelope' ? 'TXS = -1; TXE = -1; ' : ''}` +
        `try { return d_${name}(bytes.length); } catch { ${name === 'Envelope' ? 'TXS = -1; TXE = -1; ' : ''}return undefined; } finally { buf = null; } }`,
    ),
    `return { decoders: { ${names.map((name) => `${name}: D_${name}`).join(', ')} }, txRange: () => (TXS < 0 ? undefined : [TXS, TXE]) };`,
  ].join('\n');
  const constructors = faultline.v1 as unknown as Record<string, unknown>;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiled once from our own schema
  return new Function('C', 'readStrict', source)(constructors, protobuf.util.utf8.readStrict) as Built;
}

interface Built {
  decoders: Record<string, Decoder>;
  txRange: () => [number, number] | undefined;
}

const { decoders, txRange } = build();

/**
 * Where the tx field's bytes lie in the frame of the Envelope the last fastDecode('Envelope', …)
 * returned, or undefined when it returned none or the envelope carries no tx. Read it right after
 * that call: the next decode replaces it.
 */
export function envelopeTxRange(): [number, number] | undefined {
  return txRange();
}

/**
 * The message protobufjs would decode from `bytes` as type `typeName`, when it is valid; undefined
 * when the caller should decode with protobufjs and validate (see the file comment).
 */
export function fastDecode(typeName: string, bytes: Uint8Array): object | undefined {
  const decoder = decoders[typeName];
  return decoder ? decoder(bytes) : undefined;
}

/** Message types the compiled decoder covers (for its tests). */
export function fastDecodedTypes(): readonly string[] {
  return Object.keys(decoders);
}
