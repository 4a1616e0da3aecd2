/**
 * Assertions at state changes (TigerBeetle's manner): a failure is a bug in the engine, found in
 * tests — never a reaction to input, which is a rejection with a RejectCode instead.
 */
export class VenueAssertionError extends Error {
  override readonly name = 'VenueAssertionError';
}

export function assert(condition: boolean, message: string | (() => string)): asserts condition {
  if (!condition) throw new VenueAssertionError(typeof message === 'string' ? message : message());
}
