/**
 * The monitors' scratch encoding: a message's bytes as a view of one buffer of this module, valid
 * until the next call, for a check that reads them at once (a header hashed, a precommit's sign
 * bytes checked) — not a fresh Buffer each, cut from Node's 8 KB pool. The bytes are the
 * protocol's encoding (encodeMessageInto), never the consensus package's code: a monitor stays
 * independent of what it judges.
 */
import { encodeMessageInto, type ByteSink, type faultline } from '@faultline/protocol';

type Messages = typeof faultline.v1;

const sink: ByteSink = { bytes: Buffer.allocUnsafe(4096), length: 0 };
/** Views of the sink's first n bytes, per n, of the buffer `viewsOf` (replaced when a message does not fit). */
let views: Uint8Array[] = [];
let viewsOf: Buffer = sink.bytes;

/** `message`'s encoding as a view of the scratch: read it before the next call, keep nothing of it. */
export function scratchEncoding<K extends 'BlockHeader' | 'Vote'>(typeName: K, message: Parameters<Messages[K]['encode']>[0]): Uint8Array {
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
