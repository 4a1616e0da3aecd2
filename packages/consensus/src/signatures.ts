/**
 * Signing and verifying votes and proposals. A validator signs the canonical encoding of the
 * message with `signature` (and a proposal's `block`) empty. Verified signatures are cached by
 * the hash of what was signed, so a vote seen again (gossip, certificates, sync) costs a lookup.
 */
import { encodeMessage, signBytes, verifyBytes, type faultline } from '@faultline/protocol';
import type { KeyObject } from 'node:crypto';
import { hex, sha256 } from './hashing.ts';
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

export class SignatureVerifier {
  private readonly verified = new Set<string>();
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
    const cacheKey = this.useCache ? `${signer}/${hex(sha256(signed))}/${hex(signature)}` : '';
    if (this.useCache && this.verified.has(cacheKey)) {
      this.hits++;
      return true;
    }
    this.checks++;
    const ok = verifyBytes(key, signed, signature);
    if (ok && this.useCache) {
      if (this.verified.size >= VERIFIED_CACHE_MAX) this.verified.clear();
      this.verified.add(cacheKey);
    }
    return ok;
  }
}
