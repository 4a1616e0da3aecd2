/**
 * Signing and verifying votes and proposals. A validator signs the canonical encoding of the
 * message with `signature` (and a proposal's `block`) empty. Verified signatures are cached, so a
 * vote seen again (gossip, certificates, sync) costs a lookup and a byte comparison.
 */
import { encodeMessage, signBytes, verifyBytes, type faultline } from '@faultline/protocol';
import type { KeyObject } from 'node:crypto';
import type { ValidatorSet } from './validator-set.ts';

type Vote = faultline.v1.IVote;
type Proposal = faultline.v1.IProposal;

export function voteSignBytes(vote: Vote): Uint8Array {
  return encodeMessage('Vote', { ...vote, signature: new Uint8Array(0) });
}

export function proposalSignBytes(proposal: Proposal): Uint8Array {
  return encodeMessage('Proposal', { ...proposal, block: null, signature: new Uint8Array(0) });
}

export function signVote(vote: Vote, privateKey: KeyObject): Vote {
  return { ...vote, signature: signBytes(privateKey, voteSignBytes(vote)) };
}

export function signProposal(proposal: Proposal, privateKey: KeyObject): Proposal {
  return { ...proposal, signature: signBytes(privateKey, proposalSignBytes(proposal)) };
}

/** A bound on remembered verifications; the cache is cleared when full (simple and bounded). */
export const VERIFIED_CACHE_MAX = 100_000;

/** A signature verified valid: by whom, over which bytes. */
interface Verified {
  readonly signer: string;
  readonly signed: Uint8Array;
  readonly signature: Uint8Array;
}

export class SignatureVerifier {
  /**
   * Verified signatures by their first 30 bits (an ed25519 signature's bytes look random): a hit
   * needs the same signer, the same 64 signature bytes and the same signed bytes, compared byte by
   * byte — what was verified, exactly. It used to key a Set by the signer, sha256 of the signed
   * bytes and both in hex: 10.6 % of a validator's CPU in an empty-block consensus profile, more
   * than the lookups it saved. A slot taken by another signature is replaced (a later miss, never
   * a wrong hit); only valid signatures are kept.
   */
  private readonly verified = new Map<number, Verified>();
  hits = 0;
  checks = 0;

  constructor(
    private readonly validators: ValidatorSet,
    private readonly useCache = true,
  ) {}

  verifyVote(vote: Vote): boolean {
    return this.verify(vote.validatorId ?? '', voteSignBytes(vote), vote.signature);
  }

  verifyProposal(proposal: Proposal): boolean {
    return this.verify(proposal.proposerId ?? '', proposalSignBytes(proposal), proposal.signature);
  }

  private verify(signer: string, signed: Uint8Array, signature: Uint8Array | null | undefined): boolean {
    const key = this.validators.publicKey(signer);
    if (!key || !signature || signature.length !== 64) return false;
    const slot = (signature[0]! | (signature[1]! << 8) | (signature[2]! << 16) | ((signature[3]! & 0x3f) << 24)) >>> 0;
    if (this.useCache) {
      const seen = this.verified.get(slot);
      if (seen !== undefined && seen.signer === signer && sameBytes(seen.signature, signature) && sameBytes(seen.signed, signed)) {
        this.hits++;
        return true;
      }
    }
    this.checks++;
    const ok = verifyBytes(key, signed, signature);
    if (ok && this.useCache) {
      if (this.verified.size >= VERIFIED_CACHE_MAX) this.verified.clear();
      // A copy of the signature: a decoded vote's is a view into the frame it came in.
      this.verified.set(slot, { signer, signed, signature: new Uint8Array(signature) });
    }
    return ok;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
