/**
 * The relay window (validator-core.ts "Relays", ValidatorConfig.relayWindowUs): with a window, the
 * client txs a validator's mempool takes and that it relays (relayIndexOf, chosen as they arrive)
 * are held, and when the window's timer fires those not committed meanwhile leave as one
 * TxBatch, in the order they came, their bytes as the client encoded them; a window whose held
 * txs reach RELAY_BATCH_BYTES_MAX closes at once; peers' copies and refused txs are never held;
 * evidence is never held. Without one (the simulator's default), each relayed tx leaves at once
 * alone (validator-relay.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { deriveKeyPair, encodeMessage, pb, type faultline } from '@faultline/protocol';
import { signVote } from '@faultline/consensus';
import type { CoreEffect } from '../src/core/effects.ts';
import { decide, initialValidatorState, LIVE_RELAY_WINDOW_US, RELAY_BATCH_BYTES_MAX, RELAY_TIMER, relayIndexOf, type ValidatorConfig, type ValidatorState } from '../src/validator/validator-core.ts';

const IDS = ['validator-1', 'validator-2', 'validator-3', 'validator-4'];
const WINDOW_US = 7_000;
const windowed: ValidatorConfig = { validatorIds: IDS, keySeed: 5, relayWindowUs: WINDOW_US };
const tx = (nonce: number, memo = '') => encodeMessage('Transaction', { clientId: `client-1${memo}`, nonce, deposit: { accountId: 'client-1', amount: 1 } });
const publishes = (effects: readonly CoreEffect[]) => effects.flatMap((e) => (e.kind === 'publish' ? [e] : []));
const batches = (effects: readonly CoreEffect[]) =>
  publishes(effects).flatMap((e) => ('txBatch' in e.body ? [{ subject: e.subject, txs: (e.body.txBatch as faultline.v1.ITxBatch).txs ?? [] }] : []));
const timers = (effects: readonly CoreEffect[]) => effects.filter((e) => e.kind === 'set-timer' || e.kind === 'cancel-timer');

/** Does this validator relay the tx when it gathers relays in a window (the choice every windowed validator makes)? */
const relaysInWindow = (state: ValidatorState, bytes: Uint8Array) => IDS[relayIndexOf(bytes, IDS.length)] === state.id;

/** Client txs (nonces 1..) that validator-1 relays, `count` of them. */
function relayedTxs(state: ValidatorState, count: number, memo = ''): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let nonce = 1; out.length < count; nonce++) if (relaysInWindow(state, tx(nonce, memo))) out.push(tx(nonce, memo));
  return out;
}

