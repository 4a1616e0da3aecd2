/**
 * Why a frame could not be decoded. Callers switch on `kind`; `path` names the field
 * (e.g. `body.tx.placeOrder.priceTicks`) and `offset` the byte position where known.
 */
export type DecodeErrorKind =
  | 'oversized' // frame longer than the limit for its kind
  | 'truncated' // the bytes end inside a field
  | 'malformed' // invalid wire type, bad varint, bad UTF-8 or similar
  | 'unknown-body' // a oneof body this build does not know (or none at all)
  | 'out-of-range' // an integer that is not a safe JS integer or an enum value not in the schema
  | 'missing-field'; // a field the protocol requires is absent

export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  readonly kind: DecodeErrorKind;
  readonly path: string;
  readonly offset: number | undefined;

  constructor(options: { kind: DecodeErrorKind; message: string; path?: string; offset?: number; cause?: unknown }) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = options.kind;
    this.path = options.path ?? '';
    this.offset = options.offset;
  }

  /** Maps a protobufjs reader exception to a typed error. */
  static fromReaderError(error: unknown, typeName: string): DecodeError {
    const text = error instanceof Error ? error.message : String(error);
    // protobufjs reports reads past the end as "index out of range: <pos> + <n> > <len>".
    const truncated = /index out of range(?:: (\d+))?/.exec(text);
    if (truncated) {
      return new DecodeError({
        kind: 'truncated',
        message: `${typeName}: frame ends inside a field (${text})`,
        offset: truncated[1] === undefined ? undefined : Number(truncated[1]),
        cause: error,
      });
    }
    return new DecodeError({ kind: 'malformed', message: `${typeName}: ${text}`, cause: error });
  }
}

export type DecodeResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DecodeError };
