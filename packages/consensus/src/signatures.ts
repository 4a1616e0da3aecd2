/**
 * Signing and verifying votes and proposals. A validator signs the canonical encoding of the
 * message with `signature` (and a proposal's `block`) empty. Verified signatures are cached, so a
 * vote seen again (gossip, certificates, sync) costs a lookup and a byte comparison.
 */
import { encodeMessage, publicKeyOfPrivate, sharingVerifications, signBytes, TwoGenerationMap, verifyBytes, type DeferredSignature, type faultline, type Signer } from '@faultline/protocol';
import type { KeyObject } from 'node:crypto';
import { scratchEncoding } from './scratch-encoding.ts';
import type { ValidatorSet } from './validator-set.ts';

type Vote = faultline.v1.IVote;
type Proposal = faultline.v1.IProposal;

/**
 * The vote's signed fields as a fresh object of one shape (a spread of a decoded vote was 2 % of a
 * consensus run): the encoder reads the schema's fields and `$unknowns` only, so it writes the
 * same bytes as for the vote with its signature emptied.
 */
export function voteSignBytes(vote: Vote): Uint8Array {
  return encodeMessage('Vote', voteSignedFields(vote));
}

export function proposalSignBytes(proposal: Proposal): Uint8Array {
  return encodeMessage('Proposal', proposalSignedFields(proposal));
}

/** voteSignBytes as a view of the scratch encoding (scratch-encoding.ts): for a signature made or checked at once. */
function voteSignBytesNow(vote: Vote): Uint8Array {
  return scratchEncoding('Vote', voteSignedFields(vote));
}

/** proposalSignBytes as a view of the scratch encoding: for a signature made or checked at once. */
function proposalSignBytesNow(proposal: Proposal): Uint8Array {
  return scratchEncoding('Proposal', proposalSignedFields(proposal));
}

function voteSignedFields(vote: Vote): Vote {
  const signed: Record<string, unknown> = { type: vote.type, height: vote.height, round: vote.round, blockHash: vote.blockHash, validatorId: vote.validatorId, timestampUs: vote.timestampUs };
  const unknowns = (vote as { $unknowns?: unknown }).$unknowns;
  if (unknowns !== undefined) signed['$unknowns'] = unknowns;
  return signed as Vote;
}

function proposalSignedFields(proposal: Proposal): Proposal {
  const unsigned = copyOf(proposal);
  unsigned.block = null;
  unsigned.signature = new Uint8Array(0);
  return unsigned;
}

/**
 * `{ ...message }`, to be given more fields by assignment — what `{ ...message, field: value }`
 * makes, at a fraction of its cost: V8 (Node 20) runs a spread followed by more properties on a
 * slow runtime path, ~2.5 µs a message against ~0.1 µs for this (an empty block signs 9 messages
 * and encodes a proposal's sign bytes twice). Object.assign copies the same own enumerable
 * properties (getters read, symbols too) in the same order, and an assignment to a field it copied
 * keeps that field's place, as the literal's later property does. The one difference, an own
 * "__proto__" key (assign would set the copy's prototype, a spread defines the key), takes the
 * spread.
 */
function copyOf<M extends object>(message: M): M {
  return Object.hasOwn(message, '__proto__') ? { ...message } : Object.assign({}, message);
}

/**
 * `signer` (the host's, if it offers one): the signature is made there and the message carries it
 * as a read-only field that waits for it when first read (encoding the message reads it; the core
 * counting its own vote does not). Its first read also does what signing here does at once: the
 * shared cache learns the message as verified (while the process was a simulation's when it was
 * signed). Without one, node:crypto signs here.
 */
export function signVote(vote: Vote, privateKey: KeyObject, signer?: Signer): Vote {
  if (signer !== undefined) {
    const sharing = sharingVerifications();
    return withDeferredSignature(vote, signer(privateKey, voteSignBytes(vote)), (signed, signature) =>
      rememberSigned(sharing, privateKey, 'vote', signed.validatorId ?? '', signed.type, signed.height, signed.round, signed.blockHash, signed.timestampUs, signed, signature),
    );
  }
  const signed = copyOf(vote);
  signed.signature = signBytes(privateKey, voteSignBytesNow(vote));
  rememberSigned(sharingVerifications(), privateKey, 'vote', signed.validatorId ?? '', signed.type, signed.height, signed.round, signed.blockHash, signed.timestampUs, signed, signed.signature);
  return signed;
}

