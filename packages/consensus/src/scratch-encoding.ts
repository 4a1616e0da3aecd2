/**
 * A message's encoding for a caller that reads it at once and keeps nothing of it: a hash of a
 * header or a certificate, the sign bytes a signature is made over and checked against. Written
 * into one scratch buffer of this module and handed out as a view of it, valid until the next
 * scratch encoding: encodeMessage copied each out of the codec's scratch into a fresh Buffer, cut
 * from an 8 KB pool that ran out every few heights (~4 % of an empty-block run between the copies
 * and the new pools; BENCHMARKS.md "Session 33 sim"). The bytes are encodeMessage's.
 *
 * A caller that keeps the bytes (a message signed on another thread: its job reads them later)
 * takes encodeMessage's copy instead.
 */
import { encodeMessageInto, type ByteSink, type faultline } from '@faultline/protocol';

type Messages = typeof faultline.v1;
type Encodable = 'BlockHeader' | 'CommitCertificate' | 'Vote' | 'Proposal';

const sink: ByteSink = { bytes: Buffer.allocUnsafe(4096), length: 0 };
/** Views of the sink's first n bytes, per n (a view is made once per length, not per encoding). */
let views: Uint8Array[] = [];
/** The sink's buffer the views are of (it is replaced when a message does not fit). */
let viewsOf: Buffer = sink.bytes;

/** `message`'s encoding as a view of the scratch: read it before the next call, keep nothing of it. */
export function scratchEncoding<K extends Encodable>(typeName: K, message: Parameters<Messages[K]['encode']>[0]): Uint8Array {
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
}
