/**
 * Certificates valid: every committed block an honest validator publishes carries a commit
 * certificate for it — precommits for its header's hash at its height and the certificate's
 * round, from distinct members of the run's validator set, each signature valid under that
 * member's key, more than two thirds of the voting power (equal power: count * 3 > n * 2) — and
 * its txs hash to its header. Recomputed here from the protocol's definitions (a vote signs its
 * canonical encoding with the signature empty; a block's hash is the SHA-256 of its encoded
 * header; the txs hash is SHA-256 over each tx's 4-byte big-endian length and bytes), never with
 * the consensus package's verifier: a validator that takes a forged block (planted
 * `skip-cert-verify` against a `forge-sync` peer) publishes it, and every honest validator taking
 * it alike would pass agreement. Replay judges the same of a log's blocks.
 */
import { createHash, hash, type KeyObject } from 'node:crypto';
import { objectArray, pb, publicKeyFromRaw, TwoGenerationMap, verifyBytes, type faultline } from '@faultline/protocol';
import { BaseMonitor, type PublishedMessage } from './monitor.ts';
import { scratchEncoding } from './scratch-encoding.ts';

type Vote = faultline.v1.IVote;

// The memos' entries and lists are made by `new` and Array.of, not by literals: they outlive a few
// scavenges, and V8 then decides to allocate a literal's objects in the old generation and throws
// away the optimized code that inlined the literal — problem() (~20 ms of TurboFan) was compiled a
// second time in every cold run for that alone (BENCHMARKS.md, "Session 35 sim"). Instances of a
// class and Array.of's arrays carry no such allocation site. Their fields are `declare`d and assigned in
// the constructor: a class field (ES2022) would first be defined as undefined by an initializer.

/**
 * A precommit whose signature was verified, as copies of every field its signed bytes hold (a
 * vote signs its encoding with the signature empty), for recognising it in the certificates the
 * other validators publish (each honest validator publishes every height's, each with its own
 * 2f+1 precommits, mostly the same votes). A precommit equal in all of them and in its signature
 * verifies the same, so it is not encoded and checked again; anything else — another object is
 * fine, but one field or one signature byte different, or unknown fields — is verified afresh.
 * Copies, not references: a validator changing a published object must not change what was
 * verified. Every other check runs on every certificate.
 */
class VerifiedVote {
  declare readonly type: unknown;
  declare readonly height: unknown;
  declare readonly round: unknown;
  declare readonly validatorId: unknown;
  declare readonly timestampUs: unknown;
  declare readonly blockHash: Uint8Array | null | undefined;
  declare readonly signature: Uint8Array;

  constructor(vote: Vote, signature: Uint8Array) {
    this.type = vote.type;
    this.height = vote.height;
    this.round = vote.round;
    this.validatorId = vote.validatorId;
    this.timestampUs = vote.timestampUs;
    this.blockHash = copyOf(vote.blockHash);
    this.signature = new Uint8Array(signature);
  }
}

type Header = faultline.v1.IBlockHeader;

/** A header hashed: a copy of every field its encoding holds, and the SHA-256 of that encoding. */
class HashedHeader {
  declare readonly height: unknown;
  declare readonly round: unknown;
  declare readonly proposerId: unknown;
  declare readonly prevBlockHash: Uint8Array | null | undefined;
  declare readonly timeUs: unknown;
  declare readonly txsHash: Uint8Array | null | undefined;
  declare readonly txCount: unknown;
  declare readonly lastCommitHash: Uint8Array | null | undefined;

  declare readonly hash: Uint8Array;

  constructor(header: Header, hash: Uint8Array) {
    this.hash = hash;
    this.height = header.height;
    this.round = header.round;
    this.proposerId = header.proposerId;
    this.prevBlockHash = copyOf(header.prevBlockHash);
    this.timeUs = header.timeUs;
    this.txsHash = copyOf(header.txsHash);
    this.txCount = header.txCount;
    this.lastCommitHash = copyOf(header.lastCommitHash);
  }
}

function sameHeader(was: HashedHeader, header: Header): boolean {
  return (
    sameValue(was.height, header.height) &&
    sameValue(was.round, header.round) &&
    sameValue(was.proposerId, header.proposerId) &&
    sameValue(was.timeUs, header.timeUs) &&
    sameValue(was.txCount, header.txCount) &&
    sameOptionalBytes(was.prevBlockHash, header.prevBlockHash) &&
    sameOptionalBytes(was.txsHash, header.txsHash) &&
    sameOptionalBytes(was.lastCommitHash, header.lastCommitHash)
  );
}

function copyOf(bytes: Uint8Array | null | undefined): Uint8Array | null | undefined {
  return bytes == null ? bytes : new Uint8Array(bytes);
}

/**
 * Bounds on the memos below, as generations of a TwoGenerationMap (they only save work: a miss is
 * the check done afresh). Each honest validator publishes a height's committed block within a few
 * heights of the others, so a few dozen heights hold every repeat; larger, the entries outlived
 * the young generation and were copied by every scavenge (BENCHMARKS.md, "Session 31 sim").
 */
