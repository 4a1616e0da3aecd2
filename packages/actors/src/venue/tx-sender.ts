/**
 * How a client actor submits transactions: one nonce sequence per client, the Transaction
 * published on `tx.<clientId>` (every validator listens on `tx.*`). Fire and forget, like a
 * client of a real chain: a tx lost on the way is simply never committed, and the client learns
 * what happened from the execution events.
 */
import type { faultline } from '@faultline/protocol';
import type { Host } from '@faultline/runtime';

export type TxBody = Omit<faultline.v1.ITransaction, 'clientId' | 'nonce' | 'submittedAtUs'>;

export class TxSender {
  private nonce = 0;

  constructor(
    private readonly host: Host,
    readonly clientId: string = host.actorId,
    /** Start after this nonce (a restarted client must not reuse nonces: pass the recovered one). */
    startAfterNonce = 0,
  ) {
    this.nonce = startAfterNonce;
  }

  get lastNonce(): number {
    return this.nonce;
  }

  submit(body: TxBody): number {
    const nonce = ++this.nonce;
    this.host.publish(`tx.${this.clientId}`, { tx: { clientId: this.clientId, nonce, submittedAtUs: this.host.now(), ...body } });
    return nonce;
  }
}
