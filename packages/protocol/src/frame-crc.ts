/**
 * CRC-32 (IEEE 802.3, zlib's `crc32`) of a log frame's payload, as the reader checks every frame.
 * node:zlib's crc32 costs ~0.35-0.6 µs a call before it reads a byte (its argument checks and the
 * call into C++), and most frames of a log hold one venue event (~100 bytes): replaying the
 * 1M-event log spent ~3 % of its main thread there. A slice-by-8 table walk in JavaScript checks
 * such a payload in ~0.1-0.15 µs. It is slower per byte than zlib (~1.2 against ~0.5 ns), which
 * costs the few large frames (the blocks, ~a quarter of a log's bytes) ~20 ms on that log: one
 * path for every frame.
 */

/** TABLES[t * 256 + b]: the CRC of byte b followed by t zero bytes (slice-by-8). */
const TABLES = new Int32Array(8 * 256);
for (const i of TABLES.keys()) {
  if (i < 256) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    TABLES[i] = c;
  } else {
    // Table t from table t - 1: one more zero byte.
    const previous = TABLES[i - 256] as number;
    TABLES[i] = (previous >>> 8) ^ (TABLES[previous & 0xff] as number);
  }
}

/**
 * The CRC-32 of `bytes[start, end)` (an unsigned 32-bit integer, as zlib's crc32 returns it): the
 * reader checks a frame's payload where it lies in its view of the log, without a view per frame.
 */
export function frameCrc(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const T = TABLES;
  // The bytes in whole 8-byte steps, then the rest one at a time.
  const whole = end - ((end - start) % 8);
  let c = -1;
  for (let i = start; i < whole; i += 8) {
    const word = c ^ ((bytes[i] as number) | ((bytes[i + 1] as number) << 8) | ((bytes[i + 2] as number) << 16) | ((bytes[i + 3] as number) << 24));
    c =
      (T[1792 + (word & 0xff)] as number) ^
      (T[1536 + ((word >>> 8) & 0xff)] as number) ^
      (T[1280 + ((word >>> 16) & 0xff)] as number) ^
      (T[1024 + (word >>> 24)] as number) ^
      (T[768 + (bytes[i + 4] as number)] as number) ^
      (T[512 + (bytes[i + 5] as number)] as number) ^
      (T[256 + (bytes[i + 6] as number)] as number) ^
      (T[bytes[i + 7] as number] as number);
  }
  for (let i = whole; i < end; i++) c = (T[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