const VERIFIED_VOTES_GENERATION_MAX = 64;
const HEADERS_GENERATION_MAX = 16;
const TXS_HEIGHTS_MAX = 8;

export class CertificatesValidMonitor extends BaseMonitor {
  readonly name = 'certificates-valid';
  readonly kind = 'safety' as const;
  readonly description = 'every committed block carries precommits of more than two thirds of the validator set, validly signed, for its hash at its height, and its txs hash to its header';
  private readonly keys = new Map<string, KeyObject>();
  /** Precommits verified, by the first 32 bits of their signature (VerifiedVote). */
  private readonly verified = new TwoGenerationMap<number, VerifiedVote[]>();
  /** Headers hashed, by height: a copy of each one's fields and its SHA-256 (HashedHeader). */
  private readonly headers = new TwoGenerationMap<number, HashedHeader[]>();
  /** Txs that hashed to a header's txs hash, by height (copies; the latest TXS_HEIGHTS_MAX heights). */
  private readonly txsSeen = new Map<number, Array<{ txsHash: Uint8Array; txs: Uint8Array[] }>>();
  private readonly reported = new Set<string>();
  /** problem()'s list of a certificate's distinct signers, reused (emptied at each certificate). */
  private readonly signers: string[] = objectArray();

  constructor(validators: ReadonlyArray<{ id: string; publicKeyRaw: Uint8Array }>) {
    super();
    for (const v of validators) this.keys.set(v.id, publicKeyFromRaw(v.publicKeyRaw));
  }

  observe(message: PublishedMessage): void {
    const committed = message.envelope.committedBlock;
    if (!committed) return;
    const height = Number(committed.block?.header?.height ?? 0);
    const problem = this.problem(committed, height);
    if (problem === undefined) return;
    const key = `${message.from}/${height}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.violate({ timeUs: message.timeUs, height, detail: `${message.from} committed block ${height}: ${problem}`, involved: [message.from] });
  }

  private problem(committed: faultline.v1.ICommittedBlock, height: number): string | undefined {
    const header = committed.block?.header;
    const certificate = committed.certificate;
    if (!header) return 'no header';
    if (!certificate) return 'no certificate';
    const headerHash = this.headerHash(height, header);
    if (Number(certificate.height ?? 0) !== height) return `certificate for height ${certificate.height}`;
    if (!sameBytes(certificate.blockHash, headerHash)) return 'certificate for another block hash than its header’s';
    const txs = committed.block?.txs ?? [];
    if (!this.txsHashedBefore(height, header.txsHash, txs)) {
      if (!sameBytes(txsHashOf(txs), header.txsHash)) return 'txs do not hash to the header';
      this.rememberTxs(height, header.txsHash, txs);
    }
    const round = Number(certificate.round ?? 0);
    const precommits = certificate.precommits ?? [];
    // The distinct signers so far (at most the validator set: a short array, not a Set per certificate).
    const signers = this.signers;
    signers.length = 0;
    for (const vote of precommits) {
      const who = vote.validatorId ?? '';
      if (vote.type !== pb.VoteType.VOTE_TYPE_PRECOMMIT) return `a vote of ${who} is not a precommit`;
      if (Number(vote.height ?? 0) !== height || Number(vote.round ?? 0) !== round) return `${who}'s precommit is for ${vote.height}/${vote.round}, not ${height}/${round}`;
      if (!sameBytes(vote.blockHash, certificate.blockHash)) return `${who}'s precommit is for another block`;
      const key = this.keys.get(who);
      if (!key) return `a precommit of ${who}, not in the validator set`;
      if (signers.includes(who)) return `${who} counted twice`;
      if (!this.verifiedBefore(vote)) {
        const signature = vote.signature ?? EMPTY;
        if (!verifyBytes(key, scratchEncoding('Vote', unsigned(vote)), signature)) return `${who}'s precommit signature does not verify`;
        this.rememberVerified(vote, signature);
      }
      signers.push(who);
    }
    if (signers.length * 3 <= this.keys.size * 2) return `${signers.length} of ${this.keys.size} validators signed, not more than two thirds`;
    return undefined;
  }

  /**
   * The SHA-256 of a header's encoding. A header equal, field by field, to one hashed at this
   * height (a copy of every field its encoding holds: the same numbers, strings and bytes, no
   * unknown fields) has the same encoding, so its hash: the four validators' committed blocks of a
   * height carry one or two header objects, each encoded and hashed once instead of four times.
   * Anything else is encoded and hashed afresh.
   */
  private headerHash(height: number, header: Header): Uint8Array {
    const seen = this.headers.get(height);
    if (!('$unknowns' in header)) for (const was of seen ?? []) if (sameHeader(was, header)) return was.hash;
    const digest = new Uint8Array(hash('sha256', scratchEncoding('BlockHeader', header), 'buffer'));
    if ('$unknowns' in header) return digest;
    const entry = new HashedHeader(header, digest);
    if (seen) seen.push(entry);
    else this.headers.set(height, Array.of(entry), HEADERS_GENERATION_MAX);
    return digest;
  }

  /**
   * Were these txs, byte for byte, hashed to this txs hash at this height before? Each validator's
   * committed block of a height carries the same txs (mostly other objects): their bytes are
   * compared with a copy of those that hashed to the header, instead of hashed again.
   */
  private txsHashedBefore(height: number, txsHash: Uint8Array | null | undefined, txs: readonly Uint8Array[]): boolean {
    if (txs.length === 0) return false;
    for (const was of this.txsSeen.get(height) ?? []) if (sameBytes(was.txsHash, txsHash) && sameTxs(was.txs, txs)) return true;
    return false;
  }

  private rememberTxs(height: number, txsHash: Uint8Array | null | undefined, txs: readonly Uint8Array[]): void {
    if (txs.length === 0) return;
    // Only the latest heights: a run's blocks may be large.
    if (this.txsSeen.size >= TXS_HEIGHTS_MAX && !this.txsSeen.has(height)) this.txsSeen.delete(this.txsSeen.keys().next().value as number);
    const entry = { txsHash: new Uint8Array(txsHash ?? EMPTY), txs: txs.map((tx) => new Uint8Array(tx)) };
    const list = this.txsSeen.get(height);
    if (list) list.push(entry);
    else this.txsSeen.set(height, [entry]);
  }

  private verifiedBefore(vote: Vote): boolean {
    const signature = vote.signature;
    if (!signature || signature.length < 4 || '$unknowns' in vote) return false;
    for (const was of this.verified.get(slotOf(signature)) ?? []) {
      if (sameBytes(was.signature, signature) && sameValue(was.type, vote.type) && sameValue(was.height, vote.height) && sameValue(was.round, vote.round) && sameValue(was.validatorId, vote.validatorId) && sameValue(was.timestampUs, vote.timestampUs) && sameOptionalBytes(was.blockHash, vote.blockHash)) return true;
    }
    return false;
  }

  private rememberVerified(vote: Vote, signature: Uint8Array): void {
    if (signature.length < 4 || '$unknowns' in vote) return;
    const entry = new VerifiedVote(vote, signature);
    const slot = slotOf(signature);
    const list = this.verified.get(slot);
    if (list) list.push(entry);
    else this.verified.set(slot, Array.of(entry), VERIFIED_VOTES_GENERATION_MAX);
  }
}

