/**
 * The validator actor: the thin shell of validator-core.ts over the Host. It rebuilds the
 * consensus state from its write-ahead log (recover), turns each envelope into one core input
 * (the wire-to-domain conversion at the edge), feeds the core its timers, and carries out the
 * effects (core/run-effects.ts) — log appends before the publishes they protect.
 */
import { encodeMessage, receivedTxBytes, type faultline } from '@faultline/protocol';
import type { ActorFactory, DecodedEnvelope, Host } from '@faultline/runtime';
import { blockRequestFacts, hex, statusHeight, type TendermintCore } from '@faultline/consensus';
import { CoreActor } from '../core/core-actor.ts';
import {
  decide,
  initialValidatorState,
  recover,
  type ValidatorConfig,
  type ValidatorCounters,
  type ValidatorInput,
  type ValidatorState,
  type ValidatorTestOptions,
} from './validator-core.ts';

export type { ValidatorConfig, ValidatorCounters, ValidatorTestOptions } from './validator-core.ts';

export class ValidatorActor extends CoreActor<ValidatorState, ValidatorInput> {
  constructor(
    host: Host,
    config: ValidatorConfig,
    /** Testing seam (ValidatorTestOptions): never from a config or a spec. */
    testOptions: ValidatorTestOptions = {},
  ) {
    super(host, initialValidatorState(config, host.actorId, testOptions), decide);
  }

  /** The Tendermint core (committed chain, height, round) for monitors and reports. */
  get consensus(): TendermintCore {
    return this.core.consensus;
  }

  get counters(): ValidatorCounters {
    return this.core.counters;
  }

  start(): void {
    recover(this.core, this.host.log.recover());
    const id = this.host.actorId;
    this.host.subscribe('consensus.*', (envelope) => this.onPeerMessage(envelope, false));
    this.host.subscribe(`direct.${id}`, (envelope) => this.onPeerMessage(envelope, true));
    this.host.subscribe(`sync.${id}`, (envelope) => this.onSync(envelope));
    this.host.subscribe('tx.*', (envelope) => {
      if (envelope.tx) this.submitTx(envelope, envelope.tx, true, envelope.sender ?? '');
    });
    this.step({ kind: 'start' });
  }

  /** Committed block hashes by height (for tests and monitors). */
  committedHashes(): string[] {
    return this.core.consensus.chain.map((committed) => hex(committed.certificate?.blockHash));
  }

  private onPeerMessage(envelope: DecodedEnvelope, direct: boolean): void {
    const from = envelope.sender ?? '';
    if (from === this.host.actorId) return; // our own broadcast: the core already counted it
    if (envelope.proposal) this.step({ kind: 'proposal', proposal: envelope.proposal, from });
    else if (envelope.vote) this.step({ kind: 'vote', vote: envelope.vote, from, direct });
    else if (envelope.tx) this.submitTx(envelope, envelope.tx, false, from);
    else if (envelope.txBatch) this.step({ kind: 'txs', txs: envelope.txBatch.txs ?? [], from });
    else if (envelope.status) this.step({ kind: 'status', from, committedHeight: statusHeight(envelope.status) });
    else this.step({ kind: 'unexpected', reason: `unexpected ${envelope.body} on a consensus subject` });
  }

  private onSync(envelope: DecodedEnvelope): void {
    if (envelope.blockRequest) this.step({ kind: 'block-request', request: blockRequestFacts(envelope.blockRequest) });
    else if (envelope.blockResponse) this.step({ kind: 'blocks', blocks: envelope.blockResponse.blocks ?? [], from: envelope.sender ?? '' });
    else this.step({ kind: 'unexpected', reason: `unexpected ${envelope.body} on a sync subject` });
  }

  private submitTx(envelope: DecodedEnvelope, tx: faultline.v1.ITransaction, fromClient: boolean, from: string): void {
    if (tx.evidence) {
      this.step({ kind: 'evidence', evidence: tx.evidence, from });
      return;
    }
    // The tx's bytes as the client encoded them (the host decoded and validated them with the
    // envelope); an envelope built in-process has none and is encoded here.
    this.step({ kind: 'tx', tx: receivedTxBytes(envelope) ?? encodeMessage('Transaction', tx), fromClient });
  }
}

export function createValidator(config: ValidatorConfig, testOptions: ValidatorTestOptions = {}): ActorFactory {
  return (host) => new ValidatorActor(host, config, testOptions);
}
