/**
 * Consensus evidence found in a committed block's txs, for run summaries. Validators accept only
 * evidence in its canonical form (@faultline/consensus evidence.ts): a Transaction holding nothing
 * but the evidence, so its encoding starts with the evidence field's tag (field 18, length
 * delimited: 0x92 0x01) — every client tx starts with its client id (field 1). Only txs with that
 * prefix are decoded, so summarising a block does not decode every order again.
 */
import { evidenceOffence } from '@faultline/consensus';
import { decodeMessage } from '@faultline/protocol';

export interface CommittedEvidence {
  /** The validator that signed two conflicting votes. */
  validatorId: string;
  height: number;
  round: number;
  type: 'prevote' | 'precommit' | 'unknown';
  /** The height of the block that committed the evidence. */
  committedAtHeight: number;
}

const EVIDENCE_TAG = [0x92, 0x01];

export function committedEvidence(height: number, txs: readonly Uint8Array[]): CommittedEvidence[] {
  const found: CommittedEvidence[] = [];
  for (const tx of txs) {
    if (tx[0] !== EVIDENCE_TAG[0] || tx[1] !== EVIDENCE_TAG[1]) continue;
    const decoded = decodeMessage('Transaction', tx);
    if (!decoded.ok || !decoded.value.evidence) continue;
    found.push({ ...evidenceOffence(decoded.value.evidence), committedAtHeight: height });
  }
  return found;
}
