/**
 * How a host-side client submits transactions (the live bench's load generator, tests): one
 * nonce sequence per client, the Transaction published on `tx.<clientId>` (every validator
 * listens on `tx.*`). Fire and forget, like a client of a real chain: a tx lost on the way is
 * simply never committed, and the client learns what happened from the execution events.
 * The numbering is tx-sequence.ts's, which actors' cores use.
 */
import type { faultline } from '@faultline/protocol';
import type { Host } from '@faultline/runtime';
import { nextTx, type TxSequence } from './tx-sequence.ts';

export type TxBody = Omit<faultline.v1.ITransaction, 'clientId' | 'nonce' | 'submittedAtUs'>;

export class TxSender {
  private readonly seq: TxSequence;

  constructor(
    private readonly host: Host,
    readonly clientId: string = host.actorId,
    /** Start after this nonce (a restarted client must not reuse nonces: pass the recovered one). */
    startAfterNonce = 0,
  ) {
    this.seq = { clientId, nonce: startAfterNonce };
  }

  get lastNonce(): number {
    return this.seq.nonce;
  }

  submit(body: TxBody): number {
    const tx = nextTx(this.seq, body, this.host.now());
    this.host.publish(`tx.${this.clientId}`, { tx });
    return tx.nonce as number;
  }
}
