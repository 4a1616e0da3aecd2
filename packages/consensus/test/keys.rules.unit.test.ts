/**
 * Mempool keys and hashes (hashing.ts, mempool.ts), found by mutation testing: every test tx was
 * small, so the hash-keyed kind was never exercised; a txs hash is a copy; the evidence check
 * reads both tag bytes; a bound of one is allowed.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeMessage } from '@faultline/protocol';
import { Mempool, txsHash } from '@faultline/consensus';
import { TX_KEY_CONTENT_MAX, txKey } from '../src/hashing.ts';

const large = (fill: number) => new Uint8Array(TX_KEY_CONTENT_MAX + 1).fill(fill);

describe('mempool keys', () => {
  it('txs larger than the content bound are keyed by their hash: two of them are two keys', () => {
    const mempool = new Mempool(10, 10_000);
    expect(mempool.add(large(1))).toBe('added');
    expect(mempool.add(large(2))).toBe('added');
    expect(mempool.add(large(1))).toBe('duplicate');
    expect(txKey(large(1))).not.toBe(txKey(large(2)));
  });

  it('a hash key never equals a content key: not even a tx whose bytes are that hash in hex', () => {
    const big = large(3);
    const hexOfHash = Buffer.from(createHash('sha256').update(big).digest('hex'), 'latin1');
    expect(txKey(new Uint8Array(hexOfHash))).not.toBe(txKey(big));
  });

  it('the txs hash of no txs is a fresh copy each time (a caller may keep it)', () => {
    const first = txsHash([]);
    first.fill(0);
    expect(Buffer.from(txsHash([])).toString('hex')).toBe(createHash('sha256').digest('hex'));
  });
});

describe('the committed ring', () => {
  it('a bound of one remembers the last committed tx only', () => {
    const tx = (nonce: number) => encodeMessage('Transaction', { clientId: 'c', nonce });
    const mempool = new Mempool(10, 1_000, true, 1);
    mempool.markCommitted([tx(1)]);
    mempool.markCommitted([tx(2)]);
    expect([mempool.isCommitted(tx(1)), mempool.isCommitted(tx(2))]).toEqual([false, true]);
  });

  it('a plain tx whose second byte is 0x01 (a one-char client id) is not taken for evidence: it is forgotten past the bound', () => {
    const tx = (nonce: number) => encodeMessage('Transaction', { clientId: 'a', nonce });
    expect(tx(1)[1]).toBe(0x01);
    const mempool = new Mempool(10, 1_000, true, 2);
    for (let n = 1; n <= 3; n++) mempool.markCommitted([tx(n)]);
    expect([1, 2, 3].map((n) => mempool.isCommitted(tx(n)))).toEqual([false, true, true]);
  });
});

describe('the committed ring: rules found by mutation testing (session 17)', () => {
  it("only the evidence field's whole tag (0x92 0x01) keeps a tx for good: a tx that starts with 0x92 alone is forgotten past the bound", () => {
    const evidenceLike = Uint8Array.of(0x92, 0x01, 0x00);
    const notEvidence = Uint8Array.of(0x92, 0x02, 0x00);
    const mempool = new Mempool(10, 1_000, true, 1);
    mempool.markCommitted([evidenceLike]);
    mempool.markCommitted([notEvidence]);
    mempool.markCommitted([encodeMessage('Transaction', { clientId: 'c', nonce: 1 })]);
    expect([mempool.isCommitted(evidenceLike), mempool.isCommitted(notEvidence)]).toEqual([true, false]);
  });
});
