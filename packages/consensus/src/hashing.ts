/** Hashes that identify blocks, transactions and certificates (SHA-256 over protobuf bytes). */
import { createHash, hash } from 'node:crypto';
import { encodeMessage, type faultline } from '@faultline/protocol';

/** One-shot `crypto.hash` (no Hash object per call: ~2x faster on small inputs, less garbage). */
export function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(hash('sha256', bytes, 'buffer'));
}

export function hex(bytes: Uint8Array | null | undefined): string {
  // A view over the same memory: Buffer.from(bytes) would copy them first (and use up the
  // allocation pool: a vote's hash, its block's, every tx key were each copied to be printed).
  return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex') : '';
}

export function blockHash(header: faultline.v1.IBlockHeader): Uint8Array {
  return sha256(encodeMessage('BlockHeader', header));
}

export function txHash(tx: Uint8Array): Uint8Array {
  return sha256(tx);
}

/** `hex(txHash(tx))` in one step (the mempool's key: every tx and every gossiped copy of it). */
export function txKey(tx: Uint8Array): string {
  return hash('sha256', tx, 'hex');
}

export function txsHash(txs: readonly Uint8Array[]): Uint8Array {
  const hash = createHash('sha256');
  const length = Buffer.alloc(4); // update() copies what it is given: one buffer serves every tx
  for (const tx of txs) {
    length.writeUInt32BE(tx.length);
    hash.update(length).update(tx);
  }
  return new Uint8Array(hash.digest());
}

export function certificateHash(certificate: faultline.v1.ICommitCertificate | null | undefined): Uint8Array {
  return certificate ? sha256(encodeMessage('CommitCertificate', certificate)) : new Uint8Array(0);
}
