/**
 * The height a CommittedBlock envelope frame carries, read from its bytes without decoding it.
 *
 * The execution node receives every committed height four times (each validator publishes its
 * block message) and keeps the first copy that verifies; a copy of a height it has applied or
 * holds is dropped unread. Reading the height here lets a live host drop such a copy before
 * decoding it (its txs and certificate: ~6 µs a copy of a 100-order block, the cost growing with
 * the block).
 *
 * The answer is exact or absent: a number only when the frame's layout leaves no doubt what the
 * decoder would make of it — the envelope's fields 1–5 and one `committed_block` (no other body,
 * no unknown field), holding one `block` (and at most a certificate), holding one `header`
 * (with txs and a last commit), holding one `height` as a varint (below 2^53) among the header's
 * known fields. Then a frame that decodes has exactly this height in `committedBlock.block.header`
 * (protobuf merges a repeated message field and keeps a repeated scalar's last value: those
 * layouts answer undefined). Anything else — another body, a repeated or missing field, a wire
 * type the schema does not give the field, a group, a truncated length or varint — answers
 * undefined, and the frame is decoded and judged as any other. The frame itself is not validated:
 * a frame with this layout may still fail to decode (bad UTF-8 in a string, say); whoever drops
 * a frame by its height drops it as the decoded copy would have been dropped, undecoded.
 */

/** envelope.proto / consensus.proto field numbers. */
const ENVELOPE_COMMITTED_BLOCK = 23;
const ENVELOPE_HEADER_FIELDS_MAX = 5; // run_id, sender, seq, lamport, sent_at_us
const COMMITTED_BLOCK_BLOCK = 1;
const COMMITTED_BLOCK_CERTIFICATE = 2;
const BLOCK_HEADER = 1;
const BLOCK_FIELDS_MAX = 3; // header, txs, last_commit
const HEADER_HEIGHT = 1;
const HEADER_FIELDS_MAX = 8; // height … last_commit_hash

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_BYTES = 2;
const WIRE_FIXED32 = 5;

/** The reader's position after the last read; -1 once a read failed. */
let at = 0;

/** Reads a varint at `at` (below `end`), at most 7 bytes (< 2^49, exact as a number); -1 when it is not one. */
function varint(frame: Uint8Array, end: number): number {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 7 && at < end; i++) {
    const byte = frame[at++] as number;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 0x80;
  }
  at = -1;
  return -1;
}

/** Skips a field's value of this wire type from `at`; false when it does not fit below `end`. */
function skip(frame: Uint8Array, wireType: number, end: number): boolean {
  if (wireType === WIRE_VARINT) {
    // Up to 10 bytes (a negative int64): skip to the byte without its continuation bit.
    for (let i = 0; i < 10 && at < end; i++) if ((frame[at++] as number) < 0x80) return true;
    return false;
  }
  if (wireType === WIRE_FIXED64) at += 8;
  else if (wireType === WIRE_FIXED32) at += 4;
  else if (wireType === WIRE_BYTES) {
    const length = varint(frame, end);
    if (length < 0) return false;
    at += length;
  } else return false; // groups (3, 4) and the unused 6, 7
  return at <= end;
}

/**
 * The one occurrence of length-delimited field `wanted` among fields 1..`fieldsMax` in
 * frame[start, end): its value's [start, end) in `found`, or false when the field is absent,
 * repeated or of another wire type, another field is outside 1..fieldsMax, or the bytes do not
 * parse.
 */
function onlyField(frame: Uint8Array, start: number, end: number, wanted: number, fieldsMax: number, found: number[]): boolean {
  let count = 0;
  at = start;
  while (at < end) {
    const tag = varint(frame, end);
    if (tag < 0) return false;
    const field = Math.floor(tag / 8);
    const wireType = tag % 8;
    if (field < 1 || field > fieldsMax) return false;
    if (field === wanted) {
      if (wireType !== WIRE_BYTES) return false;
      const length = varint(frame, end);
      if (length < 0 || at + length > end) return false;
      found[0] = at;
      found[1] = at + length;
      at += length;
      count++;
      continue;
    }
    if (!skip(frame, wireType, end)) return false;
  }
  return count === 1 && at === end;
}

const range = [0, 0];

/**
 * The `committedBlock.block.header.height` of an envelope frame, when its layout is the plain one
 * described above; undefined otherwise (decode the frame to know).
 */
export function committedBlockFrameHeight(frame: Uint8Array): number | undefined {
  // The envelope: fields 1–5 and committed_block, once.
  if (!onlyBody(frame)) return undefined;
  // The committed block: block (once) and a certificate.
  if (!onlyField(frame, range[0] as number, range[1] as number, COMMITTED_BLOCK_BLOCK, COMMITTED_BLOCK_CERTIFICATE, range)) return undefined;
  // The block: header (once), txs, last commit.
  if (!onlyField(frame, range[0] as number, range[1] as number, BLOCK_HEADER, BLOCK_FIELDS_MAX, range)) return undefined;
  return headerHeight(frame, range[0] as number, range[1] as number);
}

/** Is the envelope's body committed_block, once, with no other field than 1–5 beside it? Its value in `range`. */
function onlyBody(frame: Uint8Array): boolean {
  let count = 0;
  at = 0;
  const end = frame.length;
  while (at < end) {
    const tag = varint(frame, end);
    if (tag < 0) return false;
    const field = Math.floor(tag / 8);
    const wireType = tag % 8;
    if (field === ENVELOPE_COMMITTED_BLOCK && wireType === WIRE_BYTES) {
      const length = varint(frame, end);
      if (length < 0 || at + length > end) return false;
      range[0] = at;
      range[1] = at + length;
      at += length;
      count++;
      continue;
    }
    if (field < 1 || field > ENVELOPE_HEADER_FIELDS_MAX || !skip(frame, wireType, end)) return false;
  }
  return count === 1 && at === end;
}

/** The header's height: field 1, once, a varint; the header's other fields known (2–8). */
function headerHeight(frame: Uint8Array, start: number, end: number): number | undefined {
  let height: number | undefined;
  at = start;
  while (at < end) {
    const tag = varint(frame, end);
    if (tag < 0) return undefined;
    const field = Math.floor(tag / 8);
    const wireType = tag % 8;
    if (field < 1 || field > HEADER_FIELDS_MAX) return undefined;
    if (field === HEADER_HEIGHT) {
      if (wireType !== WIRE_VARINT || height !== undefined) return undefined;
      height = varint(frame, end);
      if (height < 0) return undefined;
      continue;
    }
    if (!skip(frame, wireType, end)) return undefined;
  }
  return at === end ? height : undefined;
}