export function signProposal(proposal: Proposal, privateKey: KeyObject, signer?: Signer): Proposal {
  if (signer !== undefined) {
    const sharing = sharingVerifications();
    return withDeferredSignature(proposal, signer(privateKey, proposalSignBytes(proposal)), (signed, signature) =>
      rememberSigned(sharing, privateKey, 'proposal', signed.proposerId ?? '', signed.polRound, signed.height, signed.round, signed.blockHash, signed.timestampUs, signed, signature),
    );
  }
  const signed = copyOf(proposal);
  signed.signature = signBytes(privateKey, proposalSignBytesNow(proposal));
  rememberSigned(sharingVerifications(), privateKey, 'proposal', signed.proposerId ?? '', signed.polRound, signed.height, signed.round, signed.blockHash, signed.timestampUs, signed, signed.signature);
  return signed;
}

/**
 * A copy of `message` whose `signature` is an enumerable, read-only accessor: the deferred
 * signature's bytes, fetched at the first read (then `onFirstRead`) and the same array after.
 * Every reader (encoders, spreads, verifiers) sees a plain Uint8Array field.
 */
function withDeferredSignature<M extends { signature?: Uint8Array | null }>(message: M, deferred: DeferredSignature, onFirstRead: (signed: M, signature: Uint8Array) => void): M {
  const signed = { ...message };
  let value: Uint8Array | undefined;
  Object.defineProperty(signed, 'signature', {
    enumerable: true,
    configurable: false,
    get(): Uint8Array {
      if (value === undefined) {
        value = deferred();
        onFirstRead(signed, value);
      }
      return value;
    },
  });
  return signed;
}

/**
 * In a simulation (`sharing`: sharingVerifications() when it was signed), a message signed here is put in the shared cache of the
 * signing key as verified: the first peer to check it then finds it there instead of encoding its
 * sign bytes and asking the protocol's memo (9 such first checks an empty block, each an encode).
 * Sound for the reason the protocol's memo remembers own signatures: a signature made with a key
 * is valid under that key for these fields. The entry sits in the cache of the key that signed —
 * a verifier looks in the cache of the key registered for the message's claimed signer, so a
 * message signed with another key than its signer's (`forge-sync`'s precommits in other
 * validators' names) is never found there and is verified afresh (and fails).
 */
function rememberSigned(
  sharing: boolean,
  privateKey: KeyObject,
  kind: Verified['kind'],
  signer: string,
  tag: unknown,
  height: unknown,
  round: unknown,
  blockHash: unknown,
  timestampUs: unknown,
  message: object,
  signature: Uint8Array,
): void {
  if (!sharing) return;
  const key = publicKeyOfPrivate(privateKey);
  // A block hash given as other than bytes (a base64 string) or unknown fields: the entry could not
  // say what was signed. (Other fields that are not plain numbers are kept as they are: a lookup
  // compares plain numbers only, so such an entry is never found.)
  if (key === undefined || !plainBytes(blockHash) || '$unknowns' in message) return;
  remember(sharedCache(key), SHARED_GENERATION_MAX, kind, signer, tag, height, round, (blockHash as Uint8Array | null | undefined) ?? EMPTY, timestampUs, signature);
}

/**
 * One verifier's generation of remembered verifications (outside a simulation: a live
 * validator's): two of 25,000 hold 25,000–50,000, on average fewer than the 100,000-entry map
 * cleared when full held (~50,000), so a live validator's heap does not grow for the change; a
 * vote is asked again within a height or two, thousands of verifications sooner.
 */
export const VERIFIED_GENERATION_MAX = 25_000;
/**
 * A simulation's shared cache, per key: two generations of 64 verifications. A vote is checked by
 * every peer within its height and each precommit again in the next height's last commit: ~2
 * signatures a height per key, so an entry stays findable for 28 heights or more. Larger, entries
 * outlived two scavenges and were promoted; of 64 they die young (BENCHMARKS.md, "Session 31 sim").
 */
export const SHARED_GENERATION_MAX = 64;

/**
 * A signature verified valid: by whom, and the signed fields as values (a vote's or a proposal's;
 * `kind` tells which). Two messages whose signed fields are strictly equal values of the types a
 * decoder gives (numbers, strings, byte arrays compared by content; unset and empty alike, as
 * proto3 writes neither) have the same sign bytes, so a hit needs no encoding.
 */
interface Verified {
  readonly kind: 'vote' | 'proposal';
  readonly signer: string;
  readonly signature: Uint8Array;
  /** type (vote) or polRound (proposal). */
  readonly tag: number | undefined;
  readonly height: number | undefined;
  readonly round: number | undefined;
  readonly blockHash: Uint8Array;
  readonly timestampUs: number | undefined;
}

