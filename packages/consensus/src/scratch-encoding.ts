/**
 * A message's encoding for a caller that reads it at once and keeps nothing of it: a hash of a
 * header or a certificate, the sign bytes a signature is made over and checked against — the
 * consensus core's own scratch encoder (protocol's scratchEncoder), a view valid until the next
 * scratch encoding. encodeMessage copied each out of the codec's scratch into a fresh Buffer, cut
 * from an 8 KB pool that ran out every few heights (~4 % of an empty-block run between the copies
 * and the new pools; BENCHMARKS.md "Session 33 sim"). The bytes are encodeMessage's.
 *
 * A caller that keeps the bytes (a message signed on another thread: its job reads them later)
 * takes encodeMessage's copy instead.
 */
import { scratchEncoder } from '@faultline/protocol';

/** `message`'s encoding as a view of the scratch: read it before the next call, keep nothing of it. */
export const scratchEncoding = scratchEncoder<'BlockHeader' | 'CommitCertificate' | 'Vote' | 'Proposal'>();
