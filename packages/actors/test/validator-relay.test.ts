/**
 * Relay batches (issue 15 item 2): a client tx a validator relays leaves at once as a TxBatch
 * of its bytes as received, evidence still alone as a decoded Transaction; a peer's batch enters the mempool tx by tx, what it holds already without a decode, and
 * garbage in a batch is refused with a counted reason — through the real envelope codec.
 */
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, deriveKeyPair, encodeEnvelope, encodeMessage, pb, type faultline } from '@faultline/protocol';
import { signVote } from '@faultline/consensus';
import type { CoreEffect } from '../src/core/effects.ts';
import { decide, initialValidatorState, type ValidatorConfig, type ValidatorState } from '../src/validator/validator-core.ts';

const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const config: ValidatorConfig = { validatorIds: IDS, keySeed: 5 };
const tx = (nonce: number) => encodeMessage('Transaction', { clientId: 'client-1', nonce, deposit: { accountId: 'client-1', amount: 1 } });
const publishes = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'publish' ? [e] : []));
const batchOf = (body: object) => ('txBatch' in body ? (body.txBatch as faultline.v1.ITxBatch) : undefined);
const batches = (effects: readonly CoreEffect[]) => publishes(effects).flatMap((e) => { const batch = batchOf(e.body); return batch ? [batch.txs ?? []] : []; });

/** The nonces (of `tx`) validator `id` relays, among 1..count. */
function relayedBy(id: string, count: number): number[] {
  const state = initialValidatorState(config, id);
  return Array.from({ length: count }, (_, i) => i + 1).filter((nonce) => state.consensus.relays(tx(nonce)));
}

function fresh(id = 'validator-1'): ValidatorState {
  return initialValidatorState(config, id);
}

describe('relay batches', () => {
  it('each tx a validator relays leaves at once as a TxBatch of its bytes as the client encoded them; the others it does not relay', () => {
    const state = fresh();
    const mine = relayedBy('validator-1', 40);
    expect(mine.length).toBeGreaterThan(3);
    const sent: Uint8Array[][] = [];
    for (let nonce = 1; nonce <= 40; nonce++) {
      const { effects } = decide(state, { kind: 'tx', tx: tx(nonce), fromClient: true }, 100);
      expect(effects.filter((e) => e.kind === 'set-timer')).toEqual([]);
      expect(publishes(effects).every((e) => e.subject === 'consensus.validator-1')).toBe(true);
      sent.push(...batches(effects));
    }
    expect(sent).toEqual(mine.map((nonce) => [tx(nonce)]));
    // Through the real codec: the tx's bytes exactly as the client encoded them.
    const frame = encodeEnvelope({ runId: 'r', sender: 'validator-1', seq: 1, lamport: 1, sentAtUs: 0, txBatch: { txs: sent[0]! } });
    const decoded = decodeEnvelope(frame);
    expect(decoded.ok && decoded.value.txBatch?.txs?.map((b) => [...b])).toEqual([[...tx(mine[0]!)]]);
  });

  it('a peer\'s batch: new txs enter the mempool (a copy of their bytes, never relayed again), held ones are duplicates, garbage and evidence are refused by reason', () => {
    const state = fresh();
    decide(state, { kind: 'tx', tx: tx(1), fromClient: true }, 0);
    const frame = encodeEnvelope({ runId: 'r', sender: 'validator-2', seq: 1, lamport: 1, sentAtUs: 0, txBatch: { txs: [tx(1), tx(2), Uint8Array.from([0xff, 0xff, 0xff]), encodeMessage('Transaction', { evidence: { voteA: {}, voteB: {} } })] } });
    const decoded = decodeEnvelope(frame);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const { effects } = decide(state, { kind: 'txs', txs: decoded.value.txBatch?.txs ?? [], from: 'validator-2' }, 10);
    expect(batches(effects)).toEqual([]);
    expect(state.consensus.mempool.size).toBe(2);
    const reasons = [...state.counters.rejectReasons.keys()];
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toMatch(/^undecodable tx: /);
    expect(reasons[1]).toBe('evidence tx outside onEvidence');
    // The mempool holds its own copy, not a view into the frame.
    const held = state.consensus.mempool.reap(10)[1]!;
    expect(held.buffer).not.toBe(frame.buffer);
    expect([...held]).toEqual([...tx(2)]);
  });

  it('a bad TxBatch frame is refused by the envelope decoder with a clear error', () => {
    const good = encodeEnvelope({ runId: 'r', sender: 'validator-2', seq: 1, lamport: 1, sentAtUs: 0, txBatch: { txs: [tx(1)] } });
    const cut = decodeEnvelope(good.subarray(0, good.length - 3));
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.error.message).toMatch(/./);
  });
});

// The evidence path proper: the consensus core verifies the evidence and emits gossip-tx with its canonical bytes.
describe('evidence gossip is not batched', () => {
  it('an evidence tx from a double-voting peer is published at once as its own tx message', () => {
    const keys = deriveKeyPair(5, 'validator-4');
    const base: faultline.v1.IVote = { type: pb.VoteType.VOTE_TYPE_PREVOTE, height: 1, round: 0, validatorId: 'validator-4', timestampUs: 0 };
    const a = signVote({ ...base, blockHash: new Uint8Array(32).fill(1) }, keys.privateKey);
    const b = signVote({ ...base, blockHash: new Uint8Array(32).fill(2) }, keys.privateKey);
    const state = fresh();
    decide(state, { kind: 'start' }, 0);
    const effects = [...decide(state, { kind: 'vote', vote: a, from: 'validator-4', direct: false }, 1).effects, ...decide(state, { kind: 'vote', vote: b, from: 'validator-4', direct: false }, 2).effects];
    const txs = publishes(effects).flatMap((e) => ('tx' in e.body ? [e.body.tx] : []));
    expect(txs).toHaveLength(1);
    expect(txs[0]!.evidence).toBeTruthy();
    expect(batches(effects)).toEqual([]);
  });
});
