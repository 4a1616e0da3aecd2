/**
 * The lean ingest path: one relay per client tx instead of every validator re-gossiping it,
 * bytes as received (checked by the caller, or decoded here), and block validation that does
 * not decode again the bytes a validator already checked — while still refusing what it must.
 */
import { describe, expect, it } from 'vitest';
import { encodeMessage } from '@faultline/protocol';
import type { CoreEffect } from '@faultline/consensus';
import { IDS, makeCore, proposalsIn, votesIn } from './core-harness.ts';

const tx = (nonce: number) => encodeMessage('Transaction', { clientId: 'client-1', nonce, deposit: { accountId: 'client-1', amount: 1 } });
const gossiped = (effects: readonly CoreEffect[]) => effects.filter((effect) => effect.kind === 'gossip-tx').length;
const rejections = (effects: readonly CoreEffect[]) => effects.flatMap((effect) => (effect.kind === 'rejected' ? [effect.reason] : []));

describe('tx gossip: one relay per client tx', () => {
  it('exactly one of the validators relays each client tx, spread over all of them; gossiped copies are never relayed', () => {
    const cores = IDS.map((id) => makeCore(id));
    const relays = new Map<string, number>();
    for (let nonce = 1; nonce <= 200; nonce++) {
      const bytes = tx(nonce);
      const who = cores.filter((core) => gossiped(core.onTx(0, bytes, true, true)) === 1).map((core) => core.id);
      expect(who).toHaveLength(1);
      relays.set(who[0]!, (relays.get(who[0]!) ?? 0) + 1);
      for (const core of cores) expect(gossiped(core.onTx(0, bytes, false, true))).toBe(0); // the relay's copy: a duplicate
    }
    expect([...relays.keys()].sort()).toEqual(IDS);
    for (const count of relays.values()) expect(count).toBeGreaterThan(20);
  });

  it('a relayed copy reaching a validator the client could not reach enters its mempool and is not relayed again', () => {
    const bytes = tx(1);
    const cut = makeCore(IDS.find((id) => !makeCore(id).relays(bytes))!);
    expect(gossiped(cut.onTx(0, bytes, false, true))).toBe(0);
    expect(cut.mempool.size).toBe(1);
  });
});

describe('tx bytes as received', () => {
  it('unchecked bytes are decoded on entry: garbage and evidence posing as a plain tx are refused', () => {
    const core = makeCore('validator-1');
    expect(rejections(core.onTx(0, Uint8Array.from([0xff, 0xff, 0xff]), true))[0]).toMatch(/^undecodable tx/);
    const evidence = encodeMessage('Transaction', { evidence: { voteA: {}, voteB: {} } });
    expect(rejections(core.onTx(0, evidence, true))).toEqual(['evidence tx outside onEvidence']);
    expect(core.mempool.size).toBe(0);
  });

  it('a proposal of txs the receiver holds is valid; one with an undecodable tx it does not hold is still refused', () => {
    // validator-2 proposes height 1, round 0.
    const proposer = makeCore('validator-2');
    for (let nonce = 1; nonce <= 5; nonce++) proposer.onTx(0, tx(nonce), true, true);
    const good = proposalsIn(proposer.start(0))[0]!;
    const holder = makeCore('validator-1');
    for (let nonce = 1; nonce <= 5; nonce++) holder.onTx(0, tx(nonce), true, true);
    holder.start(0);
    expect(votesIn(holder.onProposal(10, good, 'validator-2')).map((vote) => vote.blockHash?.length)).toEqual([32]);

    // A proposer that trusted garbage as `checked` (a bug or a Byzantine node): receivers decode what they do not hold.
    const sloppy = makeCore('validator-2');
    sloppy.onTx(0, Uint8Array.from([0xff, 0xff, 0xff]), true, true);
    const bad = proposalsIn(sloppy.start(0))[0]!;
    const receiver = makeCore('validator-1');
    receiver.start(0);
    const effects = receiver.onProposal(10, bad, 'validator-2');
    expect(rejections(effects).some((reason) => /undecodable tx/.test(reason))).toBe(true);
    expect(votesIn(effects).map((vote) => vote.blockHash?.length ?? 0)).toEqual([0]);
  });
});
