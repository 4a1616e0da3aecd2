/**
 * The mempool's bounded committed memory (mempool.ts): the last `committedKept` committed plain
 * txs are refused, older ones are forgotten (the venue's (client, nonce) rule then refuses their
 * execution: engine.scenarios.test.ts "transactions apply at most once"), evidence is kept for good.
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage } from '@faultline/protocol';
import { COMMITTED_TXS_KEPT, evidenceTx, Mempool } from '@faultline/consensus';

const tx = (nonce: number) => encodeMessage('Transaction', { clientId: 'client-1', nonce, deposit: { accountId: 'a', amount: 1 } });

describe('the mempool remembers the last committedKept committed txs', () => {
  it('refuses the most recent ones, admits a copy older than the bound again, never holds more', () => {
    const mempool = new Mempool(10, 1_000, true, 3);
    for (let n = 1; n <= 5; n++) expect(mempool.add(tx(n))).toBe('added');
    mempool.markCommitted([tx(1), tx(2)]);
    mempool.markCommitted([tx(3), tx(4), tx(5)]);
    expect(mempool.size).toBe(0);
    expect(mempool.committedCount).toBe(3);
    expect([1, 2, 3, 4, 5].map((n) => mempool.isCommitted(tx(n)))).toEqual([false, false, true, true, true]);
    expect(mempool.add(tx(5))).toBe('committed');
    expect(mempool.add(tx(3))).toBe('committed');
    // Older than the bound: the mempool no longer knows it (the venue's nonce rule refuses its execution).
    expect(mempool.add(tx(1))).toBe('added');
    // A block that commits a remembered key again (a re-decided height) does not take a second slot.
    mempool.markCommitted([tx(5)]);
    mempool.markCommitted([tx(6)]);
    expect([3, 4, 5, 6].map((n) => mempool.isCommitted(tx(n)))).toEqual([false, true, true, true]);
    expect(mempool.committedCount).toBe(3);
  });

  it('keeps committed evidence for good, whatever is committed after it', () => {
    const mempool = new Mempool(10, 10_000, true, 2);
    const evidence = evidenceTx({ voteA: { height: 1, validatorId: 'validator-1' }, voteB: { height: 1, validatorId: 'validator-1', round: 1 } });
    // The canonical evidence tx starts with the evidence field's tag (field 18, length-delimited): how markCommitted tells it.
    expect([...evidence.subarray(0, 2)]).toEqual([0x92, 0x01]);
    mempool.markCommitted([evidence]);
    for (let n = 1; n <= 5; n++) mempool.markCommitted([tx(n)]);
    expect(mempool.isCommitted(evidence)).toBe(true);
    expect(mempool.add(evidence, undefined, 'evidence')).toBe('committed');
    expect(mempool.committedCount).toBe(3);
  });

  it('a plain tx never starts with the evidence tag (its client id, field 1, comes first)', () => {
    expect(tx(1)[0]).toBe(0x0a);
  });

  it('the planted mempool-forgets-committed mempool remembers nothing', () => {
    const forgetful = new Mempool(10, 1_000, false, 3);
    forgetful.markCommitted([tx(1)]);
    expect(forgetful.committedCount).toBe(0);
    expect(forgetful.add(tx(1))).toBe('added');
  });

  it('the bound is a positive integer; the default is 100,000', () => {
    expect(COMMITTED_TXS_KEPT).toBe(100_000);
    expect(() => new Mempool(10, 1_000, true, 0)).toThrow(/committedKept must be a positive integer/);
  });
});

describe('block validation meets each pending tx once per pass', () => {
  it('first, then again within a pass; a new pass starts over; a tx not pending as plain is absent', () => {
    const mempool = new Mempool(10, 10_000);
    mempool.add(tx(1));
    const evidence = evidenceTx({ voteA: { height: 1 }, voteB: { height: 1, round: 1 } });
    mempool.add(evidence, undefined, 'evidence');
    const key = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
    const pass = mempool.beginPass();
    expect(mempool.meet(key(tx(1)), pass)).toBe('first');
    expect(mempool.meet(key(tx(1)), pass)).toBe('again');
    expect(mempool.meet(key(tx(2)), pass)).toBe('absent');
    expect(mempool.meet(key(evidence), pass)).toBe('absent');
    expect(mempool.meet(key(tx(1)), mempool.beginPass())).toBe('first');
  });
});

describe('a block that carries a tx the validator holds pending, twice, is refused', () => {
  it('prevotes nil with the reason duplicate tx in block; once, it is valid', async () => {
    const { blockHash, signProposal, txsHash } = await import('@faultline/consensus');
    const { deriveKeyPair } = await import('@faultline/protocol');
    const { KEY_SEED, makeCore, proposalsIn, votesIn } = await import('./core-harness.ts');
    const proposer = makeCore('validator-2');
    proposer.onTx(0, tx(1), true, true);
    const good = proposalsIn(proposer.start(0))[0]!;
    const twice = [tx(1), tx(1)];
    const header = { ...good.block!.header!, txsHash: txsHash(twice), txCount: 2 };
    const bad = signProposal({ ...good, block: { ...good.block, header, txs: twice }, blockHash: blockHash(header), signature: null }, deriveKeyPair(KEY_SEED, 'validator-2').privateKey);
    for (const [proposal, reason] of [[bad, 'duplicate tx in block'], [good, '']] as const) {
      const holder = makeCore('validator-1');
      holder.onTx(0, tx(1), true, true);
      holder.start(0);
      const effects = holder.onProposal(10, proposal, 'validator-2');
      expect(votesIn(effects).map((vote) => vote.blockHash?.length ?? 0)).toEqual([reason ? 0 : 32]);
      expect(effects.some((e) => e.kind === 'rejected' && e.reason.endsWith('duplicate tx in block'))).toBe(reason !== '');
    }
  });
});
