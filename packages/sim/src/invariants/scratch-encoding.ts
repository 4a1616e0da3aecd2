/**
 * The monitors' scratch encoding: a message's bytes as a view of the monitors' own scratch buffer
 * (protocol's scratchEncoder), valid until the next call, for a check that reads them at once (a
 * header hashed, a precommit's sign bytes checked) — not a fresh Buffer each, cut from Node's 8 KB
 * pool. The bytes are the protocol's encoding, never the consensus package's code: a monitor stays
 * independent of what it judges, and its scratch is not the consensus core's.
 */
import { scratchEncoder } from '@faultline/protocol';

/** `message`'s encoding as a view of the scratch: read it before the next call, keep nothing of it. */
export const scratchEncoding = scratchEncoder<'BlockHeader' | 'Vote'>();