export class SignatureVerifier {
  /**
   * Verified signatures by their first 30 bits (an ed25519 signature's bytes look random): a hit
   * needs the same signer, the same 64 signature bytes and the same signed fields — what was
   * verified, exactly — and encodes nothing. It used to encode each message's sign bytes before
   * looking (every received vote, every precommit of every last commit: with the protocol memo's
   * lookup, ~12 % of an empty-block consensus run). A slot taken by another signature is
   * replaced (a later miss, never a wrong hit); only valid signatures are kept, and only messages
   * whose fields are plain values (a Long, a base64 string or unknown fields are verified afresh
   * every time).
   */
  private readonly verified = new TwoGenerationMap<number, Verified>();
  hits = 0;
  checks = 0;

  constructor(
    private readonly validators: ValidatorSet,
    private readonly useCache = true,
  ) {}

  verifyVote(vote: Vote): boolean {
    return this.verify('vote', vote.validatorId ?? '', vote.type, vote.height, vote.round, vote.blockHash, vote.timestampUs, vote, vote.signature);
  }

  verifyProposal(proposal: Proposal): boolean {
    return this.verify('proposal', proposal.proposerId ?? '', proposal.polRound, proposal.height, proposal.round, proposal.blockHash, proposal.timestampUs, proposal, proposal.signature);
  }

  private verify(
    kind: Verified['kind'],
    signer: string,
    tag: unknown,
    height: unknown,
    round: unknown,
    blockHash: unknown,
    timestampUs: unknown,
    message: object,
    signature: Uint8Array | null | undefined,
  ): boolean {
    const key = this.validators.publicKey(signer);
    if (!key || !signature || signature.length !== 64) return false;
    const slot = slotOf(signature);
    const plain = this.useCache && plainValue(tag) && plainValue(height) && plainValue(round) && plainValue(timestampUs) && plainBytes(blockHash) && !('$unknowns' in message);
    const hash = plain ? ((blockHash as Uint8Array | null | undefined) ?? EMPTY) : EMPTY;
    // In a simulation every validator's verifier shares one cache per public key: each vote is
    // checked by every peer and each precommit again in the next proposal's last commit — 30
    // misses a block, each encoding sign bytes, became ~8 (the first check of each signature),
    // and none since a message is remembered where it is signed (rememberSigned).
    const cache = plain ? (sharingVerifications() ? sharedCache(key) : this.verified) : undefined;
    if (cache !== undefined) {
      const seen = cache.get(slot);
      if (
        seen !== undefined &&
        seen.kind === kind &&
        seen.signer === signer &&
        seen.tag === tag &&
        seen.height === height &&
        seen.round === round &&
        seen.timestampUs === timestampUs &&
        sameBytes(seen.blockHash, hash) &&
        sameBytes(seen.signature, signature)
      ) {
        this.hits++;
        return true;
      }
    }
    this.checks++;
    // The sign bytes are encoded only on a miss (`message` is the vote or proposal `kind` says).
    const ok = verifyBytes(key, kind === 'vote' ? voteSignBytesNow(message as Vote) : proposalSignBytesNow(message as Proposal), signature);
    if (ok && cache !== undefined) remember(cache, cache === this.verified ? VERIFIED_GENERATION_MAX : SHARED_GENERATION_MAX, kind, signer, tag, height, round, hash, timestampUs, signature);
    return ok;
  }
}

function remember(cache: TwoGenerationMap<number, Verified>, generationMax: number, kind: Verified['kind'], signer: string, tag: unknown, height: unknown, round: unknown, hash: Uint8Array, timestampUs: unknown, signature: Uint8Array): void {
  // Copies of the byte fields: a decoded message's are views into the frame it came in.
  cache.set(slotOf(signature), {
    kind,
    signer,
    signature: new Uint8Array(signature),
    tag: tag as number | undefined,
    height: height as number | undefined,
    round: round as number | undefined,
    blockHash: new Uint8Array(hash),
    timestampUs: timestampUs as number | undefined,
  }, generationMax);
}

function slotOf(signature: Uint8Array): number {
  return (signature[0]! | (signature[1]! << 8) | (signature[2]! << 16) | ((signature[3]! & 0x3f) << 24)) >>> 0;
}

const EMPTY = new Uint8Array(0);

/** The verifications every verifier of the process shares while sharingVerifications() holds, per public key object. */
const shared = new WeakMap<KeyObject, TwoGenerationMap<number, Verified>>();

function sharedCache(key: KeyObject): TwoGenerationMap<number, Verified> {
  let cache = shared.get(key);
  if (cache === undefined) shared.set(key, (cache = new TwoGenerationMap()));
  return cache;
}

/** A number or unset: strictly equal values of these encode alike (a Long object may not). */
function plainValue(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'number';
}

/** Bytes as a byte array or unset (a base64 string is not compared). */
function plainBytes(value: unknown): boolean {
  return value === undefined || value === null || value instanceof Uint8Array;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
