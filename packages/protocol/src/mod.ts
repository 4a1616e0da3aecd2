export { pb, bodyName, ENVELOPE_BODY_NAMES } from './wire.ts';
export type {
  Envelope,
  EnvelopeBody,
  EnvelopeBodyName,
  Transaction,
  TransactionBodyName,
  FaultCommand,
  Vote,
  Proposal,
  Block,
  BlockHeader,
  CommittedBlock,
  CommitCertificate,
  VenueEvent,
  LogHeader,
  LogRecord,
  faultline,
} from './wire.ts';
export { DecodeError, type DecodeErrorKind, type DecodeResult } from './decode-error.ts';
export { encodeEnvelope, decodeEnvelope, encodeMessage, encodeMessageInto, scratchEncoder, decodeMessage, receivedTxBytes, FRAME_BYTES_MAX, type ByteSink, type ScratchEncoding } from './codec.ts';
export { ed25519Backend, ed25519Sign, sodiumAddonPath, type Ed25519Backend } from './ed25519.ts';
export { deriveKeyPair, keyPairFromSeed, publicKeyFromRaw, publicKeyOfPrivate, rememberOwnSignature, rememberOwnSignatures, rememberVerification, sharingVerifications, signBytes, verifyBytes, type DeferredSignature, type Signer, type SigningKeyPair } from './signing.ts';
export { TwoGenerationMap } from './two-generation-map.ts';
export { objectArray } from './object-array.ts';
export {
  EVENT_LOG_MAGIC,
  EVENT_LOG_FORMAT_VERSION,
  EVENT_LOG_RECORD_BYTES_MAX,
  encodeFrame,
  encodeLogHeader,
  encodeLogRecord,
  logRecordEventBytes,
  readEventLog,
  scanEventLog,
  type LogBytes,
  type LogScan,
  type ScanOptions,
  type LogReadProblem,
  type LogReadResult,
} from './event-log.ts';
