/** A hash's hex for the monitors, printed from a view of its bytes (Buffer.from(bytes) would copy them into Node's pool first); unset reads as ''. */
export function hexOf(bytes: Uint8Array | null | undefined): string {
  return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex') : '';
}