describe('the relay window', () => {
  it('gathers the relayed client txs: one timer for the window, nothing published until it fires, then one TxBatch of them in order', () => {
    const state = initialValidatorState(windowed, 'validator-1');
    const mine = relayedTxs(state, 5);
    const effects: CoreEffect[] = [];
    for (const [i, bytes] of mine.entries()) {
      const out = decide(state, { kind: 'tx', tx: bytes, fromClient: true }, 100 + i).effects;
      expect(publishes(out)).toEqual([]);
      effects.push(...out);
    }
    expect(timers(effects)).toEqual([{ kind: 'set-timer', timer: RELAY_TIMER, delayUs: WINDOW_US }]);
    const fired = decide(state, { kind: 'timer', timer: RELAY_TIMER }, 100 + WINDOW_US).effects;
    expect(batches(fired)).toEqual([{ subject: 'consensus.validator-1', txs: mine }]);
    expect(fired).toHaveLength(1);
    // The window is empty again: the next relayed tx arms a new timer; a timer with nothing queued sends nothing.
    expect(publishes(decide(state, { kind: 'timer', timer: RELAY_TIMER }, 200_000).effects)).toEqual([]);
    const next = relayedTxs(state, 6)[5]!;
    expect(timers(decide(state, { kind: 'tx', tx: next, fromClient: true }, 300_000).effects)).toEqual([{ kind: 'set-timer', timer: RELAY_TIMER, delayUs: WINDOW_US }]);
  });

  it('only the client txs this validator relays are held (relayIndexOf, as they arrive), and leave in order; others open no window', () => {
    const state = initialValidatorState(windowed, 'validator-1');
    const all = Array.from({ length: 24 }, (_, i) => tx(i + 1));
    const mine = all.filter((bytes) => relaysInWindow(state, bytes));
    expect(mine.length).toBeGreaterThan(2);
    expect(mine.length).toBeLessThan(all.length);
    const effects = all.flatMap((bytes) => decide(state, { kind: 'tx', tx: bytes, fromClient: true }, 1).effects);
    expect(publishes(effects)).toEqual([]);
    expect(timers(effects)).toEqual([{ kind: 'set-timer', timer: RELAY_TIMER, delayUs: WINDOW_US }]);
    expect(state.relayQueue).toEqual(mine);
    expect(batches(decide(state, { kind: 'timer', timer: RELAY_TIMER }, 2).effects)).toEqual([{ subject: 'consensus.validator-1', txs: mine }]);
    // Only others' txs: they enter the mempool, nothing is held and no window opens.
    const others = Array.from({ length: 40 }, (_, i) => tx(100 + i)).filter((bytes) => !relaysInWindow(state, bytes));
    const size = state.consensus.mempool.size;
    const opened = others.flatMap((bytes) => decide(state, { kind: 'tx', tx: bytes, fromClient: true }, 3).effects);
    expect(state.consensus.mempool.size).toBe(size + others.length);
    expect(timers(opened)).toEqual([]);
    expect(state.relayQueue).toEqual([]);
  });

  it('copies from peers, a second copy of a client tx and a tx the mempool refuses are never held', () => {
    const state = initialValidatorState(windowed, 'validator-1');
    const [first, second] = relayedTxs(state, 2);
    const effects = decide(state, { kind: 'txs', txs: relayedTxs(state, 3, '-peer'), from: 'validator-2' }, 1).effects;
    expect(timers(effects)).toEqual([]);
    decide(state, { kind: 'tx', tx: first!, fromClient: true }, 2);
    decide(state, { kind: 'tx', tx: first!, fromClient: true }, 3); // the client's copy again: a duplicate
    state.consensus.mempool.markCommitted([second!]);
    decide(state, { kind: 'tx', tx: second!, fromClient: true }, 4); // committed already: refused
    expect(state.relayQueue).toEqual([first]);
    expect(batches(decide(state, { kind: 'timer', timer: RELAY_TIMER }, 5).effects)).toEqual([{ subject: 'consensus.validator-1', txs: [first] }]);
    expect(state.consensus.mempool.size).toBe(4);
  });

  it('leaves out the txs committed while the window was open; sends nothing when all were', () => {
    const state = initialValidatorState(windowed, 'validator-1');
    const mine = relayedTxs(state, 4);
    for (const bytes of mine) decide(state, { kind: 'tx', tx: bytes, fromClient: true }, 1);
    state.consensus.mempool.markCommitted([mine[0]!, mine[2]!]);
    expect(batches(decide(state, { kind: 'timer', timer: RELAY_TIMER }, 2).effects)).toEqual([{ subject: 'consensus.validator-1', txs: [mine[1], mine[3]] }]);
    for (const bytes of relayedTxs(state, 6).slice(4)) decide(state, { kind: 'tx', tx: bytes, fromClient: true }, 3);
    state.consensus.mempool.markCommitted(relayedTxs(state, 6).slice(4));
    expect(publishes(decide(state, { kind: 'timer', timer: RELAY_TIMER }, 4).effects)).toEqual([]);
  });

  it('a window whose txs reach RELAY_BATCH_BYTES_MAX leaves at once and its timer is cancelled', () => {
    const state = initialValidatorState(windowed, 'validator-1');
    // ~12 KB txs (a long client id): the batch passes 256 KiB on its 22nd.
    const memo = 'x'.repeat(12_000);
    const mine = relayedTxs(state, 30, memo);
    const perTx = mine[0]!.length;
    const closesAt = Math.ceil(RELAY_BATCH_BYTES_MAX / perTx);
    let sentAt = -1;
    for (const [i, bytes] of mine.entries()) {
      const out = decide(state, { kind: 'tx', tx: bytes, fromClient: true }, i).effects;
      const sent = batches(out);
      if (sent.length === 0) continue;
      expect(sentAt).toBe(-1);
      sentAt = i;
      expect(sent).toEqual([{ subject: 'consensus.validator-1', txs: mine.slice(0, i + 1) }]);
      expect(timers(out)).toEqual([{ kind: 'cancel-timer', timer: RELAY_TIMER }]);
    }
    expect(sentAt).toBe(closesAt - 1);
    // The rest wait for a new window.
    expect(batches(decide(state, { kind: 'timer', timer: RELAY_TIMER }, 99).effects)).toEqual([{ subject: 'consensus.validator-1', txs: mine.slice(closesAt) }]);
  });

  it('a window whose held bytes reach RELAY_BATCH_BYTES_MAX exactly leaves with the tx that reached it', () => {
    const state = initialValidatorState(windowed, 'validator-1');
    // Txs of exactly 4 KiB (the client id padded to fit): the 64th brings the window to 256 KiB on the byte.
    const size = 4096;
    const sized = (nonce: number) => {
      const bare = tx(nonce).length;
      const padded = tx(nonce, 'x'.repeat(size - bare - 1)); // - 1: the id's length prefix grows from one byte to two
      expect(padded.length).toBe(size);
      return padded;
    };
    const mine: Uint8Array[] = [];
    for (let nonce = 1; mine.length < RELAY_BATCH_BYTES_MAX / size; nonce++) {
      const bytes = sized(nonce);
      if (relaysInWindow(state, bytes)) mine.push(bytes);
    }
    const sentAt = mine.findIndex((bytes, i) => batches(decide(state, { kind: 'tx', tx: bytes, fromClient: true }, i).effects).length > 0);
    expect(sentAt).toBe(mine.length - 1);
    expect(state.relayQueue).toEqual([]);
  });

  it('evidence is gossiped at once, never held in the window', () => {
    const keys = deriveKeyPair(5, 'validator-4');
    const base: faultline.v1.IVote = { type: pb.VoteType.VOTE_TYPE_PREVOTE, height: 1, round: 0, validatorId: 'validator-4', timestampUs: 0 };
    const a = signVote({ ...base, blockHash: new Uint8Array(32).fill(1) }, keys.privateKey);
    const b = signVote({ ...base, blockHash: new Uint8Array(32).fill(2) }, keys.privateKey);
    const state = initialValidatorState(windowed, 'validator-1');
    decide(state, { kind: 'start' }, 0);
    const effects = [...decide(state, { kind: 'vote', vote: a, from: 'validator-4', direct: false }, 1).effects, ...decide(state, { kind: 'vote', vote: b, from: 'validator-4', direct: false }, 2).effects];
    const txs = publishes(effects).flatMap((e) => ('tx' in e.body ? [e.body.tx] : []));
    expect(txs).toHaveLength(1);
    expect(txs[0]!.evidence).toBeTruthy();
    expect(effects.filter((e) => e.kind === 'set-timer' && e.timer === RELAY_TIMER)).toEqual([]);
  });

  it('a window of 0 is no window: each tx the core relays (its own choice, `relays`) leaves at once alone', () => {
    const state = initialValidatorState({ ...windowed, relayWindowUs: 0 }, 'validator-1');
    const mine = Array.from({ length: 40 }, (_, i) => tx(i + 1)).filter((bytes) => state.consensus.relays(bytes)).slice(0, 3);
    expect(mine).toHaveLength(3);
    const sent = mine.flatMap((bytes) => batches(decide(state, { kind: 'tx', tx: bytes, fromClient: true }, 1).effects));
    expect(sent).toEqual(mine.map((bytes) => ({ subject: 'consensus.validator-1', txs: [bytes] })));
    expect(LIVE_RELAY_WINDOW_US).toBe(50_000);
  });
});
