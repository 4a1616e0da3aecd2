/**
 * The generated protobuf types are the wire types. Domain packages may define their own
 * types and convert at their edge; everything on a NATS subject or a simulated link is one of these.
 */
import { faultline } from './generated/faultline.js';
import { envelopeBodyNames } from './validate.ts';

export const pb = faultline.v1;
export type { faultline };

export type Envelope = faultline.v1.IEnvelope;
export type EnvelopeBodyName = NonNullable<faultline.v1.Envelope['body']>;
/** An envelope body: exactly one field of the `body` oneof. */
export type EnvelopeBody = { [K in EnvelopeBodyName]: { [P in K]: NonNullable<faultline.v1.IEnvelope[P]> } }[EnvelopeBodyName];

export type Transaction = faultline.v1.ITransaction;
export type TransactionBodyName = NonNullable<faultline.v1.Transaction['body']>;
export type FaultCommand = faultline.v1.IFaultCommand;
export type Vote = faultline.v1.IVote;
export type Proposal = faultline.v1.IProposal;
export type Block = faultline.v1.IBlock;
export type BlockHeader = faultline.v1.IBlockHeader;
export type CommittedBlock = faultline.v1.ICommittedBlock;
export type CommitCertificate = faultline.v1.ICommitCertificate;
export type VenueEvent = faultline.v1.IVenueEvent;
export type LogHeader = faultline.v1.ILogHeader;
export type LogRecord = faultline.v1.ILogRecord;

/** The name of the body set in an envelope, or undefined when none is. */
export function bodyName(envelope: Envelope): EnvelopeBodyName | undefined {
  return (envelope as faultline.v1.Envelope).body ?? findBody(envelope);
}

function findBody(envelope: Envelope): EnvelopeBodyName | undefined {
  // Plain objects (not decoded instances) have no `body` getter: find the set field.
  for (const name of ENVELOPE_BODY_NAMES) {
    if ((envelope as Record<string, unknown>)[name] != null) return name;
  }
  return undefined;
}

export const ENVELOPE_BODY_NAMES = envelopeBodyNames() as readonly EnvelopeBodyName[];