/**
 * The bytes a vote's signature signs, as the protocol defines them: the vote encoded with its
 * signature empty. Every field the encoding reads but the signature, copied into a fresh object of
 * one shape (a spread copied whatever else the object held, to be ignored by the encoder).
 */
function unsigned(vote: Vote): Vote {
  const copy: Vote & { $unknowns?: Uint8Array[] | undefined } = { type: vote.type, height: vote.height, round: vote.round, blockHash: vote.blockHash, validatorId: vote.validatorId, timestampUs: vote.timestampUs, signature: EMPTY };
  if ('$unknowns' in vote) copy.$unknowns = (vote as { $unknowns?: Uint8Array[] }).$unknowns;
  return copy;
}

function slotOf(signature: Uint8Array): number {
  return (signature[0]! | (signature[1]! << 8) | (signature[2]! << 16) | (signature[3]! << 24)) >>> 0;
}

/** Equal as the signed bytes read them: the same number or string, or a 64-bit value (a Long) with the same decimal digits. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && String(a) === String(b);
}

function sameOptionalBytes(a: Uint8Array | null | undefined, b: Uint8Array | null | undefined): boolean {
  if (a == null || b == null) return a === b;
  return sameBytes(a, b);
}

/** Byte equality, an absent value as empty (as hex comparison read them). */
function sameBytes(a: Uint8Array | null | undefined, b: Uint8Array | null | undefined): boolean {
  const x = a ?? EMPTY;
  const y = b ?? EMPTY;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

const EMPTY = new Uint8Array(0);

function sameTxs(a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameBytes(a[i], b[i])) return false;
  return true;
}

/** SHA-256 over each tx as its 4-byte big-endian length and its bytes (the header's txs_hash). */
function txsHashOf(txs: readonly Uint8Array[]): Uint8Array {
  if (txs.length === 0) return EMPTY_TXS_HASH;
  const hash = createHash('sha256');
  const length = Buffer.alloc(4);
  for (const tx of txs) {
    length.writeUInt32BE(tx.length);
    hash.update(length).update(tx);
  }
  return new Uint8Array(hash.digest());
}

/** No txs: the SHA-256 of nothing (computed here, not taken from the consensus package). */
const EMPTY_TXS_HASH = new Uint8Array(createHash('sha256').digest());
