/**
 * A client's transactions as data (TxSender's logic without the Host): one nonce sequence per
 * client; a transaction goes out on `tx.<clientId>` (every validator listens on `tx.*`). Fire
 * and forget: the client learns what happened from the execution events.
 */
import type { faultline } from '@faultline/protocol';
import type { CoreEffect } from '../core/effects.ts';
import type { TxBody } from './tx-sender.ts';

export interface TxSequence {
  readonly clientId: string;
  /** The last nonce used. A restarted client starts after a time (µs) so it never reuses one. */
  nonce: number;
}

/** The next transaction of the sequence (the nonce is taken). */
export function nextTx(seq: TxSequence, body: TxBody, nowUs: number): faultline.v1.ITransaction {
  return { clientId: seq.clientId, nonce: ++seq.nonce, submittedAtUs: nowUs, ...body };
}

export function publishTx(tx: faultline.v1.ITransaction): CoreEffect {
  return { kind: 'publish', subject: `tx.${tx.clientId}`, body: { tx } };
}
