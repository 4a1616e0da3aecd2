/**
 * A copy of the bytes, whatever their class. A Node Buffer's `slice()` is a view of the same
 * memory (protobufjs's writer returns Buffers in Node), so a log that keeps `entry.slice()` keeps
 * the caller's memory: a caller reusing it, or an incarnation changing what it recovered, would
 * change what was "written".
 */
export function copyBytes(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}
