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
import { createHash, type KeyObject } from 'node:crypto';
import { encodeMessage, pb, publicKeyFromRaw, verifyBytes, type faultline } from '@faultline/protocol';
import { BaseMonitor, type PublishedMessage } from './monitor.ts';

const hexOf = (bytes: Uint8Array | null | undefined): string => (bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex') : '');

export class CertificatesValidMonitor extends BaseMonitor {
  readonly name = 'certificates-valid';
  readonly kind = 'safety' as const;
  readonly description = 'every committed block carries precommits of more than two thirds of the validator set, validly signed, for its hash at its height, and its txs hash to its header';
  private readonly keys = new Map<string, KeyObject>();
  /** Certificates judged valid already ("height/hash/signers…"): validators publish the same ones. */
  private readonly judged = new Set<string>();
  private readonly reported = new Set<string>();

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
    const hashHex = hexOf(createHash('sha256').update(encodeMessage('BlockHeader', header)).digest());
    if (Number(certificate.height ?? 0) !== height) return `certificate for height ${certificate.height}`;
    if (hexOf(certificate.blockHash) !== hashHex) return 'certificate for another block hash than its header’s';
    const txs = committed.block?.txs ?? [];
    if (hexOf(txsHashOf(txs)) !== hexOf(header.txsHash)) return 'txs do not hash to the header';
    const round = Number(certificate.round ?? 0);
    const precommits = certificate.precommits ?? [];
    const cacheKey = `${height}/${hashHex}/${round}/${precommits.map((p) => `${p.validatorId}:${hexOf(p.signature)}:${p.timestampUs}`).join(',')}`;
    if (this.judged.has(cacheKey)) return undefined;
    const signers = new Set<string>();
    for (const vote of precommits) {
      const who = vote.validatorId ?? '';
      if (vote.type !== pb.VoteType.VOTE_TYPE_PRECOMMIT) return `a vote of ${who} is not a precommit`;
      if (Number(vote.height ?? 0) !== height || Number(vote.round ?? 0) !== round) return `${who}'s precommit is for ${vote.height}/${vote.round}, not ${height}/${round}`;
      if (hexOf(vote.blockHash) !== hashHex) return `${who}'s precommit is for another block`;
      const key = this.keys.get(who);
      if (!key) return `a precommit of ${who}, not in the validator set`;
      if (signers.has(who)) return `${who} counted twice`;
      const signature = vote.signature ?? new Uint8Array(0);
      if (!verifyBytes(key, encodeMessage('Vote', { ...vote, signature: new Uint8Array(0) }), signature)) return `${who}'s precommit signature does not verify`;
      signers.add(who);
    }
    if (signers.size * 3 <= this.keys.size * 2) return `${signers.size} of ${this.keys.size} validators signed, not more than two thirds`;
    this.judged.add(cacheKey);
    return undefined;
  }
}

/** SHA-256 over each tx as its 4-byte big-endian length and its bytes (the header's txs_hash). */
function txsHashOf(txs: readonly Uint8Array[]): Uint8Array {
  const hash = createHash('sha256');
  const length = Buffer.alloc(4);
  for (const tx of txs) {
    length.writeUInt32BE(tx.length);
    hash.update(length).update(tx);
  }
  return new Uint8Array(hash.digest());
}
