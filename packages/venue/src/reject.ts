/**
 * The venue's rejection vocabulary: a closed set of codes, each with a free-text detail for
 * people. Programs branch on the code only (events carry it in `reason`, the detail beside it);
 * nothing anywhere parses a detail. A rejected transaction leaves the state exactly as it was.
 */
export const REJECT_CODES = [
  // envelope
  'malformed-tx',
  'missing-client-id',
  'nonce-must-be-positive',
  'duplicate-tx',
  'unknown-tx-kind',
  // accounts and transfers
  'missing-account-id',
  'unknown-account',
  'account-limit',
  'client-limit',
  'amount-not-positive',
  'amount-above-max',
  'value-limit',
  'insufficient-free-collateral',
  // order fields
  'unknown-market',
  'bad-side',
  'bad-order-type',
  'bad-time-in-force',
  'post-only-market-order',
  'size-not-positive',
  'size-above-max',
  'size-off-lot',
  'price-not-positive',
  'price-above-max',
  'price-off-tick',
  'reduce-only-would-increase',
  'duplicate-client-order-id',
  'quote-crossed',
  // market state and resource limits
  'market-not-open',
  'market-halted',
  'auction-in-progress',
  'no-mark-price',
  'too-many-open-orders',
  'book-full',
  'position-limit',
  // margin (docs/venue.md, "Margin model")
  'insufficient-margin',
  // matching
  'post-only-would-cross',
  'fok-unfillable',
  // cancels
  'cancel-needs-order-id-or-client-order-id',
  'unknown-order',
  // oracle reports
  'unknown-oracle',
  'bad-signature',
  'report-from-future',
  'report-too-old',
  'report-older-than-previous',
  'report-seq-not-increasing',
  'deviation-guard',
] as const;

export type RejectCode = (typeof REJECT_CODES)[number];

const CODES: ReadonlySet<string> = new Set(REJECT_CODES);

export function isRejectCode(value: string): value is RejectCode {
  return CODES.has(value);
}

/** A rejected transaction: the code and detail travel in a TxRejected event. */
export class TxRejection extends Error {
  override readonly name = 'TxRejection';
  constructor(
    readonly code: RejectCode,
    readonly detail: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export function reject(code: RejectCode, detail = ''): never {
  throw new TxRejection(code, detail);
}
